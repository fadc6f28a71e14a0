import fc from "fast-check";
import { completionScore } from "../../../src/core/rules/completion";
import { expectJxError, throwsOnlyJxError } from "./jxErrors";

describe("completionScore (§2.2)", () => {
  it("gives B/A × W below the target: A = 100, B = 80, W = 10 → 8.00", () => {
    expect(completionScore(80, 100, 10)).toBe(8);
  });

  it("rounds half-up to 2 decimals", () => {
    expect(completionScore(2, 3, 10)).toBe(6.67);
    expect(completionScore(1, 3, 10)).toBe(3.33);
  });

  it("gives the full weight at or above the target", () => {
    expect(completionScore(100, 100, 8)).toBe(8);
    expect(completionScore(120, 100, 8)).toBe(8);
    expect(completionScore(0.98, 0.9, 6)).toBe(6);
  });

  it("scores satisfaction rates the same way: 85 % against ≥ 90 % with W = 6", () => {
    expect(completionScore(0.85, 0.9, 6)).toBe(5.67);
  });

  it("treats a target of 0 as met", () => {
    expect(completionScore(0, 0, 5)).toBe(5);
    expect(completionScore(-3, 0, 5)).toBe(5);
  });

  it("counts a negative actual value as 0", () => {
    expect(completionScore(-5, 100, 10)).toBe(0);
  });

  it("refuses a negative target, a bad weight and non-finite values", () => {
    expectJxError(() => completionScore(5, -10, 10), "num", "年度指标值", "-10");
    expectJxError(() => completionScore(5, 10, 0), "num", "分值");
    expectJxError(() => completionScore(NaN, 10, 10), "num", "实际完成值");
  });

  it("keeps 0 ≤ score ≤ W and never falls as the actual value rises", () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const target = fc.double({ min: 0, max: 1e6, noNaN: true });
    const weight = fc.double({ min: 1e-3, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(value, value, target, weight, (b1, b2, a, w) => {
        const [low, high] = b1 <= b2 ? [b1, b2] : [b2, b1];
        const s = completionScore(low, a, w);
        return s >= 0 && s <= w && s <= completionScore(high, a, w);
      }),
    );
  });

  it("throws nothing but a JxError for any input", () => {
    fc.assert(fc.property(fc.double(), fc.double(), fc.double(), (b, a, w) => throwsOnlyJxError(() => completionScore(b, a, w))));
  });
});
