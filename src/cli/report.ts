/** The three shapes of a `jixiao check` report: text for a person, JSON for a program, CSV for a spreadsheet. */
import { Finding, TableSummary } from "../core/checks";
import { Locale } from "../core/errors";
import { rulebooks } from "../core/rulebooks";
import { FileCheck } from "./checkFile";
import { plural, sanitise } from "./locale";

/** One finding as the JSON report writes it: the message in the report's language. */
export interface FindingReport {
  rule: string;
  /** The check's message template, for programs that sort findings without reading the message. */
  messageId: string;
  severity: Finding["severity"];
  cell: string;
  message: string;
  expected?: number | string;
  actual?: number | string;
}

export interface TableReport {
  sheet: string;
  range: string;
  family: TableSummary["family"];
  totalWeight: number | null;
  totalScore: number | null;
  grade: string | null;
  findings: FindingReport[];
}

export interface FileReport {
  file: string;
  /** Why the file could not be read, in the report's language, or null. */
  error: string | null;
  tables: TableReport[];
}

export function fileReport(c: FileCheck, locale: Locale): FileReport {
  const tables = c.tables.map(({ summary: { sheet, range, family, totalWeight, totalScore, grade }, findings }) => ({
    sheet,
    range,
    family,
    totalWeight,
    totalScore,
    grade,
    findings: findings.map((f) => findingReport(f, locale)),
  }));
  return { file: c.file, error: c.error ? c.error[locale] : null, tables };
}

function findingReport(f: Finding, locale: Locale): FindingReport {
  const report: FindingReport = { rule: f.rule, messageId: f.messageId, severity: f.severity, cell: f.cell, message: f.message[locale] };
  if (f.expected !== undefined) report.expected = f.expected;
  if (f.actual !== undefined) report.actual = f.actual;
  return report;
}

/** 0: no error found; 1: an error found; 2: a file could not be read. */
export function exitCode(reports: FileReport[]): number {
  if (reports.some((r) => r.error !== null)) return 2;
  return reports.some((r) => r.tables.some((t) => t.findings.some((f) => f.severity === "error"))) ? 1 : 0;
}

export function jsonReport(reports: FileReport[]): string {
  return `${JSON.stringify({ files: reports })}\n`;
}

/** The words of the text and CSV reports in each language. */
const WORDS = {
  zh: {
    unreadable: "无法读取：",
    noTable: "未找到指标评分表",
    unknownFamily: "未识别的表式",
    table: (weight: string, score: string, grade: string | null) => `：权重合计 ${weight}，总分 ${score}${grade ? `，等级 ${grade}` : ""}`,
    clean: "未发现问题",
    severity: { error: "错误", warning: "警告", info: "提示" },
    summary: (files: number, errors: number, warnings: number, unread: number) =>
      `共 ${files} 个文件：${errors} 个错误，${warnings} 个警告，${unread} 个文件无法读取。`,
    columns: ["文件", "工作表", "表式", "总分", "等级", "错误", "警告", "说明"],
  },
  en: {
    unreadable: "Cannot read: ",
    noTable: "No indicator scoring table found",
    unknownFamily: "Unrecognised table layout",
    table: (weight: string, score: string, grade: string | null) => `: total weight ${weight}, total score ${score}${grade ? `, grade ${grade}` : ""}`,
    clean: "No problems found",
    severity: { error: "error", warning: "warning", info: "note" },
    summary: (files: number, errors: number, warnings: number, unread: number) =>
      `${plural(files, "file")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}; ${plural(unread, "file")} could not be read.`,
    columns: ["file", "sheet", "family", "total", "grade", "errors", "warnings", "note"],
  },
} as const;

function familyName(family: TableSummary["family"], locale: Locale): string {
  return rulebooks.find((r) => r.id === family)?.title[locale] ?? WORDS[locale].unknownFamily;
}

/** The report for a terminal: every text taken from a file is sanitised, so no escape code reaches it. */
export function textReport(reports: FileReport[], locale: Locale): string {
  const words = WORDS[locale];
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(sanitise(report.file));
    if (report.error) lines.push(`  ${words.unreadable}${sanitise(report.error)}`);
    else if (report.tables.length === 0) lines.push(`  ${words.noTable}`);
    for (const t of report.tables) {
      const totals = words.table(String(t.totalWeight ?? "—"), String(t.totalScore ?? "—"), t.grade && sanitise(t.grade));
      lines.push(`  ${sanitise(t.sheet)}!${t.range} ${familyName(t.family, locale)}${totals}`);
      if (t.findings.length === 0) lines.push(`    ${words.clean}`);
      for (const f of t.findings) lines.push(`    ${f.cell} ${words.severity[f.severity]} [${f.rule}] ${sanitise(f.message)}`);
    }
  }
  const all = reports.flatMap((r) => r.tables.flatMap((t) => t.findings));
  const unread = reports.filter((r) => r.error !== null).length;
  const errors = all.filter((f) => f.severity === "error").length;
  const warnings = all.filter((f) => f.severity === "warning").length;
  lines.push(words.summary(reports.length, errors, warnings, unread));
  return `${lines.join("\n")}\n`;
}

/**
 * A summary to open in Excel: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the system's
 * code page), one row per table; a file with no table gets one row saying why. A text that Excel would
 * take for a formula (=, +, -, @ first) is prefixed with ' so opening the file runs nothing.
 */
export function csvReport(reports: FileReport[], locale: Locale): string {
  const words = WORDS[locale];
  const rows: (string | number | null)[][] = [[...words.columns]];
  for (const r of reports) {
    if (r.error !== null || r.tables.length === 0) rows.push([r.file, null, null, null, null, null, null, r.error ?? words.noTable]);
    for (const t of r.tables) {
      const count = (severity: string) => t.findings.filter((f) => f.severity === severity).length;
      rows.push([r.file, t.sheet, t.family ?? null, t.totalScore, t.grade, count("error"), count("warning"), null]);
    }
  }
  return `\ufeff${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
