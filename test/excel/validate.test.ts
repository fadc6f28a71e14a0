import { JxError } from "../../src/core/errors";
import { Grid } from "../../src/core/grid";
import { clearMarks, markFindings, MarkStore } from "../../src/excel/markFindings";
import { queueGridRead } from "../../src/excel/readGrid";
import { NO_TABLE, selectFinding, validateActiveSheet } from "../../src/excel/validate";
import { fakeExcel, FakeContext, FakeWorksheet, fakeRequirements } from "../support/fakeExcel";
import { seedGrid } from "../fixtures/seed";
import { withCell } from "../fixtures/tables";

const modern = fakeRequirements(13);
const asExcel = (context: FakeContext) => context as unknown as Excel.RequestContext;

/** Writes a grid into a fake sheet as Excel holds it (blank cells read as ""), with formats of its own. */
function putGrid(sheet: FakeWorksheet, grid: Grid): void {
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = sheet.cell(r, c);
      cell.value = value ?? "";
      cell.formula = grid.formulas[r]?.[c] ?? null;
      // The user's own formats: a header fill, bold first-level names, thin borders, a yellow input column.
      if (r === 3) Object.assign(cell.format, { fill: "#D9E1F2", bold: true });
      if (c === 0 && value) cell.format.bold = true;
      if (c === 5 && r > 3) Object.assign(cell.format, { fill: "#FFF2CC", fontColor: "#1F4E79" });
      cell.format.borders = { EdgeTop: "Continuous", EdgeBottom: "Continuous", EdgeLeft: "Continuous", EdgeRight: "Dash" };
    }),
  );
  sheet.merges.push(...grid.merges);
}

function workbookWith(grid: Grid) {
  const { context, workbook } = fakeExcel(["封面", "自评表"]);
  const sheet = workbook.worksheets.find("自评表")!;
  putGrid(sheet, grid);
  workbook.worksheets.activeName = "自评表";
  return { context, sheet };
}

describe("校验 on the active sheet", () => {
  it("reads the used range, merges and names in one sync and finds nothing wrong in the seed's table", async () => {
    const { context } = workbookWith(seedGrid({ mergeGroups: true }));
    const report = await validateActiveSheet(asExcel(context), modern);
    expect(context.syncCount).toBe(1);
    expect(report.sheet).toBe("自评表");
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0].findings).toEqual([]);
    expect(report.tables[0].summary).toMatchObject({ range: "A4:G23", family: "sh-2018", totalWeight: 100, totalScore: 97 });
    expect(report.summary).toEqual({ total: 97, grade: null, errors: 0, warnings: 0 });
    expect(report.notice).toBeNull();
  });

  it("reports a planted error on its cell", async () => {
    const { context } = workbookWith(withCell(seedGrid(), "F12", 35));
    const report = await validateActiveSheet(asExcel(context), modern);
    expect(report.tables[0].findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([["score-subtotal", "F12", 34, 35]]);
    expect(report.summary).toEqual({ total: 97, grade: null, errors: 1, warnings: 0 });
  });

  it("builds the grid from where the used range starts, with its merged areas and the sheet's marker", async () => {
    const { context, workbook } = fakeExcel(["表"]);
    const sheet = workbook.worksheets.find("表")!;
    const grid = seedGrid({ above: [], mergeGroups: true });
    grid.values.forEach((row, r) => row.forEach((v, c) => (sheet.cell(r + 2, c + 1).value = v ?? "")));
    sheet.merges.push(...grid.merges.map((m) => ({ top: m.top + 2, left: m.left + 1, bottom: m.bottom + 2, right: m.right + 1 })));
    sheet.names.add("JX_TEMPLATE", '="mof-2020-framework@1"');
    // A merged title far off to the left and above stays outside the grid.
    sheet.merges.push({ top: 0, left: 0, bottom: 0, right: 0 });
    const read = queueGridRead(sheet as unknown as Excel.Worksheet, modern);
    await context.sync();
    const got = read();
    expect(got.origin).toEqual({ row: 2, col: 1 });
    expect(got.merges).toEqual([...grid.merges, { top: -2, left: -1, bottom: -2, right: -1 }]);
    const report = await validateActiveSheet(asExcel(context), modern);
    expect(report.tables[0].summary).toMatchObject({ range: "B3:H22", family: "mof-2020-framework" });
    expect(report.tables[0].findings).toEqual([]);
  });

  it("reads each cell's number format in the same sync, so a %-formatted 1.6 is 160 %", async () => {
    const { context, sheet } = workbookWith(seedGrid());
    sheet.cell(5, 4).numberFormat = "0.00%";
    const read = queueGridRead(sheet as unknown as Excel.Worksheet, modern);
    await context.sync();
    const got = read();
    expect(context.syncCount).toBe(1);
    expect(got.formats[5][4]).toBe("0.00%");
    expect(got.formats[5][3]).toBe("General");
  });

  it("still reads a table on an Excel without merged-area reading", async () => {
    const { context } = workbookWith(seedGrid({ mergeGroups: true }));
    const report = await validateActiveSheet(asExcel(context), fakeRequirements(9));
    expect(report.tables[0].findings).toEqual([]);
  });

  it("says so when the sheet holds no indicator table", async () => {
    const { context } = fakeExcel(["空白"]);
    const report = await validateActiveSheet(asExcel(context), modern);
    expect(report.tables).toEqual([]);
    expect(report.notice).toEqual(NO_TABLE);
    expect(report.summary).toEqual({ total: null, grade: null, errors: 0, warnings: 0 });
  });

  it("selects a finding's cell on its sheet", async () => {
    const { context, sheet } = workbookWith(seedGrid());
    context.workbook.worksheets.activeName = "封面";
    await selectFinding(asExcel(context), "自评表", "F12");
    expect(context.workbook.worksheets.activeName).toBe("自评表");
    expect(context.workbook.selection).toEqual({ sheet, rect: { top: 11, left: 5, bottom: 11, right: 5 } });
  });
});

describe("标记问题单元格 and 清除标记", () => {
  async function planted() {
    const grid = withCell(withCell(seedGrid(), "F12", 35), "D23", 99);
    const { context, sheet } = workbookWith(grid);
    const report = await validateActiveSheet(asExcel(context), modern);
    return { context, sheet, findings: report.tables[0].findings };
  }

  it("highlights the cells of the findings without changing a value, in two syncs", async () => {
    const { context, sheet, findings } = await planted();
    const values = JSON.stringify([...sheet.cells.values()].map((c) => [c.value, c.formula]));
    context.syncCount = 0;
    const marked = await markFindings(asExcel(context), "自评表", findings, new MarkStore(), modern);
    expect(marked).toBe(2);
    expect(context.syncCount).toBe(2);
    expect(sheet.peek("F12")!.format).toMatchObject({ fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(sheet.peek("D23")!.format.fill).toBe("#FFC7CE");
    expect(JSON.stringify([...sheet.cells.values()].map((c) => [c.value, c.formula]))).toBe(values);
  });

  it("restores every marked cell's own fill, font and borders exactly, even after marking twice", async () => {
    const { context, sheet, findings } = await planted();
    const before = sheet.snapshot();
    const marks = new MarkStore();
    await markFindings(asExcel(context), "自评表", findings, marks, modern);
    await markFindings(asExcel(context), "自评表", findings, marks, modern);
    expect(sheet.snapshot()).not.toBe(before);
    expect(await clearMarks(asExcel(context), marks)).toBe(2);
    expect(sheet.snapshot()).toBe(before);
    expect(await clearMarks(asExcel(context), marks)).toBe(0);
  });

  it("restores a cell that had no fill and no borders to none", async () => {
    const { context, sheet } = workbookWith(seedGrid());
    sheet.cell(30, 0).value = "说明";
    const before = sheet.snapshot();
    const marks = new MarkStore();
    const finding = { rule: "grade", severity: "warning" as const, cell: "A31", message: { zh: "", en: "" } };
    await markFindings(asExcel(context), "自评表", [finding], marks, modern);
    expect(sheet.peek("A31")!.format).toMatchObject({ fill: "#FFEB9C", borders: { EdgeTop: "Continuous" } });
    await clearMarks(asExcel(context), marks);
    expect(sheet.snapshot()).toBe(before);
  });

  it("skips a sheet deleted since it was marked", async () => {
    const { context, sheet, findings } = await planted();
    const marks = new MarkStore();
    await markFindings(asExcel(context), "自评表", findings, marks, modern);
    context.workbook.worksheets.sheets.splice(context.workbook.worksheets.sheets.indexOf(sheet), 1);
    expect(await clearMarks(asExcel(context), marks)).toBe(0);
    expect(marks.size).toBe(0);
  });

  it("refuses to mark on an Excel too old to restore formats", async () => {
    const { context, findings } = await planted();
    await expect(markFindings(asExcel(context), "自评表", findings, new MarkStore(), fakeRequirements(8))).rejects.toThrow(JxError);
  });
});
