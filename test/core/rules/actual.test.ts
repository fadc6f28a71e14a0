import { actualInTargetUnit, readActual } from "../../../src/core/rules/actual";
import { indicatorScore } from "../../../src/core/rules/indicator";
import { isPercentFormat, percentFraction } from "../../../src/core/rules/percent";
import { numberUnit } from "../../../src/core/numbers";
import { expectJxError } from "./jxErrors";

describe("numberUnit", () => {
  it.each([
    ["8000人次", "人次"],
    ["75.81 万元", "万元"],
    ["95%", "%"],
    ["９５％", "%"],
    ["95%以上", "%"],
    ["12", ""],
  ])("%p is in %p", (text, unit) => expect(numberUnit(text)).toBe(unit));
});

describe("percentFraction: a value beside a percent target or rule", () => {
  it("reads a bare number above 1.5 as percentage points", () => {
    expect(percentFraction(90, "bare")).toBe(0.9);
    expect(percentFraction(3, "bare")).toBe(0.03);
  });

  it("keeps a bare number up to 1.5 as a fraction", () => {
    expect(percentFraction(0.9, "bare")).toBe(0.9);
    expect(percentFraction(1.2, "bare")).toBe(1.2);
  });

  it("keeps a number written as a percentage a fraction, even above 150 %", () => {
    expect(percentFraction(1.6, "percent")).toBe(1.6);
  });
});

describe("isPercentFormat", () => {
  it.each(["0%", "0.00%", "0.0%;[Red]-0.0%"])("%p shows a percentage", (format) => expect(isPercentFormat(format)).toBe(true));
  it.each(["General", "0.00", '0"%"', "0\\%", "@", null])("%p does not", (format) => expect(isPercentFormat(format)).toBe(false));
});

describe("readActual", () => {
  it("reads the number, its unit and whether it was written as a percentage", () => {
    expect(readActual("8000人次")).toEqual({ value: 8000, unit: "人次", form: "bare" });
    expect(readActual("90%")).toEqual({ value: 0.9, unit: "%", form: "percent" });
    expect(readActual(1.6, "0%")).toEqual({ value: 1.6, unit: "", form: "percent" });
    expect(readActual(90)).toEqual({ value: 90, unit: "", form: "bare" });
  });

  it("names a value that is not a number, and a missing one", () => {
    expectJxError(() => readActual("很好"), "value", "实际完成值", "很好");
    expectJxError(() => readActual(null), "value", "缺少实际完成值");
  });
});

describe("actualInTargetUnit", () => {
  it("scales units that differ by a multiplier only", () => {
    expect(actualInTargetUnit(readActual("8000人次"), "万人次")).toBe(0.8);
    expect(actualInTargetUnit(readActual("1.2万元"), "元")).toBe(12000);
    expect(actualInTargetUnit(readActual("3亿元"), "万元")).toBe(30000);
    expect(actualInTargetUnit(readActual("1.5万千瓦时"), "千瓦时")).toBe(15000);
    expect(actualInTargetUnit(readActual("500千米"), "米")).toBe(500000);
  });

  it("takes a bare number in the target's unit, and a bare target in the actual's", () => {
    expect(actualInTargetUnit(readActual(45), "个")).toBe(45);
    expect(actualInTargetUnit(readActual("45个"), "")).toBe(45);
  });

  it("refuses units that differ otherwise, naming both", () => {
    expectJxError(() => actualInTargetUnit(readActual("5个"), "次"), "value", "“个”", "“次”");
    expectJxError(() => actualInTargetUnit(readActual("5个"), "%"), "value", "“个”", "“%”");
    expectJxError(() => actualInTargetUnit(readActual("50%"), "个"), "value", "“%”", "“个”");
  });
});

describe("indicatorScore reads the actual value in the target's terms (review findings)", () => {
  it("reads a bare number beside a percent target as percentage points", () => {
    expect(indicatorScore("≥95%", 90, 10)).toBe(9.47);
    expect(indicatorScore("≤5%", 3, 6)).toBe(6);
    expect(indicatorScore("≥95%", "90%", 10)).toBe(9.47);
  });

  it("keeps a %-formatted rate above 100 % a fraction", () => {
    expect(indicatorScore("≤5%", 1.6, 6, "R1", "0%")).toBe(0);
    expect(indicatorScore("≥100%", 1.6, 8, "R1", "0.00%")).toBe(8);
  });

  it("reads a bare zero target as = 0 (§2.4)", () => {
    expect(indicatorScore("0起", 2, 10)).toBe(0);
    expect(indicatorScore(0, 2, 10)).toBe(0);
    expect(indicatorScore("0次", 0, 10)).toBe(10);
  });

  it("scales a unit with a multiplier, and refuses an unrelated unit", () => {
    expect(indicatorScore("≥1万人次", "8000人次", 10)).toBe(8);
    expectJxError(() => indicatorScore("≥10个", "8次", 10), "value", "“次”", "“个”");
  });
});
