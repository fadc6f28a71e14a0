import { parseTarget, Target } from "../rules";
import { Indicator } from "../table";
import { attempt, cellNumber, isFilled, isNumber } from "./cells";

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

/**
 * The 实际完成值 as a number comparable with a target or rule written in percent (`percent`): a bare
 * number above 1.5 was then typed in percentage points (95 for 95 %) and reads as 0.95, not 9,500 %.
 */
export function actualOf(indicator: Indicator, percent: boolean): number | null {
  const n = cellNumber(indicator.actual);
  if (!isNumber(n)) return null;
  const typedAsPoints = typeof indicator.actual!.value === "number" || !String(indicator.actual!.value).includes("%");
  return percent && typedAsPoints && n > 1.5 ? n / 100 : n;
}
