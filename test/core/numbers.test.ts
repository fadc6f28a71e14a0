import { JxError } from "../../src/core/errors";
import { isBlank, isSpaceCode, parseNumberText, readNumber, requireNumber, trailingUnit } from "../../src/core/numbers";

const label = { zh: "执行数", en: "Executed amount" };

describe("readNumber", () => {
  it.each<[unknown, number]>([
    [75.81, 75.81],
    ["75.81", 75.81],
    ["94.76%", 0.9476],
    ["９４．７６％", 0.9476],
    ["1,234.5", 1234.5],
    ["75.81万元", 75.81],
    ["50个", 50],
    ["3 次", 3],
    [" -2 ", -2],
    ["−2", -2],
    ["100 %", 1],
    ["1e3", 1000],
  ])("reads %p as %p", (input, expected) => {
    expect(readNumber(input, label)).toBeCloseTo(expected, 12);
  });

  it.each([null, undefined, "", "   "])("returns null for the blank %p", (input) => {
    expect(readNumber(input, label)).toBeNull();
    expect(isBlank(input)).toBe(true);
  });

  it.each(["abc", "12abc", "1,23", "达成", "--1", "%", true])("rejects %p with a Chinese message naming it", (input) => {
    try {
      readNumber(input, label);
      throw new Error("expected a JxError");
    } catch (e) {
      expect(e).toBeInstanceOf(JxError);
      const err = e as JxError;
      expect(err.code).toBe("value");
      expect(err.text.zh).toContain("执行数");
      expect(err.text.zh).toContain(String(input));
      expect(err.text.en).toContain("Executed amount");
    }
  });

  it("rejects infinities as #NUM!", () => {
    expect(() => readNumber(Infinity, label)).toThrow(JxError);
  });

  it("requires a value where the rule needs one", () => {
    expect(() => requireNumber("", label)).toThrow("缺少执行数");
    expect(requireNumber("8", label)).toBe(8);
  });

  it("parseNumberText returns null for non-numbers", () => {
    expect(parseNumberText("约50")).toBeNull();
    expect(parseNumberText("50")).toBe(50);
  });
});

describe("isSpaceCode", () => {
  it("is exactly the white space of \\s and trim, over every UTF-16 code unit", () => {
    const differing: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceCode(c) !== /\s/.test(ch) || isSpaceCode(c) !== (ch.trim() === "")) differing.push(c);
    }
    expect(differing).toEqual([]);
  });

  it("makes isBlank true for white space only, whatever its first character", () => {
    expect(["", " ", "\u3000\t", "\ufeff\n"].map(isBlank)).toEqual([true, true, true, true]);
    expect(["区间", " 区间", "\u3000x", "0"].map(isBlank)).toEqual([false, false, false, false]);
  });
});

describe("trailingUnit", () => {
  // What parseNumberText and numberUnit matched before: the same text, for every mix of these pieces.
  const UNIT = /\s*\p{Script=Han}{1,4}$/u;
  const pieces = ["8000", "个", "人次", "万元", " ", "\u3000", "a", "%", "𠀀", "公里每小时", "5"];

  it("is what /\\s*\\p{Script=Han}{1,4}$/u matches, on every text of up to four pieces", () => {
    const differing: string[] = [];
    const visit = (text: string, depth: number) => {
      if (trailingUnit(text) !== (UNIT.exec(text)?.[0] ?? "")) differing.push(text);
      if (depth < 4) for (const p of pieces) visit(text + p, depth + 1);
    };
    visit("", 0);
    expect(differing).toEqual([]);
  });

  it("keeps reading numbers with units as before", () => {
    expect(parseNumberText("75.81万元")).toBe(75.81);
    expect(parseNumberText("12 公里每小时")).toBeNull();
    expect(parseNumberText("50 个")).toBe(50);
  });
});
