import { fail, Message } from "./errors";
import { roundHalfUp, snapRatio } from "./round";

/**
 * A band table: the shape of every banded rule, whether built in (the seed's 预算执行率 rule)
 * or read from Chinese rule text. Values compare as written: a percentage is a fraction (0.9 is 90 %).
 */
export interface Bound {
  value: number;
  inclusive: boolean;
}

export interface Band {
  /** null: unbounded below. */
  lower: Bound | null;
  /** null: unbounded above. */
  upper: Bound | null;
  /** Points at the lower end and at the upper end; equal for a fixed score. */
  score: { from: number; to: number };
}

/** What a value earns under a band table: the computed score and the interval an evaluator may choose in. */
export interface BandScore {
  score: number;
  min: number;
  max: number;
  /** Index of the band the value fell in. */
  band: number;
}

export function inBand(band: Band, value: number): boolean {
  const { lower, upper } = band;
  if (lower && (value < lower.value || (value === lower.value && !lower.inclusive))) return false;
  if (upper && (value > upper.value || (value === upper.value && !upper.inclusive))) return false;
  return true;
}

/** The first band that holds a value (as snapRatio reads it: 70 %, not 69.99…%); an error when none does. */
function bandIndex(bands: readonly Band[], value: number, outside: Message): number {
  for (let i = 0; i < bands.length; i++) if (inBand(bands[i], value)) return i;
  return fail("na", outside.zh, outside.en);
}

/**
 * The points of a value in its band, unrounded. Inside a band given as a score range the score is linear
 * from its lower end to its upper end; a range over an unbounded (or one-value) band cannot be
 * interpolated, so it gives the range's top and leaves the choice to the evaluator (bandScore's min/max).
 */
function pointsInBand(band: Band, value: number): number {
  const { lower, upper } = band;
  const { from, to } = band.score;
  // A fixed score, or a range over a band that is unbounded or a single value wide, has no span to interpolate across.
  if (from === to || lower === null || upper === null || upper.value === lower.value) return Math.max(from, to);
  return from + ((to - from) * (value - lower.value)) / (upper.value - lower.value);
}

/** What a value earns under a band table, with the band and the interval an evaluator may choose in. */
export function bandScore(bands: readonly Band[], raw: number, outside: Message): BandScore {
  const value = snapRatio(raw);
  const index = bandIndex(bands, value, outside);
  const { from, to } = bands[index].score;
  return { score: roundHalfUp(pointsInBand(bands[index], value)), min: Math.min(from, to), max: Math.max(from, to), band: index };
}

/**
 * Just the points bandScore gives, without building a result and before rounding: the custom functions'
 * hot path, whose callers round once as they publish the score (finishScore). The value must already be
 * as snapRatio reads it (execRate's rates are), so that a cell's call snaps it once.
 */
export function bandPoints(bands: readonly Band[], snapped: number, outside: Message): number {
  return pointsInBand(bands[bandIndex(bands, snapped, outside)], snapped);
}

/** The same table with every score multiplied, e.g. a table written for 8 points used with weight 10. */
export function scaleBands(bands: readonly Band[], factor: number): Band[] {
  return bands.map((b) => ({ ...b, score: { from: b.score.from * factor, to: b.score.to * factor } }));
}
