import fc from "fast-check";
import { qualitativeTier, tierBounds } from "../../../src/core/rules/qualitative";
import { expectJxError, throwsOnlyJxError } from "./jxErrors";

describe("qualitativeTier (§2.5)", () => {
  it.each([
    ["达成年度指标", "achieved"],
    ["达成预期指标", "achieved"],
    ["达成", "achieved"],
    [" 达成 预期指标。", "achieved"],
    ["部分达成年度指标并具有一定效果", "partial"],
    ["部分达成", "partial"],
    ["部分达成预期指标", "partial"],
    ["未达成年度指标且效果较差", "missed"],
    ["未达成", "missed"],
    ["未达成预期指标；", "missed"],
  ])("reads %p as %p", (label, tier) => {
    expect(qualitativeTier(label)).toBe(tier);
  });

  it("returns null for text that is not a tier label", () => {
    expect(qualitativeTier("效果明显")).toBeNull();
    expect(qualitativeTier("95%")).toBeNull();
    expect(qualitativeTier("")).toBeNull();
    expect(qualitativeTier(null as unknown as string)).toBeNull();
  });

  it("never throws, whatever the label", () => {
    fc.assert(fc.property(fc.anything(), (label) => qualitativeTier(label as string) !== undefined));
  });
});

describe("tierBounds", () => {
  it("gives [0.8W, W] for achieved, [0.6W, 0.8W) for partial, [0, 0.6W) for missed", () => {
    expect(tierBounds("achieved", 6)).toEqual({ min: 4.8, max: 6, maxInclusive: true });
    expect(tierBounds("partial", 6)).toEqual({ min: 3.6, max: 4.8, maxInclusive: false });
    expect(tierBounds("missed", 6)).toEqual({ min: 0, max: 3.6, maxInclusive: false });
  });

  it("places the seed's qualitative self-scores (5 of 6, 6 of 6) in the achieved tier", () => {
    const { min, max } = tierBounds("achieved", 6);
    expect(5 >= min && 5 <= max).toBe(true);
    expect(6 >= min && 6 <= max).toBe(true);
  });

  it("refuses a weight that is not positive", () => {
    expectJxError(() => tierBounds("achieved", 0), "num", "分值");
  });

  it("tiles 0..W without gaps for any weight", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (w) => {
        const [a, p, m] = (["achieved", "partial", "missed"] as const).map((t) => tierBounds(t, w));
        return m.min === 0 && m.max === p.min && p.max === a.min && a.max === w;
      }),
    );
    fc.assert(fc.property(fc.double(), (w) => throwsOnlyJxError(() => tierBounds("partial", w))));
  });
});
