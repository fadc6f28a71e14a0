import { fail } from "../errors";
import { hasExample, Rulebook } from "../rulebooks";
import { formatTemplateMarker, TEMPLATE_MARKER_NAME } from "../templateMarker";
import { SheetBuilder } from "./builder";
import { LaidOut, PlanFields } from "./layout";
import { layOutMofSelf } from "./mofSelf";
import { layOutScoringTable } from "./scoringTable";
import { STYLES } from "./styles";
import { PlanCell, SheetPlan } from "./types";
import { GRADE_NAME, TOTAL_NAME } from "../templateMarker";

export * from "./types";
export type { PlanFields } from "./layout";
export { INPUT_FILL, HEADER_FILL } from "./styles";

export const SHEET_NAME = "绩效自评表";
export { TOTAL_NAME, GRADE_NAME } from "../templateMarker";
/** The mof-self form's label column. */
const LABEL_COLUMN_WIDTH = 10;
const HELPER_COLUMN_WIDTH = 5;

export interface PlanOptions {
  /** Fill in the rulebook's example figures. */
  example: boolean;
  /** Top-left cell of the table, 0-based; A1 by default. */
  origin?: { row: number; col: number };
}

/**
 * Describes the worksheet a rulebook becomes: cells with live formulas and their computed values,
 * formats, merges, validations, names, freeze and print setup. Pure: the writers apply it.
 */
export function buildSheetPlan(rulebook: Rulebook, fields: PlanFields, options: PlanOptions): SheetPlan {
  if (options.example && !hasExample(rulebook)) {
    // An empty table passed off as an example would check as 20 missing scores.
    fail(
      "value",
      `“${rulebook.title.zh}”没有示例数据：它的权重和评分标准由评价人设定。请不选“填入示例数据”后插入。`,
      `"${rulebook.title.en}" has no example: its weights and criteria are set by the evaluator. Insert it without example data.`,
    );
  }
  const origin = options.origin ?? { row: 0, col: 0 };
  const widths = rulebook.layout === "mof-self" ? [LABEL_COLUMN_WIDTH, ...rulebook.columns.map((c) => c.width)] : rulebook.columns.map((c) => c.width);
  const b = new SheetBuilder(origin, widths);
  const laid: LaidOut =
    rulebook.layout === "mof-self" ? layOutMofSelf(b, rulebook, fields, options.example) : layOutScoringTable(b, rulebook, fields, options.example);

  const marker = formatTemplateMarker({ family: rulebook.id, version: rulebook.version });
  b.name({ name: TOTAL_NAME, ref: { top: laid.total.row, left: laid.total.col, bottom: laid.total.row, right: laid.total.col } });
  b.name({ name: GRADE_NAME, ref: { top: laid.grade.row, left: laid.grade.col, bottom: laid.grade.row, right: laid.grade.col } });
  b.name({ name: TEMPLATE_MARKER_NAME, text: marker });

  const cols = b.columnCount();
  const lastRow = b.rowCount - 1;
  const columnWidths = Array.from({ length: cols }, (_, c) => ({ col: c + origin.col, width: widths[c] ?? (c === laid.width ? 2 : HELPER_COLUMN_WIDTH) }));
  return {
    sheetName: SHEET_NAME,
    marker,
    extent: b.place({ top: 0, left: 0, bottom: lastRow, right: cols - 1 }),
    blocks: [b.block()],
    merges: b.placedMerges(),
    styles: STYLES,
    areas: b.areas(),
    columnWidths,
    rowHeights: b.rowHeights(),
    validations: b.validations(),
    names: b.placedNames(),
    freezeRows: origin.row + laid.freezeRows,
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 1,
      printArea: b.place({ top: 0, left: 0, bottom: lastRow, right: laid.width - 1 }),
      titleRows: { top: origin.row + laid.headerRow, bottom: origin.row + laid.headerRow },
      footer: "第 &P 页，共 &N 页",
    },
  };
}

/** The cell of a plan at a sheet position, or null. */
export function planCell(plan: SheetPlan, row: number, col: number): PlanCell | null {
  for (const block of plan.blocks) {
    const cell = block.cells[row - block.top]?.[col - block.left];
    if (cell !== undefined) return cell;
  }
  return null;
}

export { uniqueSheetName } from "./sheetName";
