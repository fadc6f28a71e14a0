import { JxError } from "../../src/core/errors";
import { explainError } from "../../src/taskpane/explainError";
import { buildSheetPlan } from "../../src/core/plan";
import { getRulebook } from "../../src/core/rulebooks";
import { generatedRulebook } from "../../bench/insert.bench";
import { excelContent, widthInPoints } from "../../src/excel/applyPlan";
import { insertSheetPlan, insertTemplate, InsertRequest } from "../../src/excel/insertTable";
import { Requirements } from "../../src/excel/readGrid";
import { FakeContext, fakeExcel, fakeRequirements, FakeWorksheet } from "../support/fakeExcel";

const FIELDS = { projectName: "信息化运行维护", department: "上海市崇明区人民检察院", implementer: "检务保障部", year: "2018" };
const REQUEST: InsertRequest = { family: "sh-2018", fields: FIELDS, example: true, target: "newSheet" };
const MODERN = fakeRequirements(17);

const insert = (context: FakeContext, request: InsertRequest = REQUEST, requirements: Requirements | null = MODERN) =>
  insertTemplate(context as unknown as Excel.RequestContext, request, requirements);

describe("insertTemplate into a new worksheet", () => {
  it("writes the whole sh-2018 table in at most two syncs, into a new active sheet", async () => {
    const { context, workbook } = fakeExcel(["Sheet1"]);
    const result = await insert(context);
    expect(context.syncCount).toBeLessThanOrEqual(2);
    expect(result).toEqual({ sheetName: "绩效自评表", address: "A1:G24", total: 97, grade: "优秀" });
    const sheet = workbook.worksheets.find("绩效自评表")!;
    expect(workbook.worksheets.activeName).toBe("绩效自评表");
    expect(sheet.peek("F23")?.formula).toBe("=SUM(F5,F12,F17)");
    expect(sheet.peek("F8")?.formula).toContain("JX.RULESCORE(G3,E8,D8)");
    expect(sheet.peek("B6")?.value).toBe("项目设立的规范性");
    expect(sheet.peek("D6")?.value).toBe(5);
    expect(sheet.peek("F6")?.numberFormat).toBe("0.00");
    expect(sheet.peek("G3")?.numberFormat).toBe("0.00%");
    expect(sheet.peek("B3")?.numberFormat).toBe("#,##0.00");
  });

  it("applies merges, formats, validations, names, freeze and page setup", async () => {
    const { context, workbook } = fakeExcel(["Sheet1"]);
    await insert(context);
    const sheet = workbook.worksheets.find("绩效自评表")!;
    const plan = buildSheetPlan(getRulebook("sh-2018"), FIELDS, { example: true });
    expect(sheet.merges).toEqual(plan.merges);
    expect(sheet.merges).toContainEqual({ top: 4, left: 0, bottom: 10, right: 0 });
    expect(sheet.peek("A4")?.format).toMatchObject({ fill: "#D9E1F2", bold: true, horizontalAlignment: "Center" });
    expect(sheet.peek("F13")?.format.fill).toBe("#FFF2CC");
    expect(sheet.peek("E6")?.format).toMatchObject({ wrapText: true, borders: { EdgeTop: "Continuous", EdgeLeft: "Continuous" } });
    const scoreRule = sheet.validations.find((v) => v.range.top === 12 && v.range.left === 5)!;
    expect(scoreRule.rule).toEqual({ decimal: { formula1: 0, formula2: "=D13", operator: "Between" } });
    expect(JSON.stringify(scoreRule.errorAlert)).toContain("自评分");
    expect(sheet.validations.some((v) => JSON.stringify(v.rule).includes("✓,✗"))).toBe(true);
    expect(sheet.names.list.map((n) => [n.name, n.formula])).toEqual([
      ["JX_TOTAL", "='绩效自评表'!$F$23"],
      ["JX_GRADE", "='绩效自评表'!$F$24"],
      ["JX_TEMPLATE", '="sh-2018@1"'],
    ]);
    expect(sheet.freezePanes.frozenRows).toBe(4);
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printArea: "A1:G24", printTitleRows: "$4:$4" });
    expect(sheet.pageLayout.zoom.horizontalFitToPages).toBe(1);
    expect(sheet.pageLayout.headersFooters.defaultForAllPages.centerFooter).toContain("&P");
    expect(sheet.columnWidths.get(4)).toBe(widthInPoints(48));
    expect(sheet.rowHeights.get(5)).toBe(plan.rowHeights[5].height);
  });

  it("leaves an existing 绩效自评表 untouched and names the new one 绩效自评表 (2)", async () => {
    const { context, workbook } = fakeExcel(["绩效自评表", "Sheet2"]);
    const existing = workbook.worksheets.find("绩效自评表")!;
    existing.seed("A1", [
      ["我的数据", 1],
      [2, 3],
    ]);
    const before = existing.snapshot();
    const result = await insert(context);
    expect(result.sheetName).toBe("绩效自评表 (2)");
    expect(existing.snapshot()).toBe(before);
    expect(workbook.worksheets.find("Sheet2")!.cells.size).toBe(0);
    expect(workbook.worksheets.activeName).toBe("绩效自评表 (2)");
  });

  it("writes a 1,000-row rulebook in two syncs, with block writes", async () => {
    const rulebook = generatedRulebook(10, 100);
    const { context, workbook } = fakeExcel(["Sheet1"]);
    const plan = buildSheetPlan(rulebook, FIELDS, { example: true });
    const planAt = (origin?: { row: number; col: number }) => buildSheetPlan(rulebook, FIELDS, { example: true, origin });
    const result = await insertSheetPlan(context as unknown as Excel.RequestContext, planAt, "newSheet");
    expect(context.syncCount).toBe(2);
    expect(result.total).toBeCloseTo(100, 9);
    const sheet = workbook.worksheets.find("绩效自评表") as FakeWorksheet;
    expect(sheet.peek(`F${plan.extent.bottom}`)?.formula).toMatch(/^=SUM\(/);
    // Far fewer proxy calls than cells: one write per block, one call set per styled area.
    const cells = (plan.extent.bottom + 1) * (plan.extent.right + 1);
    expect(context.callCount).toBeLessThan(cells / 4);
  });
});

describe("insertTemplate at the selection", () => {
  it("writes into an empty area with formulas that point at their own cells, leaving the sheet's setup alone", async () => {
    const { context, workbook } = fakeExcel(["Sheet1"]);
    const sheet = workbook.worksheets.find("Sheet1")!;
    sheet.seed("A1", [["备注：下表为评分表"]]);
    workbook.selection = { sheet, rect: { top: 2, left: 1, bottom: 2, right: 1 } };
    const result = await insert(context, { ...REQUEST, target: "selection" });
    expect(context.syncCount).toBe(2);
    expect(result).toMatchObject({ sheetName: "Sheet1", address: "B3:H26", total: 97 });
    expect(sheet.peek("G25")?.formula).toBe("=SUM(G7,G14,G19)");
    expect(sheet.peek("A1")?.value).toBe("备注：下表为评分表");
    expect(sheet.freezePanes.frozenRows).toBe(0);
    expect(sheet.pageLayout.printArea).toBeNull();
    expect(workbook.worksheets.sheets).toHaveLength(1);
  });

  it("refuses a target that is not empty, in Chinese and English, and changes nothing", async () => {
    const { context, workbook } = fakeExcel(["Sheet1"]);
    const sheet = workbook.worksheets.find("Sheet1")!;
    sheet.seed("E10", [["已有内容"]]);
    workbook.selection = { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    const before = sheet.snapshot();
    const error = await insert(context, { ...REQUEST, target: "selection" }).catch((e) => e);
    expect(error).toBeInstanceOf(JxError);
    expect(error.text.zh).toMatch(/A1:R24 中已有内容/);
    expect(error.text.en).toMatch(/not empty/);
    expect(sheet.snapshot()).toBe(before);
    expect(context.syncCount).toBe(1);
  });

  it("refuses a sheet that already holds a table", async () => {
    const { context, workbook } = fakeExcel(["Sheet1"]);
    const sheet = workbook.worksheets.find("Sheet1")!;
    workbook.selection = { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    await insert(context, { ...REQUEST, target: "selection" });
    workbook.selection = { sheet, rect: { top: 40, left: 0, bottom: 40, right: 0 } };
    const error = await insert(context, { ...REQUEST, target: "selection" }).catch((e) => e);
    expect(error.text.zh).toContain("JX_TOTAL");
  });
});

describe("insertTemplate refuses", () => {
  it("an Excel too old for the APIs it uses, before touching the workbook", async () => {
    const { context, workbook } = fakeExcel(["Sheet1"]);
    const error = await insert(context, REQUEST, fakeRequirements(8)).catch((e) => e);
    expect(error).toBeInstanceOf(JxError);
    expect(error.text.zh).toContain("ExcelApi 1.9");
    expect(error.text.en).toContain("too old");
    expect(context.syncCount).toBe(0);
    expect(workbook.worksheets.sheets).toHaveLength(1);
    const noOffice = await insert(context, REQUEST, null).catch((e) => e);
    expect(noOffice).toBeInstanceOf(JxError);
  });

  it("passes on what Excel refuses with its code, for the task pane to explain in plain words", async () => {
    const { context } = fakeExcel();
    const sync = context.sync.bind(context);
    const refusal = Object.assign(new Error("The cell is being edited."), { code: "InvalidOperationInCellEditMode" });
    context.sync = async () => {
      await sync();
      if (context.syncCount === 2) throw refusal;
    };
    await expect(insert(context)).rejects.toBe(refusal);
    expect(explainError("zh", refusal)).toContain("按 Enter 或 Esc");
  });

  it("an unknown family, naming the ones there are", async () => {
    const { context } = fakeExcel();
    const error = await insert(context, { ...REQUEST, family: "sh-2099" }).catch((e) => e);
    expect(error.text.zh).toContain("sh-2018");
    expect(context.syncCount).toBe(0);
  });
});

describe("cell contents", () => {
  it("keeps typed text that looks like a formula as text", () => {
    expect(excelContent({ value: '=HYPERLINK("x")' })).toBe('\'=HYPERLINK("x")');
    expect(excelContent({ value: "-项目" })).toBe("'-项目");
    expect(excelContent({ value: 3.5 })).toBe(3.5);
    expect(excelContent({ value: 8, formula: "=SUM(A1)" })).toBe("=SUM(A1)");
    expect(excelContent(null)).toBe("");
  });

  it("stores a project name starting with = as text in the sheet", async () => {
    const { context, workbook } = fakeExcel(["Sheet1"]);
    await insert(context, { ...REQUEST, fields: { ...FIELDS, projectName: "=1+1" } });
    const cell = workbook.worksheets.find("绩效自评表")!.peek("B2")!;
    expect(cell.formula).toBeNull();
    expect(cell.value).toBe("'=1+1");
  });
});
