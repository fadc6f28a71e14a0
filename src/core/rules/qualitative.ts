import { normalizeWord, requireWeight } from "./inputs";

/** The three tiers of a qualitative (定性) indicator, §2.5. */
export type QualitativeTier = "achieved" | "partial" | "missed";

/** The labels seen in 实际完成值, compared after normalizeWord (so spaces and full-width forms match). */
const TIER_LABELS: ReadonlyMap<string, QualitativeTier> = new Map([
  ["达成", "achieved"],
  ["已达成", "achieved"],
  ["达成年度指标", "achieved"],
  ["达成预期指标", "achieved"],
  ["部分达成", "partial"],
  ["部分达成年度指标", "partial"],
  ["部分达成预期指标", "partial"],
  ["部分达成年度指标并具有一定效果", "partial"],
  ["部分达成预期指标并具有一定效果", "partial"],
  ["未达成", "missed"],
  ["未达成年度指标", "missed"],
  ["未达成预期指标", "missed"],
  ["未达成年度指标且效果较差", "missed"],
  ["未达成预期指标且效果较差", "missed"],
]);

/** Closing punctuation people add to a label (达成预期指标。) carries no meaning. */
const TRAILING_PUNCTUATION = /[。.；;，,！!]+$/u;

/** The tier a 实际完成值 label names, or null when it is not a tier label (a free text, a number). */
export function qualitativeTier(label: string): QualitativeTier | null {
  if (typeof label !== "string") return null;
  return TIER_LABELS.get(normalizeWord(label).replace(TRAILING_PUNCTUATION, "")) ?? null;
}

export interface TierBounds {
  min: number;
  max: number;
  /** False when the tier ends just below max (max belongs to the tier above). */
  maxInclusive: boolean;
}

/**
 * The scores a tier allows (§2.5): achieved [0.8W, W], partial [0.6W, 0.8W), missed [0, 0.6W).
 * W × 8 / 10 rather than 0.8 × W, so that W = 6 gives exactly 4.8 and a self-score of 4.8 compares equal.
 */
export function tierBounds(tier: QualitativeTier, weight: number): TierBounds {
  requireWeight(weight);
  const upper = (weight * 8) / 10;
  const middle = (weight * 6) / 10;
  switch (tier) {
    case "achieved":
      return { min: upper, max: weight, maxInclusive: true };
    case "partial":
      return { min: middle, max: upper, maxInclusive: false };
    case "missed":
      return { min: 0, max: middle, maxInclusive: false };
  }
}
