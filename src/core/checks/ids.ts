/**
 * The id of every built-in check, once: builtinChecks satisfies it, the rulebooks name checks by it, and the README's
 * 校验规则 table documents the same set (a test compares them).
 */
export const CHECK_IDS = [
  "weight-total",
  "weight-subtotal",
  "rule-points",
  "rule-bands",
  "score-invalid",
  "score-range",
  "score-subtotal",
  "score-total",
  "score-rule",
  "qualitative-tier",
  "deviation-reason",
  "funds-total",
  "grade",
  "over-completion",
  "formula-error",
  "layout",
] as const;

export type CheckId = (typeof CHECK_IDS)[number];
