import fc from "fast-check";
import { equalScore } from "../../../src/core/rules/equal";
import { expectJxError, throwsOnlyJxError } from "./jxErrors";

describe("equalScore (§2.4)", () => {
  it("is all or nothing for a target of 0 (安全事故数 = 0)", () => {
    expect(equalScore(0, 0, 5)).toBe(5);
    expect(equalScore(1, 0, 5)).toBe(0);
  });

  it("scores a positive target as completion", () => {
    expect(equalScore(1, 1, 8)).toBe(8);
    expect(equalScore(0.95, 1, 8)).toBe(7.6);
  });

  it("refuses a negative target and non-finite values", () => {
    expectJxError(() => equalScore(0, -1, 5), "num", "年度指标值");
    expectJxError(() => equalScore(Infinity, 1, 5), "num", "实际完成值");
  });

  it("keeps 0 ≤ score ≤ W and throws nothing but a JxError", () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), (b, a, w) =>
        throwsOnlyJxError(() => {
          const s = equalScore(b, a, w);
          if (!(s >= 0 && s <= w)) throw new Error(`score ${s} outside 0..${w}`);
        }),
      ),
    );
  });
});
