import { finishScore, normalizeWord, requireFinite, requireNonNegative, requireWeight, TARGET } from "../../../src/core/rules/inputs";
import { expectJxError } from "./jxErrors";

describe("rule inputs", () => {
  it("passes finite numbers through and refuses NaN, ±∞ and non-numbers with #NUM!", () => {
    expect(requireFinite(-3.5, TARGET)).toBe(-3.5);
    expectJxError(() => requireFinite(NaN, TARGET), "num", "年度指标值", "NaN");
    expectJxError(() => requireFinite(-Infinity, TARGET), "num", "-Infinity");
    expectJxError(() => requireFinite("5" as unknown as number, TARGET), "num", "“5”");
  });

  it("refuses a negative where only amounts make sense", () => {
    expect(requireNonNegative(0, TARGET)).toBe(0);
    expectJxError(() => requireNonNegative(-0.01, TARGET), "num", "不能为负数", "-0.01");
  });

  it("wants a positive weight", () => {
    expect(requireWeight(8)).toBe(8);
    expectJxError(() => requireWeight(0), "num", "应大于0");
  });

  it("rounds half-up to 2 decimals and keeps the score within 0..W", () => {
    expect(finishScore(7.125, 8)).toBe(7.13);
    expect(finishScore(8.004, 8)).toBe(8);
    expect(finishScore(-2, 8)).toBe(0);
    expect(finishScore(0.006, 0.005)).toBe(0.005);
  });

  it("folds full-width forms, white space and case", () => {
    expect(normalizeWord(" Ｒ 2 ")).toBe("r2");
  });
});
