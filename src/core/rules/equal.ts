import { completionScore } from "./completion";
import { ACTUAL, requireFinite, requireNonNegative, requireWeight, TARGET } from "./inputs";

/**
 * An exact target (=), §2.4. "= 0" (安全事故数 = 0) is all or nothing; a positive target is scored
 * as completion, since reaching it is what counts.
 */
export function equalScore(actual: number, target: number, weight: number): number {
  requireFinite(actual, ACTUAL);
  requireNonNegative(target, TARGET);
  requireWeight(weight);
  if (target === 0) return actual <= 0 ? weight : 0;
  return completionScore(actual, target, weight);
}
