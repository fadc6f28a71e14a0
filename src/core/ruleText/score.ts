import { bandScore } from "../bands";
import { fail, JxError } from "../errors";
import { NumberForm, percentFraction } from "../rules/percent";
import { deductionScore } from "./deduction";
import { showValue } from "./text";
import { ParsedRule, RuleScore } from "./types";

/**
 * Scores a value under a parsed rule. `weight` is needed only by a deduction from full marks;
 * `start` only by a deduction whose text does not say where it starts (每超过一个百分点扣0.5分),
 * e.g. the row's 年度指标值. A percent rule compares fractions (0.85 is 85 %): `form` says how the value was
 * written, and percentFraction reads a bare 85 there as 85 %. A value no band holds, or a rule that could
 * not be read, is a #N/A error naming the value.
 */
export function ruleScore(
  rule: ParsedRule,
  written: number,
  weight?: number | null,
  start?: number | null,
  form: NumberForm = "bare",
): RuleScore {
  if (!Number.isFinite(written)) fail("num", `数值应为有限的数，而不是${written}`, `the value must be a finite number, not ${written}`);
  if (rule.kind === "unreadable") {
    const why = (rule.issues.find((i) => i.kind === "unreadable") ?? rule.issues[0]).message;
    return fail("na", `评分规则无法读懂：${why.zh}`, `the scoring rule cannot be read: ${why.en}`);
  }
  const value = rule.percent ? percentFraction(written, form) : written;
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
