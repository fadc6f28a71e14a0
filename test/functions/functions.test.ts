import { execRateScoreFn, gradeFn, indicatorScoreFn, ruleScoreFn } from "../../src/functions/functions";
import { defineJx, invoke, MAX_PARAMS } from "../../src/functions/invoke";

type ExcelError = { code: string; message: string };
const setLanguage = (displayLanguage: string | undefined) => {
  (globalThis as unknown as { Office?: unknown }).Office = displayLanguage === undefined ? undefined : { context: { displayLanguage } };
};

afterEach(() => setLanguage(undefined));

describe("the Excel wrappers", () => {
  it("spill one score per row when given column ranges, broadcasting single cells", () => {
    const result = execRateScoreFn([[75.81], [68], [60]], [[80]], [[8]], [["区间"]]);
    expect(result).toEqual([[8], [7], [5]]);
  });

  it("read numbers as people type them", () => {
    expect(execRateScoreFn([["75.81万元"]], [["80万元"]], [["８"]], [["banded"]])).toEqual([[8]]);
  });

  it("take documented defaults for omitted (null) optional arguments", () => {
    expect(execRateScoreFn([[50]], [[100]], null as never, null as never)).toEqual([[5]]);
  });

  it("read a text argument as typed, a blank one (spaces, full-width spaces) as omitted", () => {
    // 75 % of 80 万元 under W = 8: the banded rule gives 5, the proportional default 6.
    expect(execRateScoreFn([[60]], [[80]], [[8]], [[" 区间 "]])).toEqual([[5]]);
    expect(execRateScoreFn([[60]], [[80]], [[8]], [["\u3000区间"]])).toEqual([[5]]);
    for (const blank of ["", "  ", "\u3000", "\t"]) expect(execRateScoreFn([[60]], [[80]], [[8]], [[blank]])).toEqual([[6]]);
  });

  it("return #DIV/0! with a Chinese message for a zero budget", () => {
    const [[cell]] = execRateScoreFn([[10]], [[0]], [[8]], [["区间"]]) as ExcelError[][];
    expect(cell.code).toBe("#DIV/0!");
    expect(cell.message).toContain("全年预算数为0");
  });

  it("speak English in an English Excel", () => {
    setLanguage("en-US");
    const [[cell]] = execRateScoreFn([["abc"]], [[80]], null as never, null as never) as ExcelError[][];
    expect(cell.code).toBe("#VALUE!");
    expect(cell.message).toBe("amount executed must be a number, not “abc”");
    setLanguage("zh-CN");
    const [[zh]] = execRateScoreFn([["abc"]], [[80]], null as never, null as never) as ExcelError[][];
    expect(zh.message).toBe("全年执行数应为数字，而不是“abc”");
  });

  it("keep a bad row's error in its own cell and score the others", () => {
    const result = execRateScoreFn([[75.81], ["缺"], [80]], [[80]], [[8]], [["区间"]]) as unknown[][];
    expect(result[0][0]).toBe(8);
    expect((result[1][0] as ExcelError).code).toBe("#VALUE!");
    expect(result[2][0]).toBe(8);
  });

  it("spill when a range follows an argument that cannot be read: every row shows that argument's error", () => {
    const result = execRateScoreFn([[75.81]], [[80]], [["八分"]], [["区间"], ["比例"]]) as ExcelError[][];
    expect(result).toHaveLength(2);
    for (const [cell] of result) expect(cell.message).toBe("分值应为数字，而不是“八分”");
  });

  it("read a single cell passed as a bare value, as a 1×1 range or as a one-cell row", () => {
    expect(execRateScoreFn(75.81 as never, [80] as never, [[8]], "区间" as never)).toEqual([[8]]);
  });

  it("answer a shape Excel never passes (a one-cell list holding nothing) with an error in the cell, not an exception", () => {
    const [[cell]] = execRateScoreFn([[75.81]], [null] as never, [[8]], [["区间"]]) as ExcelError[][];
    expect(cell.code).toBe("#VALUE!");
  });

  it("refuse ranges of different sizes", () => {
    const [[cell]] = execRateScoreFn([[1], [2]], [[1], [2], [3]], null as never, null as never) as ExcelError[][];
    expect(cell.message).toContain("区域大小");
  });

  it("give #N/A for a qualitative target, to be scored by hand", () => {
    const [[cell]] = indicatorScoreFn([["严格执行相关制度规定"]], [[1]], [[8]], null as never) as ExcelError[][];
    expect(cell.code).toBe("#N/A");
    expect(cell.message).toContain("手工评分");
  });

  it("give an error, not a score, for a rule text it cannot read", () => {
    const [[cell]] = ruleScoreFn([[0.85]], [["按实际情况酌情打分"]], null as never) as ExcelError[][];
    expect(cell.code).toBe("#VALUE!");
  });

  it("grade a column of totals", () => {
    expect(gradeFn([[97], [85], [60], [59.99]], null as never)).toEqual([["优"], ["良"], ["中"], ["差"]]);
  });
});

describe("INDICATORSCORE with units", () => {
  it("scales an actual written in another multiple of the target's unit, and refuses unrelated units", () => {
    expect(indicatorScoreFn([["≥1万人次"]], [["8000人次"]], [[10]], null as never)).toEqual([[8]]);
    expect(indicatorScoreFn([["≥95%"]], [[90]], [[10]], null as never)).toEqual([[9.47]]);
    const [[mismatch]] = indicatorScoreFn([["≥50个"]], [["40次"]], [[8]], null as never) as ExcelError[][];
    expect(mismatch.code).toBe("#VALUE!");
    expect(mismatch.message).toContain("次");
    const [[blank]] = indicatorScoreFn([["≥50个"]], [[""]], [[8]], null as never) as ExcelError[][];
    expect(blank.message).toContain("缺少实际完成值");
  });
});

describe("defineJx", () => {
  it("refuses a function with more parameters than invoke reads for one cell", () => {
    const param = { name: "x", type: "value", label: { zh: "x", en: "x" } } as const;
    expect(() => defineJx({ id: "FIVE", params: Array(MAX_PARAMS + 1).fill(param), compute: () => 0 })).toThrow(/at most 4/);
    expect(invoke(defineJx({ id: "FOUR", params: Array(MAX_PARAMS).fill(param), compute: (...args) => args.length }), String, 1, 2, 3, 4)).toEqual([[4]]);
  });
});
