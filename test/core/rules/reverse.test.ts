import fc from "fast-check";
import { readReverseVariant, reverseScore, ReverseVariant } from "../../../src/core/rules/reverse";
import { expectJxError, throwsOnlyJxError } from "./jxErrors";

describe("reverseScore (§2.3)", () => {
  it.each([
    // B, R1, R2 with A = 4, W = 6
    [3, 6, 6],
    [4, 6, 6],
    [5, 4.5, 4.8],
    [6, 3, 4],
    [8, 0, 3],
    [10, 0, 2.4],
  ])("A = 4, W = 6, B = %p → R1 %p, R2 %p", (actual, r1, r2) => {
    expect(reverseScore(actual, 4, 6, "R1")).toBe(r1);
    expect(reverseScore(actual, 4, 6, "R2")).toBe(r2);
  });

  it("uses R1 by default", () => {
    expect(reverseScore(5, 4, 6)).toBe(4.5);
  });

  it("gives W for a target of 0 only when nothing happened", () => {
    expect(reverseScore(0, 0, 6)).toBe(6);
    expect(reverseScore(0.1, 0, 6, "R1")).toBe(0);
    expect(reverseScore(0.1, 0, 6, "R2")).toBe(0);
  });

  it("refuses a negative target and a bad weight", () => {
    expectJxError(() => reverseScore(1, -4, 6), "num", "年度指标值");
    expectJxError(() => reverseScore(1, 4, -6), "num", "分值");
  });

  it("refuses an unknown variant passed past the type checker", () => {
    expectJxError(() => reverseScore(5, 4, 6, "R3" as ReverseVariant), "value", "R3");
  });

  it("keeps 0 ≤ score ≤ W and never rises as the actual value rises, under both variants", () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const target = fc.double({ min: 0, max: 1e6, noNaN: true });
    const weight = fc.double({ min: 1e-3, max: 1e4, noNaN: true });
    const variant = fc.constantFrom<ReverseVariant>("R1", "R2");
    fc.assert(
      fc.property(value, value, target, weight, variant, (b1, b2, a, w, v) => {
        const [low, high] = b1 <= b2 ? [b1, b2] : [b2, b1];
        const s = reverseScore(high, a, w, v);
        return s >= 0 && s <= w && s <= reverseScore(low, a, w, v);
      }),
    );
  });

  it("throws nothing but a JxError for any input", () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), fc.string(), (b, a, w, v) => throwsOnlyJxError(() => reverseScore(b, a, w, v as ReverseVariant))),
    );
  });
});

describe("readReverseVariant", () => {
  it("reads R1 and R2 in any case and width, and defaults a blank to R1", () => {
    expect(readReverseVariant("r2")).toBe("R2");
    expect(readReverseVariant(" Ｒ１ ")).toBe("R1");
    expect(readReverseVariant(null)).toBe("R1");
    expect(readReverseVariant("")).toBe("R1");
  });

  it("refuses anything else, naming it", () => {
    expectJxError(() => readReverseVariant("反向"), "value", "反向", "R1", "R2");
  });
});
