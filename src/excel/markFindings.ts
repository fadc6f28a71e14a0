/// <reference types="office-js" />
import { JxError } from "../core/errors";
import { Finding } from "../core/checks";
import { officeRequirements, Requirements } from "./readGrid";

/** Range.getCellProperties / setCellProperties: what lets a cell's own format be remembered and put back. */
export const MARK_EXCEL_API = "1.9";

/** The parts of a cell's format that marking changes, and so must restore. */
const REMEMBERED: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true },
    font: { color: true, bold: true },
    borders: { color: true, style: true, weight: true },
  },
};

const MARK_COLORS = {
  error: { fill: "#FFC7CE", font: "#9C0006", border: "#C00000" },
  warning: { fill: "#FFEB9C", font: "#9C5700", border: "#BF8F00" },
  info: { fill: "#DDEBF7", font: "#1F4E78", border: "#2F75B5" },
} as const;

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/**
 * The formats of the cells marked so far, per sheet, as they were before the first mark. Marking a
 * cell twice keeps its first record, so clearing always returns to the user's own format.
 */
export class MarkStore {
  readonly originals = new Map<string, Map<string, Excel.CellProperties>>();

  has(sheet: string, cell: string): boolean {
    return this.originals.get(sheet)?.has(cell) ?? false;
  }

  remember(sheet: string, cell: string, properties: Excel.CellProperties): void {
    if (!this.originals.has(sheet)) this.originals.set(sheet, new Map());
    this.originals.get(sheet)!.set(cell, properties);
  }

  get size(): number {
    let n = 0;
    for (const cells of this.originals.values()) n += cells.size;
    return n;
  }
}

/** The task pane's marks: one store for the life of the pane. */
export const paneMarks = new MarkStore();

/**
 * 标记问题单元格: highlights each finding's cell (red for an error, amber for a warning) after
 * remembering its own fill, font and borders. Values are never touched. Two syncs: read, then write.
 */
export async function markFindings(
  context: Excel.RequestContext,
  sheetName: string,
  findings: readonly Finding[],
  marks: MarkStore = paneMarks,
  requirements: Requirements | null = officeRequirements(),
): Promise<number> {
  if (!requirements?.isSetSupported("ExcelApi", MARK_EXCEL_API)) {
    throw new JxError("value", {
      zh: `此 Excel 版本过旧，无法标记单元格：需要 ExcelApi ${MARK_EXCEL_API} 或更高。`,
      en: `This version of Excel is too old to mark cells: it needs ExcelApi ${MARK_EXCEL_API} or later.`,
    });
  }
  const severityOf = new Map<string, Finding["severity"]>();
  for (const f of findings) if (severityOf.get(f.cell) !== "error") severityOf.set(f.cell, f.severity);
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const fresh = [...severityOf.keys()].filter((cell) => !marks.has(sheetName, cell));
  const read = fresh.map((cell) => ({ cell, properties: sheet.getRange(cell).getCellProperties(REMEMBERED) }));
  await context.sync();
  for (const { cell, properties } of read) marks.remember(sheetName, cell, properties.value[0][0]);
  for (const [cell, severity] of severityOf) paint(sheet.getRange(cell), MARK_COLORS[severity]);
  await context.sync();
  return severityOf.size;
}

function paint(range: Excel.Range, colors: (typeof MARK_COLORS)[keyof typeof MARK_COLORS]): void {
  range.format.fill.color = colors.fill;
  range.format.font.color = colors.font;
  for (const edge of EDGES) {
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.color = colors.border;
    border.weight = "Medium";
  }
}

/**
 * 清除标记: puts back every marked cell's own fill, font and borders. A sheet deleted since it was
 * marked is skipped; one sync to find the sheets, one to restore.
 */
export async function clearMarks(context: Excel.RequestContext, marks: MarkStore = paneMarks): Promise<number> {
  if (marks.size === 0) return 0;
  const sheets = [...marks.originals.keys()].map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
  for (const { sheet } of sheets) sheet.load("isNullObject");
  await context.sync();
  let restored = 0;
  for (const { name, sheet } of sheets) {
    if (sheet.isNullObject) continue;
    for (const [cell, properties] of marks.originals.get(name)!) {
      const range = sheet.getRange(cell);
      range.setCellProperties([[properties]]);
      // Excel reports "no fill" as white with pattern None; written back, that white would hide the gridlines.
      if (properties.format?.fill?.pattern === "None") range.format.fill.clear();
      restored++;
    }
  }
  await context.sync();
  marks.originals.clear();
  return restored;
}

export function runMarkFindings(sheetName: string, findings: readonly Finding[]): Promise<number> {
  return Excel.run((context) => markFindings(context, sheetName, findings));
}

export function runClearMarks(): Promise<number> {
  return Excel.run((context) => clearMarks(context));
}
