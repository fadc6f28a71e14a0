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

/** No band holds the value (as snapRatio reads it: 70 %, not 69.99…%). */
const outsideEvery = (outside: Message): never => fail("na", outside.zh, outside.en);

/**
 * A band table laid out for scoring: each band's bounds as numbers (±∞ where it is open-ended) in flat arrays,
 * so that finding a value's band compares numbers instead of walking objects. A column of cells is scored
 * with one table, built once (see execRate's tables by weight).
 */
export class BandTable {
  private readonly lower: number[] = [];
  private readonly lowerIncluded: boolean[] = [];
  private readonly upper: number[] = [];
  private readonly upperIncluded: boolean[] = [];
  // Each band's points as a line, base + span × (value − start) / width, decided once per table rather than
  // per cell: from its lower end to its upper end inside a band given as a score range; flat (span 0) for
  // a fixed score and for a range over an open-ended (or one-value) band, which cannot be interpolated and
  // gives the range's top, leaving the choice to the evaluator (score's min/max).
  private readonly base: number[] = [];
  private readonly span: number[] = [];
  private readonly start: number[] = [];
  private readonly width: number[] = [];

  constructor(private readonly bands: readonly Band[]) {
    for (const { lower, upper, score } of bands) {
      this.lower.push(lower?.value ?? -Infinity);
      this.lowerIncluded.push(lower?.inclusive ?? true);
      this.upper.push(upper?.value ?? Infinity);
      this.upperIncluded.push(upper?.inclusive ?? true);
      const sloped = score.from !== score.to && lower !== null && upper !== null && upper.value !== lower.value;
      this.base.push(sloped ? score.from : Math.max(score.from, score.to));
      this.span.push(sloped ? score.to - score.from : 0);
      this.start.push(sloped ? lower.value : 0);
      this.width.push(sloped ? upper.value - lower.value : 1);
    }
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

  /** The points of a value in band i, unrounded. */
  private pointsIn(i: number, value: number): number {
    return this.base[i] + (this.span[i] * (value - this.start[i])) / this.width[i];
  }

  /**
   * Just the points score gives, without building a result and before rounding: the custom functions' hot
   * path, whose callers round once as they publish the score (finishScore). The value must already be as
   * snapRatio reads it (execRate's rates are), so that a cell's call snaps it once.
   */
  points(snapped: number, outside: Message): number {
    const band = this.indexOf(snapped);
    return band >= 0 ? this.pointsIn(band, snapped) : outsideEvery(outside);
  }

  /** What a value earns, with the band and the interval an evaluator may choose in. */
  score(raw: number, outside: Message): BandScore {
    const value = snapRatio(raw);
    const band = this.indexOf(value);
    if (band < 0) outsideEvery(outside);
    const { from, to } = this.bands[band].score;
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
