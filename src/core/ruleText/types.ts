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
 * A score in terms of the row's weight: 得满分 (share 1), 得50% (share 0.5), 扣2分 in a band (the weight
 * less 2, when the rule writes no points of its own to take them from).
 */
export interface WeightShare {
  share: number;
  less: number;
}

/** 线性得分: a band's score runs from its lower neighbour's to its upper neighbour's (70%-90%线性得分). */
export interface Linear {
  linear: true;
}

/** The score a clause gives: fixed (from = to), a range to interpolate, a share of the row's weight, or a line. */
export type ClauseScore = { from: number; to: number } | WeightShare | Linear;

/** A band's score that needs the weight or its neighbours: a share, or a line between two scores. */
export type Relative = WeightShare | { line: readonly [ClauseScore, ClauseScore] };

export const FULL: WeightShare = { share: 1, less: 0 };
export const isShare = (score: ClauseScore): score is WeightShare => "share" in score;
/** A score written as points: a number or a range of them. */
export const isFixed = (score: ClauseScore): score is { from: number; to: number } => "from" in score;

/** One per-step deduction clause: `perStep` for every `step` past the start, at most `cap` in all (扣满15分为止). */
export interface DeductionStep {
  /** The size of one step in value units: one percentage point is 0.01; a count's step is its unit (1 例). */
  step: number;
  perStep: number;
  /** True when perStep is a percentage of the starting score (每低5%扣15%). */
  ofBase: boolean;
  /** The most this clause deducts; null: down to 0 (扣完为止). */
  cap: number | null;
}

/**
 * A per-step deduction rule (每超过一个百分点扣0.5分): the score is `base` less the steps the value lies
 * past `threshold` — above it, below it, or (每出现一例…) the value is itself a count. A rule may deduct
 * on both sides of its threshold (每超过…扣…；每低于…扣…, or 每相差…).
 */
export interface Deduction {
  /** Where the deduction starts (the full-score clause's bound, or 以100%为标准); null when the text gives none. */
  threshold: number | null;
  above: DeductionStep | null;
  below: DeductionStep | null;
  /** Set alone: the value is the number of cases (每出现一例不符合要求的扣1分). */
  count: DeductionStep | null;
  /** The score before any deduction: a number written in the text, or the row's weight (得满分). */
  base: number | "weight";
  /** Clauses that fix the score past some value (迟报四天及以上不得分): they win over the deduction. */
  limits: readonly Band[];
}

export type ParsedRule =
  | {
      kind: "bands";
      bands: readonly Band[];
      /** Per band, its score in terms of the weight or its neighbours, or null; where set, `score` is a placeholder. */
      relative: readonly (Relative | null)[];
      /** Each band's clause as written, for the message that refuses a value two clauses claim. */
      clauses: readonly string[];
      /** Values where a clause contradicts itself (大于80%以上 at 80%): refused, never guessed. */
      unclear: readonly number[];
      percent: boolean;
      issues: readonly RuleIssue[];
    }
  | { kind: "deduction"; deduction: Deduction; percent: boolean; issues: readonly RuleIssue[] }
  /**
   * 得分=完成率×分值 (按完成比例计算得分): a rate × factor; 一项可得2分，最高不超过6分: a count × factor.
   * Never above `full`, the most the rule gives (the factor of a rate, or the weight).
   */
  | { kind: "formula"; factor: number | "weight"; full: number | "weight"; percent: boolean; issues: readonly RuleIssue[] }
  /** 制定有实施方案的，得3分，否则不得分: the value is 是/否 (TRUE/FALSE, 1/0, 有/无, 达到/未达到). */
  | { kind: "yesno"; yes: ClauseScore; no: ClauseScore; percent: false; issues: readonly RuleIssue[] }
  | { kind: "unreadable"; issues: readonly RuleIssue[] };

/** What a value earns under a rule: the computed score and the interval an evaluator may choose in. */
export interface RuleScore {
  score: number;
  min: number;
  max: number;
}
