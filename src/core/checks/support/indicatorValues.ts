import { Actual, actualInTargetUnit, numberFormOf, parseTarget, percentFraction, qualitativeTier, readActual, Target } from "../../rules";
import { GridCell } from "../../grid";
import { memoized } from "../../memo";
import { attempt, isFilled } from "./cells";
import { IndicatorRow } from "./indicatorRows";

/** The indicator's 年度指标值 read by the rules' parseTarget, or null when it has none. */
export function targetOf(row: IndicatorRow): Target | null {
  if (row.target === undefined) {
    const cell = row.indicator.target;
    row.target = isFilled(cell) ? attempt(() => parseTarget(cell.value)) : null;
  }
  return row.target;
}

/** The 实际完成值 as written (number, unit, percent or bare), or null when it is blank or not a number. */
export function actualOf(row: IndicatorRow): Actual | null {
  if (row.actual === undefined) {
    const cell = row.indicator.actual;
    row.actual = isFilled(cell) ? attempt(() => readActual(cell.value, cell.format ?? null)) : null;
  }
  return row.actual;
}

/**
 * The 实际完成值 in the terms of the row's quantitative target (see actualInTargetUnit), or null when the target is not
 * quantitative or the two cannot compare.
 */
export function actualForTarget(row: IndicatorRow): number | null {
  if (row.actualInTargetUnit === undefined) {
    const target = targetOf(row);
    const actual = actualOf(row);
    row.actualInTargetUnit = target?.kind === "quantitative" && actual ? attempt(() => actualInTargetUnit(actual, target.unit)) : null;
  }
  return row.actualInTargetUnit;
}

/** A cell's number beside a percent rule or rate, as a fraction (see percentFraction). */
export function asFraction(n: number, cell: GridCell): number {
  return percentFraction(n, numberFormOf(cell.value, cell.format ?? null));
}

/** Words a 实际完成值 uses to say a yes/no, date or text target was met. */
const MET_WORDS = /^(是|合格|达标|完成|已完成|按时完成|按期完成|全部完成|及时|符合)$/;

/** The year and month a text names (2021年12月完成, 12月底前), as a number that orders them; null when it names none. */
function monthOf(text: string): { year: number | null; month: number } | null {
  const m = /(?:(\d{4})年)?(\d{1,2})月/.exec(text);
  return m ? { year: m[1] ? Number(m[1]) : null, month: Number(m[2]) } : null;
}

/** A target or actual text as compared (NFKC, no spaces, no closing punctuation); a column repeats its texts, each is read once. */
const plainText = memoized((text: string) =>
  text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[。.；;，,！!]+$/, ""),
);

/**
 * True when the 实际完成值 says a text target was met: it repeats the target, says 是/合格/完成 where the target names
 * that word, or names a month no later than the target's (完成时间 ≤ 12月). A tier label (达成预期指标) is not read
 * here: qualitative-tier checks its range.
 */
export function metTextTarget(row: IndicatorRow): boolean {
  const target = row.indicator.target?.value;
  const actual = row.indicator.actual?.value;
  if (typeof target !== "string" || typeof actual !== "string" || targetOf(row)?.kind === "quantitative") return false;
  const [t, a] = [plainText(target), plainText(actual)];
  if (!t || !a || qualitativeTier(a)) return false;
  if (a === t) return true;
  const [due, done] = [monthOf(t), monthOf(a)];
  if (due && done) return (done.year ?? due.year ?? 0) * 12 + done.month <= (due.year ?? done.year ?? 0) * 12 + due.month;
  return MET_WORDS.test(a) && (due !== null || t.includes(a));
}
