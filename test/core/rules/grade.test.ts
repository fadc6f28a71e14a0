import fc from "fast-check";
import { DEFAULT_GRADE_CUTOFFS, grade, GradeCutoffs, GRADE_LABELS_LONG, GRADE_LABELS_SHORT, readGradeLabels } from "../../../src/core/rules/grade";
import { expectJxError, throwsOnlyJxError } from "./jxErrors";

describe("grade (§3)", () => {
  it.each([
    [100, "优"],
    [90, "优"],
    [89.999, "良"],
    [80, "良"],
    [79.99, "中"],
    [60, "中"],
    [59.99, "差"],
    [0, "差"],
  ])("grades %p as %p", (total, label) => {
    expect(grade(total)).toBe(label);
  });

  it("writes the seed's 优秀 for 97 with the long labels", () => {
    expect(grade(97, GRADE_LABELS_LONG)).toBe("优秀");
    expect(grade(65, GRADE_LABELS_LONG)).toBe("合格");
    expect(grade(59, GRADE_LABELS_LONG)).toBe("不合格");
  });

  it("takes other cut-offs", () => {
    expect(grade(85, GRADE_LABELS_SHORT, [85, 75, 60])).toBe("优");
    expect(grade(84.9, GRADE_LABELS_SHORT, [85, 75, 60])).toBe("良");
    expect(DEFAULT_GRADE_CUTOFFS).toEqual([90, 80, 60]);
  });

  it("refuses a total outside 0..100", () => {
    expectJxError(() => grade(100.5), "num", "0到100", "100.5");
    expectJxError(() => grade(-1), "num", "-1");
    expectJxError(() => grade(NaN), "num", "总分");
  });

  it("refuses cut-offs that are not three numbers falling within 0..100", () => {
    expectJxError(() => grade(70, GRADE_LABELS_SHORT, [60, 80, 90]), "num", "60, 80, 90");
    expectJxError(() => grade(70, GRADE_LABELS_SHORT, [90, 80] as unknown as GradeCutoffs), "num", "分数线");
  });

  it("throws nothing but a JxError for any total", () => {
    fc.assert(fc.property(fc.double(), (t) => throwsOnlyJxError(() => grade(t))));
  });
});

describe("readGradeLabels", () => {
  it("defaults a blank to 优/良/中/差", () => {
    expect(readGradeLabels(null)).toBe(GRADE_LABELS_SHORT);
    expect(readGradeLabels(" ")).toBe(GRADE_LABELS_SHORT);
  });

  it.each(["long", "LONG", "长", "优秀"])("selects the long labels with %p", (selector) => {
    expect(readGradeLabels(selector)).toBe(GRADE_LABELS_LONG);
  });

  it.each(["short", "短", "优"])("selects the short labels with %p", (selector) => {
    expect(readGradeLabels(selector)).toBe(GRADE_LABELS_SHORT);
  });

  it("reads a custom list of four labels, best first", () => {
    expect(readGradeLabels("A,B,C,D")).toEqual(["A", "B", "C", "D"]);
    expect(readGradeLabels("甲/乙/丙/丁")).toEqual(["甲", "乙", "丙", "丁"]);
    expect(readGradeLabels("好，较好、一般；差")).toEqual(["好", "较好", "一般", "差"]);
    expect(grade(85, readGradeLabels("A,B,C,D"))).toBe("B");
  });

  it("refuses anything else, naming it", () => {
    expectJxError(() => readGradeLabels("A,B,C"), "value", "A,B,C");
    expectJxError(() => readGradeLabels("A,,C,D"), "value", "A,,C,D");
    expectJxError(() => readGradeLabels("优秀良好"), "value", "优秀良好");
  });

  it("throws nothing but a JxError for any value", () => {
    fc.assert(fc.property(fc.anything(), (v) => throwsOnlyJxError(() => readGradeLabels(v as string | null))));
  });
});
