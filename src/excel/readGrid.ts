/// <reference types="office-js" />
import { Grid, makeGrid, MergedArea } from "../core/grid";
import { CellValue } from "../core/numbers";

/** Host capabilities, as Office.context.requirements gives them. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** Range.getMergedAreasOrNullObject. Without it the grid still reads: Excel shows merged-over cells blank. */
const MERGES_API = "1.13";

/** The reads queueGridRead queued, made a Grid by gridFrom once the caller's one context.sync() is done. */
export interface QueuedGrid {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

/**
 * Queues the reads that make a Grid of a worksheet's used range — values, formulas, number formats, merged
 * areas and the sheet's names — so that a caller reading several things needs one context.sync() for all.
 */
export function queueGridRead(sheet: Excel.Worksheet, requirements: Requirements | null): QueuedGrid {
  // Values only: formatting a whole column must not make the read a million rows long.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,formulas,numberFormat,rowIndex,columnIndex");
  // Asked of the whole sheet, not of the used range, which is a null object on an empty sheet.
  const merged = requirements?.isSetSupported("ExcelApi", MERGES_API) ? sheet.getRange().getMergedAreasOrNullObject() : null;
  // Each area's position and size, not the joined address text, which can come back abridged (office-js #1590).
  merged?.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
  sheet.load("name");
  sheet.names.load("items/name,items/formula");
  return { sheet, used, merged };
}

/** The Grid of what queueGridRead queued, after the context.sync() that loaded it (isNullObject needs no load). */
export function gridFrom({ sheet, used, merged }: QueuedGrid): Grid {
  const names = Object.fromEntries(sheet.names.items.map((n) => [n.name, n.formula]));
  if (used.isNullObject) return makeGrid({ sheet: sheet.name, values: [], names });
  const origin = { row: used.rowIndex, col: used.columnIndex };
  return makeGrid({
    sheet: sheet.name,
    origin,
    values: used.values as CellValue[][],
    formulas: used.formulas.map((row) => row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))),
    formats: used.numberFormat.map((row) => row.map((f) => (typeof f === "string" ? f : null))),
    merges: merged && !merged.isNullObject ? merged.areas.items.map((a) => mergedArea(a, origin)) : [],
    names,
  });
}

/** A merged area of the sheet, placed relative to the grid's origin. */
function mergedArea(area: Excel.Range, origin: { row: number; col: number }): MergedArea {
  const top = area.rowIndex - origin.row;
  const left = area.columnIndex - origin.col;
  return { top, left, bottom: top + area.rowCount - 1, right: left + area.columnCount - 1 };
}

export function officeRequirements(): Requirements | null {
  return typeof Office !== "undefined" && Office.context?.requirements ? Office.context.requirements : null;
}
