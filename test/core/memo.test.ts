import { memoized } from "../../src/core/memo";

describe("memoized", () => {
  it("reads each text once, and remembers undefined results too", () => {
    const calls: string[] = [];
    const read = memoized((text) => {
      calls.push(text);
      return text === "none" ? undefined : text.length;
    });
    expect([read("区间"), read("区间"), read("none"), read("none")]).toEqual([2, 2, undefined, undefined]);
    expect(calls).toEqual(["区间", "none"]);
  });

  it("holds at most `limit` texts, letting the oldest go first", () => {
    const calls: string[] = [];
    const read = memoized((text) => calls.push(text), 2);
    ["a", "b", "c", "b", "a"].forEach(read);
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });
});
