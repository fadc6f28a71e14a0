import { bandScore } from "../bands";
import { fail, JxError } from "../errors";
import { deductionScore } from "./deduction";
import { showValue } from "./text";
import { ParsedRule, RuleScore } from "./types";

/**
 * A percent rule compares fractions (0.85 is 85 %). A value above 10 (1000 %) there is almost
 * surely the percentage typed without its sign (85 for 85 %), which would score as a huge rate.
 */
const PERCENT_LIMIT = 10;

/**
 * Scores a value under a parsed rule. `weight` is needed only by a deduction from full marks;
 * `start` only by a deduction whose text does not say where it starts (每超过一个百分点扣0.5分),
 * e.g. the row's 年度指标值. A value no band holds, or a rule that could not be read, is a #N/A
 * error naming the value.
 */
export function ruleScore(rule: ParsedRule, value: number, weight?: number | null, start?: number | null): RuleScore {
  if (!Number.isFinite(value)) fail("num", `数值应为有限的数，而不是${value}`, `the value must be a finite number, not ${value}`);
  if (rule.kind === "unreadable") {
    const why = (rule.issues.find((i) => i.kind === "unreadable") ?? rule.issues[0]).message;
    return fail("na", `评分规则无法读懂：${why.zh}`, `the scoring rule cannot be read: ${why.en}`);
  }
  if (rule.percent && Math.abs(value) > PERCENT_LIMIT) {
    const [typed, asRate] = [showValue(value, false), showValue(value, true)];
    fail("num", `${typed}按比率理解是${asRate}，请填写${typed}%或${value / 100}`, `${typed} as a rate is ${asRate}; enter ${typed}% or ${value / 100}`);
  }
  if (rule.kind === "deduction") return deductionScore(rule.deduction, value, rule.percent, weight, start);
  try {
    return bandScore(rule.bands, value, OUTSIDE);
  } catch (e) {
    // The message names the value; built only when needed, as this path runs a million times a second.
    if (!(e instanceof JxError)) throw e;
    const shown = showValue(value, rule.percent);
    return fail(e.code, `${shown}不属于评分规则的任何一项`, `${shown} falls in no item of the scoring rule`);
  }
}

const OUTSIDE = { zh: "不属于评分规则的任何一项", en: "falls in no item of the scoring rule" };
