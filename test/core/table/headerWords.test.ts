import { checkTable } from "../../../src/core/checks";
import { Grid, makeGrid } from "../../../src/core/grid";
import { readTables } from "../../../src/core/table";
import { columnRole, fundsColumn } from "../../../src/core/table/headerWords";
import { mofGrid, TOWN_FORM_CLEAN } from "../../fixtures/mof";
import { SEED_COLUMNS, SEED_RECORDS, seedGrid } from "../../fixtures/seed";
import { layOut, withCell } from "../../fixtures/tables";

/** A cell's text as the reader passes it to columnRole: NFKC, no spaces. */
const role = (text: string) => columnRole(text.normalize("NFKC").replace(/\s+/g, ""));
const funds = (text: string) => fundsColumn(text.normalize("NFKC").replace(/\s+/g, ""));

describe("header words anywhere in a header cell", () => {
  it.each([
    ["全年实际完成值（B）", "actual"],
    ["实际完成值", "actual"],
    ["年度指标值（A）", "target"],
    ["分值（W）", "weight"],
    ["指标权重", "weight"],
    ["权重(%)", "weight"],
    ["自评得分", "score"],
    ["得分（满分10分）", "score"],
    ["评分标准（规则）", "rule"],
    ["评分标准（满分10分）", "rule"],
    ["偏差原因分析及改进措施", "reason"],
    ["一级指标", "level1"],
    ["三级指标（指标名称）", "level3"],
    ["指标名称", "name"],
    ["指标解释", "explanation"],
    ["评价指标解释", "explanation"],
    ["备 注", "remark"],
    ["实际完成指标值", "actual"],
    ["全年实际值(B)", "actual"],
    ["指标值(A)", "target"],
    ["未完成原因分析及改进措施", "reason"],
    ["指标说明及评分标准", "rule"],
    ["指标分值", "weight"],
  ])("reads %s as %s", (text, expected) => {
    expect(role(text)).toBe(expected);
  });

  it.each([
    ["1. 指标评分表", "a title ending in 表"],
    ["项目支出绩效自评表（2022年度）", "the form's title"],
    ["项目资金（万元）", "the funds block's label"],
    ["年度资金总额", "a funds row"],
    ["年度绩效指标完成情况", "the section label left of an Anhui indicator header"],
    ["其中：当年财政拨款", "a funds part row"],
    ["绩效指标", "the MoF form's leftmost column"],
    ["指标", "a bare 指标, neither 指标名称 nor 指标解释"],
    ["按实际完成值与年度指标值之比计算得分", "a rule sentence"],
    ["完成得满分，否则不得分", "a short rule sentence"],
    ["①分", "the template's checklist points column"],
  ])("does not take %s (%s) for a header", (text) => {
    expect(role(text)).toBeNull();
  });

  it("reads funds headers with their letters", () => {
    expect(["年初预算数", "全年预算数（A）", "全年执行数（B）", "执行率（B/A）", "分值", "得分"].map(funds)).toEqual([
      "initialBudget",
      "budget",
      "executed",
      "rate",
      "weight",
      "score",
    ]);
    expect(funds("项目资金（万元）")).toBeNull();
    expect(funds("预算数为80万元，执行数为75.81万元")).toBeNull();
  });
});

/** The MoF town form with its header and funds header rows rewritten as another bureau prints them. */
function prefixedMofGrid(): Grid {
  const grid = mofGrid(TOWN_FORM_CLEAN);
  const values = grid.values.map((r) => [...r]);
  values[2] = ["项目资金（万元）", null, "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分", null];
  values[8] = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值（A）", "全年实际完成值（B）", "分值（W）", "自评得分", "偏差原因分析及改进措施"];
  return { ...grid, values };
}

describe("a table whose headers carry prefixes and suffixes", () => {
  it("reads the MoF form with 全年实际完成值（B）, 年度指标值（A）, 分值（W）, 自评得分 as the plain form", () => {
    const [plain] = readTables(mofGrid(TOWN_FORM_CLEAN));
    const [table] = readTables(prefixedMofGrid());
    expect(table.family).toBe("mof-2020-self");
    expect(table.columns).toEqual(plain.columns);
    expect(table.funds).toEqual(plain.funds);
    expect(table.groups).toEqual(plain.groups);
    expect(table.range).toBe("A3:I20");
  });

  it("reports a score that breaks the rule there (H10: 50 of ≥50个 at weight 8 scores 8)", () => {
    const [table] = readTables(withCell(prefixedMofGrid(), "H10", 5));
    const findings = checkTable(table);
    expect(findings.some((f) => f.cell === "H10" && f.severity === "error")).toBe(true);
  });

  it("reads the seed with 指标权重, 评分标准（规则）, 自评得分 as the seed", () => {
    const words: Record<string, string> = { weight: "指标权重", rule: "评分标准（规则）", score: "自评得分", remark: "备注说明" };
    const columns = SEED_COLUMNS.map(([r, word]) => [r, words[r] ?? word]) as typeof SEED_COLUMNS;
    const [seed] = readTables(seedGrid());
    const [table] = readTables(layOut(SEED_RECORDS, { columns, above: [["1. 指标评分表"], [], []] }));
    expect(table.family).toBe("sh-2018");
    expect(table.range).toBe(seed.range);
    expect(table.groups).toEqual(seed.groups);
    expect(table.total).toEqual(seed.total);
    expect(checkTable(table)).toEqual([]);
  });

  it("takes no title, funds row or rule sentence row for a header", () => {
    const values = [
      ["绩效评价指标评分表（分值100）"],
      ["一级指标", "指标名称", "权重", "评分规则", "自评分"],
      ["产出", "数量", 60, "按实际完成值与年度指标值之比计算得分，满分60", 60],
      [null, "质量", 40, "评价指标名称见附件，分值按评分标准", 40],
      ["合计", null, 100, null, 100],
    ];
    const tables = readTables(makeGrid({ values }));
    expect(tables.map((t) => [t.range, t.groups[0].indicators.length])).toEqual([["A2:E5", 2]]);
  });
});
