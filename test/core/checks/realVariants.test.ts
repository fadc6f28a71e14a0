/**
 * What published tables do that our templates don't (issue 9): each variant as a planted error that must be found
 * on its cell and a clean twin with no finding at all.
 */
import { checkGrid, Finding } from "../../../src/core/checks";
import { parseCellAddress } from "../../../src/core/address";
import { Grid, makeGrid, MergedArea } from "../../../src/core/grid";
import { CellValue } from "../../../src/core/numbers";
import { readTables } from "../../../src/core/table";

const brief = (findings: Finding[]) => findings.map((f) => `${f.cell} ${f.rule} ${f.severity}`);

function findingsOf(grid: Grid): string[] {
  const checked = checkGrid(grid);
  expect(checked).toHaveLength(1);
  return brief(checked[0].findings);
}

/** Merged areas written as A1 ranges ("A1:C1"). */
function areas(...ranges: string[]): MergedArea[] {
  return ranges.map((range) => {
    const [a, b] = range.split(":").map((address) => parseCellAddress(address)!);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
}

/** Replaces cells of a row list by A1 address (columns A–K, rows from 1). */
function edit(rows: CellValue[][], changes: Record<string, CellValue>): CellValue[][] {
  const copy = rows.map((r) => [...r]);
  for (const [address, value] of Object.entries(changes)) {
    const col = address.charCodeAt(0) - 65;
    const row = Number(address.slice(1)) - 1;
    while (copy[row].length <= col) copy[row].push(null);
    copy[row][col] = value;
  }
  return copy;
}

/**
 * Sichuan's 部门预算项目支出绩效自评表: the funds block under 年度预算数（万元） with 年初预算 | 调整后预算数 | 预算执行数 |
 * 预算执行率 | 权重 | 得分, rows 总额 / 其中：财政资金 / 其他资金; the target split over 指标性质 | 指标值 | 度量单位.
 */
const SICHUAN: CellValue[][] = [
  ["部门预算项目支出绩效自评表（2023年度）"],
  ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
  [null, "总额", 238.93, 251.89, 251.89, 1, 10, 10, null],
  [null, "其中：财政资金", 238.93, 251.89, 251.89, 1, "/", "/", null],
  [null, "其他资金", null, null, null, null, "/", "/", null],
  ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
  [null, "产出指标", "数量指标", "发放覆盖率", "=", 100, "%", 100, 60, 60, null],
  [null, "效益指标", "社会效益指标", "足额保障率", "=", 100, "%", 100, 30, 30, null],
  ["合计", null, null, null, null, null, null, null, 100, 100, null],
];
const sichuan = (changes: Record<string, CellValue> = {}) => makeGrid({ values: edit(SICHUAN, changes) });

describe("Sichuan's funds block wording", () => {
  it("reads 总额 and its parts under 年度预算数（万元）, with 权重 as the funds weight", () => {
    const [table] = readTables(sichuan());
    expect(
      table.funds.map((r) => [r.label, r.kind, r.initialBudget?.address, r.budget?.address, r.executed?.address, r.weight?.address, r.score?.address]),
    ).toEqual([
      ["总额", "total", "C3", "D3", "E3", "G3", "H3"],
      ["其中:财政资金", "part", "C4", "D4", "E4", "G4", "H4"],
      ["其他资金", "part", "C5", "D5", "E5", "G5", "H5"],
    ]);
  });

  it("counts the funds weight in the 100 and finds nothing on the clean table", () => {
    expect(findingsOf(sichuan())).toEqual([]);
  });

  it("checks the funds score against its weight and the execution rate", () => {
    expect(findingsOf(sichuan({ H3: 9, J9: 99 }))).toEqual(["H3 score-rule error"]);
  });

  it("reports a blank funds score and a blank total score", () => {
    expect(findingsOf(sichuan({ H3: null, J9: null }))).toEqual(["H3 score-invalid error", "J9 score-invalid error"]);
  });
});

/** The MoF form's funds block as published with a wrong total row (rulebook §1.2: 0|0|0 over 90|89.974|89.974). */
const ZERO_TOTAL: CellValue[][] = [
  ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
  [null, "年度资金总额:", 0, 0, 0, 10, 1, 10, null],
  [null, "其中:本年财政拨款", 90, 89.974, 89.974, null, null, null, null],
  [null, "上年结转资金", null, null, null, null, null, null, null],
  [null, "其他资金", null, null, null, null, null, null, null],
  ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  [null, "产出指标(60分)", "数量指标", "委托业务项目数量", "≥50个", 50, 60, 60, null],
  [null, "效益指标(30分)", "社会效益指标", "市场公平", "效果明显", "达成预期指标", 30, 30, null],
  ["总分", null, null, null, null, null, 100, 100, null],
];
const zeroTotal = (changes: Record<string, CellValue> = {}) =>
  makeGrid({ values: edit(ZERO_TOTAL, changes), formats: [[], [null, null, null, null, null, null, "0%"]] });

describe("a funds total row that disagrees with its parts", () => {
  it("is reported, while the rate and score agree with the money the parts show spent", () => {
    expect(findingsOf(zeroTotal())).toEqual(["C2 funds-total error", "D2 funds-total error", "E2 funds-total error"]);
  });

  it("does not hide a wrong funds rate and score", () => {
    expect(findingsOf(zeroTotal({ G2: 0, H2: 0, H9: 90 }))).toEqual([
      "H2 score-rule error",
      "G2 score-rule error",
      "C2 funds-total error",
      "D2 funds-total error",
      "E2 funds-total error",
    ]);
  });

  it("finds nothing once the total row agrees with its parts", () => {
    expect(findingsOf(zeroTotal({ C2: 90, D2: 89.974, E2: 89.974 }))).toEqual([]);
  });

  it("accepts a rate and score that follow either the total row or its parts, and no other", () => {
    const disagreeing = { C2: 100, D2: 100, E2: 100, C3: 100, D3: 100, E3: 80 };
    expect(findingsOf(zeroTotal({ ...disagreeing, G2: 0.8, H2: 8, H9: 98 }))).toEqual(["E2 funds-total error"]);
    expect(findingsOf(zeroTotal({ ...disagreeing, G2: 0.9, H2: 9, H9: 99 }))).toEqual(["H2 score-rule error", "G2 score-rule error", "E2 funds-total error"]);
  });
});

describe("weights without a total row", () => {
  const noTotal = (fundsWeight: number) =>
    makeGrid({ values: edit(ZERO_TOTAL, { C2: 90, D2: 89.974, E2: 89.974, F2: fundsWeight, H2: fundsWeight }).slice(0, 8) });

  it("are reported at the first weight in reading order, the funds row's", () => {
    expect(findingsOf(noTotal(100))).toEqual(["F2 weight-total error"]);
  });

  it("add up to 100 with the funds weight", () => {
    expect(findingsOf(noTotal(10))).toEqual([]);
  });
});

/** The MoF indicator block with the template's filler rows left in, as published, and the report's next section. */
const WITH_FILLERS: CellValue[][] = [
  ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
  [null, "年度资金总额", 100, 100, 100, 10, 1, 10, null],
  [null, "其中：当年财政拨款", 100, 100, 100, null, null, null, null],
  ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  [null, "产出指标(50分)", "数量指标", "培训人次", "≥100人次", 110, 50, 50, null],
  [null, null, null, "指标1：", null, null, null, null, null],
  [null, null, "质量指标", "指标2:", null, null, null, null, null],
  [null, null, "时效指标", "……", null, null, null, null, null],
  [null, null, "成本指标", "-", "/", "/", "/", "/", null],
  [null, "效益指标(30分)", "社会效益指标", "群众知晓率", "≥90%", "95%", 30, 30, null],
  [null, null, "生态效益指标", "指标1:/", "/", "/", null, null, null],
  [null, null, "可持续影响指标", "/", null, null, null, null, null],
  [null, "满意度指标(10分)", "服务对象满意度指标", "满意度", "≥90%", "96%", 10, 10, null],
  [null, null, null, null, null, null, null, null, null],
  ["其他需要说明事项", "无", null, null, null, null, null, null, null],
  ["总分", null, null, null, null, null, 100, 100, null],
];
const withFillers = (changes: Record<string, CellValue> = {}) => makeGrid({ values: edit(WITH_FILLERS, changes) });

describe("template filler rows left in", () => {
  it("are not indicators, and the table ends at the report's next section", () => {
    const [table] = readTables(withFillers());
    expect(table.groups.map((g) => g.indicators.map((i) => i.name))).toEqual([["培训人次"], ["群众知晓率"], ["满意度"]]);
  });

  it("raise no finding on the clean table", () => {
    expect(findingsOf(withFillers())).toEqual([]);
  });

  it("do not stop the total check", () => {
    const totalBelowFillers = edit(WITH_FILLERS, { A15: "总分", B15: null, G15: 100, H15: 90 }).slice(0, 15);
    totalBelowFillers.splice(13, 1);
    expect(findingsOf(makeGrid({ values: totalBelowFillers }))).toEqual(["H14 score-total error"]);
  });

  it("still count when a filler name carries points", () => {
    expect(findingsOf(withFillers({ G6: 10 }))).toEqual(["B5 weight-subtotal error", "H6 score-invalid error"]);
  });
});

/** An older 指标评分表 (部门整体支出 evaluation): 序号 | 一级 | 二级 | 三级指标 | 指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分. */
const OLDER: CellValue[][] = [
  ["序号", "一级指标", "二级指标", "三级指标", "指标分值", "指标解释", "指标说明及评分标准", "自评得分"],
  [1, "规划（10分）", "工作计划（6分）", "年度工作计划完整性", 6, "计划是否完整可行", "1、计划完整（3分）；2、计划可行（3分）", 6],
  [
    2,
    null,
    "绩效目标（4分）",
    "年度绩效目标合理性",
    4,
    "是否设置年度绩效目标",
    "1、设置年度绩效目标(2分,其中单位整体绩效目标1分,项目绩效目标1分) 2、依据充分(2分) 3、未设置绩效目标,该栏不得分",
    4,
  ],
  [3, "执行（90分）", "预算执行（90分）", "预算执行率", 90, "预算执行情况", "1、执行率达100%（90分）", 90],
  ["合计", null, null, null, 100, null, null, 100],
];
const older = (changes: Record<string, CellValue> = {}) => makeGrid({ values: edit(OLDER, changes) });

describe("an older 指标评分表 layout", () => {
  it("is read as the 指标评分表 family with its rule column", () => {
    const checked = checkGrid(older());
    expect(checked.map((t) => t.summary.family)).toEqual(["sh-2018"]);
    expect(checked[0].findings).toEqual([]);
  });

  it("adds up a checklist's points where every item was read", () => {
    expect(findingsOf(older({ G2: "1、计划完整（3分）；2、计划可行（2分）" }))).toEqual(["G2 rule-points error"]);
  });

  it("does not add up a checklist with an item whose points were not read", () => {
    expect(
      findingsOf(
        older({ G3: "1、设置年度绩效目标(2分,其中单位整体绩效目标1分,项目绩效目标1分,若单位无项目,得2分) 2、依据充分(1分) 3、未设置绩效目标,该栏不得分" }),
      ),
    ).toEqual([]);
  });
});

describe("a 未完成原因分析 column", () => {
  it("is the reason column: a row that lost points without a reason is reported", () => {
    const grid = makeGrid({
      values: edit(SICHUAN, { H7: 90, J7: 54, J9: 94 }),
    });
    expect(findingsOf(grid)).toEqual(["K7 deviation-reason warning"]);
  });
});

describe("an execution rate printed to the precision shown", () => {
  /** 37.24 / 43.2 = 86.2 %, score 8.62. */
  const printed = (rate: CellValue, format: string | null) =>
    makeGrid({
      values: edit(ZERO_TOTAL, { C2: 43.2, D2: 43.2, E2: 37.24, G2: rate, H2: 8.62, C3: 43.2, D3: 43.2, E3: 37.24, H9: 98.62 }),
      formats: [[], [null, null, null, null, null, null, format]],
    });

  it.each([
    [0.86, "0%"],
    [0.862, "0.0%"],
    ["86.2%", null],
    [0.862, null],
  ])("is not a wrong rate: %s shown as %s", (rate, format) => {
    expect(findingsOf(printed(rate, format))).toEqual([]);
  });

  it.each([
    [0.85, "0%"],
    [0.866, "0.0%"],
    ["86.6%", null],
    [0.866, null],
  ])("is a wrong rate when it differs at that precision: %s shown as %s", (rate, format) => {
    expect(findingsOf(printed(rate, format))).toEqual(["G2 score-rule error"]);
  });
});

/** A Ningxia-style table: 参考分值 | 指标值(A) | 全年实际值(B) | 得分 | 未完成原因分析及改进措施, rows scored without rule text. */
const UNRULED: CellValue[][] = [
  ["一级指标", "二级指标", "三级指标", "参考分值", "指标值(A)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"],
  ["项目管理(30分)", "投入管理", "预算执行率", 10, "—", 1, 10, null],
  [null, "项目实施", "管理制度有效性", 20, "-", "严格执行相关管理制度", 20, null],
  ["项目产出(70分)", "时效指标", "完成时间", 20, "2021年12月完成", "2021年11月完成", 20, null],
  [null, "质量指标", "验收合格", 20, "合格", "合格", 20, null],
  [null, "社会效益指标", "办学条件", 30, "改善学校的办学条件", "改善学校的办学条件。", 30, null],
  ["合计", null, null, 100, null, null, 100, null],
];
const unruled = (changes: Record<string, CellValue> = {}) => makeGrid({ values: edit(UNRULED, changes), formats: [[], [null, null, null, null, null, "0%"]] });

describe("a met date or text target, a 100 % execution rate", () => {
  it("earn full marks: the clean table has no finding", () => {
    expect(findingsOf(unruled())).toEqual([]);
  });

  it.each([
    ["G2", "H2", "a 100 % 预算执行率"],
    ["G4", "H4", "a date met before the target month"],
    ["G5", "H5", "合格 for 合格"],
    ["G6", "H6", "the target's own words"],
  ])("report a score below full marks on %s (%s)", (score, reason) => {
    const row = Number(score.slice(1));
    const full = UNRULED[row - 1][3] as number;
    expect(findingsOf(unruled({ [score]: full - 1, G7: 99 }))).toEqual([`${score} score-rule error`, `${reason} deviation-reason warning`]);
  });

  it("accept less than full marks when a reason is given", () => {
    expect(findingsOf(unruled({ G5: 15, H5: "部分批次返工", G7: 95 }))).toEqual([]);
  });

  it("leave a date met late, or an execution rate below 100 % without a rule, to the evaluator", () => {
    expect(findingsOf(unruled({ F4: "2022年1月完成", G4: 15, H4: "延期", F2: 0.9, G2: 9, H2: "执行率90%", G7: 94 }))).toEqual([]);
  });
});

/** First-level cells that print only their weight, merged over their rows; ★ rows with their 其中 breakdown. */
const UNNAMED: CellValue[][] = [
  ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  [null, "（60分）", "数量指标", "★补助种植面积", "29.5亩", "29.5亩", 30, 30, null],
  [null, null, null, "其中桃树种植面积", "1.5亩", "1.5亩", null, null, null],
  [null, null, null, "其中露天蔬菜", "28亩", "28亩", null, null, null],
  [null, null, "质量指标", "成活率", "≥95%", "96%", 30, 30, null],
  [null, "（40分）", "社会效益指标", "受益人口数量", "90人", "90人", 40, 40, null],
  ["总分", null, null, null, null, null, 100, 100, null],
];
const unnamed = (changes: Record<string, CellValue> = {}) =>
  makeGrid({
    values: edit(UNNAMED, changes),
    merges: areas("B2:B5", "B6:B6"),
  });

describe("first-level groups named only by their weight", () => {
  it("are two groups, each with the weight its label prints; 其中 rows are no indicators", () => {
    const [table] = readTables(unnamed());
    expect(table.groups.map((g) => [g.name, g.weight?.value, g.indicators.map((i) => i.name)])).toEqual([
      ["(60分)", 60, ["★补助种植面积", "成活率"]],
      ["(40分)", 40, ["受益人口数量"]],
    ]);
    expect(findingsOf(unnamed())).toEqual([]);
  });

  it("have the weight in their label checked", () => {
    expect(findingsOf(unnamed({ B2: "（50分）" }))).toEqual(["G7 weight-total error", "G7 weight-total error", "B2 weight-subtotal error"]);
  });
});

describe("a target split over 指标性质 | 指标值 | 度量单位", () => {
  it("is read as one target at the 指标值 cell", () => {
    const [table] = readTables(sichuan());
    expect(table.groups[0].indicators[0].target).toMatchObject({ address: "F7", value: "=100%" });
  });

  it("lets the score be recomputed", () => {
    expect(findingsOf(sichuan({ H7: 90, J7: 60, K7: "资金未拨付", J9: 100 }))).toEqual(["J7 score-rule error"]);
  });
});

/** Yunnan's 公开14表: a two-row header, the target split with ≧ and a box-drawing ═, the grade printed beside 总分. */
const TWO_ROW_HEADER: CellValue[][] = [
  ["绩效指标", null, null, "年度指标值", null, null, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", null, null, null, null],
  ["产出指标", "数量指标", "学生受资助人数", "≧", 735, "人次", 735, 40, 40, null],
  [null, "时效指标", "资金到位及时率", "≧", 100, "%", 1, 30, 30, null],
  ["效益指标", "经济效益指标", "减轻家庭负担", null, "有效", null, "有效", 10, 10, null],
  [null, "社会效益指标", "政策知晓率", "═", 100, "%", 0.98, 20, 19.6, "宣传不足"],
  ["总分", null, null, null, null, null, null, 100, 99.6, "优"],
];
const twoRowHeader = (changes: Record<string, CellValue> = {}) =>
  makeGrid({
    values: edit(TWO_ROW_HEADER, changes),
    formats: [[], [], [], [null, null, null, null, null, null, "0%"], [], [null, null, null, null, null, null, "0%"]],
    merges: areas("A1:C1", "D1:F1", "G1:G2", "H1:H2", "I1:I2", "J1:J2"),
  });

describe("a two-row indicator header", () => {
  it("is read with the words of both rows, and the clean table has no finding", () => {
    const [table] = readTables(twoRowHeader());
    expect(table.family).toBe("mof-2020-self");
    expect(table.groups[0].indicators.map((i) => [i.name, i.target?.value, i.actual?.address])).toEqual([
      ["学生受资助人数", "≧735人次", "G3"],
      ["资金到位及时率", "≧100%", "G4"],
    ]);
    expect(findingsOf(twoRowHeader())).toEqual([]);
  });

  it("finds a score its split target does not give", () => {
    expect(findingsOf(twoRowHeader({ I6: 19, I7: 99 }))).toEqual(["I6 score-rule error"]);
  });

  it("reads the grade printed beside 总分 without a 等级 label", () => {
    expect(findingsOf(twoRowHeader({ J7: "良" }))).toEqual(["J7 grade error"]);
  });
});

/** An older 指标计分表 that writes its weights only in the labels, at three levels. */
const LABEL_WEIGHTS: CellValue[][] = [
  ["一级指标", "二级指标", "三级指标", "自评分", "评价标准"],
  ["项目决策（40分）", "决策过程（40分）", "决策依据（20分）", 20, "符合法律法规（20分）"],
  [null, null, "决策程序（20分）", 20, "到位及时(20分) 不及时(10分) 不及时并影响进度(5分)"],
  ["项目产出（60分）", "产出数量（60分）", "完成率（60分）", 60, "按完成比例计分"],
  ["合计", null, null, 100, null],
];
const labelWeights = (changes: Record<string, CellValue> = {}) => makeGrid({ values: edit(LABEL_WEIGHTS, changes) });

describe("weights written only in the labels", () => {
  it("are read at the level the score belongs to, the leaf's; alternatives in a rule are not added up", () => {
    const [table] = readTables(labelWeights());
    expect(table.family).toBe("sh-2018");
    expect(table.groups.flatMap((g) => g.indicators.map((i) => [i.name, i.weight?.value]))).toEqual([
      ["决策依据(20分)", 20],
      ["决策程序(20分)", 20],
      ["完成率(60分)", 60],
    ]);
    expect(findingsOf(labelWeights())).toEqual([]);
  });

  it("let a score above its leaf's weight be found", () => {
    expect(findingsOf(labelWeights({ D2: 25, D5: 105 }))).toEqual(["D2 score-range error"]);
  });

  it("check a second-level weight against its leaves", () => {
    const [table] = readTables(labelWeights());
    expect(table.groups[0].subgroups.map((s) => [s.name, s.weight.address, s.weight.value, s.indicators.length])).toEqual([["决策过程", "B2", 40, 2]]);
    expect(findingsOf(labelWeights({ B2: "决策过程（30分）" }))).toEqual(["B2 weight-subtotal error"]);
  });
});

describe("a layout the checks do not read", () => {
  const layoutOnly = (grid: Grid) => {
    const checked = checkGrid(grid);
    return checked.map((t) => [t.summary.family, brief(t.findings)]);
  };

  it("scoring by shares (得分系数 × 权重) is reported once as not checked, never scored", () => {
    const shares = makeGrid({
      values: [
        ["指标名称", "计量单位", "指标性质", "年初指标值", "全年完成值", "得分系数(%)", "指标权重(分)", "指标得分(分)"],
        ["财政供养人员控制率", "%", "定量指标", 1, 0.5, 1, 2, 2],
      ],
    });
    expect(layoutOnly(shares)).toEqual([["unknown", ["F1 layout info"]]]);
  });

  it("indicators with no weight in any column or label are reported once as not checked", () => {
    const unweighted = makeGrid({
      values: [
        ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        ["产出指标(60分)", "数量指标", "慰问人数", 1, 0.5, 20],
      ],
    });
    expect(layoutOnly(unweighted)).toEqual([["unknown", ["A1 layout info"]]]);
  });

  it("a header with no row under it is reported; a funds block above it is still checked", () => {
    const headerOnly = ZERO_TOTAL.slice(5, 6);
    expect(layoutOnly(makeGrid({ values: headerOnly }))).toEqual([["unknown", ["B1 layout info"]]]);
    const fundsAndHeader = edit(ZERO_TOTAL, { H2: 9 }).slice(0, 6);
    expect(layoutOnly(makeGrid({ values: fundsAndHeader }))).toEqual([
      ["mof-2020-self", ["H2 score-rule error", "C2 funds-total error", "D2 funds-total error", "E2 funds-total error", "B6 layout info"]],
    ]);
  });
});

describe("a total score stated in the form's heading rows", () => {
  /** Ningxia's form: 项目名称 | … | 自评得分 | 98 above the header, no total row. */
  const stated = (total: CellValue) =>
    makeGrid({
      values: [["项目名称", "初中公用经费", null, "自评得分", total], ...UNRULED.slice(0, 6)],
      formats: [[], [], [null, null, null, null, null, "0%"]],
    });

  it("is the table's total when it has no total row", () => {
    expect(findingsOf(stated(100))).toEqual([]);
  });

  it("is checked against the scores", () => {
    expect(findingsOf(stated(98))).toEqual(["E1 score-total error"]);
  });
});

it("a table with indicator columns but no weight or score is reported once as not checked", () => {
  const unscored = makeGrid({
    values: [
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
      [null, "产出指标", "数量指标", "新建全民健身中心数量", 1, "建设中", null],
    ],
  });
  expect(checkGrid(unscored).map((t) => [t.summary.family, brief(t.findings)])).toEqual([["unknown", ["B1 layout info"]]]);
});

/** Hubei's older 评分表: 项目权重 | 评价内容 | 分值 | 自评分 | 评价标准及依据, the first level labelled 项目决策 2 分. */
const WEIGHT_LABELLED: CellValue[][] = [
  ["项目权重", "评价内容", "分值", "自评分", "评价标准及依据"],
  ["项目决策 40 分", "决策依据", 40, 40, "有项目年度工作计划计 40 分，没有不得分。"],
  ["项目管理 60 分", "财务制度", 30, 30, "1、单位财务管理制度 10 分; 2、项目管理制度 10 分; 3、有制度执行佐证资料 10 分。"],
  [null, "组织机构", 30, 30, "有明确的绩效管理机构 30 分。没有不得分"],
  ["合计", null, 100, 100, null],
];
const weightLabelled = (changes: Record<string, CellValue> = {}) => makeGrid({ values: edit(WEIGHT_LABELLED, changes) });

describe("a 权重 column left of the indicator names", () => {
  it("labels the first level, whose weight is written without brackets", () => {
    const checked = checkGrid(weightLabelled());
    expect(checked[0].summary.family).toBe("sh-2018");
    expect(checked[0].summary.groups.map((g) => [g.name, g.weight])).toEqual([
      ["项目决策", 40],
      ["项目管理", 60],
    ]);
    expect(checked[0].findings).toEqual([]);
  });

  it("has its label weight checked", () => {
    expect(findingsOf(weightLabelled({ A3: "项目管理 50 分" }))).toEqual(["C5 weight-total error", "C5 weight-total error", "A3 weight-subtotal error"]);
  });
});

/** Each level with its own 分值 column: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分. */
const THREE_LEVELS: CellValue[][] = [
  ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分", "评分标准"],
  ["产出指标", 60, "数量指标", 40, "培训人次", 40, 40, "按完成比例计分"],
  [null, null, "质量指标", 20, "合格率", 20, 20, "按完成比例计分"],
  ["效益指标", 40, "社会效益指标", 40, "知晓率", 40, 40, "按完成比例计分"],
  ["合计", 100, null, null, null, 100, 100, null],
];
const threeLevels = (changes: Record<string, CellValue> = {}) => makeGrid({ values: edit(THREE_LEVELS, changes), merges: areas("A2:A3", "B2:B3") });

describe("three weight levels", () => {
  it("score against the leaf's weight, and the first level's weight is its own column's", () => {
    const [table] = readTables(threeLevels());
    expect(table.groups.map((g) => [g.name, g.weight?.address, g.indicators.map((i) => i.weight?.address)])).toEqual([
      ["产出指标", "B2", ["F2", "F3"]],
      ["效益指标", "B4", ["F4"]],
    ]);
    expect(findingsOf(threeLevels())).toEqual([]);
  });

  it("find a score above its leaf weight and a first-level weight that is not its leaves' sum", () => {
    expect(findingsOf(threeLevels({ G3: 25, G5: 105 }))).toEqual(["G3 score-range error"]);
    expect(findingsOf(threeLevels({ B2: 50 }))).toEqual(["F5 weight-total error", "F5 weight-total error", "B2 weight-subtotal error"]);
  });
});

describe("funds headers of other shapes", () => {
  const indicators: CellValue[][] = [
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [null, "产出指标(90分)", "数量指标", "培训人次", "≥100人次", 110, 90, 90, null],
    ["总分", null, null, null, null, null, 100, 98, null],
  ];

  /** 预算数 merged over 年初 | 全年, the other words merged down over both header rows. */
  const merged = (budget: CellValue) =>
    makeGrid({
      values: [
        ["项目资金（万元）", null, "预算数", null, "全年执行数", "分值", "执行率", "得分", null],
        [null, null, "年初", "全年", null, null, null, null, null],
        [null, "年度资金总额", 100, budget, 80, 10, 0.8, 8, null],
        [null, "其中：当年财政拨款", 100, 100, 80, null, null, null, null],
        ...indicators.map((r) => [...r]),
      ],
      merges: areas("C1:D1", "E1:E2", "F1:F2", "G1:G2", "H1:H2"),
      formats: [[], [], [null, null, null, null, null, null, "0%"]],
    });

  it("reads a header whose words are merged over two rows", () => {
    const [table] = readTables(merged(100));
    expect(
      table.funds.map((r) => [r.kind, r.initialBudget?.address, r.budget?.address, r.executed?.address, r.weight?.address, r.rate?.address, r.score?.address]),
    ).toEqual([
      ["total", "C3", "D3", "E3", "F3", "G3", "H3"],
      ["part", "C4", "D4", "E4", "F4", "G4", "H4"],
    ]);
    expect(findingsOf(merged(100))).toEqual([]);
    // A total that disagrees with its part is reported; the rate and score may follow either (here the part's, 80 of 100).
    expect(findingsOf(merged(90))).toEqual(["D3 funds-total error"]);
  });

  /** Ningxia: 年度资金总额 is itself a header word, its amounts on the row below without a label. */
  const labelInHeader = (executed: CellValue) =>
    makeGrid({
      values: [
        ["项目资金(万元)", "年度资金总额", "年初预算数", "调整预算数(A)", "全年执行数(B)", "执行率(B/A)"],
        [null, null, 64.8, 64.8, executed, 1],
        ...edit(indicators, { B2: "产出指标(100分)", G2: 100, H2: 100, H3: 100 }),
      ],
      formats: [[], [null, null, null, null, null, "0%"]],
    });

  it("reads the total's amounts under a header that names it", () => {
    const [table] = readTables(labelInHeader(64.8));
    expect(table.funds.map((r) => [r.label, r.kind, r.budget?.address, r.executed?.address, r.rate?.address])).toEqual([
      ["年度资金总额", "total", "D2", "E2", "F2"],
    ]);
    expect(findingsOf(labelInHeader(50))).toEqual(["F2 score-rule error"]);
  });
});

it("a table not checked shows no totals in its summary", () => {
  const shares = makeGrid({
    values: [
      ["指标名称", "指标权重(分)", "得分系数(%)", "指标得分(分)"],
      ["财政供养人员控制率", 2, 1, 2],
      ["合计", 2, null, 2],
    ],
  });
  const [checked] = checkGrid(shares);
  expect(checked.summary).toMatchObject({ family: "unknown", totalWeight: null, totalScore: null, gradeByTotal: null, errors: 0, warnings: 0, groups: [] });
});

it("row numbers in a 序号 column do not end the table", () => {
  const numbered = makeGrid({
    values: [
      ["序号", "一级指标", "三级指标", "指标分值", "评分标准", "自评得分"],
      ["一", "产出（60分）", "完成率", 60, "按完成比例计分", 60],
      ["二", "效益（40分）", "满意度", 40, "按完成比例计分", 40],
      [null, "合计", null, 100, null, 100],
    ],
  });
  expect(readTables(numbered)[0].groups.map((g) => g.indicators.length)).toEqual([1, 1]);
  expect(findingsOf(numbered)).toEqual([]);
});

describe("a funds block whose layout was not read", () => {
  const unreadFunds = (score: CellValue) =>
    makeGrid({
      values: [
        ["资金来源", "预算数", "执行数", "分值", "得分"],
        ["本年合计拨付", 100, 100, 10, 10],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标(90分)", "数量指标", "培训人次", "≥100人次", 110, 90, score, null],
        ["总分", null, null, null, null, null, 100, 100, null],
      ],
    });

  it("is said once, instead of its consequences (weights and total short of the funds row) as errors", () => {
    expect(findingsOf(unreadFunds(90))).toEqual(["B1 layout info"]);
  });

  it("leaves the rest checked", () => {
    expect(findingsOf(unreadFunds(95))).toEqual(["H4 score-range error", "H4 score-rule error", "B1 layout info"]);
  });
});
