import { Band, BandTable } from "../bands";
import { fail, Message, quote } from "../errors";
import { isBlank } from "../numbers";
import { roundHalfUp, snapRatio } from "../round";
import { BUDGET, EXECUTED, finishScore, normalizeWord, requireNonNegative, requireWeight } from "./inputs";

const RATE: Message = { zh: "预算执行率", en: "budget execution rate" };

const zeroBudget = (): never => fail("div0", "全年预算数为0，无法计算预算执行率", "The budget is 0, so the execution rate cannot be computed");

/** 预算执行率 = 全年执行数 / 全年预算数, as a fraction (§2.1). */
export function execRate(executed: number, budget: number): number {
  requireNonNegative(executed, EXECUTED);
  requireNonNegative(budget, BUDGET);
  return budget === 0 ? zeroBudget() : snapRatio(executed / budget);
}

/** proportional: MoF 2020 min(r, 1) × W; banded: the seed's reference bands; stepped: the 江西 steps. */
export type ExecRateRule = "proportional" | "banded" | "stepped";

/**
 * The rule a word names. A switch, not a lookup table: "constructor" or "__proto__" name no rule, and the
 * word a template writes in every row is matched without hashing it.
 */
function ruleNamed(word: unknown): ExecRateRule | undefined {
  switch (word) {
    case "比例":
    case "proportional":
      return "proportional";
    case "区间":
    case "banded":
      return "banded";
    case "阶梯":
    case "stepped":
      return "stepped";
    default:
      return undefined;
  }
}

/** Reads the rule selector of a 预算执行率 row; a blank means the MoF 2020 proportional rule. */
export function readExecRateRule(text: string | null): ExecRateRule {
  // The exact word, as the template writes it in every row, is looked up before anything else.
  return ruleNamed(text) ?? readRuleWord(text);
}

function readRuleWord(text: string | null): ExecRateRule {
  if (isBlank(text)) return "proportional";
  const rule = typeof text === "string" ? ruleNamed(normalizeWord(text)) : undefined;
  if (rule === undefined) {
    fail(
      "value",
      `无法识别的预算执行率计分方式${quote(text)}，应为：比例、区间、阶梯`,
      `Unknown execution-rate rule ${quote(text)}; use proportional, banded or stepped`,
    );
  }
  return rule;
}

const atLeast = (value: number) => ({ value, inclusive: true });
const below = (value: number) => ({ value, inclusive: false });

/**
 * The seed's rule, written for its 8 points: ①≥90% 8分；②80%–90% 6–8分；③70%–80% 4–6分；④70%以下 0分.
 * Partitioned per rulebook §2.1 [decision]: each band includes its lower end.
 */
const SEED_BANDS_POINTS = 8;
const SEED_BANDS: readonly Band[] = [
  { lower: atLeast(0.9), upper: null, score: { from: 8, to: 8 } },
  { lower: atLeast(0.8), upper: below(0.9), score: { from: 6, to: 8 } },
  { lower: atLeast(0.7), upper: below(0.8), score: { from: 4, to: 6 } },
  { lower: null, upper: below(0.7), score: { from: 0, to: 0 } },
];

/** 江西: ≥100% 10分；80%–100% 7分；60%–80% 5分；below 0 (§2.1), written for 10 points. */
const STEPPED_POINTS = 10;
const STEPPED_BANDS: readonly Band[] = [
  { lower: atLeast(1), upper: null, score: { from: 10, to: 10 } },
  { lower: atLeast(0.8), upper: below(1), score: { from: 7, to: 7 } },
  { lower: atLeast(0.6), upper: below(0.8), score: { from: 5, to: 5 } },
  { lower: null, upper: below(0.6), score: { from: 0, to: 0 } },
];

/** No rate reaches this: both tables cover every rate ≥ 0. */
const OUTSIDE: Message = { zh: "预算执行率不在任何区间内", en: "The execution rate is outside every band" };

/**
 * Scaled tables by weight. A band score is rounded, so a table must be scaled before it is evaluated; a workbook
 * uses a handful of weights, so each is scaled once. The bound only guards against a sweep of weights.
 */
const MAX_CACHED_WEIGHTS = 64;

/** A band table scaled to each weight it is used with. */
class ScaledTables {
  private readonly byWeight = new Map<number, BandTable>();
  // A column uses one weight throughout; comparing with the last one is cheaper than hashing it.
  private lastWeight = NaN;
  private lastTable: BandTable;

  constructor(
    private readonly table: BandTable,
    private readonly points: number,
  ) {
    this.lastTable = table;
  }

  at(weight: number): BandTable {
    return weight === this.lastWeight ? this.lastTable : this.scaledTo(weight);
  }

  private scaledTo(weight: number): BandTable {
    let table = this.byWeight.get(weight);
    if (table === undefined) {
      if (this.byWeight.size >= MAX_CACHED_WEIGHTS) this.byWeight.clear();
      table = this.table.scaled(weight / this.points);
      this.byWeight.set(weight, table);
    }
    this.lastWeight = weight;
    this.lastTable = table;
    return table;
  }
}

const seedBands = new ScaledTables(new BandTable(SEED_BANDS), SEED_BANDS_POINTS);
const steppedBands = new ScaledTables(new BandTable(STEPPED_BANDS), STEPPED_POINTS);

/**
 * The points of a rate that has been checked (finite, ≥ 0) and snapped (snapRatio) under a weight that has
 * been checked, before rounding. A rule that is none of the three (an untyped caller's word) is read by
 * readExecRateRule, which refuses an unknown one; checking it here, not before, spares the cell-by-cell call
 * a lookup.
 */
function pointsOfRate(rate: number, weight: number, rule: ExecRateRule): number {
  // Each rule its own call: the engine inlines only the calls a column makes.
  if (rule === "proportional") return Math.min(rate, 1) * weight;
  if (rule === "banded") return seedBands.at(weight).points(rate, OUTSIDE);
  if (rule === "stepped") return steppedBands.at(weight).points(rate, OUTSIDE);
  return pointsOfWord(rate, weight, rule);
}

/** An untyped caller's rule word, read (or refused) apart from the usual call. */
const pointsOfWord = (rate: number, weight: number, word: string): number => pointsOfRate(rate, weight, readExecRateRule(word));

/** The rule argument may come from a wrapper untyped; an unknown one must not fall through to undefined. */
function requireRule(rule: ExecRateRule): ExecRateRule {
  return ruleNamed(rule) === rule ? rule : readExecRateRule(rule);
}

/** The 预算执行率 score (§2.1). E.g. 75.81 of 80 万元, W = 8, banded → 8. */
export function execRateScore(executed: number, budget: number, weight: number, rule: ExecRateRule): number {
  const rate = execRate(executed, budget);
  return finishScore(pointsOfRate(rate, requireWeight(weight), rule), weight);
}

export interface ExecRateScoreRange {
  /** The lowest and highest self-score the rule allows for this rate. */
  min: number;
  max: number;
  /** What the rule computes. */
  score: number;
  /** Set when the rule text is ambiguous at this very rate (banded, exactly 80 % or 70 %). */
  ambiguity: Message | null;
}

/**
 * The seed's text is unclear whether ② "大于80%以上" holds 80 %, and claims 70 % twice (③ "70%以上",
 * ④ "70以下"). The message shows the interval of the band the rate was placed in.
 */
function bandedAmbiguity(rate: number, min: number, max: number): Message | null {
  const interval = `${roundHalfUp(min)}–${roundHalfUp(max)}`;
  if (rate === 0.8) {
    return {
      zh: `预算执行率恰为80%：规则“大于80%以上不到90%”是否包含80%不明确，已按第②档计（${interval}分），请核对`,
      en: `The execution rate is exactly 80 %: the rule text does not say whether band ② includes 80 %; scored in band ② (${interval} points), please check`,
    };
  }
  if (rate === 0.7) {
    return {
      zh: `预算执行率恰为70%：第③档“70%以上”与第④档“70以下”都包含70%，已按第③档计（${interval}分），请核对`,
      en: `The execution rate is exactly 70 %: bands ③ ("70 % and above") and ④ ("70 and below") both claim it; scored in band ③ (${interval} points), please check`,
    };
  }
  return null;
}

/**
 * For the checker: the interval a self-score may lie in. A banded rule leaves the value inside the band
 * to the evaluator (§2.1), so its interval is the band's; the other rules allow their computed score only.
 */
export function execRateScoreRange(rate: number, weight: number, rule: ExecRateRule): ExecRateScoreRange {
  requireNonNegative(rate, RATE);
  requireWeight(weight);
  const checkedRule = requireRule(rule);
  if (checkedRule !== "banded") {
    const score = finishScore(pointsOfRate(snapRatio(rate), weight, checkedRule), weight);
    return { min: score, max: score, score, ambiguity: null };
  }
  const { min, max, score } = seedBands.at(weight).score(rate, OUTSIDE);
  return { min, max, score: finishScore(score, weight), ambiguity: bandedAmbiguity(snapRatio(rate), min, max) };
}
