/**
 * The arithmetic each JX function does, written the plainest way: check the inputs, compute, round half up to
 * cents. The baselines of the per-cell and range figures, in Node and in Chromium alike.
 */

/** The i-th of the varying 执行数 (万元) the EXECRATESCORE figures score against a budget of 100. */
export const executedAt = (i: number): number => 40 + ((i * 37) % 6500) / 100;

export function finiteOrThrow(x: number): number {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  return x;
}
const round2 = (v: number) => {
  const scaled = Math.abs(v) * 100;
  return (Math.sign(v) * Math.floor(scaled + 0.5 + scaled * Number.EPSILON * 4)) / 100 || 0;
};
const snap = (ratio: number) => Math.round(ratio * 1e10) / 1e10;
export const rate = (executed: number, budget: number) => {
  if (!(finiteOrThrow(executed) >= 0) || !(finiteOrThrow(budget) > 0)) throw new Error("bad execution or budget");
  return snap(executed / budget);
};
/** The seed's banded rule (written for 8 points) at weight w. */
export const banded = (r: number, w: number) => {
  const f = w / 8;
  const points = r >= 0.9 ? 8 * f : r >= 0.8 ? (6 + ((r - 0.8) / 0.1) * 2) * f : r >= 0.7 ? (4 + ((r - 0.7) / 0.1) * 2) * f : 0;
  return Math.min(Math.max(round2(points), 0), w);
};
export const completion = (actual: number, target: number, w: number) =>
  finiteOrThrow(target) === 0 || finiteOrThrow(actual) >= target ? w : round2((Math.max(actual, 0) / target) * w);
export const reverseR1 = (actual: number, target: number, w: number) =>
  finiteOrThrow(actual) <= finiteOrThrow(target) ? w : actual >= 2 * target ? 0 : round2((2 - actual / target) * w);
export const gradeOf = (total: number) => {
  if (!(finiteOrThrow(total) >= 0 && total <= 100)) throw new Error("total out of range");
  return total >= 90 ? "优" : total >= 80 ? "良" : total >= 60 ? "中" : "差";
};
const YES = new Set(["是", "✓", "√", "TRUE", "1"]);
export const checklist = (flags: readonly unknown[], points: readonly number[]) => {
  let total = 0;
  for (let i = 0; i < points.length; i++) if (YES.has(String(flags[i]))) total += finiteOrThrow(points[i]);
  return round2(total);
};
const POINTS = /[（(](\d+(?:\.\d+)?)分[）)]/g;
export const pointsIn = (text: string) => {
  let total = 0;
  for (const m of text.matchAll(POINTS)) total += Number(m[1]);
  return total;
};
