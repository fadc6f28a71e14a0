import { normalizeRuleText, showValue, splitItems } from "../../../src/core/ruleText/text";

describe("normalizeRuleText", () => {
  it("makes full-width text half-width and joins PDF spaces", () => {
    expect(normalizeRuleText("９０％及以上得 ８分；（含）～")).toBe("90%及以上得8分;(含)~");
  });

  it("keeps circled markers apart from digits", () => {
    expect(normalizeRuleText("①90%")).toBe("\u00011\u000290%");
  });

  it("unifies dashes and waves", () => {
    expect(normalizeRuleText("80%—90%、80%－90%、80%〜90%")).toBe("80%-90%、80%-90%、80%~90%");
  });

  it("keeps a space that separates two numbers or a marker from a number", () => {
    expect(normalizeRuleText("80-90 4分")).toBe("80-90 4分");
    expect(normalizeRuleText("1. 90%")).toBe("1. 90%");
    expect(normalizeRuleText("得 4 分")).toBe("得4分");
  });
});

describe("splitItems", () => {
  it("keeps the text before the first marker as the intro", () => {
    const { intro, items } = splitItems(normalizeRuleText("（注）①甲②乙"));
    expect(intro).toBe("(注)");
    expect(items).toEqual([
      { marker: "①", label: "①", text: "甲" },
      { marker: "②", label: "②", text: "乙" },
    ]);
  });

  it("gives a sub-list's circled markers back to the item text", () => {
    expect(splitItems(normalizeRuleText("1.甲①子2.乙")).items.map((i) => i.text)).toEqual(["甲①子", "乙"]);
  });

  it("does not take a decimal for a marker", () => {
    expect(splitItems("得1.5分").items).toEqual([]);
  });

  it("takes numbered markers only in sequence", () => {
    expect(splitItems("1.甲3.乙2.丙").items.map((i) => i.text)).toEqual(["甲3.乙", "丙"]);
  });
});

describe("showValue", () => {
  it("shows a rate as a percentage without binary noise", () => {
    expect(showValue(0.7, true)).toBe("70%");
    expect(showValue(0.947625, true)).toBe("94.7625%");
    expect(showValue(12.5, false)).toBe("12.5");
  });
});
