import { JxError } from "../../errors";
import { memoized } from "../../memo";
import { GridCell } from "../../grid";
import { isBlank, readNumber } from "../../numbers";
import { roundHalfUp } from "../../round";
import { FundsRow, Indicator, IndicatorTable, UnreadPart } from "../../table";

const CELL = { zh: "单元格", en: "cell" };

/** The number a cell holds: null when it is blank or absent, NaN when it holds something that is not a number. */
export function cellNumber(cell: GridCell | null): number | null {
  if (!cell) return null;
  // Most cells a check reads hold a number: no text to read.
  if (typeof cell.value === "number") return Number.isFinite(cell.value) ? cell.value : NaN;
  try {
    return readNumber(cell.value, CELL);
  } catch (e) {
    if (e instanceof JxError) return NaN;
    throw e;
  }
}

const ERROR_VALUE = /^#(VALUE!|NAME\?|DIV\/0!|REF!|N\/A|NUM!|NULL!|CALC!|SPILL!|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!|GETTING_DATA)/;

/** True when a formula cell shows an Excel error value: the formula-error check reports it, no other. */
export function showsFormulaError(cell: GridCell | null): boolean {
  return !!cell && !!cell.formula && typeof cell.value === "string" && ERROR_VALUE.test(cell.value);
}

/** An indicator marked 不适用 is not scored (rulebook §2.8). */
export function notApplicable(indicator: Indicator): boolean {
  return marksNotApplicable(indicator.score) || marksNotApplicable(indicator.actual) || marksNotApplicable(indicator.remark);
}

function marksNotApplicable(cell: GridCell | null): boolean {
  return !!cell && typeof cell.value === "string" && saysNotApplicable(cell.value);
}

/** Each check asks of every row, and a column repeats its texts (达成预期指标): each text is read once. */
const saysNotApplicable = memoized((text: string) => text.normalize("NFKC").replace(/\s+/g, "").includes("不适用"));

/** Σ of the cells' numbers (tidied), blanks counting 0; null when a cell holds something that is not a number. */
export function sumOf(cells: (GridCell | null)[]): number | null {
  let sum = 0;
  for (let i = 0; i < cells.length; i++) {
    const n = cellNumber(cells[i]);
    if (n === null) continue;
    if (Number.isNaN(n)) return null;
    sum += n;
  }
  return tidy(sum);
}

/** A sum as people would write it: the binary noise of adding decimals (0.1 + 0.2) removed. */
export function tidy(n: number): number {
  return roundHalfUp(n, 4);
}

export function differs(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) > tolerance + 1e-9;
}

/** A cell that holds something: a number, a text that is not blank, or a flag. */
export type FilledCell = GridCell & { value: number | string | boolean };

/** A cell that is there and not blank; a type guard, so a caller reads its value without asserting it. */
export function isFilled(cell: GridCell | null): cell is FilledCell {
  return !!cell && !isBlank(cell.value);
}

/** The 年度资金总额 row of the funds block, if the table has one. */
export function fundsTotalRow(table: IndicatorTable): FundsRow | null {
  return table.funds.find((r) => r.kind === "total") ?? null;
}

/** Runs a rule of the core; a JxError (the rule cannot be computed from these cells) gives null. */
export function attempt<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (e) {
    if (e instanceof JxError) return null;
    throw e;
  }
}

/** A number usable as a rule input: finite (not blank, not text). */
export function isNumber(n: number | null): n is number {
  return n !== null && Number.isFinite(n);
}

/**
 * The decimals a number cell shows, in the terms of the number it holds: a format's (0.0% → 3 for 0.835, 0.00 → 2),
 * else the digits typed (“95.8%” → 3, 0.86 → 2); null for a cell that shows no number.
 */
export function shownDecimals(cell: GridCell): number | null {
  const percentShift = (shown: string) => (shown.includes("%") ? 2 : 0);
  const decimalsOf = (digits: string) => /\.(\d+)/.exec(digits)?.[1].length ?? 0;
  if (typeof cell.value === "string") {
    const text = cell.value.normalize("NFKC").trim();
    return /\d/.test(text) ? decimalsOf(text) + percentShift(text) : null;
  }
  if (typeof cell.value !== "number") return null;
  const format = cell.format && cell.format !== "General" ? cell.format.replace(/"[^"]*"|\[[^\]]*\]/g, "") : null;
  if (format && /[0#]/.test(format)) return decimalsOf(format.split(";")[0].replace(/[^0#.%]/g, "")) + percentShift(format);
  return decimalsOf(String(cell.value));
}

/** Whether the reader left this part of the table's layout unread (the layout check says so once). */
export function leftUnread(table: IndicatorTable, part: UnreadPart["part"]): boolean {
  return table.unread.some((u) => u.part === part);
}
