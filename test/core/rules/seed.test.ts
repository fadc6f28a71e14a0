import {
  checklistScore,
  execRateScore,
  execRateScoreRange,
  grade,
  GRADE_LABELS_LONG,
  qualitativeTier,
  rescaledTotal,
  tierBounds,
} from "../../../src/core/rules";

/**
 * The golden test: the seed's 指标评分表 (rulebook §1.1). The report gives each row's weight and
 * self-score, the money and the checklist items' points; it does not give the 产出/效果 rates, so
 * those rows enter with their published scores.
 */
const ticked = (n: number) => Array<string>(n).fill("是");

const inputRows = [
  { name: "项目设立的规范性", weight: 5, score: checklistScore(ticked(5), [1, 1, 1, 1, 1]) },
  { name: "绩效目标合理性", weight: 8, score: checklistScore(ticked(4), [1, 2, 1, 4]) },
  { name: "预算执行率", weight: 8, score: execRateScore(75.81, 80, 8, "banded") },
  { name: "资金使用的合规性", weight: 6, score: checklistScore(ticked(4), [3, 1, 1, 1]) },
  { name: "财务（资产）管理制度的健全性和执行的有效性", weight: 5, score: checklistScore(ticked(5), [1, 1, 1, 1, 1]) },
  { name: "项目管理制度的健全性和执行的有效性", weight: 4, score: checklistScore(ticked(4), [1, 1, 1, 1]) },
];
const outputRows = [
  { name: "档案扫描完成率", weight: 8, score: 8 },
  { name: "网络运维完成率", weight: 8, score: 8 },
  { name: "音视频系统运维完成率", weight: 9, score: 9 },
  { name: "信息系统维护完成率", weight: 9, score: 9 },
];
const effectRows = [
  { name: "信息化系统故障率", weight: 6, score: 6 },
  { name: "信息化办案效率提升情况", weight: 6, score: 5 },
  { name: "相关人员满意度", weight: 6, score: 5 },
  { name: "建立应急响应机制", weight: 6, score: 5 },
  { name: "建立信息化运维管理制度", weight: 6, score: 6 },
];

const sum = (rows: { score: number }[]) => rows.reduce((total, row) => total + row.score, 0);
const applicable = (rows: { weight: number; score: number }[]) => rows.map((r) => ({ ...r, applicable: true }));

describe("the seed's 指标评分表", () => {
  it("computes the 投入目标 rows the seed scored: 5, 8, 8, 6, 5, 4 = 36", () => {
    expect(inputRows.map((r) => r.score)).toEqual([5, 8, 8, 6, 5, 4]);
    expect(sum(inputRows)).toBe(36);
  });

  it("gives 8 points for 75.81 of 80 万元 (94.7625 %), inside the band the checker accepts", () => {
    expect(execRateScoreRange(75.81 / 80, 8, "banded")).toEqual({ min: 8, max: 8, score: 8, ambiguity: null });
  });

  it("adds up to 36/34/27 and a total of 97, graded 优秀", () => {
    expect([sum(inputRows), sum(outputRows), sum(effectRows)]).toEqual([36, 34, 27]);
    const total = rescaledTotal(applicable([...inputRows, ...outputRows, ...effectRows]));
    expect(total).toBe(97);
    expect(grade(total, GRADE_LABELS_LONG)).toBe("优秀");
  });

  it("keeps the qualitative self-scores (5 and 6 of 6) inside the 达成 tier", () => {
    expect(qualitativeTier("达成预期指标")).toBe("achieved");
    const { min, max } = tierBounds("achieved", 6);
    for (const name of ["信息化办案效率提升情况", "建立应急响应机制", "建立信息化运维管理制度"]) {
      const score = effectRows.find((r) => r.name === name)!.score;
      expect(score).toBeGreaterThanOrEqual(min);
      expect(score).toBeLessThanOrEqual(max);
    }
  });
});
