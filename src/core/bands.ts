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

/**
 * A band table laid out for scoring: each band's bounds as numbers (±∞ where it is open-ended) in flat arrays,
 * so that finding a value's band compares numbers instead of walking objects. A column of cells is scored
 * with one table, built once (see execRate's tables by weight).
 */
export class BandTable {
  private readonly lower: number[];
  private readonly lowerIncluded: boolean[];
  private readonly upper: number[];
  private readonly upperIncluded: boolean[];
  private readonly from: number[];
  private readonly to: number[];

  constructor(private readonly bands: readonly Band[]) {
    this.lower = bands.map((b) => b.lower?.value ?? -Infinity);
    this.lowerIncluded = bands.map((b) => b.lower?.inclusive ?? true);
    this.upper = bands.map((b) => b.upper?.value ?? Infinity);
    this.upperIncluded = bands.map((b) => b.upper?.inclusive ?? true);
    this.from = bands.map((b) => b.score.from);
    this.to = bands.map((b) => b.score.to);
  }

  /** The same table with every score multiplied, e.g. a table written for 8 points used with weight 10. */
  scaled(factor: number): BandTable {
    return new BandTable(this.bands.map((b) => ({ ...b, score: { from: b.score.from * factor, to: b.score.to * factor } })));
  }

  /** Whether band i holds a value. Each bound is read only when the one before it does not settle the answer. */
  holds(i: number, value: number): boolean {
    const lower = this.lower[i];
    const upper = this.upper[i];
    return (value > lower || (value === lower && this.lowerIncluded[i])) && (value < upper || (value === upper && this.upperIncluded[i]));
  }

  /** The first band that holds a value, or -1. */
  indexOf(value: number): number {
    for (let i = 0; i < this.lower.length; i++) if (this.holds(i, value)) return i;
    return -1;
  }

  /** The band of a value as snapRatio reads it (70 %, not 69.99…%); an error when none holds it. */
  private bandOf(value: number, outside: Message): number {
    const i = this.indexOf(value);
    return i >= 0 ? i : fail("na", outside.zh, outside.en);
  }

  /**
   * The points of a value in band i, unrounded. Inside a band given as a score range the score is linear
   * from its lower end to its upper end; a range over an open-ended (or one-value) band cannot be
   * interpolated, so it gives the range's top and leaves the choice to the evaluator (score's min/max).
   */
  private pointsIn(i: number, value: number): number {
    const from = this.from[i];
    const to = this.to[i];
    const lower = this.lower[i];
    const upper = this.upper[i];
    if (from === to || lower === -Infinity || upper === Infinity || upper === lower) return Math.max(from, to);
    return from + ((to - from) * (value - lower)) / (upper - lower);
  }

  /**
   * Just the points score gives, without building a result and before rounding: the custom functions' hot
   * path, whose callers round once as they publish the score (finishScore). The value must already be as
   * snapRatio reads it (execRate's rates are), so that a cell's call snaps it once.
   */
  points(snapped: number, outside: Message): number {
    return this.pointsIn(this.bandOf(snapped, outside), snapped);
  }

  /** What a value earns, with the band and the interval an evaluator may choose in. */
  score(raw: number, outside: Message): BandScore {
    const value = snapRatio(raw);
    const band = this.bandOf(value, outside);
    const from = this.from[band];
    const to = this.to[band];
    return { score: roundHalfUp(this.pointsIn(band, value)), min: Math.min(from, to), max: Math.max(from, to), band };
  }
}

const tables = new WeakMap<readonly Band[], BandTable>();

/** The table of a list of bands, laid out once per list: a parsed rule's bands score cell after cell. */
export function bandTableOf(bands: readonly Band[]): BandTable {
  let table = tables.get(bands);
  if (table === undefined) {
    table = new BandTable(bands);
    tables.set(bands, table);
  }
  return table;
}
