import { inBand } from "../bands";
import { roundHalfUp } from "../round";
import { Indicator, IndicatorTable } from "../table";
import { indicatorsOf, isFilled } from "./cells";
import { indicatorExpectation } from "./expectedScore";
import { parseRuleTextCached, RuleIssue } from "../ruleText";
import { Check } from "./types";

/**
 * Rulebook §2.7, §4.12: a banded rule text with a gap always deserves a warning (some values earn no
 * defined score). An overlap or an ambiguous boundary only matters when this row's value sits on it,
 * so it is reported then and only then (a boundary with no value in the table is not reported): the seed's own rule claims 70 % twice, and flagging every
 * table that copies it would teach reviewers to ignore the check.
 */
export const ruleBands: Check = {
  id: "rule-bands",
  severity: "warning",
  meta: { description: { zh: "分档评分规则不应有空档、重叠或含义不明的边界", en: "A banded rule has no gap, overlap or unclear boundary" } },
  messages: {
    issue: { zh: "“{{name}}”的评分规则：{{issue}}", en: "The rule of “{{name}}”: {{issueEn}}" },
  },
  check(table, report) {
    for (const indicator of indicatorsOf(table)) {
      if (!isFilled(indicator.rule) || typeof indicator.rule!.value !== "string") continue;
      const rule = parseRuleTextCached(indicator.rule!.value);
      if (rule.kind === "unreadable") continue;
      const boundary = boundaryValue(indicator, table);
      // The parser's messages name the numbers involved: an overlap or doubt matters when it names this value.
      const relevant = (issue: RuleIssue) => issue.kind === "gap" || (issue.kind !== "unreadable" && boundary !== null && issue.message.zh.includes(boundary));
      for (const issue of rule.issues.filter(relevant)) {
        report({ messageId: "issue", cell: indicator.rule!.address, data: { name: indicator.name, issue: issue.message.zh, issueEn: issue.message.en } });
      }
    }
  },
};

/** The row's value as the rule text writes it (70%), when it lies on a band's end; null otherwise. */
function boundaryValue(indicator: Indicator, table: IndicatorTable): string | null {
  const expectation = indicatorExpectation(indicator, table);
  if (!expectation?.rule || expectation.rule.kind !== "bands") return null;
  const { value, rule } = expectation;
  const onEnd = rule.bands.filter((b) => inBand(b, value)).length > 1 || rule.bands.some((b) => b.lower?.value === value || b.upper?.value === value);
  if (!onEnd) return null;
  return rule.percent ? `${roundHalfUp(value * 100, 4)}%` : String(roundHalfUp(value, 4));
}
