import { cellAt, Grid, GridCell, textAt } from "../grid";
import { FUNDS_PART, FUNDS_TOTAL, FundsColumn, fundsColumn } from "./headerWords";
import { FundsRow } from "./types";

/** A funds block found on the sheet: its header row, its columns and its rows. */
export interface FundsBlock {
  headerRow: number;
  lastRow: number;
  columns: Partial<Record<FundsColumn, number>>;
  rows: FundsRow[];
}

/**
 * The columns named on a funds header row, or null when fewer than two money columns are named. The row below
 * starts with the 年度资金总额 label; only columns right of that label hold money, so a label column's own header
 * (年度预算数（万元）on Sichuan's form) is not read as a money column.
 */
export function fundsHeader(grid: Grid, row: number, width: number): Partial<Record<FundsColumn, number>> | null {
  let labelCol = 0;
  while (labelCol < width && !FUNDS_TOTAL.test(textAt(grid, row + 1, labelCol))) labelCol++;
  if (labelCol === width) return null;
  const columns: Partial<Record<FundsColumn, number>> = {};
  for (let col = labelCol + 1; col < width; col++) {
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

/** Labels of a one-row money line written as label | value pairs (预算数 | 80 | 执行数 | 75.81 | 预算执行率 | …). */
const INLINE_LABELS: readonly ["budget" | "executed" | "rate", RegExp][] = [
  ["rate", /^(预算)?执行率/],
  ["budget", /^(全年|调整后)?预算数/],
  ["executed", /^(全年|实际)?执行数/],
];

/**
 * The sh-2018 form states its money on one line above the table, each number right of its label. Read
 * as a funds block of one 年度资金总额 row, so the 预算执行率 row can be scored by its rule text.
 */
export function inlineFunds(grid: Grid, row: number, width: number): FundsBlock | null {
  const found: Partial<Record<"budget" | "executed" | "rate", GridCell>> = {};
  for (let col = 0; col + 1 < width; col++) {
    const text = textAt(grid, row, col);
    const entry = INLINE_LABELS.find(([, words]) => words.test(text));
    // On a funds header row (年初预算数 | 全年预算数 | …) a label stands right of a label: not a money line.
    if (entry && !found[entry[0]] && fundsColumn(textAt(grid, row, col + 1)) === null) found[entry[0]] = cellAt(grid, row, col + 1);
  }
  if (!found.budget || !found.executed) return null;
  const total: FundsRow = {
    label: textAt(grid, row, 0),
    kind: "total",
    initialBudget: null,
    budget: found.budget,
    executed: found.executed,
    weight: null,
    rate: found.rate ?? null,
    score: null,
  };
  return { headerRow: row, lastRow: row, columns: {}, rows: [total] };
}
