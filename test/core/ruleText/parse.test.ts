import { Band } from "../../../src/core/bands";
import { JxError } from "../../../src/core/errors";
import { ParsedRule, parseRuleText, ruleScore, ruleTextIssues } from "../../../src/core/ruleText";

function bandsOf(rule: ParsedRule): readonly Band[] {
  if (rule.kind !== "bands") throw new Error(`expected bands, got ${rule.kind}: ${JSON.stringify(rule.issues)}`);
  return rule.bands;
}

const lowerEnd = (value: number, inclusive: boolean) => ({ value, inclusive });

/** The Chinese message of the JxError with `code` that `run` throws. */
function messageOf(code: JxError["code"], run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof JxError && e.code === code) return e.text.zh;
    throw e;
  }
  throw new Error(`expected a JxError ${code}`);
}

const valueMessage = (run: () => unknown) => messageOf("value", run);
const naMessage = (run: () => unknown) => messageOf("na", run);

describe("the texts of rulebook §2.7", () => {
  it("reports the gap [60%, 70%) in ≥90%计5分；80%(含)-90% 4分；70%(含)-80% 3分；低于60%不得分", () => {
    const rule = parseRuleText("≥90%计5分；80%(含)-90% 4分；70%(含)-80% 3分；低于60%不得分");
    expect(bandsOf(rule).map((b) => b.score.to)).toEqual([5, 4, 3, 0]);
    expect(rule.issues).toEqual([
      { kind: "gap", message: { zh: "[60%, 70%)不属于任何一项，这些值无法计分", en: "no item holds [60%, 70%); such values cannot be scored" } },
    ]);
    expect(ruleScore(rule, 0.9).score).toBe(5);
    expect(ruleScore(rule, 0.8999).score).toBe(4);
    expect(ruleScore(rule, 0.8).score).toBe(4);
    expect(ruleScore(rule, 0.7).score).toBe(3);
    expect(ruleScore(rule, 0.5999).score).toBe(0);
    expect(naMessage(() => ruleScore(rule, 0.65))).toBe("65%不属于评分规则的任何一项");
  });

  it("reads (含) per endpoint: 0-10%(含) 2分；10-20%(含) 1分", () => {
    const rule = parseRuleText("0-10%(含) 2分；10-20%(含) 1分");
    expect(bandsOf(rule)).toEqual([
      { lower: lowerEnd(0, true), upper: lowerEnd(0.1, true), score: { from: 2, to: 2 } },
      { lower: lowerEnd(0.1, false), upper: lowerEnd(0.2, true), score: { from: 1, to: 1 } },
    ]);
    expect(ruleScore(rule, 0.1).score).toBe(2);
    expect(ruleScore(rule, 0.1001).score).toBe(1);
    expect(rule.issues.map((i) => i.message.zh)).toEqual(["(20%, +∞)不属于任何一项，这些值无法计分"]);
  });
});

describe("ranges", () => {
  it.each([
    ["80%-90%得4分", true, true],
    ["80-90%得4分", true, true],
    ["80%～90%得4分", true, true],
    ["80%〜90%得4分", true, true],
    ["80%至90%得4分", true, true],
    ["在80%到90%之间得4分", true, true],
    ["80%（含）-90%得4分", true, true],
    ["80%(含)-90%(不含)得4分", true, false],
    ["80%(不含)-90%(含)得4分", false, true],
    ["80%(包含)-90%(不包含)得4分", true, false],
    ["80%-90%（含80%）得4分", true, true],
    ["80%-90%(不含90%)得4分", true, false],
    ["80%≤完成率<90%得4分", true, false],
    ["80%<完成率≤90%得4分", false, true],
  ])("%s", (text, lowerInclusive, upperInclusive) => {
    const rule = parseRuleText(text);
    expect(bandsOf(rule)).toEqual([{ lower: lowerEnd(0.8, lowerInclusive), upper: lowerEnd(0.9, upperInclusive), score: { from: 4, to: 4 } }]);
    expect(rule.issues.some((i) => i.kind === "ambiguous" || i.kind === "unreadable")).toBe(false);
  });

  it("refuses a boundary both neighbours leave open, and says so", () => {
    const rule = parseRuleText("80%-90%得4分；70%-80%得3分");
    expect(bandsOf(rule)[0].lower).toEqual(lowerEnd(0.8, true));
    expect(bandsOf(rule)[1].upper).toEqual(lowerEnd(0.8, false));
    expect(rule.issues.filter((i) => i.kind === "ambiguous").map((i) => i.message.zh)).toEqual(["第1项和第2项都没有写明80%归哪一项，80%无法计分"]);
    expect(() => ruleScore(rule, 0.8)).toThrow("评分规则没有写明80%归哪一项");
    expect(ruleScore(rule, 0.85).score).toBe(4);
  });

  it("refuses （含…） naming a number the condition does not have", () => {
    expect(parseRuleText("80%-90%（含85%）得4分").issues[0].message.zh).toBe("第1项“80%-90%(含85%)”：“(含85%)”不知指哪个数值");
  });

  it("refuses a range written upside down", () => {
    const rule = parseRuleText("90%-80%得4分");
    expect(rule.kind).toBe("unreadable");
    expect(rule.issues[0]).toMatchObject({ kind: "unreadable", message: { zh: "第1项“90%-80%”：下限大于上限" } });
  });
});

describe("boundary words (《民法典》第一千二百五十九条)", () => {
  it.each([
    ["≥90%", lowerEnd(0.9, true), null],
    [">=90%", lowerEnd(0.9, true), null],
    ["＞90%", lowerEnd(0.9, false), null],
    ["大于90%", lowerEnd(0.9, false), null],
    ["高于90%", lowerEnd(0.9, false), null],
    ["超过90%", lowerEnd(0.9, false), null],
    ["不低于90%", lowerEnd(0.9, true), null],
    ["90%及以上", lowerEnd(0.9, true), null],
    ["90%以上", lowerEnd(0.9, true), null],
    ["90%以外", lowerEnd(0.9, false), null],
    ["≤90%", null, lowerEnd(0.9, true)],
    ["<90%", null, lowerEnd(0.9, false)],
    ["小于90%", null, lowerEnd(0.9, false)],
    ["低于90%", null, lowerEnd(0.9, false)],
    ["不到90%", null, lowerEnd(0.9, false)],
    ["不满90%", null, lowerEnd(0.9, false)],
    ["不足90%", null, lowerEnd(0.9, false)],
    ["不超过90%", null, lowerEnd(0.9, true)],
    ["90%以下", null, lowerEnd(0.9, true)],
    ["90%以内", null, lowerEnd(0.9, true)],
    ["=90%", lowerEnd(0.9, true), lowerEnd(0.9, true)],
    ["90%", lowerEnd(0.9, true), lowerEnd(0.9, true)],
  ])("%s", (condition, lower, upper) => {
    expect(bandsOf(parseRuleText(`${condition}得3分`))[0]).toMatchObject({ lower, upper });
  });

  it("reads 大于…以上 as inclusive and reports the contradiction", () => {
    const rule = parseRuleText("大于80%以上得6分");
    expect(bandsOf(rule)[0].lower).toEqual(lowerEnd(0.8, true));
    expect(rule.issues.map((i) => i.kind)).toContain("ambiguous");
  });
});

describe("scores", () => {
  it.each([
    ["90%以上得8分", 8, 8],
    ["90%以上8分", 8, 8],
    ["90%以上计5分", 5, 5],
    ["90%以上不得分", 0, 0],
    ["90%以上得0分", 0, 0],
    ["80%-90%得6-8分", 6, 8],
    ["80%-90%得4～6分", 4, 6],
    ["80%-90%得 8-6 分", 6, 8],
    ["80%-90%得1.5分", 1.5, 1.5],
  ])("%s", (text, from, to) => {
    expect(bandsOf(parseRuleText(text))[0].score).toEqual({ from, to });
  });

  it("interpolates a score range from the bottom of the band to its top", () => {
    const rule = parseRuleText("80%-90%得6-8分");
    expect(ruleScore(rule, 0.8).score).toBe(6);
    expect(ruleScore(rule, 0.825).score).toBe(6.5);
    expect(ruleScore(rule, 0.9).score).toBe(8);
  });

  it("reports a score range over an unbounded band", () => {
    const rule = parseRuleText("90%以上得8-10分");
    expect(rule.issues.filter((i) => i.kind === "ambiguous").map((i) => i.message.zh)).toEqual([
      "第1项没有上下限，分值区间8-10分无法按比例计算，取10分，可在区间内自定",
    ]);
    expect(ruleScore(rule, 0.95)).toMatchObject({ score: 10, min: 8, max: 10 });
  });

  it("reads 满分 as the weight, which it then needs", () => {
    const rule = parseRuleText("100%得满分；90%-100%得8分");
    expect(bandsOf(rule)).toHaveLength(2);
    expect(ruleScore(rule, 1, 10).score).toBe(10);
    expect(ruleScore(rule, 0.95, 10).score).toBe(8);
    expect(ruleScore(rule, 0.95).score).toBe(8);
    expect(valueMessage(() => ruleScore(rule, 1))).toBe("“100%得满分”按分值计分，需要给出分值（权重）");
  });
});

describe("spellings", () => {
  it("reads full-width digits, signs and spaces from PDF extraction", () => {
    const rule = parseRuleText("９０％及以上得　８分；８０％ －  ９０％得 ６－８ 分");
    expect(bandsOf(rule).map((b) => [b.lower?.value, b.upper?.value, b.score.from, b.score.to])).toEqual([
      [0.9, undefined, 8, 8],
      [0.8, 0.9, 6, 8],
    ]);
  });

  it("keeps a space between two numbers, so 80-90 4分 is not 80-904分", () => {
    const rule = parseRuleText("80-90 4分；90以上 5分");
    expect(bandsOf(rule)).toEqual([
      { lower: lowerEnd(80, true), upper: lowerEnd(90, false), score: { from: 4, to: 4 } },
      { lower: lowerEnd(90, true), upper: null, score: { from: 5, to: 5 } },
    ]);
    expect(rule.kind === "bands" && rule.percent).toBe(false);
  });

  it("reads plain numbers with units", () => {
    const rule = parseRuleText("完成数≥50个得5分，40（含）-50个得3分");
    expect(bandsOf(rule).map((b) => [b.lower?.value, b.upper?.value])).toEqual([
      [50, undefined],
      [40, 50],
    ]);
    expect(ruleScore(rule, 50).score).toBe(5);
    expect(ruleScore(rule, 45).score).toBe(3);
  });

  it.each([
    ["1、90%及以上得8分；2、80%-90%得6分"],
    ["1. 90%及以上得8分；2. 80%-90%得6分"],
    ["（1）90%及以上得8分（2）80%-90%得6分"],
    ["①90%及以上得8分②80%-90%得6分"],
    ["90%及以上得8分，80%-90%得6分"],
    ["90%及以上得8分\n80%-90%得6分"],
  ])("splits items: %s", (text) => {
    expect(bandsOf(parseRuleText(text)).map((b) => b.score.to)).toEqual([8, 6]);
  });

  it("skips a leading note and a value word repeated in each item", () => {
    const rule = parseRuleText("（参考分值区间）①完成率在90%及以上得8分；②完成率在80%（含）至90%得6分");
    expect(bandsOf(rule)).toHaveLength(2);
    expect(rule.issues.filter((i) => i.kind !== "gap")).toEqual([]);
  });

  it("names an item by its marker in messages", () => {
    const rule = parseRuleText("1. 90%及以上得8分；2. 未足额的得0分");
    expect(rule.issues.map((i) => i.message.zh)).toContain("第2项“未足额的”：看不懂“未足额的”");
  });
});

describe("其余/否则: every value no other item holds", () => {
  it("fills the gaps the other items leave, and scores last", () => {
    const rule = parseRuleText("当完成率≥90%时，得5分；80%≤完成率<90%时，得3分；其余不得分");
    expect(rule.issues).toEqual([]);
    expect(ruleScore(rule, 0.95).score).toBe(5);
    expect(ruleScore(rule, 0.85).score).toBe(3);
    expect(ruleScore(rule, 0.5).score).toBe(0);
  });

  it("fills a gap between items too", () => {
    const rule = parseRuleText("≥90%计5分；70%(含)-80% 3分；否则得1分");
    expect(bandsOf(rule).slice(2)).toEqual([
      { lower: lowerEnd(0, true), upper: lowerEnd(0.7, false), score: { from: 1, to: 1 } },
      // 80% has no （含） and no other item claims it, so 70%(含)-80% keeps it.
      { lower: lowerEnd(0.8, false), upper: lowerEnd(0.9, false), score: { from: 1, to: 1 } },
    ]);
    expect(ruleScore(rule, 0.8).score).toBe(3);
    expect(ruleScore(rule, 0.85).score).toBe(1);
  });

  it("takes one 其余 item only", () => {
    const rule = parseRuleText("≥90%计5分；其余得1分；其他不得分");
    expect(rule.issues.map((i) => i.message.zh)).toEqual(["第3项“其他不得分”：“其余”只能有一项"]);
  });
});

describe("text it cannot read", () => {
  it.each([[""], ["按实际完成情况酌情打分"], ["是否按时完成（2分）"], ["90%以上"]])("%p has no band and says so", (text) => {
    const rule = parseRuleText(text);
    expect(rule.kind).toBe("unreadable");
    expect(rule.issues.length).toBeGreaterThan(0);
    expect(valueMessage(() => ruleScore(rule, 0.9))).toMatch(/^评分规则没有完全读懂：/);
  });

  it("does not read a checklist item that mentions a rate as a band", () => {
    const rule = parseRuleText("①是否达到90%以上（1分）②是否按时完成（1分）");
    expect(rule.kind).toBe("unreadable");
  });

  it("never skips a negation it does not know", () => {
    const rule = parseRuleText("非90%得5分；80%以上得4分");
    expect(bandsOf(rule)).toHaveLength(1);
    expect(rule.issues[0]).toMatchObject({ kind: "unreadable", message: { zh: "第1项“非90%”：看不懂“非”" } });
  });

  it("reports a number left without a score", () => {
    const rule = parseRuleText("90%以上得8分；80%以上");
    expect(rule.issues.map((i) => i.message.zh)).toContain("第2项“80%以上”：没有分值，无法计入");
    expect(valueMessage(() => ruleScore(rule, 0.95))).toBe("评分规则没有完全读懂：第2项“80%以上”：没有分值，无法计入");
  });
});

describe("a single value written without %", () => {
  it("is named once, though it is both ends of its condition", () => {
    const { issues } = parseRuleText("预算执行率在90%及以上得8分；100（含）得2分");
    expect(issues.filter((i) => i.message.zh.includes("没有写%")).map((i) => i.message.zh)).toEqual(["第2项的“100”没有写%，按100%理解"]);
  });
});

describe("ruleTextIssues, for the rule-bands check", () => {
  const seed = "①预算执行率在90%及以上得8分；②预算执行率大于80%以上不到90%得6-8分；③预算执行率70%以上不到80%得4-6分；④预算执行率70以下，不得分。";

  it("gives the overlap a value lies on, though the value is refused", () => {
    expect(() => ruleScore(parseRuleText(seed), 0.7)).toThrow(JxError);
    expect(ruleTextIssues(seed, 0.7).map((i) => i.message.zh)).toContain("70%同时属于第③项和第④项，无法计分");
    expect(ruleTextIssues(seed, 0.85).map((i) => i.kind)).toEqual([]);
  });

  it("always gives the clauses not read and the gaps", () => {
    expect(ruleTextIssues("90%以上得8分；80%以上", null).map((i) => i.kind)).toEqual(["unreadable", "gap"]);
  });
});

describe("values the text gives to no clause for sure", () => {
  it("are scored where every clause that may hold them agrees, and refused where they differ", () => {
    const linear = parseRuleText("低于70%得0分，70%-90%线性得分，90%以上得满分。");
    expect(ruleScore(linear, 0.8, 10).score).toBe(5);
    expect(ruleScore(linear, 0.9, 10).score).toBe(10);
    expect(ruleScore(linear, 0.7, 10).score).toBe(0);
    expect(() => ruleScore(linear, 0.8)).toThrow("需要给出分值");
    const steps = parseRuleText("5%以内扣1分,5%-10%之间扣3分,10%以上不得分");
    expect(ruleScore(steps, 0.07, 5).score).toBe(2);
    expect(() => ruleScore(steps, 0.1, 5)).toThrow("评分规则没有写明10%归哪一项");
  });
});
