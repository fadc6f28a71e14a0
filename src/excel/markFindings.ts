/// <reference types="office-js" />
import { JxError } from "../core/errors";
import { Finding } from "../core/checks";
import { officeRequirements, Requirements } from "./readGrid";
import { MIN_EXCEL_API } from "./excelApi";

/**
 * A mark is a conditional format of its own, never a change to a cell's format: the user's fill, font
 * and borders stay as they are, and nothing has to be remembered to put them back. Its always-true
 * formula carries this tag, which no rule of a user's contains, so 清除标记 finds our marks and only
 * ours by reading the formulas back — on any sheet, after the pane reloads, a sheet is renamed, rows
 * or columns are inserted (Excel moves conditional formats with their cells) or the file is reopened.
 */
const MARK_TAG = "JX-MARK";

const MARK_STYLES = {
  error: { fill: "#FFC7CE", font: "#9C0006", border: "#C00000" },
  warning: { fill: "#FFEB9C", font: "#9C5700", border: "#BF8F00" },
} as const;

export function markFormula(severity: Finding["severity"]): string {
  return `=ISTEXT("${MARK_TAG}:${severity}")`;
}

export function isMarkFormula(formula: string): boolean {
  return formula.includes(`"${MARK_TAG}:`);
}

/** Worksheet.getRanges refuses long address lists (office-js #5198): one conditional format per this many cells. */
const CELLS_PER_MARK = 100;

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** Our marks on the given sheets, in two syncs: the formats' types, then the custom ones' formulas. */
async function findMarks(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[]): Promise<Excel.ConditionalFormat[]> {
  const collections = sheets.map((sheet) => sheet.getRange().conditionalFormats.load("items/type"));
  await context.sync();
  const custom = collections.flatMap((c) => c.items).filter((format) => format.type === "Custom");
  const rules = custom.map((format) => format.custom.rule.load("formula"));
  await context.sync();
  return custom.filter((_, i) => isMarkFormula(rules[i].formula));
}

/**
 * 标记问题: highlights each finding's cell (red for an error, amber for a warning; an error wins
 * on a cell with both). Marks already on the sheet are replaced, so marking again shows the latest
 * check. Values and the cells' own formats are never touched. Three syncs.
 */
export async function markFindings(
  context: Excel.RequestContext,
  sheetName: string,
  findings: readonly Finding[],
  requirements: Requirements | null = officeRequirements(),
): Promise<number> {
  if (!requirements?.isSetSupported("ExcelApi", MIN_EXCEL_API)) {
    throw new JxError("value", {
      zh: `此 Excel 版本过旧，无法标记单元格：需要 ExcelApi ${MIN_EXCEL_API} 或更高。`,
      en: `This version of Excel is too old to mark cells: it needs ExcelApi ${MIN_EXCEL_API} or later.`,
    });
  }
  const severityOf = new Map<string, Finding["severity"]>();
  for (const f of findings) if (severityOf.get(f.cell) !== "error") severityOf.set(f.cell, f.severity);
  const sheet = context.workbook.worksheets.getItem(sheetName);
  for (const mark of await findMarks(context, [sheet])) mark.delete();
  for (const severity of ["error", "warning"] as const) {
    const cells = [...severityOf].filter(([, s]) => s === severity).map(([cell]) => cell);
    for (let i = 0; i < cells.length; i += CELLS_PER_MARK) {
      addMark(sheet.getRanges(cells.slice(i, i + CELLS_PER_MARK).join(",")), severity);
    }
  }
  await context.sync();
  return severityOf.size;
}

/** Errors and warnings are marked; a note (info) says what was not read and has no cell to colour. */
function addMark(areas: Excel.RangeAreas, severity: keyof typeof MARK_STYLES): void {
  const style = MARK_STYLES[severity];
  const mark = areas.conditionalFormats.add("Custom").custom;
  mark.rule.formula = markFormula(severity);
  mark.format.fill.color = style.fill;
  mark.format.font.color = style.font;
  for (const edge of EDGES) {
    const border = mark.format.borders.getItem(edge);
    border.style = "Continuous";
    border.color = style.border;
  }
}

/** 清除标记: removes our marks from every sheet of the workbook, and nothing else. Four syncs. */
export async function clearMarks(context: Excel.RequestContext): Promise<number> {
  const sheets = context.workbook.worksheets.load("items/id");
  await context.sync();
  const marks = await findMarks(context, sheets.items);
  for (const mark of marks) mark.delete();
  await context.sync();
  return marks.length;
}

export function runMarkFindings(sheetName: string, findings: readonly Finding[]): Promise<number> {
  return Excel.run((context) => markFindings(context, sheetName, findings));
}

export function runClearMarks(): Promise<number> {
  return Excel.run((context) => clearMarks(context));
}
