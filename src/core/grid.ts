import { columnLetters } from "./address";
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

/**
 * The cells of one grid row: its values, formulas, formats and row number are looked up once for all of them, as a
 * reader takes most cells of each row it reads (an indicator row has six or more).
 */
export function rowCells(grid: Grid, row: number): (col: number) => GridCell {
  const values = grid.values[row];
  const formulas = grid.formulas[row];
  const formats = grid.formats[row];
  const rowNumber = String(grid.origin.row + row + 1);
  // A merged area's value sits in its top-left cell only: the value is the cell's own.
  return (col) => ({
    address: columnLetters(grid.origin.col + col) + rowNumber,
    value: values?.[col] ?? null,
    formula: formulas?.[col] ?? null,
    format: formats?.[col] ?? null,
  });
}

export function cellAt(grid: Grid, row: number, col: number): GridCell {
  return rowCells(grid, row)(col);
}

/** Text of a cell for matching words: NFKC (full-width → half-width) with all white space removed. */
export function textAt(grid: Grid, row: number, col: number): string {
  return textOf(grid.values[row]?.[col]);
}

/** A value's text for matching words (see textAt): "" for a number, a flag or a blank. */
export function textOf(v: CellValue): string {
  if (typeof v !== "string") return "";
  // Most cells are plain Han, letters and digits: nothing to fold, and NFKC is the reader's main cost.
  return PLAIN_TEXT.test(v) ? v : v.normalize("NFKC").replace(/\s+/g, "");
}

const PLAIN_TEXT = /^[\u4e00-\u9fa5A-Za-z0-9.%]*$/;

export function isBlankRow(grid: Grid, row: number): boolean {
  return (grid.values[row] ?? []).every(isBlank);
}
