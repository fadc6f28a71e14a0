import fc from "fast-check";
import { checklistScore, readFlag } from "../../../src/core/rules/checklist";
import { expectJxError, throwsOnlyJxError } from "./jxErrors";

describe("readFlag", () => {
  it.each(["是", "✓", "√", "✔", "TRUE", "true", "True", "1", "Y", "y", "Ｙ", " 是 "])("reads %p as true", (mark) => {
    expect(readFlag(mark)).toBe(true);
  });

  it.each(["否", "×", "✗", "✘", "FALSE", "false", "0", "N", "n", "", "  "])("reads %p as false", (mark) => {
    expect(readFlag(mark)).toBe(false);
  });

  it("reads booleans, 1/0 and empty cells", () => {
    expect(readFlag(true)).toBe(true);
    expect(readFlag(false)).toBe(false);
    expect(readFlag(1)).toBe(true);
    expect(readFlag(0)).toBe(false);
    expect(readFlag(null)).toBe(false);
    expect(readFlag(undefined)).toBe(false);
  });

  it("refuses anything else, naming it", () => {
    expectJxError(() => readFlag("部分"), "value", "部分");
    expectJxError(() => readFlag(2), "value", "2");
    expectJxError(() => readFlag("x"), "value", "x");
  });

  it("throws nothing but a JxError for any value", () => {
    fc.assert(fc.property(fc.anything(), (v) => throwsOnlyJxError(() => readFlag(v))));
  });
});

describe("checklistScore (§2.6)", () => {
  it("sums the points of the items that hold: the seed's 绩效目标合理性 ①1 ②2 ③1 ④4", () => {
    expect(checklistScore(["是", "是", "是", "是"], [1, 2, 1, 4])).toBe(8);
    expect(checklistScore(["√", "×", "√", ""], [1, 2, 1, 4])).toBe(2);
  });

  it("gives 0 for an empty checklist or nothing ticked", () => {
    expect(checklistScore([], [])).toBe(0);
    expect(checklistScore([false, "否"], [3, 1])).toBe(0);
  });

  it("rounds the sum of fractional points to 2 decimals", () => {
    expect(checklistScore([1, 1, 1], [0.1, 0.2, 0.3])).toBe(0.6);
  });

  it("refuses lists of different lengths", () => {
    expectJxError(() => checklistScore(["是"], [1, 2]), "value", "1", "2");
    expectJxError(() => checklistScore("是" as unknown as unknown[], [1]), "value", "一列");
  });

  it("refuses negative or non-finite item points, naming the item", () => {
    expectJxError(() => checklistScore(["是", "是"], [1, -2]), "num", "第2项分值", "-2");
    expectJxError(() => checklistScore(["是"], [NaN]), "num", "第1项分值");
  });

  it("never exceeds the sum of the points and throws nothing but a JxError", () => {
    const mark = fc.constantFrom<unknown>("是", "否", "√", "×", true, false, null, "");
    fc.assert(
      fc.property(fc.array(fc.tuple(mark, fc.integer({ min: 0, max: 10 }))), (items) => {
        const points = items.map(([, p]) => p);
        const score = checklistScore(
          items.map(([m]) => m),
          points,
        );
        return score >= 0 && score <= points.reduce((a, b) => a + b, 0);
      }),
    );
    fc.assert(fc.property(fc.array(fc.anything()), fc.array(fc.double()), (f, p) => throwsOnlyJxError(() => checklistScore(f, p))));
  });
});
