import { JxError } from "../../../src/core/errors";
import { checklistItems, parseRuleText, rulePoints, ruleTextIssues, ruleTextScore } from "../../../src/core/ruleText";
import { LONGEST_RULE } from "../../../src/core/ruleText/text";

const SEED_RULE =
  "（参考分值区间，按实际完成情况打分）①预算执行率在90%及以上得8分；②预算执行率大于80%以上不到90%得6-8分；③预算执行率70%以上不到80%得4-6分；④预算执行率70以下，不得分。";
const CHECKLIST = "①是否与项目本部门（单位）职责密切相关；（1分）②是否符合部门（单位）中期规划；(1分）";

/** The text padded with PDF line-break spaces (which the reader drops) to `length` characters. */
const padded = (text: string, length: number) => text + " ".repeat(length - text.length);

/** Clauses a careless paste repeats: a band table, a threshold on a 分 scale, a numbered list. */
const repeated = (clause: string, length: number) => clause.repeat(Math.ceil(length / clause.length)).slice(0, length);

function refusal(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    if (e instanceof JxError) return e.text.zh;
    throw e;
  }
  throw new Error("not refused");
}

describe("rule texts over the length limit", () => {
  test("a rule at the limit is read as without its padding; one character more is refused, quoting its start", () => {
    expect(ruleTextScore(padded(SEED_RULE, LONGEST_RULE), 0.95, 8)).toBe(ruleTextScore(SEED_RULE, 0.95, 8));
    expect(rulePoints(padded(CHECKLIST, LONGEST_RULE))).toBe(2);
    const long = padded(SEED_RULE, LONGEST_RULE + 1);
    const message = `评分规则有${LONGEST_RULE + 1}个字，超过${LONGEST_RULE}字，不予读取：“${SEED_RULE.slice(0, 20)}”`;
    expect(refusal(() => ruleTextScore(long, 0.95, 8))).toContain(message);
    expect(refusal(() => rulePoints(padded(CHECKLIST, LONGEST_RULE + 1)))).toContain("不予读取：“①是否与项目本部门");
    expect(ruleTextIssues(long, 0.95).map((i) => i.message.zh)).toEqual([message]);
    expect(checklistItems(long)).toEqual({ items: [], total: 0, issues: [expect.objectContaining({ kind: "unreadable" })] });
  });

  test.each(["≥90分得满分，≥80分得4分；", "1.90%以上得8分；", "①预算执行率在90%及以上得8分；"])(
    "what reading %s repeated gives stops growing at the limit: 1,000,000 characters give what 125,000 do",
    (clause) => {
      // Below the limit a band table's findings grow with its pairs of clauses; above it the answer is one short refusal.
      const [n, eightN] = [repeated(clause, 125_000), repeated(clause, 1_000_000)].map((t) => parseRuleText(t).issues);
      expect(n).toHaveLength(1);
      expect(eightN).toHaveLength(1);
      expect(eightN[0].message.zh.length).toBeLessThan(80);
      expect(eightN[0].message.zh.replace(/\d+个字/, "")).toBe(n[0].message.zh.replace(/\d+个字/, ""));
    },
  );
});
