import { Actual, actualInTargetUnit, numberFormOf, parseTarget, percentFraction, readActual, Target } from "../../rules";
import { GridCell } from "../../grid";
import { Indicator } from "../../table";
import { attempt, isFilled } from "./cells";

/** The indicator's 年度指标值 read by the rules' parseTarget, or null when it has none. */
export function targetOf(indicator: Indicator): Target | null {
  if (!isFilled(indicator.target)) return null;
  // Several checks ask for the same row's target; an indicator is read once per table.
  let target = targets.get(indicator);
  if (target === undefined) {
    target = attempt(() => parseTarget(indicator.target!.value));
    targets.set(indicator, target);
  }
  return target;
}

const targets = new WeakMap<Indicator, Target | null>();

/** The 实际完成值 as written (number, unit, percent or bare), or null when it is blank or not a number. */
export function actualOf(indicator: Indicator): Actual | null {
  const cell = indicator.actual;
  if (!isFilled(cell)) return null;
  return attempt(() => readActual(cell!.value, cell!.format ?? null));
}

/** The 实际完成值 in the terms of a quantitative target (see actualInTargetUnit), or null when they cannot compare. */
export function actualForTarget(indicator: Indicator, target: Target & { kind: "quantitative" }): number | null {
  const actual = actualOf(indicator);
  return actual && attempt(() => actualInTargetUnit(actual, target.unit));
}

/** A cell's number beside a percent rule or rate, as a fraction (see percentFraction). */
export function asFraction(n: number, cell: GridCell): number {
  return percentFraction(n, numberFormOf(cell.value, cell.format ?? null));
}
