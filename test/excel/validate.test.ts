import { JxError } from "../../src/core/errors";
import { Grid } from "../../src/core/grid";
import { rangeAddress } from "../../src/core/address";
import { clearMarks, isMarkFormula, markFindings, markFormula } from "../../src/excel/markFindings";
import { gridFrom, queueGridRead } from "../../src/excel/readGrid";
import { NO_TABLE, selectFinding, validateActiveSheet } from "../../src/excel/validate";
import { fakeExcel, FakeConditionalFormat, FakeContext, FakeWorksheet, fakeRequirements, parseRect } from "../support/fakeExcel";
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
    const queued = queueGridRead(sheet as unknown as Excel.Worksheet, modern);
    await context.sync();
    const got = gridFrom(queued);
    expect(got.origin).toEqual({ row: 2, col: 1 });
    expect(got.merges).toEqual([...grid.merges, { top: -2, left: -1, bottom: -2, right: -1 }]);
    const report = await validateActiveSheet(asExcel(context), modern);
    expect(report.tables[0].summary).toMatchObject({ range: "B3:H22", family: "mof-2020-framework" });
    expect(report.tables[0].findings).toEqual([]);
  });

  it("reads each cell's number format in the same sync, so a %-formatted 1.6 is 160 %", async () => {
    const { context, sheet } = workbookWith(seedGrid());
    sheet.cell(5, 4).numberFormat = "0.00%";
    const queued = queueGridRead(sheet as unknown as Excel.Worksheet, modern);
    await context.sync();
    const got = gridFrom(queued);
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

describe("标记问题 and 清除标记", () => {
  async function planted() {
    const grid = withCell(withCell(seedGrid(), "F12", 35), "D23", 99);
    const { context, sheet } = workbookWith(grid);
    // The user's own conditional format on the score column, which our marks must leave alone.
    sheet.conditionalFormats.push({ id: "{user}", type: "Custom", ranges: [parseRect("F5:F22")], formula: "=F5>10", format: { fill: "#00B050", borders: {} } });
    const report = await validateActiveSheet(asExcel(context), modern);
    return { context, sheet, findings: report.tables[0].findings };
  }
  const ours = (sheet: FakeWorksheet) => sheet.conditionalFormats.filter((f) => isMarkFormula(f.formula ?? ""));
  const areas = (f: FakeConditionalFormat) => f.ranges.map((r) => rangeAddress(r.top, r.left, r.bottom, r.right));

  it("marks the findings' cells with one conditional format of ours, in three syncs, changing no value and no cell's format", async () => {
    const { context, sheet, findings } = await planted();
    const cells = JSON.stringify([...sheet.cells]);
    context.syncCount = 0;
    expect(await markFindings(asExcel(context), "自评表", findings, modern)).toBe(2);
    expect(context.syncCount).toBe(3);
    expect(ours(sheet)).toHaveLength(1);
    expect(ours(sheet)[0]).toMatchObject({
      type: "Custom",
      formula: markFormula("error"),
      format: { fill: "#FFC7CE", fontColor: "#9C0006", borders: { EdgeTop: "Continuous", EdgeRight: "Continuous" } },
    });
    expect(areas(ours(sheet)[0]).sort()).toEqual(["D23", "F12"]);
    expect(JSON.stringify([...sheet.cells])).toBe(cells);
    expect(sheet.conditionalFormats.map((f) => f.id)).toContain("{user}");
  });

  it("marks warnings amber and a cell with an error and a warning red", async () => {
    const { context, sheet } = workbookWith(seedGrid());
    const finding = (cell: string, severity: "error" | "warning") => ({ rule: "grade", messageId: "mismatch", severity, cell, message: { zh: "", en: "" } });
    await markFindings(asExcel(context), "自评表", [finding("A31", "warning"), finding("B5", "warning"), finding("B5", "error")], modern);
    const byFormula = Object.fromEntries(ours(sheet).map((f) => [f.formula, { areas: areas(f), fill: f.format.fill }]));
    expect(byFormula).toEqual({ [markFormula("warning")]: { areas: ["A31"], fill: "#FFEB9C" }, [markFormula("error")]: { areas: ["B5"], fill: "#FFC7CE" } });
  });

  it("replaces its own marks when marking again, so a second mark before clearing is safe", async () => {
    const { context, sheet, findings } = await planted();
    await markFindings(asExcel(context), "自评表", findings, modern);
    await markFindings(asExcel(context), "自评表", findings.slice(0, 1), modern);
    expect(ours(sheet).map(areas)).toEqual([[findings[0].cell]]);
    expect(sheet.conditionalFormats).toHaveLength(2);
  });

  it("clears exactly its marks from every sheet, after a rename and a row insertion, and leaves the user's rules", async () => {
    const { context, sheet, findings } = await planted();
    const before = sheet.snapshot();
    await markFindings(asExcel(context), "自评表", findings, modern);
    sheet.sheetName = "自评表（改名）";
    sheet.insert("rows", 7, 2);
    const moved = sheet.snapshot();
    expect(areas(ours(sheet)[0]).sort()).toEqual(["D25", "F14"]);
    context.syncCount = 0;
    expect(await clearMarks(asExcel(context))).toBe(1);
    expect(context.syncCount).toBe(4);
    expect(ours(sheet)).toEqual([]);
    // What is left is the sheet as it was, with the user's own rule moved by the insertion as Excel moves it.
    expect(JSON.parse(sheet.snapshot())).toEqual({
      ...JSON.parse(moved),
      conditionalFormats: JSON.parse(moved).conditionalFormats.filter((f: FakeConditionalFormat) => !isMarkFormula(f.formula ?? "")),
    });
    expect(JSON.parse(before).conditionalFormats[0].ranges).toEqual([{ top: 4, left: 5, bottom: 21, right: 5 }]);
    expect(sheet.conditionalFormats[0].ranges).toEqual([{ top: 4, left: 5, bottom: 23, right: 5 }]);
    expect(await clearMarks(asExcel(context))).toBe(0);
  });

  it("puts at most 100 cells in one mark", async () => {
    const { context, sheet } = workbookWith(seedGrid());
    const findings = Array.from({ length: 250 }, (_, i) => ({
      rule: "score-invalid",
      messageId: "missing",
      severity: "error" as const,
      cell: `H${i + 1}`,
      message: { zh: "", en: "" },
    }));
    expect(await markFindings(asExcel(context), "自评表", findings, modern)).toBe(250);
    expect(
      ours(sheet)
        .map((f) => f.ranges.length)
        .sort(),
    ).toEqual([100, 100, 50]);
  });

  it("refuses to mark on an Excel too old for conditional formats over several areas", async () => {
    const { context, findings } = await planted();
    await expect(markFindings(asExcel(context), "自评表", findings, fakeRequirements(8))).rejects.toThrow(JxError);
  });
});
