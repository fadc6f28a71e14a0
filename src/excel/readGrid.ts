/// <reference types="office-js" />
import { parseCellAddress } from "../core/address";
import { Grid, makeGrid, MergedArea } from "../core/grid";
import { CellValue } from "../core/numbers";

/** Host capabilities, as Office.context.requirements gives them. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** Range.getMergedAreasOrNullObject. Without it the grid still reads: Excel shows merged-over cells blank. */
const MERGES_API = "1.13";

/**
 * Queues the reads that make a Grid of a worksheet's used range — values, formulas, number formats, merged areas and the
 * sheet's names — and returns a function that builds the Grid once the caller's one context.sync() is done.
 */
export function queueGridRead(sheet: Excel.Worksheet, requirements: Requirements | null): () => Grid {
  // Values only: formatting a whole column must not make the read a million rows long.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("isNullObject,values,formulas,numberFormat,rowIndex,columnIndex");
  // Asked of the whole sheet, not of the used range, which is a null object on an empty sheet.
  const merged = requirements?.isSetSupported("ExcelApi", MERGES_API) ? sheet.getRange().getMergedAreasOrNullObject() : null;
  merged?.load("isNullObject,address");
  sheet.load("name");
  sheet.names.load("items/name,items/formula");
  return () => {
    const names = Object.fromEntries(sheet.names.items.map((n) => [n.name, n.formula]));
    if (used.isNullObject) return makeGrid({ sheet: sheet.name, values: [], names });
    const origin = { row: used.rowIndex, col: used.columnIndex };
    return makeGrid({
      sheet: sheet.name,
      origin,
      values: used.values as CellValue[][],
      formulas: used.formulas.map((row) => row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))),
      formats: used.numberFormat.map((row) => row.map((f) => (typeof f === "string" ? f : null))),
      merges: merged && !merged.isNullObject ? mergedAreas(merged.address, origin) : [],
      names,
    });
  };
}

/** "Sheet1!A3:A5,Sheet1!B2:C2" → merged areas relative to the grid's origin. */
export function mergedAreas(address: string, origin: { row: number; col: number }): MergedArea[] {
  const areas: MergedArea[] = [];
  for (const m of address.matchAll(/(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?=,|$)/g)) {
    const from = parseCellAddress(m[1].replace(/\$/g, ""));
    const to = parseCellAddress((m[2] ?? m[1]).replace(/\$/g, ""));
    if (!from || !to) continue;
    areas.push({ top: from.row - origin.row, left: from.col - origin.col, bottom: to.row - origin.row, right: to.col - origin.col });
  }
  return areas;
}

export function officeRequirements(): Requirements | null {
  return typeof Office !== "undefined" && Office.context?.requirements ? Office.context.requirements : null;
}
