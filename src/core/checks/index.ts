import { rulebooks } from "../rulebooks";
import { Grid } from "../grid";
import { IndicatorTable, readTables } from "../table";
import { deviationReason } from "./deviationReason";
import { formulaError } from "./formulaError";
import { fundsTotal } from "./fundsTotal";
import { gradeCheck } from "./gradeCheck";
import { overCompletion } from "./overCompletion";
import { qualitativeTierCheck } from "./qualitativeTierCheck";
import { ruleBands } from "./ruleBands";
import { rulePoints } from "./rulePoints";
import { runChecks, RunOptions } from "./runner";
import { scoreInvalid } from "./scoreInvalid";
import { scoreRange } from "./scoreRange";
import { scoreRule } from "./scoreRule";
import { scoreSubtotal } from "./scoreSubtotal";
import { scoreTotal } from "./scoreTotal";
import { weightSubtotal } from "./weightSubtotal";
import { weightTotal } from "./weightTotal";
import { summariseTable, TableSummary } from "./summary";
import { CheckId } from "./ids";
import { layout } from "./layout";
import { Check, Finding } from "./types";

export * from "./types";
export { CHECK_IDS } from "./ids";
export type { CheckId } from "./ids";
export { runChecks, DEFAULT_CHECK_SETTINGS, fillMessage } from "./runner";
export type { RunOptions } from "./runner";

/** Every built-in check, in the order a reviewer reads a table: weights, rules, scores, totals, the rest. */
export const builtinChecks = [
  weightTotal,
  weightSubtotal,
  rulePoints,
  ruleBands,
  scoreInvalid,
  scoreRange,
  scoreSubtotal,
  scoreTotal,
  scoreRule,
  qualitativeTierCheck,
  deviationReason,
  fundsTotal,
  gradeCheck,
  overCompletion,
  formulaError,
  layout,
] as const satisfies readonly Check<CheckId>[];

/**
 * The checks that apply to a table: a table made from a template (its marker names the family) gets
 * the checks its rulebook lists; any other table gets every check, each skipping what it cannot see;
 * a table with a whole part unread gets only the layout check, which says so.
 */
export function checksFor(table: IndicatorTable): readonly Check[] {
  if (table.unread.some((u) => u.whole)) return [layout];
  const rulebook = table.marked ? rulebooks.find((r) => r.id === table.family) : undefined;
  return rulebook ? builtinChecks.filter((c) => (rulebook.checks as readonly string[]).includes(c.id)) : builtinChecks;
}

/** Runs the checks that apply (or those given) over a table. */
export function checkTable(table: IndicatorTable, options: Partial<RunOptions> = {}): Finding[] {
  return runChecks(table, { ...options, checks: options.checks ?? checksFor(table) });
}
export { summariseTable } from "./summary";
export type { GroupSummary, TableSummary } from "./summary";

/** A checked table: what a reviewer sees first, and every finding. */
export interface CheckedTable {
  summary: TableSummary;
  findings: Finding[];
}

/** A checked table with the table as read, for a view that needs more than the summary (批量审核's execution rate). */
export interface CheckedTableRead extends CheckedTable {
  table: IndicatorTable;
}

/** Reads every table of a grid and checks each, keeping each table as read. */
export function checkGridTables(grid: Grid, options: Partial<RunOptions> = {}): CheckedTableRead[] {
  return readTables(grid).map((table) => {
    const findings = checkTable(table, options);
    return { table, summary: summariseTable(table, findings), findings };
  });
}

/**
 * Reads every table of a grid and checks each: the one pipeline behind Excel's 校验, 批量审核 and `jixiao check`.
 * Without the tables as read, which nothing that shows or sends the results (to a worker thread) needs.
 */
export function checkGrid(grid: Grid, options: Partial<RunOptions> = {}): CheckedTable[] {
  return checkGridTables(grid, options).map(({ summary, findings }) => ({ summary, findings }));
}
