import { roundHalfUp } from "../../round";
import { rescaledTotal } from "../../rules";
import { IndicatorTable } from "../../table";
import { attempt, cellNumber, fundsTotalRow, indicatorsOf, isNumber, notApplicable, sumOf } from "./cells";

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

/** Σ of first-level weights when every group states one, else of the indicators' weights; plus the funds row. */
export function weightSum(table: IndicatorTable): number | null {
  const groupWeights = table.groups.map((g) => g.weight);
  const stated = groupWeights.every((w) => w !== null) && groupWeights.length > 0;
  const parts = stated ? groupWeights : indicatorsOf(table).map((i) => i.weight);
  return sumOf([...parts, fundsTotalRow(table)?.weight ?? null]);
}
