import { SheetBuilder } from "../../../src/core/plan/builder";
import { uniqueSheetName } from "../../../src/core/plan";
import { textWidth, wrappedLines } from "../../../src/core/plan/textSize";

const MSG = { zh: "提示", en: "hint" };

describe("SheetBuilder", () => {
  it("places everything at its origin and writes formulas with the origin added", () => {
    const b = new SheetBuilder({ row: 2, col: 1 }, [10, 10]);
    b.put(0, 0, { value: 1 });
    b.put(1, 0, { value: 2 });
    b.put(2, 0, { value: "x" });
    const sum = b.sum([{ top: 0, left: 0, bottom: 2, right: 0 }], "0.00");
    expect(sum).toMatchObject({ formula: "=SUM(B3:B5)", value: 3 });
    expect(b.at(0, 1)).toBe("C3");
    expect(b.block()).toMatchObject({ top: 2, left: 1 });
  });

  it("merges a text over its span and keeps the rest of the span empty in its style", () => {
    const b = new SheetBuilder({ row: 0, col: 0 }, [10, 10, 10]);
    b.text(0, 0, "合计", "total", { cols: 3 });
    expect(b.placedMerges()).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(b.block().cells[0]).toEqual([
      { value: "合计", style: "total" },
      { value: null, style: "total" },
      { value: null, style: "total" },
    ]);
  });

  it("gathers equal styles into rectangles", () => {
    const b = new SheetBuilder({ row: 0, col: 0 }, [10, 10]);
    for (let r = 0; r < 50; r++) {
      b.put(r, 0, { value: r, style: "text" });
      b.put(r, 1, { value: r, style: r === 10 ? "total" : "input" });
    }
    expect(b.areas()).toEqual(
      expect.arrayContaining([
        { range: { top: 0, left: 0, bottom: 49, right: 0 }, style: "text" },
        { range: { top: 0, left: 1, bottom: 9, right: 1 }, style: "input" },
        { range: { top: 10, left: 1, bottom: 10, right: 1 }, style: "total" },
        { range: { top: 11, left: 1, bottom: 49, right: 1 }, style: "input" },
      ]),
    );
    expect(b.areas()).toHaveLength(4);
  });

  it("gathers a column of score validations into one range bounded by the weight in the same row", () => {
    const b = new SheetBuilder({ row: 0, col: 0 }, [10, 10]);
    for (const r of [3, 4, 5, 8]) b.scoreValidation(r, 1, 0, MSG, MSG);
    expect(b.validations().map((v) => [v.range, v.rule])).toEqual([
      [
        { top: 3, left: 1, bottom: 5, right: 1 },
        { kind: "decimal", min: 0, maxFormula: "=A4" },
      ],
      [
        { top: 8, left: 1, bottom: 8, right: 1 },
        { kind: "decimal", min: 0, maxFormula: "=A9" },
      ],
    ]);
  });

  it("gathers side-by-side list validations over the same rows into one rectangle", () => {
    const b = new SheetBuilder({ row: 0, col: 0 }, []);
    const rule = { kind: "list", items: ["✓", "✗"] } as const;
    for (const r of [1, 2]) for (const c of [5, 6, 7]) b.validation(r, c, rule, MSG, MSG);
    b.validation(1, 8, rule, MSG, MSG);
    expect(b.validations().map((v) => v.range)).toEqual([
      { top: 1, left: 5, bottom: 2, right: 7 },
      { top: 1, left: 8, bottom: 1, right: 8 },
    ]);
  });

  it("makes a row tall enough for its longest wrapped text, and a text merged across columns uses their width", () => {
    const b = new SheetBuilder({ row: 0, col: 0 }, [10, 10]);
    b.text(0, 0, "短", "text");
    b.text(1, 0, "很".repeat(40), "text");
    b.text(2, 0, "很".repeat(40), "text", { cols: 2 });
    const [short, tall, wide] = b.rowHeights().map((h) => h.height);
    expect(tall).toBeGreaterThan(wide);
    expect(wide).toBeGreaterThan(short);
  });
});

describe("text size", () => {
  it("counts a Han character about twice a digit", () => {
    expect(textWidth("预算")).toBeCloseTo(2 * textWidth("12"), 0);
    expect(wrappedLines("一二三四五", 12)).toBe(1);
    expect(wrappedLines("一二三四五六", 12)).toBe(2);
    expect(wrappedLines("一\n二", 40)).toBe(2);
  });
});

describe("uniqueSheetName", () => {
  it("numbers a taken name, ignoring case, within Excel's 31 characters", () => {
    expect(uniqueSheetName("绩效自评表", ["Sheet1"])).toBe("绩效自评表");
    expect(uniqueSheetName("绩效自评表", ["绩效自评表", "绩效自评表 (2)"])).toBe("绩效自评表 (3)");
    expect(uniqueSheetName("Table", ["TABLE"])).toBe("Table (2)");
    const long = "表".repeat(31);
    const next = uniqueSheetName(long, [long]);
    expect(next).toHaveLength(31);
    expect(next.endsWith(" (2)")).toBe(true);
  });
});
