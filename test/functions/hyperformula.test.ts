import { CellError } from "hyperformula";
import { buildEngine, evaluateFormula } from "../support/hyperformulaJx";

describe("JX functions in HyperFormula, over the same core", () => {
  it("score the seed's budget execution: 75.81 of 80 with weight 8, banded → 8", () => {
    expect(evaluateFormula('=JX.EXECRATESCORE(75.81,80,8,"区间")')).toBe(8);
  });

  it("compute the rate and the proportional score with its default weight", () => {
    expect(evaluateFormula("=JX.EXECRATE(75.81,80)")).toBeCloseTo(0.947625, 10);
    expect(evaluateFormula("=JX.EXECRATESCORE(94.7625,100)")).toBe(9.48);
  });

  it("spill one score per row over column ranges", () => {
    const data = [
      [75.81, 80],
      [68, 80],
      [60, 80],
    ];
    expect(evaluateFormula('=JX.EXECRATESCORE(A1:A3,B1:B3,8,"区间")', data)).toEqual([8, 7, 5]);
  });

  it("score a value by a rule text held in another cell", () => {
    const rule =
      "（参考分值区间，按实际完成情况打分）①预算执行率在90%及以上得8分；②预算执行率大于80%以上不到90%得6-8分；③预算执行率70%以上不到80%得4-6分；④预算执行率70以下，不得分。";
    const engine = buildEngine({ S: [[rule, "=JX.RULESCORE(0.85,A1)", "=JX.RULESCORE(JX.EXECRATE(75.81,80),A1)"]] });
    const sheet = engine.getSheetId("S")!;
    expect(engine.getCellValue({ sheet, row: 0, col: 1 })).toBe(7);
    expect(engine.getCellValue({ sheet, row: 0, col: 2 })).toBe(8);
  });

  it("show the core's errors as cell errors with the Chinese message", () => {
    const value = evaluateFormula('=JX.EXECRATESCORE(10,0,8,"区间")') as CellError;
    expect(value).toBeInstanceOf(Object);
    expect(value.type).toBe("DIV_BY_ZERO");
    expect(value.message).toContain("全年预算数为0");
  });

  it("grade a total with either label set", () => {
    expect(evaluateFormula("=JX.GRADE(97)")).toBe("优");
    expect(evaluateFormula('=JX.GRADE(97,"优秀")')).toBe("优秀");
  });
});
