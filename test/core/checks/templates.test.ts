import { checkTable, summariseTable } from "../../../src/core/checks";
import { cellAddress } from "../../../src/core/address";
import { Grid, makeGrid } from "../../../src/core/grid";
import { CellValue } from "../../../src/core/numbers";
import { buildSheetPlan, SheetPlan } from "../../../src/core/plan";
import { rulebooks } from "../../../src/core/rulebooks";
import { readTables } from "../../../src/core/table";
import { withCell } from "../../fixtures/tables";

/** A sheet plan as Excel would hold it once written and calculated: the core's cached values shown. */
function planGrid(plan: SheetPlan): Grid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (const block of plan.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        (values[block.top + r] ??= [])[block.left + c] = cell.value;
        if (cell.formula) (formulas[block.top + r] ??= [])[block.left + c] = cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
      }),
    );
  }
  const names = Object.fromEntries(
    plan.names.map(
      (n) => ["text" in n ? [n.name, `="${n.text}"`] : [n.name, `'${plan.sheetName}'!$${cellAddress(n.ref.top, n.ref.left).replace(/(\d+)/, "$$$1")}`]][0],
    ),
  );
  return makeGrid({
    sheet: plan.sheetName,
    values: Array.from(values, (row) => row ?? []),
    formulas: Array.from(formulas, (row) => row ?? []),
    merges: plan.merges,
    names,
  });
}

const fields = { projectName: "信息化运维项目", department: "某区人民检察院", implementer: "检务保障部", year: "2018" };

describe.each(rulebooks.filter((r) => r.example).map((r) => [r.id, r] as const))("the %s template with its example", (id, rulebook) => {
  const grid = planGrid(buildSheetPlan(rulebook, fields, { example: true }));

  it("reads as one table of its family, from its marker", () => {
    const tables = readTables(grid);
    expect(tables).toHaveLength(1);
    expect([tables[0].family, tables[0].marked]).toEqual([id, true]);
    expect(tables[0].grade).not.toBeNull();
  });

  it("holds together: no finding, weights 100, the grade found", () => {
    const [table] = readTables(grid);
    const findings = checkTable(table);
    expect(findings).toEqual([]);
    const summary = summariseTable(table, findings);
    expect(summary.totalWeight).toBe(100);
    expect(summary.grade).not.toBeNull();
  });
});

describe.each(rulebooks.map((r) => [r.id, r] as const))("the blank %s template", (_id, rulebook) => {
  it("is not passed: an unfilled form has error findings", () => {
    const [table] = readTables(planGrid(buildSheetPlan(rulebook, fields, { example: false })));
    const errors = checkTable(table).filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
  });
});

it("reports the blank MoF self-evaluation form, which names no indicator, as not filled in", () => {
  const mof = rulebooks.find((r) => r.id === "mof-2020-self")!;
  const [table] = readTables(planGrid(buildSheetPlan(mof, fields, { example: false })));
  const findings = checkTable(table);
  expect(findings.map((f) => [f.rule, f.severity, f.message.zh, f.message.en])).toEqual([
    ["weight-total", "error", "未填写任何指标：表格尚未填写", "No indicator is filled in: the form is blank"],
  ]);
  expect(findings[0].cell).toBe(table.groups[0].label!.address);
});

it("reads the seed's figures from the sh-2018 example: total 97, 优秀", () => {
  const sh = rulebooks.find((r) => r.id === "sh-2018")!;
  const [table] = readTables(planGrid(buildSheetPlan(sh, fields, { example: true })));
  expect(summariseTable(table, [])).toMatchObject({ totalWeight: 100, totalScore: 97, grade: "优秀" });
});

describe("the sh-2018 template's money line", () => {
  const sh = rulebooks.find((r) => r.id === "sh-2018")!;
  const grid = planGrid(buildSheetPlan(sh, fields, { example: true }));

  it("is read as the funds the 预算执行率 row is scored from", () => {
    const [table] = readTables(grid);
    expect(table.funds.map((f) => [f.kind, f.budget?.address, f.budget?.value, f.executed?.value, f.rate?.address])).toEqual([
      ["total", "B3", 80, 75.81, "G3"],
    ]);
  });

  it("makes the 预算执行率 score answer to its rule text: 75 % allows 4–6 points, not 8", () => {
    const spent = withCell(withCell(grid, "E3", 60), "G3", 0.75);
    const findings = checkTable(readTables(spent)[0]);
    expect(findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([["score-rule", "F8", 5, 8]]);
    expect(findings[0].message.zh).toBe("“预算执行率”得分为8，按评分规则应为4.00–6.00");
  });

  it("reports a 预算执行率 that does not follow from the money", () => {
    const stale = withCell(grid, "E3", 60);
    expect(checkTable(readTables(stale)[0]).map((f) => [f.rule, f.cell])).toEqual([
      ["score-rule", "F8"],
      ["score-rule", "G3"],
    ]);
  });
});
