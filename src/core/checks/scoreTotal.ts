import { roundHalfUp } from "../round";
import { rescaledTotal } from "../rules";
import { IndicatorTable } from "../table";
import { attempt, cellNumber, differs, fundsTotalRow, indicatorsOf, isNumber, notApplicable } from "./cells";
import { Check } from "./types";

/**
 * What the total should be: Σ of every indicator's score plus the funds row's (§4.5); with indicators
 * marked 不适用, the rescaled total Σscore / ΣW(applicable) × 100 (§2.8). Null when a score is missing.
 */
export function expectedTotal(table: IndicatorTable): number | null {
  const rows: { score: number; weight: number; applicable: boolean }[] = [];
  const funds = fundsTotalRow(table);
  const fundsScore = cellNumber(funds?.score ?? null);
  if (funds && fundsScore !== null) {
    if (!isNumber(fundsScore)) return null;
    rows.push({ score: fundsScore, weight: cellNumber(funds.weight) ?? NaN, applicable: true });
  }
  for (const indicator of indicatorsOf(table)) {
    const applicable = !notApplicable(indicator);
    const score = cellNumber(indicator.score);
    if (applicable && !isNumber(score)) return null;
    rows.push({ score: score ?? 0, weight: cellNumber(indicator.weight) ?? NaN, applicable });
  }
  if (rows.length === 0) return null;
  if (rows.every((r) => r.applicable)) return roundHalfUp(rows.reduce((sum, r) => sum + r.score, 0));
  return attempt(() => rescaledTotal(rows));
}

/** Rulebook §4.5: the total equals the sum of all indicator scores plus the funds row. */
export const scoreTotal: Check = {
  id: "score-total",
  severity: "error",
  meta: { description: { zh: "总分应等于各指标得分之和", en: "The total equals the sum of the indicators' scores" } },
  messages: {
    mismatch: { zh: "总分为{{actual}}，各项得分之和为{{expected}}", en: "The total is {{actual}}, but the scores add up to {{expected}}" },
  },
  check(table, report, settings) {
    const cell = table.total?.score;
    const stated = cellNumber(cell ?? null);
    if (!cell || !isNumber(stated)) return;
    const expected = expectedTotal(table);
    if (expected === null || !differs(stated, expected, settings.sumTolerance)) return;
    report({ messageId: "mismatch", cell: cell.address, data: { actual: stated, expected }, expected, actual: stated });
  },
};
