import { clampScore, roundHalfUp, snapRatio } from "../../src/core/round";

describe("roundHalfUp", () => {
  it.each([
    [9.4762, 9.48],
    [1.005, 1.01],
    [2.675, 2.68],
    [7, 7],
    [0.125, 0.13],
    [-1.005, -1.01],
    [4.444999, 4.44],
  ])("rounds %p to %p", (v, r) => expect(roundHalfUp(v)).toBe(r));

  it("takes other decimal counts", () => expect(roundHalfUp(0.947625, 4)).toBe(0.9476));
});

describe("clampScore", () => {
  it("keeps a score within 0 and the weight", () => {
    expect(clampScore(-1, 8)).toBe(0);
    expect(clampScore(9, 8)).toBe(8);
    expect(clampScore(5, 8)).toBe(5);
  });
});

describe("snapRatio", () => {
  it("reads a computed ratio as the person meant it", () => {
    expect(5.81 / 8.3).not.toBe(0.7);
    expect(snapRatio(5.81 / 8.3)).toBe(0.7);
    expect(snapRatio(1.2 / 1.5)).toBe(0.8);
    expect(snapRatio(0.947625)).toBe(0.947625);
    expect(snapRatio(1e300)).toBe(1e300);
  });
});
