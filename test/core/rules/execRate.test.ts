import fc from "fast-check";
import { execRate, execRateScore, execRateScoreRange, ExecRateRule, readExecRateRule } from "../../../src/core/rules/execRate";
import { expectJxError, throwsOnlyJxError } from "./jxErrors";

const RULES: ExecRateRule[] = ["proportional", "banded", "stepped"];

describe("execRate", () => {
  it("divides executed by budget: the seed's 75.81 of 80 万元 is 94.7625 %", () => {
    expect(execRate(75.81, 80)).toBeCloseTo(0.947625, 12);
  });

  it("refuses a budget of 0 with #DIV/0! rather than a silent 0 or ∞", () => {
    expectJxError(() => execRate(5, 0), "div0", "全年预算数为0");
  });

  it("refuses negative amounts with #NUM!, naming the value", () => {
    expectJxError(() => execRate(-1, 80), "num", "全年执行数", "-1");
    expectJxError(() => execRate(1, -80), "num", "全年预算数", "-80");
  });

  it("refuses NaN and infinities", () => {
    expectJxError(() => execRate(NaN, 80), "num", "全年执行数");
    expectJxError(() => execRate(1, Infinity), "num", "全年预算数");
  });
});

describe("readExecRateRule", () => {
  it.each([
    ["比例", "proportional"],
    ["区间", "banded"],
    ["阶梯", "stepped"],
    ["  Proportional ", "proportional"],
    ["BANDED", "banded"],
    ["Ｓｔｅｐｐｅｄ", "stepped"],
    [" 区 间 ", "banded"],
  ])("reads %p as %p", (text, rule) => {
    expect(readExecRateRule(text)).toBe(rule);
  });

  it("defaults a blank to the MoF 2020 proportional rule", () => {
    expect(readExecRateRule(null)).toBe("proportional");
    expect(readExecRateRule("  ")).toBe("proportional");
  });

  it("refuses anything else, listing the accepted words", () => {
    expectJxError(() => readExecRateRule("线性"), "value", "线性", "比例", "区间", "阶梯");
    expectJxError(() => readExecRateRule("constructor"), "value", "constructor");
  });
});

describe("execRateScore", () => {
  it("gives the seed's 8 points for 75.81 of 80 万元 under its banded rule with W = 8", () => {
    expect(execRateScore(75.81, 80, 8, "banded")).toBe(8);
  });

  it("is proportional under the MoF 2020 rule: 94.7625 % of 10 → 9.48", () => {
    expect(execRateScore(75.81, 80, 10, "proportional")).toBe(9.48);
  });

  it("scores the per-row checker's case: budget 100, executed 50, W 10 → 5.00", () => {
    expect(execRateScore(50, 100, 10, "proportional")).toBe(5);
  });

  it("caps over-execution at the weight", () => {
    expect(execRateScore(120, 100, 10, "proportional")).toBe(10);
  });

  it.each([
    // rate, banded score with W = 8 (§2.1: linear inside a band)
    [0.95, 8],
    [0.9, 8],
    [0.8999, 8],
    [0.89, 7.8],
    [0.85, 7],
    [0.8, 6],
    [0.7999, 6],
    [0.75, 5],
    [0.7, 4],
    [0.6999, 0],
    [0, 0],
  ])("banded, W = 8: rate %p → %p", (rate, score) => {
    expect(execRateScore(rate * 100, 100, 8, "banded")).toBe(score);
  });

  it("scales the banded table to another weight", () => {
    expect(execRateScore(85, 100, 10, "banded")).toBe(8.75);
    expect(execRateScore(75, 100, 10, "banded")).toBe(6.25);
    expect(execRateScore(95, 100, 10, "banded")).toBe(10);
  });

  it.each([
    [1.2, 10],
    [1, 10],
    [0.9999, 7],
    [0.8, 7],
    [0.7999, 5],
    [0.6, 5],
    [0.5999, 0],
  ])("stepped (江西), W = 10: rate %p → %p", (rate, score) => {
    expect(execRateScore(rate * 100, 100, 10, "stepped")).toBe(score);
  });

  it("scales the stepped table from its 10 points", () => {
    expect(execRateScore(85, 100, 20, "stepped")).toBe(14);
    expect(execRateScore(85, 100, 5, "stepped")).toBe(3.5);
  });

  it("refuses a weight that is not positive and finite", () => {
    expectJxError(() => execRateScore(50, 100, 0, "proportional"), "num", "分值", "0");
    expectJxError(() => execRateScore(50, 100, -8, "proportional"), "num", "-8");
    expectJxError(() => execRateScore(50, 100, Infinity, "proportional"), "num", "分值");
  });

  it("refuses an unknown rule passed past the type checker", () => {
    expectJxError(() => execRateScore(50, 100, 10, "linear" as ExecRateRule), "value", "linear");
  });
});

describe("execRateScoreRange", () => {
  it("gives the band's interval for a banded rule: 85 % with W = 8 may score 6–8", () => {
    expect(execRateScoreRange(0.85, 8, "banded")).toEqual({ min: 6, max: 8, score: 7, ambiguity: null });
  });

  it("gives the single computed value for the other rules", () => {
    expect(execRateScoreRange(0.5, 10, "proportional")).toEqual({ min: 5, max: 5, score: 5, ambiguity: null });
    expect(execRateScoreRange(0.85, 10, "stepped")).toEqual({ min: 7, max: 7, score: 7, ambiguity: null });
  });

  it("warns at exactly 80 %, where the text does not say which band holds it", () => {
    const range = execRateScoreRange(64 / 80, 8, "banded");
    expect(range).toMatchObject({ min: 6, max: 8, score: 6 });
    expect(range.ambiguity?.zh).toContain("80%");
    expect(range.ambiguity?.zh).toContain("6–8分");
  });

  it("warns at exactly 70 %, which bands ③ and ④ both claim", () => {
    const range = execRateScoreRange(56 / 80, 8, "banded");
    expect(range).toMatchObject({ min: 4, max: 6, score: 4 });
    expect(range.ambiguity?.zh).toContain("70%");
    expect(range.ambiguity?.zh).toContain("4–6分");
  });

  it("does not warn just beside the ambiguous rates, nor for the unambiguous rules", () => {
    expect(execRateScoreRange(0.7999, 8, "banded").ambiguity).toBeNull();
    expect(execRateScoreRange(0.6999, 8, "banded")).toEqual({ min: 0, max: 0, score: 0, ambiguity: null });
    expect(execRateScoreRange(0.8, 8, "stepped").ambiguity).toBeNull();
  });

  it("refuses a negative rate or a bad weight", () => {
    expectJxError(() => execRateScoreRange(-0.1, 8, "banded"), "num", "预算执行率");
    expectJxError(() => execRateScoreRange(0.5, NaN, "banded"), "num", "分值");
  });
});

describe("execRate properties", () => {
  const amount = fc.double({ min: 0, max: 1e9, noNaN: true });
  const budget = fc.double({ min: 1e-3, max: 1e9, noNaN: true });
  const weight = fc.double({ min: 1e-3, max: 1e4, noNaN: true });
  const rule = fc.constantFrom(...RULES);

  it("keeps every score within 0..W", () => {
    fc.assert(
      fc.property(amount, budget, weight, rule, (e, b, w, r) => {
        const score = execRateScore(e, b, w, r);
        return score >= 0 && score <= w;
      }),
    );
  });

  it("never lowers the score when more is executed", () => {
    fc.assert(
      fc.property(amount, amount, budget, weight, rule, (e1, e2, b, w, r) => {
        const [low, high] = e1 <= e2 ? [e1, e2] : [e2, e1];
        return execRateScore(low, b, w, r) <= execRateScore(high, b, w, r);
      }),
    );
  });

  it("puts the computed score inside the interval a checker accepts", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2, noNaN: true }), weight, rule, (rate, w, r) => {
        const range = execRateScoreRange(rate, w, r);
        return range.min <= range.score + 0.005 && range.score <= range.max + 0.005;
      }),
    );
  });

  it("throws nothing but a JxError for any input", () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.double(),
        fc.double(),
        fc.oneof(rule, fc.string()),
        (e, b, w, r) =>
          throwsOnlyJxError(() => execRateScore(e, b, w, r as ExecRateRule)) && throwsOnlyJxError(() => execRateScoreRange(e, w, r as ExecRateRule)),
      ),
    );
    fc.assert(fc.property(fc.oneof(fc.string(), fc.constant(null), fc.anything()), (t) => throwsOnlyJxError(() => readExecRateRule(t as string | null))));
  });
});

describe("rates computed in binary at a band's edge", () => {
  it.each([
    [5.81, 8.3, 8, "banded", 4],
    [1.2, 1.5, 10, "stepped", 7],
    [4.02, 6.7, 10, "stepped", 5],
  ] as const)("%p of %p with W %p, %p → %p, as on paper", (executed, budget, weight, rule, score) => {
    expect(execRateScore(executed, budget, weight, rule)).toBe(score);
  });

  it("still warns that 70 % exactly is claimed twice when the rate is computed", () => {
    expect(execRateScoreRange(execRate(5.81, 8.3), 8, "banded").ambiguity?.zh).toContain("恰为70%");
  });
});
