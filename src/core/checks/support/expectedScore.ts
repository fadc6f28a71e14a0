import { execRate, execRateScoreRange, NumberForm, percentFraction, scoreAgainstTarget } from "../../rules";
import { parseRuleTextCached, ParsedRule, ruleScore } from "../../ruleText";
import { IndicatorTable } from "../../table";
import { attempt, cellNumber, fundsTotalRow, isFilled, isNumber, sumOf } from "./cells";
import { Expectation, IndicatorRow } from "./indicatorRows";
import { actualForTarget, actualOf, metTextTarget, targetOf } from "./indicatorValues";
import { CheckSettings } from "../types";

const point = (score: number) => ({ min: score, max: score });

/** Full marks, the only score the row allows. */
const fullMarks = (weight: number): Expectation => ({ score: weight, accepted: [point(weight)], value: 1, rule: null });

/**
 * The expectation from a quantitative 年度指标值 and the 实际完成值 (rulebook §2.2–§2.4), or else from the 评分规则 text
 * applied to the 实际完成值 — or, on a 预算执行率 row, to the funds block's execution rate. Null when
 * the row has nothing the core can compute (a checklist, a qualitative target, a missing value).
 */
export function indicatorExpectation(row: IndicatorRow, table: IndicatorTable): Expectation | null {
  // score-rule, rule-bands and deviation-reason all ask: computed once per row.
  if (row.expectation === undefined) row.expectation = computeExpectation(row, table);
  return row.expectation;
}

function computeExpectation(row: IndicatorRow, table: IndicatorTable): Expectation | null {
  const { indicator, weight } = row;
  if (!isNumber(weight) || weight <= 0) return null;
  const target = targetOf(row);
  const { target: targetCell, actual: actualCell } = indicator;
  if (target?.kind === "quantitative" && targetCell && actualCell) {
    const actual = actualForTarget(row);
    if (!isNumber(actual)) return null;
    const score = (variant: "R1" | "R2") => attempt(() => scoreAgainstTarget(target, actual, weight, variant));
    const r1 = score("R1");
    if (r1 === null) return null;
    // Lower-is-better has two conventions in use (§2.3): either one is a correct score.
    const r2 = target.comparator === "<=" || target.comparator === "<" ? score("R2") : null;
    return { score: r1, accepted: r2 === null ? [point(r1)] : [point(r1), point(r2)], value: actual, rule: null };
  }
  if (isFilled(indicator.rule) && typeof indicator.rule.value === "string") {
    const rule = parseRuleTextCached(indicator.rule.value);
    if (rule.kind !== "unreadable") {
      const value = ruleTextValue(row, table, rule);
      if (value === null) return null;
      const scored = attempt(() => ruleScore(rule, value, weight, null, "percent"));
      return scored && { score: scored.score, accepted: [{ min: scored.min, max: scored.max }], value, rule };
    }
  }
  return fullMarksExpectation(row, table, weight);
}

/**
 * Where no rule is written or read, two cases still have one answer: a date or text target that was met earns full
 * marks unless a reason for less is given, and a 预算执行率 of 100 % or more earns full marks under every rule (§2.1).
 */
function fullMarksExpectation(row: IndicatorRow, table: IndicatorTable, weight: number): Expectation | null {
  if (metTextTarget(row)) return isFilled(row.indicator.reason) ? null : fullMarks(weight);
  if (!row.indicator.name.includes("预算执行率") || targetOf(row)?.kind === "quantitative") return null;
  const written = actualOf(row);
  const rate = written ? percentFraction(written.value, written.form) : fundsRate(table);
  return rate !== null && rate >= 1 - 1e-9 ? fullMarks(weight) : null;
}

/**
 * The value the row's rule text is applied to, in the rule's terms (a fraction for a rule written in %): rule-bands
 * asks for it even where the rule refuses to score it (a value on an overlap of two bands).
 */
export function ruleTextValue(row: IndicatorRow, table: IndicatorTable, rule: ParsedRule): number | null {
  const written = ruleValue(row, table);
  if (written === null) return null;
  return rule.kind !== "unreadable" && rule.percent ? percentFraction(written.value, written.form) : written.value;
}

/** The value a rule text scores, as written: the 实际完成值, or the execution rate (a fraction) on a 预算执行率 row. */
function ruleValue(row: IndicatorRow, table: IndicatorTable): { value: number; form: NumberForm } | null {
  const actual = actualOf(row);
  if (actual !== null) return actual;
  if (!row.indicator.name.includes("预算执行率")) return null;
  const rate = fundsRate(table);
  return rate === null ? null : { value: rate, form: "percent" };
}

/** 全年执行数 / 全年预算数 of the 年度资金总额 row (see fundsRates), or null when the funds block cannot give it. */
export function fundsRate(table: IndicatorTable): number | null {
  return fundsRates(table)[0] ?? null;
}

/**
 * Every execution rate the funds block supports: the 年度资金总额 row's, and the one its 其中 rows give where they
 * disagree with it. funds-total reports the disagreement; the rate and score are still checked, and either rate is
 * accepted, since the block does not say which amounts are right (a 0|0|0 total gives the parts' rate alone).
 */
export function fundsRates(table: IndicatorTable): number[] {
  const funds = fundsTotalRow(table);
  if (!funds) return [];
  const partsSum = (key: "budget" | "executed") => {
    const cells = table.funds.filter((r) => r.kind === "part").map((r) => r[key]);
    return cells.some(isFilled) ? sumOf(cells) : null;
  };
  const rateOf = (budget: number | null, executed: number | null) =>
    isNumber(budget) && isNumber(executed) ? attempt(() => execRate(executed, budget)) : null;
  const rates = [rateOf(cellNumber(funds.budget), cellNumber(funds.executed)), rateOf(partsSum("budget"), partsSum("executed"))];
  return [...new Set(rates.filter((r): r is number => r !== null))];
}

/** The funds row's 得分 by the execution-rate rule (§2.1), or null when its cells cannot give it. */
export function fundsExpectation(table: IndicatorTable, settings: CheckSettings): Expectation | null {
  const funds = fundsTotalRow(table);
  const weight = cellNumber(funds?.weight ?? null);
  if (!isNumber(weight) || weight <= 0) return null;
  const scored = fundsRates(table).flatMap((rate) => {
    const range = attempt(() => execRateScoreRange(rate, weight, settings.execRateRule));
    return range ? [{ rate, range }] : [];
  });
  if (scored.length === 0) return null;
  const [{ rate, range }] = scored;
  return { score: range.score, accepted: scored.map((s) => ({ min: s.range.min, max: s.range.max })), value: rate, rule: null };
}

export function accepts(expectation: Expectation, score: number, tolerance: number): boolean {
  const { accepted } = expectation;
  for (let i = 0; i < accepted.length; i++) {
    const { min, max } = accepted[i];
    if (score >= min - tolerance - 1e-9 && score <= max + tolerance + 1e-9) return true;
  }
  return false;
}
