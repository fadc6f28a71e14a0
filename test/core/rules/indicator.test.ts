import fc from "fast-check";
import { indicatorScore, parseTarget } from "../../../src/core/rules/indicator";
import { expectJxError, throwsOnlyJxError } from "./jxErrors";

const quantitative = (comparator: string, value: number, unit = "") => ({ kind: "quantitative", comparator, value, unit });

describe("parseTarget (§1.2)", () => {
  it.each([
    ["≥50个", quantitative(">=", 50, "个")],
    [">=50", quantitative(">=", 50)],
    ["≧50", quantitative(">=", 50)],
    ["＞＝50", quantitative(">=", 50)],
    ["≥100%", quantitative(">=", 1, "%")],
    ["≥95％", quantitative(">=", 0.95, "%")],
    ["≤90万元", quantitative("<=", 90, "万元")],
    ["≦ 90 万元", quantitative("<=", 90, "万元")],
    ["<5%", quantitative("<", 0.05, "%")],
    ["＜5", quantitative("<", 5)],
    [">0", quantitative(">", 0)],
    ["=100%", quantitative("=", 1, "%")],
    ["=0", quantitative("=", 0)],
    ["＝0起", quantitative("=", 0, "起")],
    ["不低于95%", quantitative(">=", 0.95, "%")],
    ["不少于1,200人次", quantitative(">=", 1200, "人次")],
    ["不高于5%", quantitative("<=", 0.05, "%")],
    ["不超过90万元", quantitative("<=", 90, "万元")],
    ["超过3次", quantitative(">", 3, "次")],
    ["小于2天", quantitative("<", 2, "天")],
    ["大于80%", quantitative(">", 0.8, "%")],
    ["大于等于80%", quantitative(">=", 0.8, "%")],
    ["95%以上", quantitative(">=", 0.95, "%")],
    ["5%以下", quantitative("<=", 0.05, "%")],
    ["3个工作日以内", quantitative("<=", 3, "个工作日")],
    ["≥90%以上", quantitative(">=", 0.9, "%")],
  ])("reads %p", (text, target) => {
    expect(parseTarget(text)).toEqual(target);
  });

  it("reads a bare number or percentage as 'reach at least' (≥)", () => {
    expect(parseTarget("100%")).toEqual(quantitative(">=", 1, "%"));
    expect(parseTarget("50个")).toEqual(quantitative(">=", 50, "个"));
    expect(parseTarget(0.9)).toEqual(quantitative(">=", 0.9));
  });

  it.each(["严格执行相关制度规定", "效果明显", "不低于上年水平", "≥95%以下", "≥95%，且无重大事故", "50..60"])("keeps %p as qualitative text", (text) => {
    expect(parseTarget(`  ${text} `)).toEqual({ kind: "qualitative", text });
  });

  it("refuses a blank, a non-finite number and values that are neither number nor text", () => {
    expectJxError(() => parseTarget(null), "value", "缺少年度指标值");
    expectJxError(() => parseTarget("  "), "value", "缺少年度指标值");
    expectJxError(() => parseTarget(Infinity), "num", "年度指标值");
    expectJxError(() => parseTarget(true), "value", "true");
  });
});

describe("indicatorScore", () => {
  it("scores ≥ and > targets by completion", () => {
    expect(indicatorScore("≥100", 80, 10)).toBe(8);
    expect(indicatorScore("≥50个", 50, 8)).toBe(8);
    expect(indicatorScore("≥90%", 0.85, 6)).toBe(5.67);
    expect(indicatorScore(">100", 80, 10)).toBe(8);
  });

  it("scores ≤ and < targets by the reverse rule, R1 unless told", () => {
    expect(indicatorScore("≤4", 5, 6)).toBe(4.5);
    expect(indicatorScore("≤4", 5, 6, "R2")).toBe(4.8);
    expect(indicatorScore("不超过90万元", 89.974, 8)).toBe(8);
  });

  it("scores = targets by §2.4", () => {
    expect(indicatorScore("=0", 0, 5)).toBe(5);
    expect(indicatorScore("=0", 1, 5)).toBe(0);
    expect(indicatorScore("=100%", 0.9, 10)).toBe(9);
  });

  it("sends a qualitative target back to the evaluator with #N/A", () => {
    expectJxError(() => indicatorScore("效果明显", 1, 6), "na", "定性指标，请按实际完成情况手工评分");
  });

  it("keeps 0 ≤ score ≤ W whatever the comparator", () => {
    const comparator = fc.constantFrom("≥", ">", "≤", "<", "=", "", "不低于", "不超过");
    const amount = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const target = fc.double({ min: 0, max: 1e6, noNaN: true });
    const weight = fc.double({ min: 1e-3, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(comparator, target, amount, weight, (c, a, b, w) => {
        const s = indicatorScore(`${c}${a}`, b, w);
        return s >= 0 && s <= w;
      }),
    );
  });

  it("throws nothing but a JxError for any input", () => {
    const text = fc.oneof(fc.string(), fc.constantFrom("≥", "≤", "=", "不低于", "以上", "%", "1,000", "1e400"), fc.anything());
    const number = fc.oneof(fc.double(), fc.integer({ min: -100, max: 100 }));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), number, number, (parts, actual, weight) => {
        const target = parts.every((p) => typeof p === "string") ? parts.join("") : parts[0];
        return throwsOnlyJxError(() => indicatorScore(target, actual, weight));
      }),
    );
  });
});
