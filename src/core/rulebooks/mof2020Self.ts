import { Indicator, IndicatorExample, Rulebook } from "./types";

/**
 * 项目支出绩效自评表, the form annexed to 财预〔2020〕10号 (rulebook §1.2): a funds block scored by the
 * proportional 预算执行率 (10 points), the year's goals, then 产出 50 / 效益 30 / 满意度 10 with their
 * second-level indicators and third-level rows the unit names itself. Each third-level row is scored
 * from its 年度指标值 and 实际完成值; a qualitative target is scored by hand.
 */
const slot = (example?: IndicatorExample): Indicator => ({ name: "", weight: null, rule: { kind: "indicator" }, example });

export const mof2020Self: Rulebook = {
  id: "mof-2020-self",
  version: 1,
  title: { zh: "项目支出绩效自评表（财预〔2020〕10号）", en: "Project expenditure self-evaluation form (MoF 2020)" },
  heading: "项目支出绩效自评表",
  description: {
    zh: "财政部 2020 年版项目支出绩效自评表：资金执行 10 分，产出 50 分，效益 30 分，满意度 10 分，按年度指标值与实际完成值评分。",
    en: "The Ministry of Finance 2020 self-evaluation form: funds 10, outputs 50, benefits 30, satisfaction 10, scored against annual targets.",
  },
  layout: "mof-self",
  columns: [
    { id: "level1", header: "一级指标", width: 10 },
    { id: "level2", header: "二级指标", width: 12 },
    { id: "level3", header: "三级指标", width: 24 },
    { id: "target", header: "年度指标值", width: 14 },
    { id: "actual", header: "实际完成值", width: 14 },
    { id: "weight", header: "分值", width: 9 },
    { id: "score", header: "得分", width: 9 },
    { id: "deviation", header: "偏差原因分析及改进措施", width: 30 },
  ],
  grades: "short",
  checks: [
    "weight-total",
    "weight-subtotal",
    "score-invalid",
    "score-range",
    "score-subtotal",
    "score-total",
    "score-rule",
    "qualitative-tier",
    "deviation-reason",
    "funds-total",
    "grade",
    "over-completion",
    "formula-error",
  ],
  indicators: [
    {
      name: "产出指标",
      weight: 50,
      children: [
        {
          name: "数量指标",
          weight: null,
          children: [slot({ name: "基建工程委托业务项目数量", target: "≥50个", actual: 50, weight: 8 })],
        },
        {
          name: "质量指标",
          weight: null,
          children: [
            slot({ name: "委托业务报告合格率", target: "≥100%", actual: "100%", weight: 8 }),
            slot({ name: "经费支出合规性", target: "严格执行相关制度规定", actual: "达成预期指标", weight: 8, score: 8 }),
          ],
        },
        {
          name: "时效指标",
          weight: null,
          children: [slot({ name: "提交报告及时性", target: "≥100%", actual: "100%", weight: 8 })],
        },
        {
          name: "成本指标",
          weight: null,
          children: [
            slot({ name: "项目总成本", target: "≤90万元", actual: 89.974, weight: 8 }),
            slot({ name: "单项业务成本", target: "≤1.8万元", actual: 1.75, weight: 10 }),
          ],
        },
      ],
    },
    {
      name: "效益指标",
      weight: 30,
      children: [
        { name: "经济效益指标", weight: null, children: [slot()] },
        {
          name: "社会效益指标",
          weight: null,
          children: [slot({ name: "为工程审核提供专业依据", target: "效果明显", actual: "达成预期指标", weight: 10, score: 10 })],
        },
        {
          name: "生态效益指标",
          weight: null,
          children: [slot({ name: "报告电子化报送", target: "减少纸质材料", actual: "达成预期指标", weight: 10, score: 10 })],
        },
        {
          name: "可持续影响指标",
          weight: null,
          children: [
            slot({
              name: "委托业务管理机制",
              target: "长效运行",
              actual: "部分达成",
              weight: 10,
              score: 7,
              deviation: "管理办法仍在修订，下年度完成发布并落实。",
            }),
          ],
        },
      ],
    },
    {
      name: "满意度指标",
      weight: 10,
      children: [
        {
          name: "服务对象满意度指标",
          weight: null,
          children: [
            slot({
              name: "委托单位满意度",
              target: "≥90%",
              actual: "85%",
              weight: 10,
              deviation: "个别报告反馈不及时，已建立周报制度。",
            }),
          ],
        },
      ],
    },
  ],
  example: {
    funds: [
      { initialBudget: 90, budget: 89.974, executed: 89.974 },
      { initialBudget: 0, budget: 0, executed: 0 },
      { initialBudget: 0, budget: 0, executed: 0 },
    ],
    goals: {
      expected: "完成 50 个以上基建工程委托业务，报告全部合格并按时提交，总成本控制在 90 万元以内。",
      achieved: "完成委托业务 50 个，报告全部合格并按时提交，总成本 89.974 万元。",
    },
    // 10 (funds, 100 %) + 产出 50 + 效益 27 + 满意度 85 %/90 % × 10 = 9.44.
    total: 96.44,
    grade: "优",
    source: {
      zh: "依据一份公开的 2022 年镇政府委托业务项目自评表（规则手册 §5）改写，效益与满意度数字为示例。",
      en: "Adapted from a published 2022 town-government form (rulebook §5); the benefit and satisfaction figures are illustrative.",
    },
  },
};
