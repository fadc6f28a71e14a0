/**
 * 插入评分表: what the Excel writer costs on a 1,000-row rulebook, against a cell-by-cell writer
 * measured in the same run on the same in-memory Excel (context.sync() calls and proxy calls, the
 * two costs of a round trip to Excel), and the time to build the sheet plan.
 */
import { columnLetters, cellAddress } from "../src/core/address";
import { buildSheetPlan, PlanFields, SheetPlan } from "../src/core/plan";
import { getRulebook, Indicator, Rulebook } from "../src/core/rulebooks";
import { excelContent } from "../src/excel/applyPlan";
import { insertSheetPlan } from "../src/excel/insertTable";
import { FakeContext, fakeExcel } from "../test/support/fakeExcel";
import { atMost, BenchSuite, Figure, medianMs } from "./harness";

const FIELDS: PlanFields = { projectName: "基准测试项目", department: "某局", implementer: "某中心", year: "2024" };

/** sh-2018's columns with `groups` first-level groups of `rows` rows scored by hand, every weight filled in. */
export function generatedRulebook(groups: number, rows: number): Rulebook {
  const weight = 100 / (groups * rows);
  const leaf = (g: number, i: number): Indicator => ({ name: `指标${g + 1}-${i + 1}`, weight, rule: { kind: "manual" }, example: { score: weight } });
  return {
    ...getRulebook("sh-2018"),
    id: "generated",
    indicators: Array.from({ length: groups }, (_, g) => ({
      name: `一级指标${g + 1}`,
      weight: weight * rows,
      children: Array.from({ length: rows }, (_, i) => leaf(g, i)),
    })),
  };
}

/** The plainest writer: one cell at a time, its format property by property, a sync after each row. */
async function cellByCell(context: FakeContext, plan: SheetPlan): Promise<void> {
  const sheet = context.workbook.worksheets.add(plan.sheetName);
  for (const { col, width } of plan.columnWidths) sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = width * 5.6;
  const styleOf = new Map<string, string>();
  for (const a of plan.areas) {
    for (let r = a.range.top; r <= a.range.bottom; r++) for (let c = a.range.left; c <= a.range.right; c++) styleOf.set(`${r},${c}`, a.style);
  }
  for (const block of plan.blocks) {
    for (const [r, row] of block.cells.entries()) {
      for (const [c, cell] of row.entries()) {
        if (!cell) continue;
        const range = sheet.getRange(cellAddress(block.top + r, block.left + c));
        range.numberFormat = [[cell.numberFormat ?? "General"]];
        range.formulas = [[excelContent(cell)]];
        const style = plan.styles[(styleOf.get(`${block.top + r},${block.left + c}`) ?? "text") as keyof typeof plan.styles];
        if (style.fill) range.format.fill.color = style.fill;
        if (style.bold) range.format.font.bold = true;
        range.format.horizontalAlignment = style.horizontal;
        range.format.wrapText = style.wrap;
        if (style.border) for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"]) range.format.borders.getItem(edge).style = "Continuous";
      }
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the baseline is the round trip per row the rule warns of
      await context.sync();
    }
  }
  for (const m of plan.merges) sheet.getRange(`${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).merge(false);
  await context.sync();
}

async function planWriter(context: FakeContext, rulebook: Rulebook): Promise<void> {
  await insertSheetPlan(context as unknown as Excel.RequestContext, (origin) => buildSheetPlan(rulebook, FIELDS, { example: true, origin }), "newSheet");
}

async function costs(write: (context: FakeContext) => Promise<void>): Promise<{ syncs: number; calls: number }> {
  const { context } = fakeExcel(["Sheet1"]);
  await write(context);
  return { syncs: context.syncCount, calls: context.callCount };
}

const suite: BenchSuite = {
  title: "插入评分表 (Excel writer and sheet plan)",
  async run(): Promise<Figure[]> {
    const rulebook = generatedRulebook(10, 100);
    const plan = buildSheetPlan(rulebook, FIELDS, { example: true });
    const blocks = await costs((ctx) => planWriter(ctx, rulebook));
    const naive = await costs((ctx) => cellByCell(ctx, plan));
    const sh = await costs((ctx) => planWriter(ctx, getRulebook("sh-2018")));

    const buildMs = await medianMs(() => buildSheetPlan(rulebook, FIELDS, { example: true }));
    // The plainest plan: the same cells as a bare value matrix, no formulas, formats or cached scores.
    const bareMs = await medianMs(() => rulebook.indicators.flatMap((g) => g.children.map((l) => [g.name, l.name, "", l.weight, "", null, ""])));
    const writeMs = await medianMs(() => costs((ctx) => planWriter(ctx, rulebook)), 5);
    const naiveMs = await medianMs(() => costs((ctx) => cellByCell(ctx, plan)), 5);

    return [
      { name: "sh-2018: context.sync() calls", value: sh.syncs, unit: "syncs", ...atMost(sh.syncs, 2, "syncs") },
      {
        name: "1,000 rows: context.sync() calls",
        value: blocks.syncs,
        unit: "syncs",
        baseline: { name: "cell by cell, a sync per row", value: naive.syncs },
        ...atMost(blocks.syncs, 2, "syncs"),
      },
      { name: "1,000 rows: proxy calls", value: blocks.calls, unit: "calls", baseline: { name: "cell by cell", value: naive.calls } },
      { name: "1,000 rows: write on the in-memory Excel", value: writeMs, unit: "ms", baseline: { name: "cell by cell", value: naiveMs } },
      { name: "1,000 rows: build the sheet plan", value: buildMs, unit: "ms", baseline: { name: "bare value matrix", value: bareMs } },
    ];
  },
};

export default suite;
