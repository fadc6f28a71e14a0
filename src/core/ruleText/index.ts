export type { ClauseScore, Deduction, DeductionStep, ParsedRule, RuleIssue, RuleScore } from "./types";
export { parseRuleText, parseRuleTextCached, ruleTextIssues, scoringRuleCached } from "./parse";
export { ruleScore, ruleTextScore } from "./score";
export type { Checklist, ChecklistItem } from "./checklist";
export { checklistItems, rulePoints } from "./checklist";
