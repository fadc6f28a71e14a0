import { Message } from "../errors";
import { roundHalfUp } from "../round";
import { DEFAULT_GRADE_CUTOFFS } from "../rules";
import { IndicatorTable } from "../table";
import { Check, CheckSettings, Finding, Report } from "./types";

export const DEFAULT_CHECK_SETTINGS: CheckSettings = {
  sumTolerance: 0.01,
  ruleTolerance: 0.1,
  overCompletionRatio: 1.2,
  gradeCutoffs: DEFAULT_GRADE_CUTOFFS,
  execRateRule: "proportional",
};

export interface RunOptions {
  checks: readonly Check[];
  /** Ids of checks to skip. */
  disable?: readonly string[];
  settings?: Partial<CheckSettings>;
}

/** Runs the given checks over a table and returns their findings in check order. */
export function runChecks(table: IndicatorTable, options: RunOptions): Finding[] {
  const settings = { ...DEFAULT_CHECK_SETTINGS, ...options.settings };
  const findings: Finding[] = [];
  for (const check of options.checks) {
    if (options.disable?.includes(check.id)) continue;
    check.check(table, (report) => findings.push(toFinding(check, report)), settings);
  }
  return findings;
}

function toFinding(check: Check, report: Report): Finding {
  const template = check.messages[report.messageId];
  if (!template) throw new Error(`check ${check.id} has no message ${report.messageId}`);
  const finding: Finding = {
    rule: check.id,
    messageId: report.messageId,
    severity: check.severity,
    cell: report.cell,
    message: fillMessage(template, report.data ?? {}),
  };
  if (report.data !== undefined) finding.data = report.data;
  if (report.expected !== undefined) finding.expected = report.expected;
  if (report.actual !== undefined) finding.actual = report.actual;
  return finding;
}

export function fillMessage(template: Message, data: Record<string, number | string>): Message {
  const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => (key in data ? shown(data[key]) : `{{${key}}}`));
  return { zh: fill(template.zh), en: fill(template.en) };
}

/** Numbers in messages as people write them: no binary noise, no trailing zeros (36, 4.5, 89.974). */
function shown(value: number | string): string {
  return typeof value === "string" ? value : String(roundHalfUp(value, 4));
}
