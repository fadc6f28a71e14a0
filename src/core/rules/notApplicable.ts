import { fail, quote } from "../errors";
import { roundHalfUp } from "../round";
import { requireFinite, requireWeight } from "./inputs";

export interface ScoredRow {
  /** null only on a row that is not applicable. */
  score: number | null;
  weight: number;
  /** False for an indicator marked 不适用. */
  applicable: boolean;
}

/**
 * The total out of 100 when some indicators are 不适用 (§2.8): Σscore / ΣW over the applicable rows × 100.
 * A score outside its row's [0, W] is refused, since it would yield a plausible but wrong total.
 */
export function rescaledTotal(rows: ScoredRow[]): number {
  let scoreSum = 0;
  let weightSum = 0;
  (Array.isArray(rows) ? rows : []).forEach((row, i) => {
    if (row === null || typeof row !== "object" || !row.applicable) return;
    const n = i + 1;
    const weight = requireWeight(row.weight, { zh: `第${n}行分值`, en: `the weight of row ${n}` });
    if (row.score === null) fail("value", `第${n}行适用但缺少得分`, `Row ${n} is applicable but has no score`);
    const score = requireFinite(row.score, { zh: `第${n}行得分`, en: `the score of row ${n}` });
    if (score < 0 || score > weight) {
      fail("num", `第${n}行得分${quote(score)}不在0到分值${weight}之间`, `The score ${quote(score)} of row ${n} is not between 0 and its weight ${weight}`);
    }
    scoreSum += score;
    weightSum += weight;
  });
  if (weightSum === 0) fail("div0", "没有适用的指标，无法折算总分", "No indicator is applicable, so no total can be computed");
  // Only weights near the largest double overflow the sums; say so rather than return NaN.
  if (!Number.isFinite(weightSum)) fail("num", "分值合计超出可计算范围", "The weights add up to more than can be computed");
  return roundHalfUp((scoreSum / weightSum) * 100);
}
