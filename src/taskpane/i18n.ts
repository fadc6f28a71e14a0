/** Every string the task pane shows, one catalog per language; zh-CN first. */
import type { Locale, Message } from "../core/errors";

const zh = {
  appTitle: "绩效自评助手",
  loading: "正在加载…",
  notInExcelTitle: "请在 Excel 中打开",
  notInExcelBody:
    "绩效自评助手是 Excel 加载项，需要在 Excel 中使用：在“开始”选项卡的“绩效自评”组中点击“绩效自评助手”。直接在浏览器中打开此页面无法操作工作簿。",
  tooOldTitle: "Excel 版本过旧",
  tooOldBody: "此功能需要 Microsoft 365、Excel 2021 或更高版本，或网页版 Excel。Excel 2016/2019 批量许可版和 WPS 无法运行本加载项。",
  tabInsert: "插入",
  tabCheck: "校验",
  tabSummary: "汇总",
  family: "表样",
  projectName: "项目名称",
  department: "主管部门",
  implementer: "实施单位",
  year: "年度",
  example: "填入示例数据",
  placement: "插入位置",
  placeNewSheet: "新建工作表",
  placeSelection: "所选单元格处（仅限空白区域）",
  insertButton: "插入评分表",
  inserting: "正在插入评分表…",
  inserted: "已插入工作表“{sheet}”。",
  insertedAt: "已在 {range} 插入评分表。",
  projectNameRequired: "请填写项目名称。",
  yearInvalid: "年度应为四位数字，如 {year}。",
  checkButton: "校验工作表",
  checking: "正在校验…",
  noFindings: "未发现问题。",
  errors: "错误",
  warnings: "警告",
  notes: "提示",
  findingGroup: "{kind}（{count}）",
  checkSummary: "共 {tables} 张表：错误 {errors} 个，警告 {warnings} 个。",
  tableHeading: "{sheet}!{range}（{family}）",
  unknownFamily: "非模板表格",
  totalAndGrade: "总分 {total}，等级 {grade}",
  noGrade: "无",
  gradeByTotal: "{grade}（按总分计算，表中未填写）",
  goToCell: "转到 {cell}：{message}",
  unfilled: "表格尚未填写：{count} 项得分待填",
  markButton: "标记问题",
  clearButton: "清除标记",
  marked: "已标记 {count} 个单元格。",
  cleared: "已清除标记，单元格恢复原有格式。",
  summaryButton: "汇总当前表格",
  summaryTitle: "各一级指标得分",
  summarized: "已汇总 {count} 个一级指标。",
  scoreOfWeight: "{name}：{score} / {weight}",
  chartButton: "插入图表",
  groupColumn: "一级指标",
  weightColumn: "权重",
  scoreColumn: "自评分",
  chartInserted: "已在工作表中插入图表。",
  working: "正在处理…",
  excelBusy: "Excel 正忙，可能正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。",
  sheetProtected: "工作表受保护，无法写入。请先在“审阅”选项卡中撤销工作表保护，然后重试。",
  targetNotEmpty: "所选区域不是空白的，为避免覆盖已有内容，没有插入。请选择空白单元格，或改为新建工作表。",
  excelError: "操作没有完成：{detail}。请重试；如果仍然失败，请保存工作簿后重新打开。",
  tabReview: "批量审核",
  reviewIntro: "选择收到的自评表（.xlsx），逐个读取并校验，结果写入当前工作簿的新工作表“审核汇总”和“审核明细”。文件只在本机读取，不会上传。",
  reviewFiles: "选择文件…",
  reviewFolder: "选择文件夹…",
  reviewDrop: "也可以把文件或文件夹拖到这里。",
  reviewStarting: "正在准备审核…",
  reviewProgress: "正在审核 {n} / {total}：{file}",
  reviewWriting: "正在写入审核结果…",
  reviewCancel: "取消",
  reviewCancelled: "已取消审核，工作簿未改动。",
  reviewNoXlsx: "所选文件中没有 .xlsx 文件。",
  reviewDone: "已审核 {files} 个文件、{tables} 张表：错误 {errors} 个，警告 {warnings} 个，{unreadable} 个文件无法读取。结果见工作表“{summary}”和“{detail}”。",
};

export type MessageId = keyof typeof zh;
type Catalog = Record<MessageId, string>;

const en: Catalog = {
  appTitle: "Self-Evaluation Assistant",
  loading: "Loading…",
  notInExcelTitle: "Open this in Excel",
  notInExcelBody:
    "The Self-Evaluation Assistant is an Excel add-in: open it from the Self-evaluation group on Excel's Home tab. Opened directly in a browser, this page cannot work on a workbook.",
  tooOldTitle: "This Excel is too old",
  tooOldBody: "This needs Microsoft 365, Excel 2021 or later, or Excel on the web. Volume-licensed Excel 2016/2019 and WPS cannot run this add-in.",
  tabInsert: "Insert",
  tabCheck: "Check",
  tabSummary: "Summary",
  family: "Table",
  projectName: "Project name",
  department: "Department",
  implementer: "Implementing unit",
  year: "Year",
  example: "Fill in example data",
  placement: "Insert into",
  placeNewSheet: "A new worksheet",
  placeSelection: "The selected cell (empty area only)",
  insertButton: "Insert scoring table",
  inserting: "Inserting the scoring table…",
  inserted: "Inserted the worksheet “{sheet}”.",
  insertedAt: "Inserted the scoring table at {range}.",
  projectNameRequired: "Enter the project name.",
  yearInvalid: "The year must have four digits, such as {year}.",
  checkButton: "Check sheet",
  checking: "Checking…",
  noFindings: "No problems found.",
  errors: "Errors",
  warnings: "Warnings",
  notes: "Notes",
  findingGroup: "{kind} ({count})",
  checkSummary: "{tables} table(s): {errors} error(s), {warnings} warning(s).",
  tableHeading: "{sheet}!{range} ({family})",
  unknownFamily: "a table not made from a template",
  totalAndGrade: "Total {total}, grade {grade}",
  noGrade: "none",
  gradeByTotal: "{grade} (from the total; the table states none)",
  goToCell: "Go to {cell}: {message}",
  unfilled: "The table is not filled in yet: {count} scores to enter",
  markButton: "Mark problems",
  clearButton: "Clear marks",
  marked: "Marked {count} cell(s).",
  cleared: "Marks cleared; the cells have their own formatting back.",
  summaryButton: "Summarize this table",
  summaryTitle: "Score of each first-level indicator",
  summarized: "Summarized {count} first-level indicator(s).",
  scoreOfWeight: "{name}: {score} / {weight}",
  chartButton: "Insert chart",
  groupColumn: "First-level indicator",
  weightColumn: "Weight",
  scoreColumn: "Self-score",
  chartInserted: "A chart was inserted into the worksheet.",
  working: "Working…",
  excelBusy: "Excel is busy, perhaps editing a cell. Press Enter or Esc to finish editing, then try again.",
  sheetProtected: "The worksheet is protected and cannot be written. Unprotect it on Excel's Review tab, then try again.",
  targetNotEmpty: "The selected area is not empty, so nothing was inserted to avoid overwriting it. Select empty cells, or insert into a new worksheet.",
  excelError: "The operation did not finish: {detail}. Try again; if it still fails, save the workbook and reopen it.",
  tabReview: "Review",
  reviewIntro:
    "Choose the self-evaluation workbooks (.xlsx) you received: each is read and checked, and the results go into new sheets of this workbook, “Review summary” and “Review findings”. The files are read on this computer only and are not uploaded.",
  reviewFiles: "Choose files…",
  reviewFolder: "Choose a folder…",
  reviewDrop: "Or drop files or a folder here.",
  reviewStarting: "Preparing the review…",
  reviewProgress: "Reviewing {n} of {total}: {file}",
  reviewWriting: "Writing the results…",
  reviewCancel: "Cancel",
  reviewCancelled: "The review was cancelled; the workbook was not changed.",
  reviewNoXlsx: "None of the chosen files is an .xlsx file.",
  reviewDone:
    "Reviewed {files} file(s), {tables} table(s): {errors} error(s), {warnings} warning(s), {unreadable} file(s) could not be read. See the sheets “{summary}” and “{detail}”.",
};

const catalogs: Record<Locale, Catalog> = { zh, en };

/** Chinese unless the language given (Office's display language, or the browser's) is another. */
export function localeOf(language: string | undefined | null): Locale {
  return !language || language.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** A catalog string with its {placeholders} filled in. */
export function t(locale: Locale, id: MessageId, params: Record<string, string | number> = {}): string {
  return catalogs[locale][id].replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? formatValue(locale, params[key]) : whole));
}

/** A message from the core in the pane's language. */
export function inLocale(locale: Locale, message: Message): string {
  return message[locale];
}

/** Numbers as the language writes them, with at most two decimals (scores are published with two). */
export function formatValue(locale: Locale, value: string | number): string {
  if (typeof value === "string") return value;
  return new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 2 }).format(value);
}

/** "总分 97，等级 优秀" for a checked table; the grade its total earns where the table states none. */
export function totalsText(locale: Locale, summary: { totalScore: number | null; grade: string | null; gradeByTotal: string | null }): string {
  const computed = summary.gradeByTotal === null ? t(locale, "noGrade") : t(locale, "gradeByTotal", { grade: summary.gradeByTotal });
  return t(locale, "totalAndGrade", { total: summary.totalScore ?? "—", grade: summary.grade ?? computed });
}
