import { parseRuleText, parseRuleTextCached } from "../../../src/core/ruleText";

const SEED_BUDGET_RULE =
  "（参考分值区间，按实际完成情况打分）①预算执行率在90%及以上得 8分；②预算执行率大于 80%以上不到 90%得6-8分；③预算执行率 70%以上不到 80%得 4-6分；④预算执行率 70以下，不得分。";

describe("parseRuleTextCached", () => {
  it("parses a repeated text once and gives what parseRuleText gives", () => {
    const first = parseRuleTextCached(SEED_BUDGET_RULE);
    expect(parseRuleTextCached(`${SEED_BUDGET_RULE}`)).toBe(first);
    expect(first).toEqual(parseRuleText(SEED_BUDGET_RULE));
  });

  it("stays bounded: the oldest text leaves once 1000 others arrive", () => {
    const oldest = parseRuleTextCached("≥95%得3分");
    for (let i = 0; i < 1000; i++) parseRuleTextCached(`≥${i}个得1分`);
    expect(parseRuleTextCached("≥95%得3分")).not.toBe(oldest);
    expect(parseRuleTextCached("≥95%得3分")).toEqual(oldest);
  });
});
