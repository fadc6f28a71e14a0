import { cellAt, Grid, textAt } from "../grid";
import { FUNDS_PART, FUNDS_TOTAL, FundsColumn, fundsColumn } from "./headerWords";
import { FundsRow } from "./types";

/** A funds block found on the sheet: its header row, its columns and its rows. */
export interface FundsBlock {
  headerRow: number;
  lastRow: number;
  columns: Partial<Record<FundsColumn, number>>;
  rows: FundsRow[];
}

/** The columns named on a funds header row, or null when fewer than two money columns are named. */
export function fundsHeader(grid: Grid, row: number, width: number): Partial<Record<FundsColumn, number>> | null {
  const columns: Partial<Record<FundsColumn, number>> = {};
  for (let col = 0; col < width; col++) {
    const role = fundsColumn(textAt(grid, row, col));
    if (role && columns[role] === undefined) columns[role] = col;
  }
  const money = ["initialBudget", "budget", "executed"].filter((k) => columns[k as FundsColumn] !== undefined);
  return money.length >= 2 ? columns : null;
}

/** Reads the 年度资金总额 and 其中 rows under a funds header; stops at the first row that is neither. */
export function readFundsBlock(grid: Grid, headerRow: number, columns: Partial<Record<FundsColumn, number>>): FundsBlock {
  const firstMoney = Math.min(...Object.values(columns));
  const rows: FundsRow[] = [];
  let row = headerRow + 1;
  for (; row < grid.values.length; row++) {
    let label = "";
    for (let col = 0; col < firstMoney; col++) label += textAt(grid, row, col);
    const kind = FUNDS_TOTAL.test(label) ? "total" : FUNDS_PART.test(label) ? "part" : null;
    if (!kind) break;
    const cell = (key: FundsColumn) => (columns[key] === undefined ? null : cellAt(grid, row, columns[key]!));
    rows.push({
      label,
      kind,
      initialBudget: cell("initialBudget"),
      budget: cell("budget"),
      executed: cell("executed"),
      weight: cell("weight"),
      rate: cell("rate"),
      score: cell("score"),
    });
  }
  return { headerRow, lastRow: row - 1, columns, rows };
}
