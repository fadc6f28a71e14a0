import { ACTUAL, finishScore, requireFinite, requireNonNegative, requireWeight, TARGET } from "./inputs";

/**
 * Higher is better (正向, ≥ or >), §2.2: W when B reaches A, else B/A × W.
 * A target of 0 is met by anything; a negative actual value earns nothing.
 */
export function completionScore(actual: number, target: number, weight: number): number {
  requireFinite(actual, ACTUAL);
  requireNonNegative(target, TARGET);
  requireWeight(weight);
  if (target === 0 || actual >= target) return weight;
  return finishScore((Math.max(actual, 0) / target) * weight, weight);
}
