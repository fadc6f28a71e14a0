import { Band, BandTable, bandTableOf } from "../../src/core/bands";
import { JxError } from "../../src/core/errors";
import { roundHalfUp } from "../../src/core/round";

const outside = { zh: "不在任何区间内", en: "outside every band" };
// ≥90% → 8; [80%, 90%) → 6–8; [70%, 80%) → 4–6; below 70% → 0
const seedLike: Band[] = [
  { lower: { value: 0.9, inclusive: true }, upper: null, score: { from: 8, to: 8 } },
  { lower: { value: 0.8, inclusive: true }, upper: { value: 0.9, inclusive: false }, score: { from: 6, to: 8 } },
  { lower: { value: 0.7, inclusive: true }, upper: { value: 0.8, inclusive: false }, score: { from: 4, to: 6 } },
  { lower: null, upper: { value: 0.7, inclusive: false }, score: { from: 0, to: 0 } },
];

describe("BandTable.score", () => {
  it.each([
    [0.947625, 8, 0],
    [0.9, 8, 0],
    [0.85, 7, 1],
    [0.8, 6, 1],
    [0.75, 5, 2],
    [0.7, 4, 2],
    [0.6999, 0, 3],
  ])("scores %p as %p in band %p", (value, score, band) => {
    const result = new BandTable(seedLike).score(value, outside);
    expect(result.score).toBe(score);
    expect(result.band).toBe(band);
  });

  it("reports the interval the evaluator may choose in", () => {
    expect(new BandTable(seedLike).score(0.85, outside)).toMatchObject({ min: 6, max: 8 });
  });

  it("fails with #N/A when no band holds the value", () => {
    const upper: Band[] = [seedLike[0]];
    expect(() => new BandTable(upper).score(0.5, outside)).toThrow(JxError);
  });

  it("respects exclusive endpoints", () => {
    const band: Band = { lower: { value: 1, inclusive: false }, upper: { value: 2, inclusive: true }, score: { from: 1, to: 1 } };
    const table = new BandTable([band]);
    expect(table.holds(0, 1)).toBe(false);
    expect(table.holds(0, 1.5)).toBe(true);
    expect(table.holds(0, 2)).toBe(true);
    expect(table.holds(0, 2.5)).toBe(false);
  });

  it("takes the top of a score range over an unbounded band", () => {
    const open: Band[] = [{ lower: { value: 0, inclusive: true }, upper: null, score: { from: 2, to: 3 } }];
    expect(new BandTable(open).score(5, outside)).toEqual({ score: 3, min: 2, max: 3, band: 0 });
  });

  it("scales a table to another weight", () => {
    expect(new BandTable(seedLike).scaled(10 / 8).score(0.85, outside).score).toBe(8.75);
  });
});

describe("BandTable.points", () => {
  it("gives the points score gives, before rounding", () => {
    for (const value of [0.947625, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6999]) {
      expect(roundHalfUp(new BandTable(seedLike).points(value, outside))).toBe(new BandTable(seedLike).score(value, outside).score);
    }
    expect(() => new BandTable([seedLike[0]]).points(0.5, outside)).toThrow(JxError);
  });
});

describe("a band one value wide with a score range", () => {
  it("gives the range's top, within its interval, instead of dividing 0 by 0", () => {
    const point: Band[] = [{ lower: { value: 1, inclusive: true }, upper: { value: 1, inclusive: true }, score: { from: 4, to: 6 } }];
    expect(new BandTable(point).score(1, outside)).toEqual({ score: 6, min: 4, max: 6, band: 0 });
    expect(new BandTable(point).points(1, outside)).toBe(6);
  });
});

describe("BandTable.indexOf", () => {
  const table = new BandTable(seedLike);

  it("finds the band of every value, open ends included", () => {
    expect([1e9, 0.9, 0.8999, 0.8, 0.7, 0.6999, 0, -1e9].map((v) => table.indexOf(v))).toEqual([0, 0, 1, 1, 2, 3, 3, 3]);
  });

  it("places no value that is not a number, so it cannot be scored", () => {
    expect(table.indexOf(NaN)).toBe(-1);
    expect(() => table.points(NaN, outside)).toThrow(JxError);
  });

  it("is -1 for a value no band holds", () => {
    expect(new BandTable([seedLike[0]]).indexOf(0.5)).toBe(-1);
  });
});

describe("bandTableOf", () => {
  it("lays a list of bands out once", () => {
    expect(bandTableOf(seedLike)).toBe(bandTableOf(seedLike));
    expect(bandTableOf(seedLike).indexOf(0.85)).toBe(1);
  });
});
