/**
 * Workbook contents for the stand-in, made from the test fixtures: a Grid (the seed's table as typed)
 * or a sheet plan (the table the add-in inserts, with the values its formulas compute).
 */
import { cellAddress, rangeAddress } from "../../src/core/address";
import { Grid } from "../../src/core/grid";
import { SheetPlan, planCell } from "../../src/core/plan";
import type { StandInSheet, StandInValue } from "../support/officeStandIn";

const areaAddress = (r: { top: number; left: number; bottom: number; right: number }) => rangeAddress(r.top, r.left, r.bottom, r.right);

export function gridSheet(grid: Grid, name: string): StandInSheet {
  const formulas: Record<string, string> = {};
  grid.formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (f) formulas[cellAddress(grid.origin.row + r, grid.origin.col + c)] = f;
    }),
  );
  return {
    name,
    origin: cellAddress(grid.origin.row, grid.origin.col),
    values: grid.values.map((row) => row.map((v) => v ?? null)),
    formulas,
    merges: grid.merges.map((m) =>
      areaAddress({ top: m.top + grid.origin.row, left: m.left + grid.origin.col, bottom: m.bottom + grid.origin.row, right: m.right + grid.origin.col }),
    ),
    names: Object.fromEntries(Object.entries(grid.names).map(([n, text]) => [n, `=${text}`])),
  };
}

/** The plan's cells as Excel holds them after insertion: each formula with the value it computes. */
export function planSheet(plan: SheetPlan, name: string): StandInSheet {
  const { top, left, bottom, right } = plan.extent;
  const values: StandInValue[][] = [];
  const formulas: Record<string, string> = {};
  for (let r = top; r <= bottom; r++) {
    const row: StandInValue[] = [];
    for (let c = left; c <= right; c++) {
      const cell = planCell(plan, r, c);
      row.push(cell?.value ?? null);
      if (cell?.formula) formulas[cellAddress(r, c)] = cell.formula;
    }
    values.push(row);
  }
  const names: Record<string, string> = {};
  for (const n of plan.names) names[n.name] = "text" in n ? `="${n.text}"` : `=${areaAddress(n.ref)}`;
  return { name, origin: cellAddress(top, left), values, formulas, merges: plan.merges.map(areaAddress), names };
}
