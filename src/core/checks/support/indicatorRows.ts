import { Actual, Target } from "../../rules";
import { ParsedRule } from "../../ruleText";
import { Indicator, IndicatorGroup, IndicatorTable } from "../../table";
import { cellNumber, notApplicable, tidy } from "./cells";

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

/**
 * Every indicator of the table as a row, in reading order; made once per table, whichever check asks first. The
 * checks walk the rows with indexed loops: on a first call, for-of allocates an iterator result per row, and those
 * were a sixth of what checking a 1,000-row table allocated (so of its garbage collection).
 */
export function indicatorRows(table: IndicatorTable): IndicatorRow[] {
  return rowsOf(table).all;
}

/** The rows of one first-level group of the table (see indicatorRows). */
export function groupRows(table: IndicatorTable, group: IndicatorGroup): IndicatorRow[] {
  return rowsOf(table).byGroup.get(group) ?? [];
}

interface TableRows {
  all: IndicatorRow[];
  byGroup: Map<IndicatorGroup, IndicatorRow[]>;
}

function rowsOf(table: IndicatorTable): TableRows {
  let rows = tableRows.get(table);
  if (!rows) {
    rows = { all: [], byGroup: new Map() };
    for (const group of table.groups) {
      const inGroup: IndicatorRow[] = [];
      for (let i = 0; i < group.indicators.length; i++) {
        const row = new IndicatorRow(group.indicators[i]);
        inGroup.push(row);
        rows.all.push(row);
      }
      rows.byGroup.set(group, inGroup);
    }
    tableRows.set(table, rows);
  }
  return rows;
}

const tableRows = new WeakMap<IndicatorTable, TableRows>();

/** Σ of the scores of the rows that are scored (tidied), or null unless every one is a number. */
export function scoreSum(rows: IndicatorRow[]): number | null {
  let sum = 0;
  for (let i = 0; i < rows.length; i++) {
    const { score, notApplicable } = rows[i];
    if (notApplicable) continue;
    if (score === null || Number.isNaN(score)) return null;
    sum += score;
  }
  return tidy(sum);
}
