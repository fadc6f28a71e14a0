import { Band } from "../bands";
import { Message } from "../errors";

/** What is wrong with a rule text; a warning for the reviewer, never silent. */
export interface RuleIssue {
  kind: "gap" | "overlap" | "ambiguous" | "unreadable";
  message: Message;
  /**
   * The values the issue is about, in the rule's terms (a fraction in a percent rule): one boundary
   * (from = to), or the span two items share. A check compares a row's value with it.
   */
  at?: { from: number; to: number };
}

/**
 * A per-step deduction (每超过一个百分点扣0.5分): the score is `base` less `perStep` for every
 * `step` the value lies past `threshold`, never below 0.
 */
export interface Deduction {
  /** above: 每超过/高于…; below: 每低于/不足…; count: 每出现一例… (the value is the count). */
  direction: "above" | "below" | "count";
  /** Where the deduction starts (the full-score clause's bound); null when the text gives none. */
  threshold: number | null;
  /** The size of one step in value units: one percentage point is 0.01. */
  step: number;
  perStep: number;
  /** The score before any deduction: a number written in the text, or the row's weight (得满分). */
  base: number | "weight";
}

export type ParsedRule =
  | { kind: "bands"; bands: readonly Band[]; percent: boolean; issues: readonly RuleIssue[] }
  | { kind: "deduction"; deduction: Deduction; percent: boolean; issues: readonly RuleIssue[] }
  | { kind: "unreadable"; issues: readonly RuleIssue[] };

/** What a value earns under a rule: the computed score and the interval an evaluator may choose in. */
export interface RuleScore {
  score: number;
  min: number;
  max: number;
}
