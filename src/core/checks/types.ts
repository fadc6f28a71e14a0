import { Message } from "../errors";
import { ExecRateRule, GradeCutoffs } from "../rules";
import { IndicatorTable } from "../table";

/** error: a wrong number; warning: a doubt; info: a part of the layout that was not read, so was not checked. */
export type Severity = "error" | "warning" | "info";

/** One problem found in a table, pointing at the cell that holds the wrong number. */
export interface Finding {
  rule: string;
  /** Which of the check's message templates, so a view can tell findings apart without reading their text. */
  messageId: string;
  /** The values the template names, as the check reported them. */
  data?: Record<string, number | string>;
  severity: Severity;
  /** A1 address in the sheet. */
  cell: string;
  message: Message;
  expected?: number | string;
  actual?: number | string;
}

/** What a check reports: which of its message templates, the cell, and the values the template names. */
export interface Report {
  messageId: string;
  cell: string;
  data?: Record<string, number | string>;
  expected?: number | string;
  actual?: number | string;
}

export type Reporter = (report: Report) => void;

/** Tolerances and rule choices (rulebook §2–§4); every one has a default in DEFAULT_CHECK_SETTINGS. */
export interface CheckSettings {
  /** For sums: subtotals, totals, funds rows (§4.5, §4.9). */
  sumTolerance: number;
  /** For a score recomputed by its rule (§4.6). */
  ruleTolerance: number;
  /** Over-completion threshold on higher-is-better indicators (§2.8: 1.2, 广西 1.3). */
  overCompletionRatio: number;
  gradeCutoffs: GradeCutoffs;
  /** How the funds block's 得分 is computed (MoF 2020: proportional). */
  execRateRule: ExecRateRule;
}

/**
 * A check, modelled on an ESLint rule: it knows its id, severity and message templates
 * (`{{name}}` placeholders filled from a report's data) and reports what it finds in a table.
 */
export interface Check<Id extends string = string> {
  id: Id;
  severity: Severity;
  meta: { description: Message };
  messages: Record<string, Message>;
  check(table: IndicatorTable, report: Reporter, settings: CheckSettings): void;
}
