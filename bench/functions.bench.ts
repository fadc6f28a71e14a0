/**
 * The JX functions as Excel calls them: scalar calls per second and one call over a 100,000-row
 * range, each beside plain JavaScript doing the same arithmetic in the same run.
 */
import "../test/setup/customFunctionsShim";
import * as fns from "../src/functions/functions";
import { BenchSuite, callsPerSecond, Figure, medianMs } from "./harness";

const SEED_RULE =
  "（参考分值区间，按实际完成情况打分）①预算执行率在90%及以上得8分；②预算执行率大于80%以上不到90%得6-8分；③预算执行率70%以上不到80%得4-6分；④预算执行率70以下，不得分。";
const round2 = (x: number) => Math.round(x * 100) / 100;

interface Case {
  name: string;
  scalar: () => unknown;
  baseline: () => unknown;
  /** The same function over ROWS rows, and its plain-loop baseline. */
  range?: { call: () => unknown; baseline: () => unknown };
  target?: number;
}

const ROWS = 100_000;
const column = (f: (i: number) => unknown) => Array.from({ length: ROWS }, (_, i) => [f(i)]);
const executed = column((i) => 50 + (i % 50));
const budget = column(() => 100);
const rates = column((i) => (60 + (i % 40)) / 100);
const totals = column((i) => i % 101);
const plainExecuted = executed.map((r) => r[0] as number);

const cases: Case[] = [
  {
    name: "JX.EXECRATESCORE",
    scalar: () => fns.execRateScoreFn([[75.81]], [[80]], [[8]], [["区间"]]),
    baseline: () => round2(Math.min(75.81 / 80, 1) * 8),
    range: {
      call: () => fns.execRateScoreFn(executed, budget, [[10]], null as never),
      baseline: () => plainExecuted.map((e) => [round2(Math.min(e / 100, 1) * 10)]),
    },
    target: 2_000_000,
  },
  { name: "JX.EXECRATE", scalar: () => fns.execRateFn([[75.81]], [[80]]), baseline: () => 75.81 / 80 },
  { name: "JX.COMPLETIONSCORE", scalar: () => fns.completionScoreFn([[80]], [[100]], [[10]]), baseline: () => round2(Math.min(80 / 100, 1) * 10) },
  { name: "JX.REVERSESCORE", scalar: () => fns.reverseScoreFn([[5]], [[4]], [[6]], null as never), baseline: () => round2((2 - 5 / 4) * 6) },
  { name: "JX.INDICATORSCORE", scalar: () => fns.indicatorScoreFn([["≥50个"]], [[40]], [[8]], null as never), baseline: () => round2((40 / 50) * 8) },
  {
    name: "JX.CHECKLISTSCORE",
    scalar: () => fns.checklistScoreFn([["是"], ["否"], ["✓"]], [[1], [2], [1]]),
    baseline: () => [true, false, true].reduce((s, f, i) => s + (f ? [1, 2, 1][i] : 0), 0),
  },
  {
    name: "JX.RULESCORE (repeated text)",
    scalar: () => fns.ruleScoreFn([[0.85]], [[SEED_RULE]], null as never),
    baseline: () => round2(6 + ((0.85 - 0.8) / 0.1) * 2),
    range: {
      call: () => fns.ruleScoreFn(rates, [[SEED_RULE]], null as never),
      baseline: () => rates.map(([r]) => [(r as number) >= 0.9 ? 8 : (r as number) >= 0.8 ? round2(6 + (((r as number) - 0.8) / 0.1) * 2) : 0]),
    },
    target: 1_000_000,
  },
  { name: "JX.RULEPOINTS", scalar: () => fns.rulePointsFn([["①是否相关；（1分）②是否符合；(2分）"]]), baseline: () => 1 + 2 },
  {
    name: "JX.GRADE",
    scalar: () => fns.gradeFn([[97]], null as never),
    baseline: () => (97 >= 90 ? "优" : "良"),
    range: { call: () => fns.gradeFn(totals, null as never), baseline: () => totals.map(([t]) => [(t as number) >= 90 ? "优" : "良"]) },
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
      if (c.range) {
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
    }
    return figures;
  },
};

export default suite;
