import { Band, bandTableOf } from "../bands";
import { fail, JxError, Message, quote } from "../errors";
import { requireNumber } from "../numbers";
import { flagOf } from "../rules/checklist";
import { VALUE_PARAM } from "../rules/inputs";
import { NumberForm, numberFormOf, percentFraction } from "../rules/percent";
import { roundHalfUp, snapRatio } from "../round";
import { deductionScore } from "./deduction";
import { scoringRuleCached } from "./parse";
import { showValue } from "./text";
import { ClauseScore, isFixed, isShare, ParsedRule, RuleIssue, RuleScore, WeightShare } from "./types";

const OUTSIDE = { zh: "不属于评分规则的任何一项", en: "falls in no item of the scoring rule" };

/** The first clause not read; a loop, not find(), as this runs on every call. */
function firstUnreadable(issues: readonly RuleIssue[]): RuleIssue | undefined {
  for (let i = 0; i < issues.length; i++) if (issues[i].kind === "unreadable") return issues[i];
  return undefined;
}

function needWeight(weight: number | null | undefined, why: Message): number {
  if (weight === null || weight === undefined) return fail("value", `${why.zh}，需要给出分值（权重）`, `${why.en}, so the weight is needed`);
  return weight;
}

/** A score the text writes above the weight is an error in the rule, not something to cap silently. */
function requireWithin(score: number, weight: number | null | undefined, clause: string): void {
  // The message is built only on failure: this runs for every band on every call.
  if (weight !== null && weight !== undefined && score > weight + 1e-9) {
    fail("value", `“${clause}”的${score}分高于分值${weight}分`, `"${clause}" gives ${score} points, more than the weight ${weight}`);
  }
}

/** A score in terms of the weight (得满分, 得50%, 扣2分), which it then needs. */
function shareOfWeight({ share, less }: WeightShare, weight: number | null | undefined, what: string): RuleScore {
  const w = needWeight(weight, { zh: `“${what}”按分值计分`, en: `"${what}" is scored from the weight` });
  const score = roundHalfUp(Math.max(0, w * share - less));
  return { score, min: score, max: score };
}

/** Points a score gives: written points, or a share of the weight (which it then needs). */
function pointsOf(score: ClauseScore, weight: number | null | undefined, clause: string): number {
  if (isFixed(score)) return score.to;
  if (isShare(score)) return shareOfWeight(score, weight, clause).score;
  return fail("value", `“${clause}”无法线性计分`, `"${clause}" cannot be scored linearly`);
}

type Bands = Extract<ParsedRule, { kind: "bands" }>;

/** What band `i` gives at v, at its ends too (a range or a line runs from its lower end to its upper end). */
function bandAt(rule: Bands, i: number, v: number, weight: number | null | undefined): RuleScore {
  const band = rule.bands[i];
  const relative = rule.relative[i];
  if (relative && "share" in relative) return shareOfWeight(relative, weight, rule.clauses[i]);
  const from = relative ? pointsOf(relative.line[0], weight, rule.clauses[i]) : band.score.from;
  const to = relative ? pointsOf(relative.line[1], weight, rule.clauses[i]) : band.score.to;
  const { lower, upper } = band;
  // An unbounded band, or one a single value wide, has no span to interpolate across: its top is given.
  const score = from === to || !lower || !upper || upper.value === lower.value ? to : from + ((to - from) * (v - lower.value)) / (upper.value - lower.value);
  return { score: roundHalfUp(score), min: Math.min(from, to), max: Math.max(from, to) };
}

/** True when v lies in the band or at one of its ends, included or not. */
const touches = ({ lower, upper }: Band, v: number) => (!lower || v >= lower.value) && (!upper || v <= upper.value);

/**
 * A value the text gives to no clause for sure (a boundary two clauses both claim, or neither says) is
 * scored only when every clause that may hold it gives the same score (70%-90%线性得分；90%以上得满分 at 90%).
 */
function agreed(rule: Bands, v: number, weight: number | null | undefined, why: () => Message): RuleScore {
  const scores = rule.bands.flatMap((b, i) => (touches(b, v) ? [bandAt(rule, i, v, weight).score] : []));
  if (scores.length === 0 || scores.some((s) => s !== scores[0])) return fail("value", why().zh, why().en);
  return { score: scores[0], min: scores[0], max: scores[0] };
}

function bandsScore(rule: Bands, value: number, weight: number | null | undefined): RuleScore {
  const { bands, relative, clauses } = rule;
  for (let i = 0; i < bands.length; i++) if (!relative[i]) requireWithin(bands[i].score.to, weight, clauses[i]);
  const v = snapRatio(value);
  if (rule.unclear.includes(v)) {
    return agreed(rule, v, weight, () => {
      const shown = showValue(v, rule.percent);
      return {
        zh: `评分规则没有写明${shown}归哪一项（或写法自相矛盾），无法计分`,
        en: `the rule does not say which clause holds ${shown} (or contradicts itself there)`,
      };
    });
  }
  const table = bandTableOf(bands);
  let index = -1;
  for (let i = 0; i < bands.length; i++) {
    if (!table.holds(i, v)) continue;
    if (index >= 0) {
      const [first, second] = [clauses[index], clauses[i]];
      return agreed(rule, v, weight, () => {
        const shown = showValue(v, rule.percent);
        return { zh: `${shown}同时属于“${first}”和“${second}”，无法确定按哪一项计分`, en: `${shown} falls in both "${first}" and "${second}"` };
      });
    }
    index = i;
  }
  if (index < 0) {
    const shown = showValue(v, rule.percent);
    fail("na", `${shown}${OUTSIDE.zh}`, `${shown} ${OUTSIDE.en}`);
  }
  return bandAt(rule, index, v, weight);
}

function clauseScore(score: ClauseScore, weight: number | null | undefined, what: string): RuleScore {
  if (!isFixed(score)) {
    const points = pointsOf(score, weight, what);
    return { score: points, min: points, max: points };
  }
  requireWithin(score.to, weight, what);
  return { score: score.to, min: score.from, max: score.to };
}

function formulaScore(rule: Extract<ParsedRule, { kind: "formula" }>, value: number, weight: number | null | undefined): RuleScore {
  const w = () => needWeight(weight, { zh: "按比例计分", en: "the rule scores in proportion" });
  const factor = rule.factor === "weight" ? w() : rule.factor;
  const full = rule.full === "weight" ? w() : rule.full;
  requireWithin(full, weight, "公式满分");
  // Over-completion earns the full score, not more (a score never exceeds the weight, rulebook §2).
  const score = roundHalfUp(Math.min(Math.max(0, value) * factor, full));
  return { score, min: score, max: score };
}

/**
 * Scores a value under a parsed rule. `weight` is needed by a rule that gives full marks (得满分, a
 * deduction from full marks, 按比例计分) and caps every score: a clause above it is refused. `start`
 * only serves a deduction whose text does not say where it starts (每超过一个百分点扣0.5分), e.g. the row's
 * 年度指标值. A percent rule compares fractions (0.85 is 85 %): `form` says how the value was written, and
 * percentFraction reads a bare 85 there as 85 %. A yes/no rule takes 1 (yes) or 0 (no).
 * Refused (#VALUE!) when any clause was not read, when two clauses hold the value, or when a score is
 * above the weight; #N/A when no clause holds it.
 */
export function ruleScore(rule: ParsedRule, written: number, weight?: number | null, start?: number | null, form: NumberForm = "bare"): RuleScore {
  if (!Number.isFinite(written)) fail("num", `数值应为有限的数，而不是${written}`, `the value must be a finite number, not ${written}`);
  if (weight !== null && weight !== undefined && !(weight >= 0 && Number.isFinite(weight))) {
    fail("num", `分值应为不小于0的数，而不是${weight}`, `the weight must be a number of at least 0, not ${weight}`);
  }
  const problem = firstUnreadable(rule.issues);
  if (rule.kind === "unreadable" || problem) {
    const why = (problem ?? rule.issues[0]).message;
    return fail("value", `评分规则没有完全读懂：${why.zh}`, `the scoring rule is not fully understood: ${why.en}`);
  }
  const value = rule.percent ? percentFraction(written, form) : written;
  switch (rule.kind) {
    case "bands":
      return bandsScore(rule, value, weight);
    case "deduction": {
      const { base } = rule.deduction;
      const points = base === "weight" ? needWeight(weight, { zh: "该规则从满分起扣", en: "this rule deducts from full marks" }) : base;
      requireWithin(points, weight, "起扣分数");
      const v = snapRatio(value);
      const { limits } = rule.deduction;
      const limit = bandTableOf(limits).indexOf(v);
      if (limit >= 0) return clauseScore(limits[limit].score, weight, showValue(v, rule.percent));
      return deductionScore(rule.deduction, points, value, rule.percent, start);
    }
    case "formula":
      return formulaScore(rule, value, weight);
    case "yesno":
      if (value !== 1 && value !== 0) {
        fail(
          "value",
          `这是“是/否”规则，应填 是/否、TRUE/FALSE、1/0、有/无 或 达到/未达到，而不是${value}`,
          `this is a yes/no rule: give 是/否, TRUE/FALSE or 1/0, not ${value}`,
        );
      }
      return clauseScore(value === 1 ? rule.yes : rule.no, weight, value === 1 ? "是" : "否");
  }
}

/** A cell as a rule reads it: a number as typed (85, "85%", "8天"), or for a yes/no rule 是/否 (TRUE/FALSE, 有/无…) as 1/0. */
function ruleValue(cell: unknown, rule: ParsedRule): { value: number; form: NumberForm } {
  const flag = rule.kind === "yesno" ? flagOf(cell) : undefined;
  if (flag !== undefined) return { value: flag ? 1 : 0, form: "bare" };
  return { value: requireNumber(cell, VALUE_PARAM), form: numberFormOf(cell, null) };
}

/**
 * JX.RULESCORE: the score of a cell's value under a rule text, each text read once. Every refusal
 * quotes the rule, so the user sees which text it is about.
 */
export function ruleTextScore(text: string, cell: unknown, weight: number | null): number {
  try {
    const rule = scoringRuleCached(text);
    // A number, the usual cell, is read without the object ruleValue makes: this runs once per row.
    if (typeof cell === "number") return ruleScore(rule, cell, weight).score;
    const { value, form } = ruleValue(cell, rule);
    return ruleScore(rule, value, weight, null, form).score;
  } catch (e) {
    if (!(e instanceof JxError)) throw e;
    throw new JxError(e.code, { zh: `评分规则${quote(text)}：${e.text.zh}`, en: `Scoring rule ${quote(text)}: ${e.text.en}` });
  }
}
