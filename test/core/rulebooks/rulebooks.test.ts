import { readFileSync } from "fs";
import { join } from "path";
import { JxError } from "../../../src/core/errors";
import { getRulebook, Indicator, IndicatorNode, isGroup, rulebooks } from "../../../src/core/rulebooks";

const leaves = (nodes: readonly IndicatorNode[]): Indicator[] => nodes.flatMap((n) => (isGroup(n) ? leaves(n.children) : [n]));

/** The seed's text with the PDF's line breaks removed, so a verbatim text can be found in it. */
const seedText = readFileSync(join(__dirname, "../../fixtures/seed/000_e01718e9a09502c4.txt"), "utf8")
  .split("\n")
  .map((line) => line.trim())
  .join("")
  // The PDF put that row's self-score "8" in the middle of its rule text.
  .replace("依据8充分", "依据充分");

describe("built-in rulebooks", () => {
  it("are found by id, and an unknown id names the choices", () => {
    expect(rulebooks.map((r) => r.id)).toEqual(["sh-2018", "mof-2020-self", "mof-2020-framework"]);
    expect(getRulebook(" SH-2018 ").id).toBe("sh-2018");
    expect(() => getRulebook("sh-2019")).toThrow(JxError);
    expect(() => getRulebook("sh-2019")).toThrow(/sh-2019.*sh-2018、mof-2020-self、mof-2020-framework/);
  });

  it.each(rulebooks.map((r) => [r.id, r] as const))("%s has unique columns, a score column, and texts in both languages", (_id, rulebook) => {
    const ids = rulebook.columns.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("score");
    expect(ids).toContain("weight");
    for (const m of [rulebook.title, rulebook.description]) {
      expect(m.zh).toMatch(/\p{Script=Han}/u);
      expect(m.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it.each(rulebooks.filter((r) => r.example).map((r) => [r.id, r] as const))(
    "%s: every group with an official weight gets it from its example rows",
    (_id, rulebook) => {
      for (const group of rulebook.indicators) {
        const weights = leaves(group.children).map((l) => l.weight ?? l.example?.weight ?? 0);
        expect(weights.reduce((a, b) => a + b, 0)).toBe(group.weight);
      }
    },
  );
});

describe("sh-2018, the seed's table", () => {
  const sh = getRulebook("sh-2018");

  it("has the seed's groups, rows and weights", () => {
    expect(sh.indicators.map((g) => [g.name, g.weight])).toEqual([
      ["投入目标", 36],
      ["产出目标", 34],
      ["效果目标", 30],
    ]);
    expect(leaves(sh.indicators).map((l) => [l.name, l.weight])).toEqual([
      ["项目设立的规范性", 5],
      ["绩效目标合理性", 8],
      ["预算执行率", 8],
      ["资金使用的合规性", 6],
      ["财务（资产）管理制度的健全性和执行的有效性", 5],
      ["项目管理制度的健全性和执行的有效性", 4],
      ["档案扫描完成率", 8],
      ["网络运维完成率", 8],
      ["音视频系统运维完成率", 9],
      ["信息系统维护完成率", 9],
      ["信息化系统故障率", 6],
      ["信息化办案效率提升情况", 6],
      ["相关人员满意度", 6],
      ["建立应急响应机制", 6],
      ["建立信息化运维管理制度", 6],
    ]);
    expect(sh.columns.map((c) => c.header)).toEqual(["一级指标", "指标名称", "指标解释", "权重", "评分规则", "自评分", "备注"]);
  });

  it("carries every 指标解释 and 评分规则 verbatim from the seed", () => {
    const texts = [...sh.indicators, ...leaves(sh.indicators)].flatMap((n) => [n.explanation, n.ruleText]).filter((t): t is string => !!t);
    expect(texts.length).toBe(2 + 2 + 6 + 6);
    expect(texts.filter((t) => !seedText.includes(t))).toEqual([]);
    // The seed's own mixed brackets survive.
    expect(leaves(sh.indicators)[0].ruleText).toContain("计划；(1分）③");
  });

  it("example: the seed's self-scores, money and result", () => {
    const scores = leaves(sh.indicators).map((l) => l.example?.score ?? null);
    expect(scores.slice(6)).toEqual([8, 8, 9, 9, 6, 5, 5, 5, 6]);
    expect(sh.example).toMatchObject({ funds: [{ budget: 80, executed: 75.81 }], total: 97, grade: "优秀" });
  });
});

describe("mof-2020-self", () => {
  const mof = getRulebook("mof-2020-self");
  it("has the form's first- and second-level indicators with 50/30/10", () => {
    expect(mof.indicators.map((g) => [g.name, g.weight, g.children.map((c) => c.name)])).toEqual([
      ["产出指标", 50, ["数量指标", "质量指标", "时效指标", "成本指标"]],
      ["效益指标", 30, ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]],
      ["满意度指标", 10, ["服务对象满意度指标"]],
    ]);
    expect(mof.example?.funds).toHaveLength(3);
  });
});

describe("mof-2020-framework", () => {
  it("leaves every weight to the user", () => {
    const fw = getRulebook("mof-2020-framework");
    expect(fw.indicators.map((g) => g.name)).toEqual(["决策", "过程", "产出", "效益"]);
    expect(leaves(fw.indicators).every((l) => l.weight === null)).toBe(true);
    expect(leaves(fw.indicators).map((l) => l.name)).toContain("资金到位率");
  });
});
