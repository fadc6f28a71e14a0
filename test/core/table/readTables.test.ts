import { checkTable } from "../../../src/core/checks";
import { makeGrid, normaliseFormula } from "../../../src/core/grid";
import { IndicatorTable, readTables } from "../../../src/core/table";
import { mofGrid, TOWN_FORM_CLEAN } from "../../fixtures/mof";
import { SEED_COLUMNS, SEED_RECORDS, seedGrid } from "../../fixtures/seed";
import { layOut } from "../../fixtures/tables";

/** The table's content without addresses: what must read the same whatever the layout. */
function content(table: IndicatorTable) {
  return {
    groups: table.groups.map((g) => ({
      name: g.name,
      weight: g.weight?.value,
      score: g.score?.value,
      indicators: g.indicators.map((i) => [i.name, i.weight?.value, i.score?.value, i.rule?.value ?? null]),
    })),
    total: [table.total?.weight?.value, table.total?.score?.value],
  };
}

describe("reading the seed's table typed by hand", () => {
  const [table] = readTables(seedGrid());

  it("finds one table under the title and blank rows, with the seed's family", () => {
    expect(readTables(seedGrid())).toHaveLength(1);
    expect(table.range).toBe("A4:G23");
    expect(table.family).toBe("sh-2018");
    expect(table.marked).toBe(false);
  });

  it("takes the first-level rows as subtotals and the rows below as their indicators", () => {
    expect(table.groups.map((g) => [g.name, g.weight?.address, g.weight?.value, g.score?.address, g.score?.value, g.indicators.length])).toEqual([
      ["投入目标", "D5", 36, "F5", 36, 6],
      ["产出目标", "D12", 34, "F12", 34, 4],
      ["效果目标", "D17", 30, "F17", 27, 5],
    ]);
    const execRate = table.groups[0].indicators[2];
    expect(execRate.name).toBe("预算执行率");
    expect(execRate.path).toEqual(["投入目标"]);
    expect([execRate.weight?.address, execRate.score?.address, execRate.rule?.address]).toEqual(["D8", "F8", "E8"]);
    expect(execRate.target).toBeNull();
  });

  it("reads the 合计 row as the total", () => {
    expect(table.total?.label.address).toBe("A23");
    expect([table.total?.weight?.value, table.total?.score?.value]).toEqual([100, 97]);
    expect(table.grade).toBeNull();
  });

  it("reads the same table with 分值/得分, another column order, merged first-level cells and no title", () => {
    const columns = [
      ["score", "得分"],
      ["rule", "评分标准"],
      ["level1", "一级指标"],
      ["weight", "分值"],
      ["name", "指标名称"],
      ["remark", "备注"],
      ["explanation", "指标说明"],
    ] as typeof SEED_COLUMNS;
    const other = readTables(layOut(SEED_RECORDS, { columns, mergeGroups: true }));
    expect(other).toHaveLength(1);
    expect(content(other[0])).toEqual(content(table));
    expect(other[0].groups[0].weight?.address).toBe("D2");
    expect(checkTable(other[0])).toEqual([]);
  });

  it("keeps one group when its label is repeated on every row", () => {
    let current = "";
    const repeated = SEED_RECORDS.map((r) => {
      if (r.level1) current = r.level1 as string;
      return r.name ? { ...r, level1: current } : r;
    });
    expect(content(readTables(layOut(repeated, { columns: SEED_COLUMNS }))[0])).toEqual(content(table));
  });
});

describe("reading the MoF 2020 self-evaluation form", () => {
  const [table] = readTables(mofGrid(TOWN_FORM_CLEAN));

  it("reads the funds block above the indicators", () => {
    expect(table.funds.map((f) => [f.kind, f.label, f.budget?.value, f.executed?.address])).toEqual([
      ["total", "年度资金总额", 89.974, "E4"],
      ["part", "其中:当年财政拨款", 89.974, "E5"],
      ["part", "上年结转资金", null, "E6"],
      ["part", "其他资金", null, "E7"],
    ]);
    expect(table.funds[0].score?.address).toBe("H4");
    expect(table.range).toBe("A3:I20");
  });

  it("takes first-level weights from their labels and second-level names into the path", () => {
    expect(table.family).toBe("mof-2020-self");
    expect(table.groups.map((g) => [g.name, g.weight?.value, g.weight?.address, g.score, g.indicators.length])).toEqual([
      ["产出指标", 50, "B10", null, 6],
      ["效益指标", 30, "B16", null, 3],
      ["满意度指标", 10, "B19", null, 1],
    ]);
    const cost = table.groups[0].indicators[5];
    expect(cost.path).toEqual(["产出指标", "成本指标"]);
    expect([cost.target?.value, cost.actual?.address, cost.reason?.address]).toEqual(["≤1.8万元", "F15", "I15"]);
    expect(table.total?.score?.address).toBe("H20");
  });

  it("finds the grade beside its label", () => {
    const [graded] = readTables(mofGrid({ ...TOWN_FORM_CLEAN, grade: "优" }));
    expect(graded.grade).toEqual({ address: "B21", value: "优", formula: null, format: null });
  });
});

describe("reading other shapes", () => {
  const header = ["一级指标", "指标名称", "权重", "自评分"];

  it("finds two tables on one sheet, each closed by its total", () => {
    const rows = [
      header,
      ["产出", "数量", 60, 60],
      [null, "质量", 40, 40],
      ["合计", null, 100, 100],
      [],
      ["另一张表"],
      header,
      ["效果", "满意度", 100, 90],
      ["总分", null, 100, 90],
    ];
    const tables = readTables(makeGrid({ values: rows, origin: { row: 9, col: 2 } }));
    expect(tables.map((t) => t.range)).toEqual(["C10:F13", "C16:F18"]);
    expect(tables[1].groups[0].indicators[0].score?.address).toBe("F17");
  });

  it("takes in a 总分 label left of the named columns", () => {
    const values = [
      ["绩效指标", "一级指标", "指标名称", "分值", "得分"],
      [null, "产出", "数量", 100, 100],
      ["总分", null, null, 100, 100],
    ];
    const [table] = readTables(makeGrid({ values }));
    expect(table.range).toBe("A1:E3");
    expect(table.total?.label.address).toBe("A3");
  });

  it("takes a 小计 row as its group's subtotal", () => {
    const rows = [header, ["产出", "数量", 60, 60], [null, "质量", 40, 35], [null, "小计", 100, 95], ["合计", null, 100, 95]];
    const [table] = readTables(makeGrid({ values: rows }));
    expect(table.groups[0].indicators.map((i) => i.name)).toEqual(["数量", "质量"]);
    expect([table.groups[0].weight?.address, table.groups[0].score?.address]).toEqual(["C4", "D4"]);
  });

  it("takes a 投入目标小计 row below its indicators as the group's subtotal, not a new group", () => {
    const rows = [header, ["投入目标", "规范性", 60, 60], [null, "合理性", 40, 35], ["投入目标小计", null, 100, 95], ["合计", null, 100, 95]];
    const [table] = readTables(makeGrid({ values: rows }));
    expect(table.groups.map((g) => [g.name, g.indicators.length, g.weight?.address, g.score?.address])).toEqual([["投入目标", 2, "C4", "D4"]]);
  });

  it("takes the family from the JX_TEMPLATE marker", () => {
    const [table] = readTables(seedGrid({ names: { JX_TEMPLATE: '"mof-2020-framework@1"' } }));
    expect([table.family, table.marked]).toEqual(["mof-2020-framework", true]);
  });

  it("finds the grade a JX_GRADE name points at", () => {
    const values = [header, ["产出", "数量", 100, 95], ["合计", null, 100, 95], ["等级", null, "优"]];
    const [table] = readTables(makeGrid({ values, names: { JX_GRADE: "'Sheet1'!$C$4" } }));
    expect(table.grade?.address).toBe("C4");
  });

  it("reads nothing from a sheet without an indicator header", () => {
    expect(
      readTables(
        makeGrid({
          values: [
            ["项目名称", "权重"],
            ["a", 1],
          ],
        }),
      ),
    ).toEqual([]);
    expect(readTables(makeGrid({ values: [] }))).toEqual([]);
  });
});

describe("formulas", () => {
  it("normalises the spelling saved workbooks use for add-in functions", () => {
    expect(normaliseFormula("=_xldudf_JX_RULESCORE(D8,E8)+_xldudf_JX_GRADE(F23)")).toBe("=JX.RULESCORE(D8,E8)+JX.GRADE(F23)");
    expect(normaliseFormula("=SUM(F5:F10)")).toBe("=SUM(F5:F10)");
  });

  it("lists the table's formula cells", () => {
    const values = [
      ["一级指标", "指标名称", "权重", "得分"],
      ["产出", "数量", 100, 100],
      ["合计", null, 100, 100],
    ];
    const formulas = [[], [null, null, null, "=_xldudf_JX_COMPLETIONSCORE(1,1,C2)"], [null, null, "=SUM(C2)", "=SUM(D2)"]];
    const [table] = readTables(makeGrid({ values, formulas }));
    expect(table.formulaCells.map((c) => [c.address, c.formula])).toEqual([
      ["D2", "=JX.COMPLETIONSCORE(1,1,C2)"],
      ["C3", "=SUM(C2)"],
      ["D3", "=SUM(D2)"],
    ]);
  });
});
