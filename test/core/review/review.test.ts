import { checkGrid } from "../../../src/core/checks";
import { JxError } from "../../../src/core/errors";
import { makeGrid } from "../../../src/core/grid";
import { reviewGrids, reviewWorkbook, unreadableFile } from "../../../src/core/review";
import { mofGrid, TOWN_FORM, TOWN_FORM_CLEAN } from "../../fixtures/mof";
import { seedGrid } from "../../fixtures/seed";
import { withCell } from "../../fixtures/tables";

const NAMED_SEED = seedGrid({ above: [["1. 指标评分表"], ["项目名称", null, "社区养老服务", "实施单位", "街道办"], ["主管部门： 区 民政局"]] });
const DAMAGED = { zh: "文件已损坏，无法读取", en: "The file is damaged and cannot be read" };
const ENCRYPTED = new JxError("value", { zh: "文件已加密", en: "The file is encrypted" });

describe("reviewGrids", () => {
  it("gives each table the checks' own summary and findings, its project's names and its execution rate", () => {
    const grid = mofGrid(TOWN_FORM_CLEAN);
    const [checked] = checkGrid(grid);
    const { tables } = reviewGrids("镇/委托业务.xlsx", [grid]);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toEqual({
      sheet: "自评表",
      range: checked.summary.range,
      project: "委托业务项目",
      unit: "某镇规划建设中心",
      department: "某镇人民政府",
      family: checked.summary.family,
      totalScore: 100,
      grade: null,
      gradeByTotal: checked.summary.gradeByTotal,
      executionRate: 1,
      errors: checked.summary.errors,
      warnings: checked.summary.warnings,
      findings: checked.findings,
    });
  });

  it("gives no execution rate where the funds cannot give one (a budget of 0), rather than a wrong one", () => {
    const noBudget = { ...TOWN_FORM, funds: TOWN_FORM.funds.map((f) => ({ ...f, amounts: [0, 0, 0] as [number, number, number] })) };
    expect(reviewGrids("a.xlsx", [mofGrid(noBudget)]).tables[0].executionRate).toBeNull();
  });

  it("gives the rate its 其中 rows give where the total row disagrees with them (0|0|0 over 89.974 spent of 89.974)", () => {
    expect(reviewGrids("a.xlsx", [mofGrid(TOWN_FORM)]).tables[0].executionRate).toBe(1);
  });

  it("reads names beside their label or after it in the same cell, and none where the form states none", () => {
    const [named] = reviewGrids("a.xlsx", [NAMED_SEED]).tables;
    expect([named.project, named.unit, named.department]).toEqual(["社区养老服务", "街道办", "区 民政局"]);
    const [plain] = reviewGrids("b.xlsx", [seedGrid()]).tables;
    expect([plain.project, plain.unit, plain.department, plain.executionRate]).toEqual([null, null, null, null]);
  });

  it("names each of two forms on one sheet by the labels above it, not the other's", () => {
    const first = mofGrid(TOWN_FORM_CLEAN);
    const second = mofGrid({ ...TOWN_FORM_CLEAN, grade: undefined });
    const values = [...first.values, [], ...second.values.map((row) => row.map((v) => (v === "委托业务项目" ? "第二个项目" : v)))];
    const grid = makeGrid({ sheet: "两张表", values });
    const tables = reviewGrids("two.xlsx", [grid]).tables;
    expect(tables.map((t) => t.project)).toEqual(["委托业务项目", "第二个项目"]);
  });
});

describe("unreadableFile", () => {
  it("says why in the reader's words, or that the file is damaged, never what a library threw", () => {
    expect(unreadableFile("a.xlsx", ENCRYPTED)).toEqual({ file: "a.xlsx", error: ENCRYPTED.text, tables: [] });
    expect(unreadableFile("b.xlsx", new TypeError("Cannot read properties of undefined")).error).toEqual(DAMAGED);
  });
});

describe("reviewWorkbook", () => {
  const planted = withCell(NAMED_SEED, "F12", 35);
  const reviews = [
    reviewGrids("好.xlsx", [NAMED_SEED]),
    reviewGrids("错.xlsx", [planted]),
    unreadableFile("坏.xlsx", new RangeError("Invalid typed array length: -1")),
    reviewGrids("空.xlsx", [makeGrid({ sheet: "Sheet1", values: [["只是一些文字"]] })]),
  ];

  it("writes one summary row per table, and one per file that could not be read or holds no table, saying why", () => {
    const { summary, totals } = reviewWorkbook(reviews, "zh");
    expect(summary.name).toBe("审核汇总");
    expect(summary.columns.map((c) => c.header)).toEqual([
      "文件",
      "工作表",
      "区域",
      "项目名称",
      "实施单位",
      "主管部门",
      "表样",
      "总分",
      "等级",
      "预算执行率",
      "错误",
      "警告",
      "状态",
      "说明",
    ]);
    const seedRange = reviews[0].tables[0].range;
    expect(summary.rows).toEqual([
      [
        "好.xlsx",
        "Sheet1",
        seedRange,
        "社区养老服务",
        "街道办",
        "区 民政局",
        "上海 指标评分表（投入/产出/效果）",
        97,
        "优秀（按总分）",
        null,
        0,
        0,
        "通过",
        null,
      ],
      [
        "错.xlsx",
        "Sheet1",
        seedRange,
        "社区养老服务",
        "街道办",
        "区 民政局",
        "上海 指标评分表（投入/产出/效果）",
        97,
        "优秀（按总分）",
        null,
        1,
        0,
        "有错误",
        null,
      ],
      ["坏.xlsx", null, null, null, null, null, null, null, null, null, null, null, "无法读取", "文件已损坏，无法读取"],
      ["空.xlsx", null, null, null, null, null, null, null, null, null, null, null, "未找到评分表", expect.stringMatching(/^未找到指标评分表/)],
    ]);
    expect(totals).toEqual({ files: 4, tables: 2, errors: 1, warnings: 0, unreadable: 1 });
    expect(summary.columns.map((c) => c.numberFormat)).toEqual(["@", "@", "@", "@", "@", "@", "@", "0.00", "@", "0.00%", "0", "0", "@", "@"]);
    expect(summary.highlights).toEqual([
      { formula: '=OR($K2>0,$M2="无法读取")', tone: "error" },
      { formula: "=AND($K2=0,$L2>0)", tone: "warning" },
    ]);
  });

  it("writes one detail row per finding, in the pane's language", () => {
    const finding = reviews[1].tables[0].findings[0];
    const { detail } = reviewWorkbook(reviews, "zh");
    expect(detail.name).toBe("审核明细");
    expect(detail.rows).toEqual([["错.xlsx", "Sheet1", "F12", finding.rule, "错误", finding.message.zh, finding.expected ?? null, finding.actual ?? null]]);
    expect(finding.cell).toBe("F12");
    const english = reviewWorkbook(reviews, "en");
    expect(english.detail.name).toBe("Review findings");
    expect(english.detail.rows[0].slice(4, 6)).toEqual(["Error", finding.message.en]);
    expect(english.summary.rows[2].slice(-2)).toEqual(["Cannot be read", DAMAGED.en]);
    expect(english.summary.highlights[0].formula).toBe('=OR($K2>0,$M2="Cannot be read")');
  });
});
