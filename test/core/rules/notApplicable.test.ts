import fc from "fast-check";
import { rescaledTotal } from "../../../src/core/rules/notApplicable";
import { expectJxError, throwsOnlyJxError } from "./jxErrors";

describe("rescaledTotal (§2.8)", () => {
  it("gives the plain total when every indicator applies", () => {
    expect(
      rescaledTotal([
        { score: 36, weight: 36, applicable: true },
        { score: 34, weight: 34, applicable: true },
        { score: 27, weight: 30, applicable: true },
      ]),
    ).toBe(97);
  });

  it("rescales to 100 over the applicable weights only", () => {
    expect(
      rescaledTotal([
        { score: 45, weight: 50, applicable: true },
        { score: null, weight: 10, applicable: false },
        { score: 36, weight: 40, applicable: true },
      ]),
    ).toBe(90);
    expect(
      rescaledTotal([
        { score: 5, weight: 6, applicable: true },
        { score: 0, weight: 4, applicable: false },
      ]),
    ).toBe(83.33);
  });

  it("refuses a table with nothing applicable", () => {
    expectJxError(() => rescaledTotal([{ score: null, weight: 10, applicable: false }]), "div0", "没有适用的指标");
    expectJxError(() => rescaledTotal([]), "div0", "没有适用的指标");
  });

  it("refuses an applicable row without a score, or with a score outside 0..W, naming the row", () => {
    expectJxError(
      () =>
        rescaledTotal([
          { score: 5, weight: 6, applicable: true },
          { score: null, weight: 4, applicable: true },
        ]),
      "value",
      "第2行",
    );
    expectJxError(() => rescaledTotal([{ score: 7, weight: 6, applicable: true }]), "num", "第1行", "7");
    expectJxError(() => rescaledTotal([{ score: 1, weight: 0, applicable: true }]), "num", "第1行分值");
  });

  it("stays within 0..100 and throws nothing but a JxError", () => {
    const row = fc
      .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), fc.boolean())
      .map(([share, weight, applicable]) => ({ score: share * weight, weight, applicable }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1 }), (rows) => {
        if (!rows.some((r) => r.applicable)) return true;
        const total = rescaledTotal(rows);
        return total >= 0 && total <= 100;
      }),
    );
    const anyRow = fc.record({ score: fc.oneof(fc.double(), fc.constant(null)), weight: fc.double(), applicable: fc.boolean() });
    fc.assert(fc.property(fc.array(anyRow), (rows) => throwsOnlyJxError(() => rescaledTotal(rows))));
  });
});
