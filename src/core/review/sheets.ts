import { columnLetters } from "../address";
import { Locale, Message } from "../errors";
import { rulebooks } from "../rulebooks";
import { FileReview, ReviewedTable } from "./review";

/** A cell of a review sheet: text, a number, or empty (null). */
export type ReviewValue = string | number | null;

export interface ReviewColumn {
  header: string;
  /** Excel's number format for the column's data cells ("@" keeps text as typed). */
  numberFormat: string;
  /** Column width in characters. */
  width: number;
}

/** A row colour applied where a formula over the first data row (row 2) is true, as Excel's conditional formats do. */
export interface RowHighlight {
  formula: string;
  tone: "error" | "warning";
}

/** One sheet of the review as Excel gets it: a header row, then data rows, to be made an Excel table. */
export interface ReviewSheet {
  name: string;
  columns: ReviewColumn[];
  rows: ReviewValue[][];
  highlights: RowHighlight[];
}

export interface ReviewTotals {
  files: number;
  tables: number;
  errors: number;
  warnings: number;
  unreadable: number;
}

export interface ReviewWorkbook {
  summary: ReviewSheet;
  detail: ReviewSheet;
  totals: ReviewTotals;
}

const TEXT = "@";
const SCORE = "0.00";
const RATE = "0.00%";
const COUNT = "0";

type Column<T> = { title: Message; numberFormat: string; width: number; value(row: T, locale: Locale): ReviewValue };

/** What a summary row is made from: a checked table, or a file with no table to show. */
type SummarySource = { file: string; table: ReviewedTable | null; problem: Message | null };

const STATUS = {
  error: { zh: "有错误", en: "Errors" },
  warning: { zh: "有警告", en: "Warnings" },
  clean: { zh: "通过", en: "Passed" },
  unreadable: { zh: "无法读取", en: "Cannot be read" },
  noTable: { zh: "未找到评分表", en: "No scoring table" },
} satisfies Record<string, Message>;

const NO_TABLE: Message = {
  zh: "未找到指标评分表：表头应包含“指标名称/三级指标”和“权重/分值”等列名",
  en: "No indicator table: its header needs columns such as 指标名称/三级指标 and 权重/分值",
};

const SEVERITY = { error: { zh: "错误", en: "Error" }, warning: { zh: "警告", en: "Warning" }, info: { zh: "提示", en: "Note" } } satisfies Record<
  string,
  Message
>;

function status(source: SummarySource): Message {
  const t = source.table;
  if (!t) return source.problem === NO_TABLE ? STATUS.noTable : STATUS.unreadable;
  return t.errors > 0 ? STATUS.error : t.warnings > 0 ? STATUS.warning : STATUS.clean;
}

function familyName(table: ReviewedTable, locale: Locale): string {
  return rulebooks.find((r) => r.id === table.family)?.title[locale] ?? (locale === "zh" ? "非模板表格" : "Not from a template");
}

function gradeText(table: ReviewedTable, locale: Locale): string | null {
  if (table.grade !== null) return table.grade;
  if (table.gradeByTotal === null) return null;
  return locale === "zh" ? `${table.gradeByTotal}（按总分）` : `${table.gradeByTotal} (from the total)`;
}

const SUMMARY_COLUMNS: Column<SummarySource>[] = [
  { title: { zh: "文件", en: "File" }, numberFormat: TEXT, width: 28, value: (s) => s.file },
  { title: { zh: "工作表", en: "Sheet" }, numberFormat: TEXT, width: 14, value: (s) => s.table?.sheet ?? null },
  { title: { zh: "区域", en: "Range" }, numberFormat: TEXT, width: 10, value: (s) => s.table?.range ?? null },
  { title: { zh: "项目名称", en: "Project" }, numberFormat: TEXT, width: 24, value: (s) => s.table?.project ?? null },
  { title: { zh: "实施单位", en: "Implementing unit" }, numberFormat: TEXT, width: 18, value: (s) => s.table?.unit ?? null },
  { title: { zh: "主管部门", en: "Department" }, numberFormat: TEXT, width: 16, value: (s) => s.table?.department ?? null },
  { title: { zh: "表样", en: "Table" }, numberFormat: TEXT, width: 20, value: (s, l) => (s.table ? familyName(s.table, l) : null) },
  { title: { zh: "总分", en: "Total score" }, numberFormat: SCORE, width: 8, value: (s) => s.table?.totalScore ?? null },
  { title: { zh: "等级", en: "Grade" }, numberFormat: TEXT, width: 12, value: (s, l) => (s.table ? gradeText(s.table, l) : null) },
  { title: { zh: "预算执行率", en: "Execution rate" }, numberFormat: RATE, width: 10, value: (s) => s.table?.executionRate ?? null },
  { title: { zh: "错误", en: "Errors" }, numberFormat: COUNT, width: 6, value: (s) => s.table?.errors ?? null },
  { title: { zh: "警告", en: "Warnings" }, numberFormat: COUNT, width: 6, value: (s) => s.table?.warnings ?? null },
  { title: { zh: "状态", en: "Status" }, numberFormat: TEXT, width: 12, value: (s, l) => status(s)[l] },
  { title: { zh: "说明", en: "Note" }, numberFormat: TEXT, width: 40, value: (s, l) => s.problem?.[l] ?? null },
];

type DetailSource = { file: string; table: ReviewedTable; finding: ReviewedTable["findings"][number] };

const DETAIL_COLUMNS: Column<DetailSource>[] = [
  { title: { zh: "文件", en: "File" }, numberFormat: TEXT, width: 28, value: (d) => d.file },
  { title: { zh: "工作表", en: "Sheet" }, numberFormat: TEXT, width: 14, value: (d) => d.table.sheet },
  { title: { zh: "单元格", en: "Cell" }, numberFormat: TEXT, width: 8, value: (d) => d.finding.cell },
  { title: { zh: "检查项", en: "Check" }, numberFormat: TEXT, width: 16, value: (d) => d.finding.rule },
  { title: { zh: "严重程度", en: "Severity" }, numberFormat: TEXT, width: 8, value: (d, l) => SEVERITY[d.finding.severity][l] },
  { title: { zh: "问题", en: "Problem" }, numberFormat: TEXT, width: 60, value: (d, l) => d.finding.message[l] },
  // Expected and actual are numbers or texts: General shows each as it is.
  { title: { zh: "应为", en: "Expected" }, numberFormat: "General", width: 12, value: (d) => d.finding.expected ?? null },
  { title: { zh: "实际", en: "Actual" }, numberFormat: "General", width: 12, value: (d) => d.finding.actual ?? null },
];

export const SUMMARY_SHEET: Message = { zh: "审核汇总", en: "Review summary" };
export const DETAIL_SHEET: Message = { zh: "审核明细", en: "Review findings" };

const columnOf = <T>(columns: Column<T>[], title: string) => columnLetters(columns.findIndex((c) => c.title.zh === title));

function sheet<T>(name: Message, columns: Column<T>[], sources: T[], highlights: RowHighlight[], locale: Locale): ReviewSheet {
  return {
    name: name[locale],
    columns: columns.map((c) => ({ header: c.title[locale], numberFormat: c.numberFormat, width: c.width })),
    rows: sources.map((s) => columns.map((c) => c.value(s, locale))),
    highlights,
  };
}

/**
 * The two sheets 批量审核 writes, in the pane's language: 审核汇总 with one row per table (and one per file
 * that could not be read or holds no table, saying why), 审核明细 with one row per finding. Rows with an
 * error, or from a file that could not be read, are coloured red; rows with warnings only, yellow.
 */
export function reviewWorkbook(reviews: readonly FileReview[], locale: Locale): ReviewWorkbook {
  const summaries = reviews.flatMap<SummarySource>((r) =>
    r.error || r.tables.length === 0
      ? [{ file: r.file, table: null, problem: r.error ?? NO_TABLE }]
      : r.tables.map((table) => ({ file: r.file, table, problem: null })),
  );
  const details: DetailSource[] = reviews.flatMap((r) => r.tables.flatMap((table) => table.findings.map((finding) => ({ file: r.file, table, finding }))));
  const errors = columnOf(SUMMARY_COLUMNS, "错误");
  const warnings = columnOf(SUMMARY_COLUMNS, "警告");
  const state = columnOf(SUMMARY_COLUMNS, "状态");
  const severity = columnOf(DETAIL_COLUMNS, "严重程度");
  const quoted = (m: Message) => `"${m[locale]}"`;
  const tables = reviews.flatMap((r) => r.tables);
  return {
    summary: sheet(
      SUMMARY_SHEET,
      SUMMARY_COLUMNS,
      summaries,
      [
        { formula: `=OR($${errors}2>0,$${state}2=${quoted(STATUS.unreadable)})`, tone: "error" },
        { formula: `=AND($${errors}2=0,$${warnings}2>0)`, tone: "warning" },
      ],
      locale,
    ),
    detail: sheet(
      DETAIL_SHEET,
      DETAIL_COLUMNS,
      details,
      [
        { formula: `=$${severity}2=${quoted(SEVERITY.error)}`, tone: "error" },
        { formula: `=$${severity}2=${quoted(SEVERITY.warning)}`, tone: "warning" },
      ],
      locale,
    ),
    totals: {
      files: reviews.length,
      tables: tables.length,
      errors: tables.reduce((n, t) => n + t.errors, 0),
      warnings: tables.reduce((n, t) => n + t.warnings, 0),
      unreadable: reviews.filter((r) => r.error !== null).length,
    },
  };
}
