import { reviewGrids, reviewWorkbook, unreadableFile } from "../../src/core/review";
import { writeReview } from "../../src/excel/writeReview";
import { seedGrid } from "../fixtures/seed";
import { withCell } from "../fixtures/tables";
import { rangeAddress } from "../../src/core/address";
import { fakeExcel, FakeContext, FakeWorksheet, Rect } from "../support/fakeExcel";

const asExcel = (context: FakeContext) => context as unknown as Excel.RequestContext;

const REVIEWS = [
  reviewGrids('=HYPERLINK("x").xlsx', [seedGrid()]),
  reviewGrids("错.xlsx", [withCell(seedGrid(), "F12", 35), withCell(seedGrid({ sheet: "第二表" }), "F5", 30)]),
  unreadableFile("坏.xlsx", new Error("end of central directory not found")),
];

/** A sheet's Excel tables and conditional formats (highest priority first), areas as addresses. */
function formatting(sheet: FakeWorksheet) {
  const address = (r: Rect) => rangeAddress(r.top, r.left, r.bottom, r.right);
  return {
    tables: sheet.tables.list.map(({ rect, ...table }) => ({ ...table, address: address(rect) })),
    conditionalFormats: sheet.conditionalFormats.map((f) => ({ type: f.type, ranges: f.ranges.map(address), formula: f.formula, format: f.format })),
  };
}

/** A sheet's cells as rows of what Excel holds (formula or value), from A1 to the given size. */
function cells(sheet: FakeWorksheet, rows: number, cols: number, pick: "value" | "numberFormat" = "value"): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => sheet.peek(`${String.fromCharCode(65 + c)}${r + 1}`)?.[pick] ?? ""));
}

describe("writeReview", () => {
  it("adds 审核汇总 and 审核明细 under names not yet taken, as Excel tables, in two syncs, changing no other sheet", async () => {
    const { context, workbook } = fakeExcel(["封面", "审核汇总"]);
    workbook.worksheets.find("封面")!.seed("A1", [["封面", 1]]);
    workbook.worksheets.find("审核汇总")!.seed("A1", [["上一次的审核"]]);
    const before = workbook.worksheets.sheets.map((s) => s.snapshot());
    const review = reviewWorkbook(REVIEWS, "zh");

    const written = await writeReview(asExcel(context), review);

    expect(written).toEqual({ summarySheet: "审核汇总 (2)", detailSheet: "审核明细" });
    expect(context.syncCount).toBe(2);
    expect(workbook.worksheets.sheets.slice(0, 2).map((s) => s.snapshot())).toEqual(before);
    expect(workbook.worksheets.sheets.map((s) => s.sheetName)).toEqual(["封面", "审核汇总", "审核汇总 (2)", "审核明细"]);
    expect(workbook.worksheets.active().sheetName).toBe("审核汇总 (2)");

    const summary = workbook.worksheets.find("审核汇总 (2)")!;
    const width = review.summary.columns.length;
    const shown = review.summary.rows.map((row) => row.map((v) => (v === null ? "" : v)));
    // A file name that starts like a formula is written as text.
    shown[0][0] = '\'=HYPERLINK("x").xlsx';
    expect(cells(summary, 5, width)).toEqual([review.summary.columns.map((c) => c.header), ...shown]);
    expect(cells(summary, 2, width, "numberFormat")[1]).toEqual(review.summary.columns.map((c) => c.numberFormat));
    expect(summary.freezePanes.frozenRows).toBe(1);
    expect(summary.columnWidths.get(0)).toBeGreaterThan(summary.columnWidths.get(10)!);
    expect(formatting(summary)).toEqual({
      tables: [{ name: "Table1", address: "A1:N5", hasHeaders: true, style: "TableStyleMedium2", showFilterButton: true }],
      // Each added on top of the last: the warning's rule has the higher priority; no row meets both.
      conditionalFormats: [
        { ranges: ["A2:N5"], type: "Custom", formula: "=AND($K2=0,$L2>0)", format: { fill: "#FFEB9C", fontColor: "#9C5700", borders: {} } },
        { ranges: ["A2:N5"], type: "Custom", formula: '=OR($K2>0,$M2="无法读取")', format: { fill: "#FFC7CE", fontColor: "#9C0006", borders: {} } },
      ],
    });

    const detail = workbook.worksheets.find("审核明细")!;
    expect(review.detail.rows.map((r) => r[2])).toEqual(["F12", "F5"]);
    expect(cells(detail, 3, 8)).toEqual([review.detail.columns.map((c) => c.header), ...review.detail.rows.map((row) => row.map((v) => v ?? ""))]);
    expect(formatting(detail).tables.map((t) => t.address)).toEqual(["A1:H3"]);
    expect(formatting(detail).tables[0].name).toBe("Table2");
  });

  it("writes a large review in blocks that each fit one request, with the same contents", async () => {
    const many = Array.from({ length: 40 }, (_, i) => reviewGrids(`文件${i}.xlsx`, [withCell(seedGrid(), "F12", 35)]));
    const review = reviewWorkbook(many, "zh");
    const whole = fakeExcel(["Sheet1"]);
    await writeReview(asExcel(whole.context), review);
    const split = fakeExcel(["Sheet1"]);
    await writeReview(asExcel(split.context), review, 2_000);

    expect(whole.context.syncCount).toBe(2);
    expect(split.context.syncCount).toBeGreaterThan(3);
    for (const name of ["审核汇总", "审核明细"]) {
      expect(split.workbook.worksheets.find(name)!.snapshot()).toBe(whole.workbook.worksheets.find(name)!.snapshot());
    }
  });

  it("gives a review with no finding a 审核明细 of its header only", async () => {
    const { context, workbook } = fakeExcel(["Sheet1"]);
    await writeReview(asExcel(context), reviewWorkbook([reviewGrids("好.xlsx", [seedGrid()])], "en"));
    expect(workbook.worksheets.sheets.map((s) => s.sheetName)).toEqual(["Sheet1", "Review summary", "Review findings"]);
    expect(cells(workbook.worksheets.find("Review findings")!, 2, 2)).toEqual([
      ["File", "Sheet"],
      ["", ""],
    ]);
  });
});
