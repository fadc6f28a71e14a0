import { insertTemplate } from "../../src/excel/insertTable";
import { insertSummaryChart } from "../../src/excel/summaryChart";
import { validateActiveSheet } from "../../src/excel/validate";
import { fakeExcel, FakeContext, fakeRequirements } from "../support/fakeExcel";

const asExcel = (context: FakeContext) => context as unknown as Excel.RequestContext;
const LABELS = { title: "各一级指标得分", name: "一级指标", weight: "权重", score: "自评分" };

describe("插入图表 on a table the add-in inserted", () => {
  it("puts the chart's data right of everything on the sheet, linked to the table, in two syncs, changing no cell", async () => {
    const { context, workbook } = fakeExcel(["Sheet1"]);
    await insertTemplate(
      asExcel(context),
      { family: "sh-2018", fields: { projectName: "信息化运行维护", department: "", implementer: "", year: "2018" }, example: true, target: "newSheet" },
      fakeRequirements(13),
    );
    const { tables } = await validateActiveSheet(asExcel(context), fakeRequirements(13));
    const summary = tables[0].summary;
    const sheet = workbook.worksheets.find(summary.sheet)!;
    const before = sheet.snapshot();
    const syncsBefore = context.syncCount;

    const address = await insertSummaryChart(asExcel(context), summary, LABELS);

    expect(context.syncCount - syncsBefore).toBe(2);
    // The template's tick columns run to column R; the data starts two columns further right.
    expect(address).toMatch(/^T\d+:V\d+$/);
    const [chart] = sheet.charts.list;
    expect(chart).toMatchObject({ type: "BarClustered", source: address, seriesBy: "Columns" });
    expect(chart.title.text).toBe("各一级指标得分");
    const top = Number(address.match(/^T(\d+)/)![1]) - 1;
    const col = 19; // T
    const content = (row: number, c: number) => sheet.cell(row, c).formula ?? sheet.cell(row, c).value;
    expect(summary.groups.map((g, i) => [content(top + 1 + i, col), content(top + 1 + i, col + 1), content(top + 1 + i, col + 2)])).toEqual(
      summary.groups.map((g) => [g.name, g.weightCell ? `=${g.weightCell}` : (g.weight ?? ""), g.scoreCell ? `=${g.scoreCell}` : (g.score ?? "")]),
    );
    expect(summary.groups.map((g) => g.name)).toEqual(["投入目标", "产出目标", "效果目标"]);
    // Every cell that held something still holds it.
    const cellsOf = (snapshot: string) => new Map(JSON.parse(snapshot).cells as [string, unknown][]);
    const after = cellsOf(sheet.snapshot());
    for (const [key, cell] of cellsOf(before)) expect(after.get(key)).toEqual(cell);
  });
});

describe("插入图表 with a name that looks like a formula", () => {
  it("writes the name as text, with the apostrophe that keeps Excel from computing it", async () => {
    const { context, workbook } = fakeExcel(["表"]);
    const summary = {
      sheet: "表",
      range: "A1:D3",
      family: "unknown" as const,
      totalWeight: 100,
      totalScore: 90,
      grade: null,
      gradeByTotal: "优",
      errors: 0,
      warnings: 0,
      groups: [{ name: '=HYPERLINK("http://x")', weight: 100, score: 90, weightCell: "C2", scoreCell: "D2" }],
    };
    workbook.worksheets.find("表")!.seed("A1", [["一级指标", "名称", "权重", "得分"]]);
    await insertSummaryChart(asExcel(context), summary, LABELS);
    const sheet = workbook.worksheets.find("表")!;
    expect(sheet.cell(1, 5).formula ?? sheet.cell(1, 5).value).toBe('\'=HYPERLINK("http://x")');
    expect(sheet.cell(1, 6).formula).toBe("=C2");
  });
});
