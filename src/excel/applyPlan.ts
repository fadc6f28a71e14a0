/// <reference types="office-js" />
import { columnLetters, rangeAddress } from "../core/address";
import { CellStyle, PlanCell, PlanValidation, Rect, SheetPlan } from "../core/plan";

/**
 * Queues a sheet plan into a worksheet: block writes only (one numberFormat and one formulas
 * matrix per block, one call set per styled area), and no context.sync(); the caller syncs once.
 */
export interface ApplyOptions {
  /** Freeze panes and page setup belong to the sheet: set them only on a sheet the add-in created. */
  sheetSetup: boolean;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

export function applyPlan(sheet: Excel.Worksheet, plan: SheetPlan, options: ApplyOptions): void {
  for (const { col, width } of plan.columnWidths) sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = widthInPoints(width);
  for (const { top, bottom, height } of heightRuns(plan.rowHeights)) sheet.getRange(`${top + 1}:${bottom + 1}`).format.rowHeight = height;

  for (const block of plan.blocks) {
    const rows = block.cells.length;
    const cols = block.cells[0]?.length ?? 0;
    if (rows === 0 || cols === 0) continue;
    const range = sheet.getRangeByIndexes(block.top, block.left, rows, cols);
    // Number formats first, so a value lands already formatted.
    range.numberFormat = block.cells.map((row) => row.map((c) => c?.numberFormat ?? "General"));
    range.formulas = block.cells.map((row) => row.map(excelContent));
  }

  for (const m of plan.merges) rangeOf(sheet, m).merge(false);
  for (const area of plan.areas) applyStyle(rangeOf(sheet, area.range), plan.styles[area.style], area.range);
  for (const v of plan.validations) applyValidation(rangeOf(sheet, v.range), v);

  for (const n of plan.names) {
    if ("ref" in n) sheet.names.add(n.name, rangeOf(sheet, n.ref));
    else sheet.names.add(n.name, `="${n.text.replace(/"/g, '""')}"`);
  }

  if (options.sheetSetup) {
    if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
    const layout = sheet.pageLayout;
    layout.orientation = "Landscape";
    layout.paperSize = "A4";
    // Pages tall are left unset: as many as the rows need ("fit all columns on one page").
    layout.zoom = { horizontalFitToPages: plan.print.fitToPagesWide };
    layout.setPrintArea(rangeOf(sheet, plan.print.printArea));
    layout.setPrintTitleRows(`$${plan.print.titleRows.top + 1}:$${plan.print.titleRows.bottom + 1}`);
    layout.headersFooters.defaultForAllPages.centerFooter = plan.print.footer;
  }
}

function rangeOf(sheet: Excel.Worksheet, r: Rect): Excel.Range {
  return sheet.getRange(rangeAddress(r.top, r.left, r.bottom, r.right));
}

/**
 * What `range.formulas` takes for a cell: the formula, or the constant. Text that Excel would read
 * as a formula (a project named "=…") keeps a leading apostrophe, so typed fields stay text.
 */
export function excelContent(cell: PlanCell | null): string | number | boolean {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  const v = cell.value;
  if (v === null) return "";
  return typeof v === "string" ? asText(v) : v;
}

/** Text as Excel must be given it to keep it text: one that starts like a formula gets a leading apostrophe. */
export function asText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** Excel's column width unit is one "0" of the default font, about 7 pixels plus 5 of padding. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function heightRuns(heights: readonly { row: number; height: number }[]): { top: number; bottom: number; height: number }[] {
  const runs: { top: number; bottom: number; height: number }[] = [];
  for (const { row, height } of heights) {
    const last = runs[runs.length - 1];
    if (last && last.bottom === row - 1 && last.height === height) last.bottom = row;
    else runs.push({ top: row, bottom: row, height });
  }
  return runs;
}

// Enum values as strings: Office.js accepts them, and the code then runs without the Excel global (tests).
const ALIGN = { left: "Left", center: "Center", right: "Right", top: "Top" } as const;

function applyStyle(range: Excel.Range, style: CellStyle, r: Rect): void {
  const f = range.format;
  if (style.fill) f.fill.color = style.fill;
  if (style.bold) f.font.bold = true;
  if (style.fontSize) f.font.size = style.fontSize;
  if (style.fontColor) f.font.color = style.fontColor;
  f.horizontalAlignment = ALIGN[style.horizontal];
  f.verticalAlignment = ALIGN[style.vertical];
  f.wrapText = style.wrap;
  if (!style.border) return;
  const edges: string[] = [...EDGES];
  if (r.bottom > r.top) edges.push("InsideHorizontal");
  if (r.right > r.left) edges.push("InsideVertical");
  for (const edge of edges) f.borders.getItem(edge as Excel.BorderIndex).style = "Continuous";
}

/** Excel shows one text: Chinese first, English below. A prompt holds at most 255 characters. */
const both = (m: { zh: string; en: string }) => `${m.zh}\n${m.en}`.slice(0, 255);

function applyValidation(range: Excel.Range, v: PlanValidation): void {
  const dv = range.dataValidation;
  const rule = v.rule;
  if (rule.kind === "list") {
    dv.rule = { list: { inCellDropDown: true, source: rule.items.join(",") } };
  } else {
    const formula2 = "maxFormula" in rule ? rule.maxFormula : rule.max;
    dv.rule = { decimal: { formula1: rule.min, formula2, operator: "Between" } };
  }
  dv.prompt = { showPrompt: true, title: "填写说明 Input help", message: both(v.prompt) };
  dv.errorAlert = { showAlert: true, style: "Stop", title: "输入有误 Invalid entry", message: both(v.error) };
}
