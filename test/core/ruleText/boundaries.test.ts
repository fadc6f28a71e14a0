import { BOUNDARY_WORDS } from "../../../src/core/rules/boundaryWords";
import { parseTarget } from "../../../src/core/rules";
import { parseRuleText, ruleScore } from "../../../src/core/ruleText";

describe("an explicit （含）/（不含） mark wins over a boundary word (§2.7)", () => {
  const rule = parseRuleText("90%以上（不含90%）得5分；80%-90%（含）得4分；80%以下不得分");

  it("gives 90 % to the item that includes it", () => {
    expect(ruleScore(rule, 0.9).score).toBe(4);
    expect(ruleScore(rule, 0.91).score).toBe(5);
  });

  it("still reports the contradiction, at 90 %, saying how it was read", () => {
    const notes = rule.issues.filter((i) => i.kind === "ambiguous" && i.message.zh.includes("自相矛盾"));
    expect(notes).toHaveLength(1);
    expect(notes[0].message.zh).toContain("按不含90%处理");
    expect(notes[0].message.en).toContain("read as excluding it");
    expect(notes[0].at).toEqual({ from: 0.9, to: 0.9 });
  });

  it("refuses the number two disagreeing boundary words leave undecided, and only that number", () => {
    const seedLike = parseRuleText("大于80%以上得6分；不到80%得0分");
    expect(() => ruleScore(seedLike, 0.8)).toThrow("评分规则没有写明80%归哪一项（或写法自相矛盾），无法计分");
    expect(ruleScore(seedLike, 0.81).score).toBe(6);
    expect(ruleScore(seedLike, 0.79).score).toBe(0);
    expect(seedLike.issues.some((i) => i.message.zh.includes("80%无法计分"))).toBe(true);
  });
});

describe("a rule issue names its values as numbers", () => {
  it("puts an overlap's shared value in `at`", () => {
    const rule = parseRuleText("0-10%(含)得2分；10%-20%(含)得1分；20%以上不得分");
    const overlaps = rule.issues.filter((i) => i.kind === "overlap");
    expect(overlaps.map((i) => i.at)).toEqual([{ from: 0.2, to: 0.2 }]);
  });
});

describe("a bare value beside a percent rule", () => {
  const rule = parseRuleText("≥90%计5分；80%(含)-90% 4分；低于80%不得分");

  it("is read in percentage points above 1.5, as INDICATORSCORE reads it", () => {
    expect(ruleScore(rule, 85).score).toBe(4);
    expect(ruleScore(rule, 0.85).score).toBe(4);
  });

  it("stays a fraction when written as a percentage, even above 150 %", () => {
    const over = parseRuleText("150%及以上得5分；100%(含)-150% 4分；低于100%不得分");
    expect(ruleScore(over, 1.6, null, null, "percent").score).toBe(5);
    expect(ruleScore(over, 160).score).toBe(5);
  });
});

describe("one boundary-word list for targets and rule texts (issue 10)", () => {
  const comparatorOf = (band: { lower: { inclusive: boolean } | null; upper: { inclusive: boolean } | null }) =>
    band.lower && band.upper ? "=" : band.lower ? (band.lower.inclusive ? ">=" : ">") : band.upper!.inclusive ? "<=" : "<";

  it.each(BOUNDARY_WORDS.map((w) => [w.text, w.place] as const))("%s (%s the number) means the same in both readers", (word, place) => {
    const written = place === "before" ? `${word}90%` : `90%${word}`;
    const target = parseTarget(written);
    const rule = parseRuleText(`${written}得8分`);
    if (target.kind !== "quantitative" || rule.kind !== "bands") throw new Error(`${written} not read: ${JSON.stringify(rule.issues)}`);
    expect(target.value).toBe(0.9);
    expect(comparatorOf(rule.bands[0])).toBe(target.comparator);
  });

  it("reads 至少90%得8分 as at least 90 %, not as a range", () => {
    const rule = parseRuleText("至少90%得8分，低于90%不得分");
    expect(ruleScore(rule, 0.9).score).toBe(8);
    expect(ruleScore(rule, 0.89).score).toBe(0);
    expect(parseTarget("至少90%")).toMatchObject({ comparator: ">=", value: 0.9 });
  });
});
