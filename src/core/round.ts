/** The binary noise a rounding absorbs: four units in the last place, relative to the value. */
const NOISE = 4 * Number.EPSILON;

/**
 * Rounds half-up to the given number of decimals (scores are published with two).
 * The tiny epsilon absorbs binary noise, so 1.005 rounds to 1.01 as a person expects.
 */
export function roundHalfUp(value: number, decimals = 2): number {
  // Cents, the usual case, without a power.
  const steps = decimals === 2 ? 100 : 10 ** decimals;
  const scaled = Math.abs(value) * steps;
  const rounded = Math.floor(scaled + 0.5 + scaled * NOISE) / steps;
  return (value < 0 ? -rounded : rounded) || 0;
}

/** Keeps a score within [0, weight]. */
export function clampScore(score: number, weight: number): number {
  return Math.min(Math.max(score, 0), weight);
}

/**
 * A computed ratio as the person meant it: 5.81 / 8.3 is 0.6999999999999998 in binary, which is 70 %
 * on paper. Band boundaries compare against the value rounded to 10 decimals, far below any rate a
 * table shows and far above binary noise.
 */
export function snapRatio(value: number): number {
  const scaled = value * 1e10;
  return Number.isFinite(scaled) ? Math.round(scaled) / 1e10 : value;
}
