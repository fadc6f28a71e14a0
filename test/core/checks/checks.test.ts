import { builtinChecks, checkTable, Finding, summariseTable } from "../../../src/core/checks";
import { Grid } from "../../../src/core/grid";
import { CellValue } from "../../../src/core/numbers";
import { readTables } from "../../../src/core/table";
import { mofGrid, MofTable, PER_ROW_CASE, TOWN_FORM, TOWN_FORM_CLEAN } from "../../fixtures/mof";
import { SEED_RULES, seedGrid } from "../../fixtures/seed";
import { layOut, withCell, RULE_ACTUAL_COLUMNS } from "../../fixtures/tables";

function findingsOf(grid: Grid): Finding[] {
  const tables = readTables(grid);
  expect(tables).toHaveLength(1);
  return checkTable(tables[0]);
}

const brief = (findings: Finding[]) => findings.map((f) => [f.rule, f.cell]);

function mofWith(table: MofTable, change: (t: MofTable) => void): Grid {
  const copy: MofTable = JSON.parse(JSON.stringify(table));
  change(copy);
  return mofGrid(copy);
}

describe("the seed's table", () => {
  it("holds together: no finding at all, total weight 100, total score 97", () => {
    const [table] = readTables(seedGrid());
    const findings = checkTable(table);
    expect(findings).toEqual([]);
    expect(summariseTable(table, findings)).toEqual({
      sheet: "Sheet1",
      range: "A4:G23",
      family: "sh-2018",
      totalWeight: 100,
      totalScore: 97,
      grade: null,
      // The seed writes 优秀 in its text, not in the table; the total earns it in sh-2018's labels.
      gradeByTotal: "优秀",
      errors: 0,
      warnings: 0,
      groups: [
        { name: "投入目标", weight: 36, score: 36, weightCell: "D5", scoreCell: "F5" },
        { name: "产出目标", weight: 34, score: 34, weightCell: "D12", scoreCell: "F12" },
        { name: "效果目标", weight: 30, score: 27, weightCell: "D17", scoreCell: "F17" },
      ],
    });
  });

  it("sums a group's scores when only its label states its weight", () => {
    const [table] = readTables(mofGrid(PER_ROW_CASE));
    expect(summariseTable(table, []).groups).toEqual([
      { name: "产出指标", weight: 50, score: 48, weightCell: null, scoreCell: null },
      { name: "效益指标", weight: 30, score: 30, weightCell: null, scoreCell: null },
      { name: "满意度指标", weight: 10, score: 10, weightCell: null, scoreCell: null },
    ]);
  });
});

/** For every check: a table with the error planted, where it must fire on that cell, and its clean twin. */
const gapRule = "≥90%计8分；80%(含)-90% 6分；70%(含)-80% 4分；低于60%不得分";
const cases: { rule: string; planted: Grid; cell: string; clean: Grid }[] = [
  { rule: "weight-total", planted: withCell(seedGrid(), "D23", 99), cell: "D23", clean: seedGrid() },
  { rule: "weight-subtotal", planted: withCell(seedGrid(), "D12", 35), cell: "D12", clean: seedGrid() },
  {
    rule: "rule-points",
    planted: withCell(
      seedGrid(),
      "E6",
      SEED_RULES.setup.replace("②是否符合部门（单位）中期规划、年度目标和计划；(1分）", "②是否符合部门（单位）中期规划、年度目标和计划；(2分）"),
    ),
    cell: "E6",
    clean: seedGrid(),
  },
  { rule: "rule-bands", planted: withCell(seedGrid(), "E13", gapRule), cell: "E13", clean: withCell(seedGrid(), "E13", gapRule.replace("低于60%", "低于70%")) },
  { rule: "score-invalid", planted: withCell(seedGrid(), "F13", "满分"), cell: "F13", clean: seedGrid() },
  { rule: "score-range", planted: withCell(withCell(withCell(seedGrid(), "F13", 9), "F12", 35), "F23", 98), cell: "F13", clean: seedGrid() },
  { rule: "score-subtotal", planted: withCell(seedGrid(), "F12", 35), cell: "F12", clean: seedGrid() },
  { rule: "score-total", planted: withCell(seedGrid(), "F23", 96), cell: "F23", clean: seedGrid() },
  {
    rule: "score-rule",
    planted: mofWith(PER_ROW_CASE, (t) => {
      t.funds[0].score = 9;
      t.total[1] = 97;
    }),
    cell: "H4",
    clean: mofGrid(PER_ROW_CASE),
  },
  { rule: "qualitative-tier", planted: mofWith(TOWN_FORM_CLEAN, (t) => (t.rows[2].actual = "部分达成")), cell: "H12", clean: mofGrid(TOWN_FORM_CLEAN) },
  { rule: "deviation-reason", planted: mofWith(PER_ROW_CASE, (t) => delete t.rows[0].reason), cell: "I8", clean: mofGrid(PER_ROW_CASE) },
  { rule: "funds-total", planted: mofGrid(TOWN_FORM), cell: "D4", clean: mofGrid(TOWN_FORM_CLEAN) },
  { rule: "grade", planted: mofGrid({ ...TOWN_FORM_CLEAN, grade: "良" }), cell: "B21", clean: mofGrid({ ...TOWN_FORM_CLEAN, grade: "优" }) },
  { rule: "over-completion", planted: mofWith(PER_ROW_CASE, (t) => (t.rows[1].actual = "25场")), cell: "F9", clean: mofGrid(PER_ROW_CASE) },
  {
    rule: "formula-error",
    planted: withCell(seedGrid(), "F13", "#VALUE!", "=JX.RULESCORE(G13,E13)"),
    cell: "F13",
    clean: withCell(seedGrid(), "F13", 8, "=JX.RULESCORE(G13,E13)"),
  },
  // Without its 权重 column the seed states no weight anywhere: it is reported as not checked, at its header.
  { rule: "layout", planted: withCell(seedGrid(), "D4", "说明"), cell: "A4", clean: seedGrid() },
];

describe.each(cases)("$rule", ({ rule, planted, cell, clean }) => {
  it(`fires on ${cell} when the error is planted`, () => {
    expect(brief(findingsOf(planted))).toContainEqual([rule, cell]);
  });

  it("finds nothing in the clean twin", () => {
    expect(findingsOf(clean)).toEqual([]);
  });
});

it("has a planted case for every built-in check", () => {
  expect(cases.map((c) => c.rule).sort()).toEqual(builtinChecks.map((c) => c.id).sort());
});

describe("the exact findings", () => {
  it("reports the published form's 年度资金总额 0|0|0 against its 其中 row 90|89.974|89.974, once per column", () => {
    const findings = findingsOf(mofGrid(TOWN_FORM));
    expect(findings.map((f) => [f.rule, f.severity, f.cell, f.expected, f.actual])).toEqual([
      ["funds-total", "error", "C4", 90, 0],
      ["funds-total", "error", "D4", 89.974, 0],
      ["funds-total", "error", "E4", 89.974, 0],
    ]);
    expect(findings[1].message.zh).toBe("年度资金总额的全年预算数为0，其中各项之和为89.974");
  });

  it("reads a grade written with more than its label, in either label set", () => {
    const graded = (grade: string) => findingsOf(mofGrid({ ...TOWN_FORM_CLEAN, grade }));
    expect(graded("优秀（100分）")).toEqual([]);
    expect(graded("优")).toEqual([]);
    expect(graded("良好").map((f) => [f.rule, f.expected, f.actual])).toEqual([["grade", "优秀", "良好"]]);
    expect(graded("甲等").map((f) => [f.rule, f.cell, f.message.zh])).toEqual([
      ["grade", "B21", "无法识别的等级“甲等”：应为优/良/中/差或优秀/良好/合格/不合格"],
    ]);
  });

  it("per-row checker case 1: a funds score of 9 at a 50 % rate must be 5.00", () => {
    const planted = mofWith(PER_ROW_CASE, (t) => {
      t.funds[0].score = 9;
      t.total[1] = 97;
    });
    const findings = findingsOf(planted);
    expect(findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([["score-rule", "H4", 5, 9]]);
    expect(findings[0].message.zh).toBe("“预算执行率”得分为9，按评分规则应为5.00");
  });

  it("per-row checker case 2: A = 100, B = 80, W = 10 scored 10 with no reason is reported twice", () => {
    const planted = mofWith(PER_ROW_CASE, (t) => {
      t.rows[0].score = 10;
      delete t.rows[0].reason;
      t.total[1] = 95;
    });
    expect(findingsOf(planted).map((f) => [f.rule, f.severity, f.cell, f.expected])).toEqual([
      ["score-rule", "error", "H8", 8],
      ["deviation-reason", "warning", "I8", undefined],
    ]);
  });

  it("per-row checker case 3: the unchanged table has no finding", () => {
    expect(findingsOf(mofGrid(PER_ROW_CASE))).toEqual([]);
  });

  it("names the group and both numbers in a subtotal finding", () => {
    const [finding] = findingsOf(withCell(seedGrid(), "F12", 35));
    expect(finding).toEqual({
      rule: "score-subtotal",
      messageId: "mismatch",
      data: { group: "产出目标", actual: 35, expected: 34 },
      severity: "error",
      cell: "F12",
      message: { zh: "“产出目标”的得分为35，其下各指标得分之和为34", en: "The score of “产出目标” is 35, but its indicators' scores add up to 34" },
      expected: 34,
      actual: 35,
    });
  });

  it("reports weights that do not reach 100 even when the total row agrees with them", () => {
    const cells: [string, number][] = [
      ["D13", 7],
      ["F13", 7],
      ["D12", 33],
      ["F12", 33],
      ["D23", 99],
      ["F23", 96],
    ];
    const grid = cells.reduce((g, [address, value]) => withCell(g, address, value), seedGrid());
    expect(findingsOf(grid).map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([["weight-total", "D23", 100, 99]]);
  });

  it("accepts either reverse convention (R1 or R2) for a lower-is-better target", () => {
    const withFailures = (score: number) =>
      mofWith(PER_ROW_CASE, (t) => {
        t.rows[3] = { ...t.rows[3], target: "≤4次", actual: 5, weight: 30, score, reason: "设备老化" };
        t.total[1] = 63 + score;
      });
    expect(findingsOf(withFailures(22.5))).toEqual([]); // R1: (2 − 5/4) × 30
    expect(findingsOf(withFailures(24))).toEqual([]); // R2: 4/5 × 30
    expect(brief(findingsOf(withFailures(27)))).toEqual([["score-rule", "H11"]]);
  });

  it("warns about an overlapping boundary only when the row's value sits on it", () => {
    const columns = RULE_ACTUAL_COLUMNS;
    const table = (actual: CellValue, score: number) =>
      layOut(
        [
          { level1: "投入目标", name: "预算执行率", weight: 8, rule: SEED_RULES.execRate, actual, score },
          { name: "资金使用的合规性", weight: 92, rule: null, actual: null, score: 92 },
          { level1: "合计", weight: 100, score: 92 + score },
        ],
        { columns },
      );
    expect(findingsOf(table("94.76%", 8))).toEqual([]);
    expect(findingsOf(table("85%", 7.5))).toEqual([]);
    // Typed in percentage points beside a percent rule: 85 is 85 %.
    expect(findingsOf(table(85, 7.5))).toEqual([]);
    expect(brief(findingsOf(table(85, 8)))).toEqual([]);
    expect(brief(findingsOf(table(0.75, 8)))).toEqual([["score-rule", "F2"]]);
    expect(brief(findingsOf(table("85%", 8.5)))).toEqual([
      ["score-range", "F2"],
      ["score-rule", "F2"],
    ]);
    const atSeventy = findingsOf(table("70%", 4));
    expect(new Set(brief(atSeventy).map(String))).toEqual(new Set(["rule-bands,D2"]));
    expect(atSeventy.some((f) => f.message.zh.includes("70%同时属于第③项和第④项"))).toBe(true);
    expect(atSeventy.some((f) => f.message.zh.includes("80%"))).toBe(false);
  });

  it("does not score indicators marked 不适用 and rescales the total", () => {
    const grid = mofWith(PER_ROW_CASE, (t) => {
      t.rows[3] = { ...t.rows[3], actual: "不适用", score: null };
      // (5 + 8 + 20 + 20 + 10) / 70 × 100 = 90
      t.total[1] = 90;
    });
    expect(findingsOf(grid)).toEqual([]);
  });

  it("can run without a check, and with other tolerances", () => {
    const [table] = readTables(withCell(seedGrid(), "F23", 96.995));
    expect(checkTable(table)).toEqual([]);
    expect(brief(checkTable(table, { settings: { sumTolerance: 0.001 } }))).toEqual([["score-total", "F23"]]);
    expect(checkTable(readTables(withCell(seedGrid(), "F23", 96))[0], { disable: ["score-total"] })).toEqual([]);
  });
});
