import { JxError } from "../../../src/core/errors";
import { SheetBuilder } from "../../../src/core/plan/builder";
import { ruleScoreCell } from "../../../src/core/plan/scoreCells";
import { JX } from "../../../src/functions/jxFunctions";

const RULE = "①完成率≥90%，得满分；②80%（含）-90%，得3分；③80%以下不得分";

/** The plan's rule-score cell for a value and weight typed in A1 and C1, the rule in B1. */
function planned(value: string | number, weight: number | string, rule = RULE): unknown {
  const b = new SheetBuilder({ row: 0, col: 0 }, [10, 10, 10, 10]);
  b.text(0, 0, value, "input");
  b.text(0, 1, rule, "input");
  b.text(0, 2, weight, "input");
  try {
    return ruleScoreCell(b, { row: 0, col: 0 }, { row: 0, col: 1 }, { row: 0, col: 2 }).value;
  } catch (e) {
    if (e instanceof JxError) return e.text.zh;
    throw e;
  }
}

/** What JX.RULESCORE gives for the same cells: its number, or its message. */
function formula(value: string | number, weight: number | string, rule = RULE): unknown {
  try {
    return JX.RULESCORE.compute(value, rule, typeof weight === "number" ? weight : Number.NaN);
  } catch (e) {
    if (e instanceof JxError) return e.text.zh;
    throw e;
  }
}

describe("the rule-score cell of a plan is JX.RULESCORE's value", () => {
  test.each<[string | number, number]>([
    [0.95, 5],
    ["95%", 5],
    ["85%", 5],
    [0.85, 5],
    ["79.9%", 5],
  ])("value %p, weight %p", (value, weight) => {
    expect(planned(value, weight)).toBe(formula(value, weight));
    expect(typeof planned(value, weight)).toBe("number");
  });

  test("a refusal carries the formula's message: the rule quoted, the value named as the formula names it", () => {
    expect(planned("很好", 5)).toBe(formula("很好", 5));
    expect(planned("很好", 5)).toContain("指标值");
    expect(planned(0.95, 2)).toBe(formula(0.95, 2, RULE));
    const unread = "完成率较高的酌情给分";
    expect(planned(0.95, 5, unread)).toBe(formula(0.95, 5, unread));
    expect(planned(0.95, 5, unread)).toContain(`评分规则“${unread}”`);
  });
});
