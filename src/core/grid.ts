import { cellAddress } from "./address";
import { CellValue, isBlank } from "./numbers";

/**
 * What a host (Excel, an .xlsx file, a test) hands the core to read tables from: one rectangle of a
 * worksheet. Rows and columns inside a Grid are 0-based from its top-left cell; `origin` places that
 * cell in the sheet so findings can name real addresses.
 */
export interface Grid {
  sheet: string;
  origin: { row: number; col: number };
  values: CellValue[][];
  /** The formula of each cell as written, or null; may be shorter than `values` (missing = no formula). */
  formulas: (string | null)[][];
  /**
   * The number format of each cell (0.00%, General), or null; may be shorter than `values`. It says how a
   * number was meant: a %-formatted 1.6 is 160 %, not 1.6 percentage points.
   */
  formats: (string | null)[][];
  /** Merged areas, in grid coordinates (0-based, inclusive). */
  merges: MergedArea[];
  /** Defined names visible from the sheet: name → its text (a constant such as `"sh-2018@1"` or a reference). */
  names: Record<string, string>;
}

export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One cell as the checks see it: where it is in the sheet, what it shows, its formula and number format. */
export interface GridCell {
  address: string;
  value: CellValue;
  formula: string | null;
  /** Absent on a cell the core makes up (a weight read from a label such as 产出指标(50分)). */
  format?: string | null;
}

/**
 * A saved workbook spells add-in functions `_xldudf_JX_RULESCORE(`; Excel itself shows `JX.RULESCORE(`.
 * Normalising to the second lets every reader compare formulas one way.
 */
export function normaliseFormula(formula: string): string {
  return formula.replace(/_xldudf_([A-Za-z0-9]+)_([A-Za-z0-9_.]+)\(/g, "$1.$2(");
}

/** Builds a Grid, normalising formula spellings; omitted parts default to empty. */
export function makeGrid(parts: Partial<Grid> & { values: CellValue[][] }): Grid {
  return {
    sheet: parts.sheet ?? "Sheet1",
    origin: parts.origin ?? { row: 0, col: 0 },
    values: parts.values,
    formulas: (parts.formulas ?? []).map((row) => row.map((f) => (f ? normaliseFormula(f) : null))),
    formats: parts.formats ?? [],
    merges: parts.merges ?? [],
    names: parts.names ?? {},
  };
}

export function colCount(grid: Grid): number {
  return grid.values.reduce((max, row) => Math.max(max, row.length), 0);
}

/** The value written in a cell itself (a merged area's value sits in its top-left cell only). */
function valueAt(grid: Grid, row: number, col: number): CellValue {
  return grid.values[row]?.[col] ?? null;
}

function formulaAt(grid: Grid, row: number, col: number): string | null {
  return grid.formulas[row]?.[col] ?? null;
}

function sheetAddress(grid: Grid, row: number, col: number): string {
  return cellAddress(grid.origin.row + row, grid.origin.col + col);
}

export function cellAt(grid: Grid, row: number, col: number): GridCell {
  const format = grid.formats[row]?.[col] ?? null;
  return { address: sheetAddress(grid, row, col), value: valueAt(grid, row, col), formula: formulaAt(grid, row, col), format };
}

/** Text of a cell for matching words: NFKC (full-width → half-width) with all white space removed. */
export function textAt(grid: Grid, row: number, col: number): string {
  const v = valueAt(grid, row, col);
  if (typeof v !== "string") return "";
  // Most cells are plain Han, letters and digits: nothing to fold, and NFKC is the reader's main cost.
  return PLAIN_TEXT.test(v) ? v : v.normalize("NFKC").replace(/\s+/g, "");
}

const PLAIN_TEXT = /^[\u4e00-\u9fa5A-Za-z0-9.%]*$/;

export function isBlankRow(grid: Grid, row: number): boolean {
  return (grid.values[row] ?? []).every(isBlank);
}
