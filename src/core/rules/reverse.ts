import { fail, quote } from "../errors";
import { isBlank } from "../numbers";
import { ACTUAL, finishScore, normalizeWord, requireFinite, requireNonNegative, requireWeight, TARGET } from "./inputs";

/**
 * The two deployed conventions for lower-is-better indicators (§2.3):
 * R1 falls linearly from W at A to 0 at 2A; R2 gives A/B × W.
 */
export type ReverseVariant = "R1" | "R2";

/** Reads the variant selector; a blank means R1, the default. */
export function readReverseVariant(text: string | null): ReverseVariant {
  if (isBlank(text)) return "R1";
  const word = typeof text === "string" ? normalizeWord(text) : "";
  if (word === "r1") return "R1";
  if (word === "r2") return "R2";
  return fail("value", `无法识别的反向指标计分方式${quote(text)}，应为 R1 或 R2`, `Unknown reverse-scoring variant ${quote(text)}; use R1 or R2`);
}

/** Lower is better (反向, ≤ or <: 故障率, 成本, 投诉数), §2.3. E.g. A = 4, W = 6, B = 5 → R1 4.50, R2 4.80. */
export function reverseScore(actual: number, target: number, weight: number, variant: ReverseVariant = "R1"): number {
  requireFinite(actual, ACTUAL);
  requireNonNegative(target, TARGET);
  requireWeight(weight);
  const checkedVariant = variant === "R1" || variant === "R2" ? variant : readReverseVariant(variant);
  if (actual <= target) return weight;
  // Here B > A ≥ 0: a target of 0 has been missed outright.
  if (target === 0) return 0;
  const ratio = actual / target;
  const raw = checkedVariant === "R1" ? (2 - ratio) * weight : weight / ratio;
  return finishScore(raw, weight);
}
