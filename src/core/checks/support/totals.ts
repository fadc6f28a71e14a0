import { roundHalfUp } from "../../round";
import { rescaledTotal } from "../../rules";
import { IndicatorTable } from "../../table";
import { attempt, cellNumber, fundsTotalRow, isNumber, sumOf } from "./cells";
import { indicatorRows } from "./indicatorRows";

/**
 * What the total should be: Σ of every indicator's score plus the funds row's (§4.5); with indicators
 * marked 不适用, the rescaled total Σscore / ΣW(applicable) × 100 (§2.8). Null when a score is missing.
 */
export function expectedTotal(table: IndicatorTable): number | null {
  const funds = fundsTotalRow(table);
  const fundsScore = cellNumber(funds?.score ?? null);
  const fundsCounted = funds !== null && fundsScore !== null;
  if (fundsCounted && !isNumber(fundsScore)) return null;
  const rows = indicatorRows(table);
  if (!fundsCounted && rows.length === 0) return null;
  let sum = 0;
  if (fundsCounted) sum += fundsScore;
  let rescaled = false;
  for (let i = 0; i < rows.length; i++) {
    const { score, notApplicable } = rows[i];
    if (notApplicable) rescaled = true;
    else if (!isNumber(score)) return null;
    else sum += score;
  }
  if (!rescaled) return roundHalfUp(sum);
  // Rows marked 不适用 (rare): every row's score and weight go to the rescaling.
  const scored = (score: number | null, weight: number | null, applicable: boolean) => ({ score: score ?? 0, weight: weight ?? NaN, applicable });
  const parts = rows.map((r) => scored(r.score, r.weight, !r.notApplicable));
  if (fundsCounted) parts.unshift(scored(fundsScore, cellNumber(funds.weight), true));
  return attempt(() => rescaledTotal(parts));
}

/** Σ of first-level weights when every group states one, else of the indicators' weights; plus the funds row. */
export function weightSum(table: IndicatorTable): number | null {
  const groupWeights = table.groups.map((g) => g.weight);
  const stated = groupWeights.every((w) => w !== null) && groupWeights.length > 0;
  const parts = stated ? groupWeights : indicatorRows(table).map((r) => r.indicator.weight);
  return sumOf([...parts, fundsTotalRow(table)?.weight ?? null]);
}
