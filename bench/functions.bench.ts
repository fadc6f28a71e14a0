/**
 * The JX functions as Excel calls them: one cell at a time (calls per second) and once over a
 * 100,000-row range (warm median, and the first call in a fresh process), each beside plain
 * JavaScript doing the same arithmetic on the same varying inputs in the same run.
 */
import "../test/setup/customFunctionsShim";
import * as fns from "../src/functions/functions";
import { parseRuleText } from "../src/core/ruleText";
import { banded, checklist, completion, executedAt, finiteOrThrow, gradeOf, pointsIn, rate, reverseR1 } from "./arithmetic";
import { atLeast, BenchSuite, ColdCases, coldMs, Figure, medianMs, under, withinTimes } from "./harness";
import { compareRates, INPUTS } from "./timing";

const SEED_RULE =
  "（参考分值区间，按实际完成情况打分）①预算执行率在90%及以上得8分；②预算执行率大于80%以上不到90%得6-8分；③预算执行率70%以上不到80%得4-6分；④预算执行率70以下，不得分。";

const ROWS = 100_000;
/** Scalar calls cycle over this many different inputs, as the harness passes them. */
const CELLS = INPUTS;
const column = <T>(f: (i: number) => T): T[] => Array.from({ length: ROWS }, (_, i) => f(i));
const executed = column(executedAt);
const actuals = column((i) => 30 + ((i * 53) % 9000) / 100);
const rates = column((i) => 0.6 + ((i * 29) % 4000) / 10_000);
const totals = column((i) => (i * 7) % 101);
const flags = column((i) => (i % 3 === 0 ? "否" : "是"));
const itemPoints = column((i) => 1 + (i % 3));
const ruleTexts = column((i) => `①是否相关；（${1 + (i % 8)}分）②是否符合；(${1 + ((i >> 3) % 8)}分）`);
/** As Excel passes a range: one row per cell. */
const asRange = <T>(values: readonly T[]): T[][] => values.map((v) => [v]);
const asCells = <T>(values: readonly T[]): T[][][] => values.slice(0, CELLS).map((v) => [[v]]);

const none = null as never;
const [E8, E10, E100, BANDED, TARGET_80] = [[[8]], [[10]], [[100]], [["区间"]], [["≥80个"]]];

interface Case {
  name: string;
  /** The JX call and the plain arithmetic on the i-th of CELLS varying inputs. */
  scalar: { call: (i: number) => unknown; baseline: (i: number) => unknown };
  /** The same function over ROWS rows, and its plain loop. */
  range: { call: () => unknown; baseline: () => unknown };
  /** The target for the scalar call. */
  scalarTarget?: (rate: number, baselineRate: number) => Pick<Figure, "target" | "met" | "ratio">;
}

const cases: Case[] = (() => {
  const executedCells = asCells(executed);
  const actualCells = asCells(actuals);
  const rateCells = asCells(rates);
  const totalCells = asCells(totals);
  const ruleCells = asCells(ruleTexts);
  const flagLists = Array.from({ length: CELLS }, (_, i) => [[flags[i]], [flags[i + 1]], [flags[i + 2]]]);
  const pointLists = Array.from({ length: CELLS }, (_, i) => [[itemPoints[i]], [itemPoints[i + 1]], [itemPoints[i + 2]]]);
  const [executedRange, actualRange, rateRange, totalRange, flagRange, pointRange, ruleRange] = [
    executed,
    actuals,
    rates,
    totals,
    flags,
    itemPoints,
    ruleTexts,
  ].map((c) => asRange<unknown>(c));
  return [
    {
      name: "JX.EXECRATESCORE (banded)",
      scalar: { call: (i) => fns.execRateScoreFn(executedCells[i], E100, E8, BANDED), baseline: (i) => banded(rate(executed[i], 100), 8) },
      range: { call: () => fns.execRateScoreFn(executedRange, E100, E8, BANDED), baseline: () => executed.map((e) => [banded(rate(e, 100), 8)]) },
      scalarTarget: (value, baseline) => withinTimes(value, baseline, 5),
    },
    {
      name: "JX.EXECRATE",
      scalar: { call: (i) => fns.execRateFn(executedCells[i], E100), baseline: (i) => rate(executed[i], 100) },
      range: { call: () => fns.execRateFn(executedRange, E100), baseline: () => executed.map((e) => [rate(e, 100)]) },
    },
    {
      name: "JX.COMPLETIONSCORE",
      scalar: { call: (i) => fns.completionScoreFn(actualCells[i], E100, E10), baseline: (i) => completion(actuals[i], 100, 10) },
      range: { call: () => fns.completionScoreFn(actualRange, E100, E10), baseline: () => actuals.map((a) => [completion(a, 100, 10)]) },
    },
    {
      name: "JX.REVERSESCORE",
      scalar: { call: (i) => fns.reverseScoreFn(actualCells[i], [[60]], [[6]], none), baseline: (i) => reverseR1(actuals[i], 60, 6) },
      range: { call: () => fns.reverseScoreFn(actualRange, [[60]], [[6]], none), baseline: () => actuals.map((a) => [reverseR1(a, 60, 6)]) },
    },
    {
      name: "JX.INDICATORSCORE",
      scalar: { call: (i) => fns.indicatorScoreFn(TARGET_80, actualCells[i], E8, none), baseline: (i) => completion(actuals[i], 80, 8) },
      range: { call: () => fns.indicatorScoreFn(TARGET_80, actualRange, E8, none), baseline: () => actuals.map((a) => [completion(a, 80, 8)]) },
    },
    {
      name: "JX.CHECKLISTSCORE",
      scalar: {
        call: (i) => fns.checklistScoreFn(flagLists[i], pointLists[i]),
        baseline: (i) => checklist([flags[i], flags[i + 1], flags[i + 2]], [itemPoints[i], itemPoints[i + 1], itemPoints[i + 2]]),
      },
      range: { call: () => fns.checklistScoreFn(flagRange, pointRange), baseline: () => checklist(flags, itemPoints) },
    },
    {
      name: "JX.RULESCORE (one rule text)",
      scalar: { call: (i) => fns.ruleScoreFn(rateCells[i], [[SEED_RULE]], none), baseline: (i) => banded(finiteOrThrow(rates[i]), 8) },
      range: { call: () => fns.ruleScoreFn(rateRange, [[SEED_RULE]], none), baseline: () => rates.map((r) => [banded(finiteOrThrow(r), 8)]) },
      scalarTarget: (value) => atLeast(value, 1_000_000, "calls/s"),
    },
    {
      name: "JX.RULEPOINTS (64 rule texts)",
      scalar: { call: (i) => fns.rulePointsFn(ruleCells[i]), baseline: (i) => pointsIn(ruleTexts[i]) },
      range: { call: () => fns.rulePointsFn(ruleRange), baseline: () => ruleTexts.map((t) => [pointsIn(t)]) },
    },
    {
      name: "JX.GRADE",
      scalar: { call: (i) => fns.gradeFn(totalCells[i], none), baseline: (i) => gradeOf(totals[i]) },
      range: { call: () => fns.gradeFn(totalRange, none), baseline: () => totals.map((t) => [gradeOf(t)]) },
    },
  ];
})();

/**
 * A rule text of `length` characters: the clauses that cost the most to read (thresholds on a 分 scale,
 * each pair of them overlapping) repeated, made new by its `n`-th variant so that every read misses the cache.
 */
const LONG_CLAUSES = "≥90分得满分，≥80分得4分；";
const longRule = (length: number, n: number) => `${n}:${LONG_CLAUSES.repeat(Math.ceil(length / LONG_CLAUSES.length))}`.slice(0, length);

/** The median time to read one new rule text of `length` characters with its doubts, as the rule-bands check does. */
async function readingMs(length: number): Promise<number> {
  const texts = Array.from({ length: 64 }, (_, n) => longRule(length, n));
  let next = 0;
  return medianMs(() => parseRuleText(texts[next++ & 63]), 15);
}

/** Reading grows with the text up to the longest rule read (2,000 characters) and stops there (issue 11). */
async function longRuleFigures(): Promise<Figure[]> {
  const [short, limit, huge] = [await readingMs(250), await readingMs(2000), await readingMs(1_000_000)];
  return [
    {
      name: "parseRuleText (as rule-bands reads), a new 2,000-character rule text",
      value: limit,
      unit: "ms",
      baseline: { name: "a new 250-character text (1/8 as long)", value: short },
      ...under(limit, 100),
    },
    {
      name: "parseRuleText, a new 1,000,000-character rule text (refused unread)",
      value: huge,
      unit: "ms",
      baseline: { name: "a new 2,000-character text read", value: limit },
      ...under(huge, 5),
    },
  ];
}

/** Each case's range call, for coldMs. */
export const cold: ColdCases = Object.fromEntries(cases.map((c) => [c.name, () => c.range.call]));

const suite: BenchSuite = {
  title: "JX custom functions",
  async run() {
    const figures: Figure[] = [];
    // Every function is called before any is timed, as in a workbook that uses several: the argument layer they
    // share (invoke) has then seen them all, so the first function is timed in the state the last one is.
    for (const c of cases) for (let i = 0; i < INPUTS; i++) c.scalar.call(i);
    for (const c of cases) {
      const rates = compareRates(c.scalar.call, c.scalar.baseline);
      figures.push({
        name: `${c.name}, one cell`,
        value: rates.value,
        unit: "calls/s",
        baseline: { name: "plain JS, same arithmetic", value: rates.baseline },
        ...c.scalarTarget?.(rates.value, rates.baseline),
      });
      const warm = await medianMs(c.range.call, 5);
      const rows = `${ROWS.toLocaleString("en-US")} rows`;
      figures.push({
        name: `${c.name} over ${rows}, warm median`,
        value: warm,
        unit: "ms",
        baseline: { name: "plain JS loop", value: await medianMs(c.range.baseline, 5) },
        ...under(warm, 100),
      });
      const first = coldMs(__filename, c.name);
      figures.push({
        name: `${c.name} over ${rows}, first call in a fresh process`,
        value: first,
        unit: "ms",
        baseline: { name: "warm median", value: warm },
        ...under(first, 200),
      });
    }
    return [...figures, ...(await longRuleFigures())];
  },
};

export default suite;
