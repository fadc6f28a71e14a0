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

type FundsColumns = Partial<Record<FundsColumn, number>>;

/** A funds header: its columns, its rows (two when merged words stand over 年初/全年), and where its total's label is. */
export interface FundsHeader {
  columns: FundsColumns;
  firstRow: number;
  lastRow: number;
  /** The 年度资金总额 label stands in the header over its amounts (项目资金 | 年度资金总额 | 年初预算数 | …). */
  totalLabel: string | null;
}

/**
 * The funds header starting on this row, or null. The row below it starts with the 年度资金总额 label; only columns
 * right of that label hold money, so a label column's own header (年度预算数（万元）on Sichuan's form) is not read
 * as a money column. The header may span two rows (a merged 预算数 over 年初 | 全年), or carry the total's label
 * itself with the amounts on the next row.
 */
export function fundsHeader(grid: Grid, row: number, width: number): FundsHeader | null {
  const oneRow = (first: number) => {
    const labelCol = totalLabelColumn(grid, first + 1, width);
    return labelCol === null ? null : moneyColumns(grid, first, first, labelCol, width);
  };
  const single = oneRow(row);
  if (single) return { columns: single, firstRow: row, lastRow: row, totalLabel: null };
  // Two rows, unless the lower one is a header on its own (the table starts there).
  const labelCol = totalLabelColumn(grid, row + 2, width);
  const both = labelCol === null || oneRow(row + 1) ? null : moneyColumns(grid, row, row + 1, labelCol, width);
  if (both) return { columns: both, firstRow: row, lastRow: row + 1, totalLabel: null };
  const inHeader = totalLabelColumn(grid, row, width);
  const columns = inHeader === null ? null : moneyColumns(grid, row, row, inHeader, width);
  return columns && inHeader !== null ? { columns, firstRow: row, lastRow: row, totalLabel: textAt(grid, row, inHeader) } : null;
}

function totalLabelColumn(grid: Grid, row: number, width: number): number | null {
  for (let col = 0; col < width; col++) if (FUNDS_TOTAL.test(textAt(grid, row, col))) return col;
  return null;
}

/** The money columns right of the label column, each named by its lower header word, or by both rows' words read together. */
function moneyColumns(grid: Grid, firstRow: number, lastRow: number, labelCol: number, width: number): FundsColumns | null {
  const columns: FundsColumns = {};
  for (let col = labelCol + 1; col < width; col++) {
    const lower = textAt(grid, lastRow, col);
    const upper = lastRow === firstRow ? "" : mergedTextAt(grid, firstRow, col);
    const role = fundsColumn(lower) ?? fundsColumn(lower + upper) ?? fundsColumn(upper);
    if (role && columns[role] === undefined) columns[role] = col;
  }
  const money = ["initialBudget", "budget", "executed"].filter((k) => columns[k as FundsColumn] !== undefined);
  return money.length >= 2 ? columns : null;
}

/** The text a cell shows: its own, or that of the merged area it lies in. */
function mergedTextAt(grid: Grid, row: number, col: number): string {
  const area = grid.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
  return area ? textAt(grid, area.top, area.left) : textAt(grid, row, col);
}

/** Reads the 年度资金总额 and 其中 rows under a funds header; stops at the first row that is neither. */
export function readFundsBlock(grid: Grid, header: FundsHeader): FundsBlock {
  const { columns } = header;
  const firstMoney = Math.min(...Object.values(columns));
  const rows: FundsRow[] = [];
  let row = header.lastRow + 1;
  for (; row < grid.values.length; row++) {
    let label = header.totalLabel !== null && row === header.lastRow + 1 ? header.totalLabel : "";
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
  return { headerRow: header.firstRow, lastRow: row - 1, columns, rows };
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
