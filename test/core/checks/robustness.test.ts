import fc from "fast-check";
import { checkTable } from "../../../src/core/checks";
import { makeGrid } from "../../../src/core/grid";
import { CellValue } from "../../../src/core/numbers";
import { readTables } from "../../../src/core/table";
import { SEED_RULES } from "../../fixtures/seed";

/** Cells people and files put in tables: header words, labels, numbers of every kind, texts, error values. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(
    "一级指标",
    "二级指标",
    "三级指标",
    "指标名称",
    "权重",
    "分值",
    "自评分",
    "得分",
    "评分规则",
    "年度指标值",
    "实际完成值",
    "偏差原因分析及改进措施",
    "备注",
    "合计",
    "总分",
    "小计",
    "产出指标(50分)",
    "年度资金总额",
    "其中：当年财政拨款",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "执行率",
    "等级",
    "优",
    "优秀",
    "达成预期指标",
    "部分达成",
    "不适用",
    "≥90%",
    "≤4次",
    "=0",
    "效果明显",
    "#VALUE!",
    "#DIV/0!",
    "",
    " ",
    "94.76%",
    "75.81万元",
    "１,２３４.５",
    SEED_RULES.execRate,
    SEED_RULES.goals,
    "≥90%计5分；低于60%不得分",
  ),
  fc.double(),
  fc.integer({ min: -5, max: 120 }),
  fc.boolean(),
  fc.constant(null),
  fc.string(),
);

const HEADER_WORDS = ["一级指标", "二级指标", "三级指标", "自评分", "评分规则", "年度指标值", "实际完成值", "偏差原因分析及改进措施", "备注"];

/** A header naming an indicator and a weight column among others, in any order, so most grids hold a table. */
const header = fc.tuple(fc.shuffledSubarray(HEADER_WORDS), fc.nat(9), fc.nat(9)).map(([words, at, at2]) => {
  const row: CellValue[] = [...words];
  row.splice(at % (row.length + 1), 0, "指标名称");
  row.splice(at2 % (row.length + 1), 0, "权重");
  return row;
});

const grid = fc
  .record({
    above: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 4 }),
    header,
    body: fc.array(fc.array(cell, { maxLength: 11 }), { maxLength: 25 }),
    formulaAt: fc.array(fc.tuple(fc.nat(24), fc.nat(8)), { maxLength: 5 }),
    merge: fc.option(fc.record({ top: fc.nat(24), left: fc.nat(8), rows: fc.nat(4), cols: fc.nat(2) })),
  })
  .map(({ above, header, body, formulaAt, merge }) => {
    const values = [...above, header, ...body];
    const formulas: (string | null)[][] = [];
    for (const [r, c] of formulaAt) (formulas[r] ??= [])[c] = "=_xldudf_JX_RULESCORE(A1,B1)";
    const merges = merge ? [{ top: merge.top, left: merge.left, bottom: merge.top + merge.rows, right: merge.left + merge.cols }] : [];
    return makeGrid({ values, formulas: Array.from(formulas, (r) => r ?? []), merges, names: { JX_TEMPLATE: '"sh-2018@1"' } });
  });

describe("any grid", () => {
  it("reads and checks without throwing, and every finding names a cell and a message in both languages", () => {
    let tablesSeen = 0;
    let findingsSeen = 0;
    fc.assert(
      fc.property(grid, (g) => {
        const tables = readTables(g);
        tablesSeen += tables.length;
        for (const table of tables) {
          const findings = checkTable(table);
          findingsSeen += findings.length;
          for (const f of findings) {
            expect(f.cell).toMatch(/^[A-Z]+\d+$/);
            expect(f.message.zh).not.toMatch(/\{\{|undefined|NaN/);
            expect(f.message.en).not.toMatch(/\{\{|undefined|NaN/);
          }
        }
      }),
      { numRuns: 400 },
    );
    // The property is only worth something if the grids hold tables with findings.
    expect(tablesSeen).toBeGreaterThan(100);
    expect(findingsSeen).toBeGreaterThan(100);
  });

  it("reads every table a header opens", () => {
    const header = ["一级指标", "指标名称", "权重", "自评分"];
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 6 }), fc.nat(3), (rows, blanks) => {
        const values: CellValue[][] = [...Array.from({ length: blanks }, () => []), header, ["产出", "数量", 100, 100], ...rows];
        expect(readTables(makeGrid({ values })).length).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
