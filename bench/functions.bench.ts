/**
 * The JX functions as Excel calls them: scalar calls per second and one call over a 100,000-row
 * range, each beside plain JavaScript doing the same arithmetic in the same run.
 */
import "../test/setup/customFunctionsShim";
import * as fns from "../src/functions/functions";
import { BenchSuite, callsPerSecond, Figure, medianMs } from "./harness";

const SEED_RULE =
  "（参考分值区间，按实际完成情况打分）①预算执行率在90%及以上得8分；②预算执行率大于80%以上不到90%得6-8分；③预算执行率70%以上不到80%得4-6分；④预算执行率70以下，不得分。";
const CHECKLIST_RULE = "①是否相关；（1分）②是否符合；(2分）";
const round2 = (x: number) => Math.round(x * 100) / 100;
/** The seed's banded rule written out by hand, W = 8. */
const seedBanded = (r: number) => round2(r >= 0.9 ? 8 : r >= 0.8 ? 6 + ((r - 0.8) / 0.1) * 2 : r >= 0.7 ? 4 + ((r - 0.7) / 0.1) * 2 : 0);
const reverseR1 = (b: number, a: number, w: number) => round2(b <= a ? w : b >= 2 * a ? 0 : (2 - b / a) * w);

const ROWS = 100_000;
const column = <T>(f: (i: number) => T): T[][] => Array.from({ length: ROWS }, (_, i) => [f(i)]);
const values = column((i) => 50 + (i % 50));
const hundred = column(() => 100);
const rates = column((i) => (60 + (i % 40)) / 100);
const totals = column((i) => i % 101);
const flags = column((i) => (i % 3 === 0 ? "否" : "是"));
const points = column(() => 1);
const ruleTexts = column(() => CHECKLIST_RULE);
const plain = values.map((r) => r[0]);
const plainRates = rates.map((r) => r[0]);

interface Case {
  name: string;
  scalar: () => unknown;
  baseline: () => unknown;
  /** The same function over ROWS rows, and its plain-loop baseline. */
  range: { call: () => unknown; baseline: () => unknown };
  target?: number;
}

const none = null as never;

const cases: Case[] = [
  {
    name: "JX.EXECRATESCORE (banded)",
    scalar: () => fns.execRateScoreFn([[75.81]], [[80]], [[8]], [["区间"]]),
    baseline: () => seedBanded(75.81 / 80),
    range: {
      call: () => fns.execRateScoreFn(values, hundred, [[8]], [["区间"]]),
      baseline: () => plain.map((e) => [seedBanded(e / 100)]),
    },
    target: 2_000_000,
  },
  {
    name: "JX.EXECRATE",
    scalar: () => fns.execRateFn([[75.81]], [[80]]),
    baseline: () => 75.81 / 80,
    range: { call: () => fns.execRateFn(values, hundred), baseline: () => plain.map((e) => [e / 100]) },
  },
  {
    name: "JX.COMPLETIONSCORE",
    scalar: () => fns.completionScoreFn([[80]], [[100]], [[10]]),
    baseline: () => round2(Math.min(80 / 100, 1) * 10),
    range: { call: () => fns.completionScoreFn(values, [[100]], [[10]]), baseline: () => plain.map((b) => [round2(Math.min(b / 100, 1) * 10)]) },
  },
  {
    name: "JX.REVERSESCORE",
    scalar: () => fns.reverseScoreFn([[5]], [[4]], [[6]], none),
    baseline: () => reverseR1(5, 4, 6),
    range: { call: () => fns.reverseScoreFn(values, [[60]], [[6]], none), baseline: () => plain.map((b) => [reverseR1(b, 60, 6)]) },
  },
  {
    name: "JX.INDICATORSCORE",
    scalar: () => fns.indicatorScoreFn([["≥50个"]], [[40]], [[8]], none),
    baseline: () => round2(Math.min(40 / 50, 1) * 8),
    range: { call: () => fns.indicatorScoreFn([["≥80个"]], values, [[8]], none), baseline: () => plain.map((b) => [round2(Math.min(b / 80, 1) * 8)]) },
  },
  {
    name: "JX.CHECKLISTSCORE",
    scalar: () => fns.checklistScoreFn([["是"], ["否"], ["✓"]], [[1], [2], [1]]),
    baseline: () => [true, false, true].reduce((s, f, i) => s + (f ? [1, 2, 1][i] : 0), 0),
    range: { call: () => fns.checklistScoreFn(flags, points), baseline: () => flags.reduce((s, [f], i) => s + (f === "是" ? points[i][0] : 0), 0) },
  },
  {
    name: "JX.RULESCORE (repeated text)",
    scalar: () => fns.ruleScoreFn([[0.85]], [[SEED_RULE]], none),
    baseline: () => seedBanded(0.85),
    range: { call: () => fns.ruleScoreFn(rates, [[SEED_RULE]], none), baseline: () => plainRates.map((r) => [seedBanded(r)]) },
    target: 1_000_000,
  },
  {
    name: "JX.RULEPOINTS",
    scalar: () => fns.rulePointsFn([[CHECKLIST_RULE]]),
    baseline: () => 1 + 2,
    range: { call: () => fns.rulePointsFn(ruleTexts), baseline: () => ruleTexts.map(() => [1 + 2]) },
  },
  {
    name: "JX.GRADE",
    scalar: () => fns.gradeFn([[97]], none),
    baseline: () => (97 >= 90 ? "优" : "良"),
    range: { call: () => fns.gradeFn(totals, none), baseline: () => totals.map(([t]) => [t >= 90 ? "优" : t >= 80 ? "良" : t >= 60 ? "中" : "差"]) },
  },
];

const suite: BenchSuite = {
  title: "JX custom functions",
  async run() {
    const figures: Figure[] = [];
    for (const c of cases) {
      const rate = callsPerSecond(c.scalar);
      figures.push({
        name: `${c.name} scalar`,
        value: rate,
        unit: "calls/s",
        baseline: { name: "plain JS", value: callsPerSecond(c.baseline) },
        ...(c.target ? { target: `≥ ${c.target.toLocaleString("en-US")} calls/s`, met: rate >= c.target } : {}),
      });
      const ms = await medianMs(c.range.call, 5);
      figures.push({
        name: `${c.name} over ${ROWS.toLocaleString("en-US")} rows`,
        value: ms,
        unit: "ms",
        baseline: { name: "plain JS loop", value: await medianMs(c.range.baseline, 5) },
        target: "< 100 ms",
        met: ms < 100,
      });
    }
    return figures;
  },
};

export default suite;
