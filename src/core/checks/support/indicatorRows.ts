import { Actual, Target } from "../../rules";
import { ParsedRule } from "../../ruleText";
import { Indicator, IndicatorTable } from "../../table";
import { cellNumber, notApplicable } from "./cells";

/**
 * What an indicator's rule allows: the score it computes and the intervals a self-score may lie in
 * (one point for a formula, a band's interval for a banded rule, one point per convention where two exist).
 */
export interface Expectation {
  score: number;
  accepted: readonly { min: number; max: number }[];
  /** The value the rule was applied to (the actual value or the execution rate). */
  value: number;
  /** The parsed rule text, when the expectation comes from it. */
  rule: ParsedRule | null;
}

/**
 * An indicator as the checks read it. Most checks ask of every row, so its weight, score and 不适用 mark are read
 * once, when the rows are made; what only some rows need is read on the first ask and kept for the next check.
 */
export class IndicatorRow {
  /** The weight and score cells' numbers (see cellNumber): null when blank, NaN when not a number. */
  readonly weight: number | null;
  readonly score: number | null;
  /** Marked 不适用: not scored (rulebook §2.8). */
  readonly notApplicable: boolean;
  // Kept by targetOf, actualOf, actualForTarget and indicatorExpectation once read; undefined until asked.
  target: Target | null | undefined = undefined;
  actual: Actual | null | undefined = undefined;
  actualInTargetUnit: number | null | undefined = undefined;
  expectation: Expectation | null | undefined = undefined;

  constructor(readonly indicator: Indicator) {
    this.weight = cellNumber(indicator.weight);
    this.score = cellNumber(indicator.score);
    this.notApplicable = notApplicable(indicator);
  }
}

/** Every indicator of the table as a row, in reading order; made once per table, whichever check asks first. */
export function indicatorRows(table: IndicatorTable): IndicatorRow[] {
  let rows = tableRows.get(table);
  if (!rows) {
    rows = [];
    for (const group of table.groups) for (const indicator of group.indicators) rows.push(new IndicatorRow(indicator));
    tableRows.set(table, rows);
  }
  return rows;
}

const tableRows = new WeakMap<IndicatorTable, IndicatorRow[]>();
