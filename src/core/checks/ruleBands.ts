import { isFilled } from "./support/cells";
import { ruleTextValue } from "./support/expectedScore";
import { indicatorRows } from "./support/indicatorRows";
import { targetOf } from "./support/indicatorValues";
import { parseRuleTextCached, RuleIssue } from "../ruleText";
import { Check } from "./types";

/**
 * Rulebook §2.7, §4.12: a banded rule text with a gap always deserves a warning (some values earn no
 * defined score). An overlap or an ambiguous boundary only matters when this row's value lies on it
 * (the issue's `at`), so it is reported then and only then: the seed's own rule claims 70 % twice, and
 * flagging every table that copies it would teach reviewers to ignore the check.
 */
export const ruleBands: Check<"rule-bands"> = {
  id: "rule-bands",
  severity: "warning",
  meta: { description: { zh: "分档评分规则不应有空档、重叠或含义不明的边界", en: "A banded rule has no gap, overlap or unclear boundary" } },
  messages: {
    issue: { zh: "“{{name}}”的评分规则：{{issue}}", en: "The rule of “{{name}}”: {{issueEn}}" },
  },
  check(table, report) {
    // Without a 评分规则 column no row has a rule text (most MoF forms score by their 年度指标值).
    if (table.columns.rule === undefined) return;
    const rows = indicatorRows(table);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const { indicator } = row;
      const ruleCell = indicator.rule;
      if (!isFilled(ruleCell) || typeof ruleCell.value !== "string") continue;
      const rule = parseRuleTextCached(ruleCell.value);
      if (rule.kind === "unreadable") continue;
      // A row scored by its quantitative target is not scored by its rule text: only a gap in the text matters there.
      const value = targetOf(row)?.kind === "quantitative" ? null : ruleTextValue(row, table, rule);
      const relevant = (issue: RuleIssue) => issue.kind === "gap" || (issue.kind !== "unreadable" && value !== null && lies(value, issue.at));
      for (const issue of rule.issues.filter(relevant)) {
        report({ messageId: "issue", cell: ruleCell.address, data: { name: indicator.name, issue: issue.message.zh, issueEn: issue.message.en } });
      }
    }
  },
};

/** True when the value lies on what the issue is about; `at` is in the rule's terms, as the value is. */
function lies(value: number, at: RuleIssue["at"]): boolean {
  // A rate computed as executed / budget may carry binary noise (0.7000000000000001 for 70 %).
  return !!at && value >= at.from - 1e-9 && value <= at.to + 1e-9;
}
