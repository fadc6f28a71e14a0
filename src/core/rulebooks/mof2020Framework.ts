import { Indicator, IndicatorGroup, Rulebook } from "./types";

/**
 * 项目支出绩效评价指标体系框架（参考）of 财预〔2020〕10号 (rulebook §1.3), for 部门评价 and 财政评价.
 * The framework prescribes no weights and no scoring texts: the evaluator sets both, and the checks
 * demand the weights add up to 100. The 指标解释 give the framework's own formulas.
 */
const row = (name: string, explanation?: string): Indicator => ({ name, explanation, weight: null, rule: { kind: "manual" } });
const group = (name: string, children: (Indicator | IndicatorGroup)[]): IndicatorGroup => ({ name, weight: null, children });

export const mof2020Framework: Rulebook = {
  id: "mof-2020-framework",
  version: 1,
  title: { zh: "项目支出绩效评价指标体系框架（参考）", en: "Project expenditure evaluation framework (MoF 2020, reference)" },
  heading: "项目支出绩效评价指标评分表",
  description: {
    zh: "财政部 2020 年版评价指标体系框架：决策、过程、产出、效益四类一级指标，权重与评分标准由评价人设定，用于部门评价或财政评价。",
    en: "The MoF 2020 evaluation framework: decision, process, output and benefit; the evaluator sets weights and criteria (department or fiscal evaluations).",
  },
  layout: "scoring-table",
  columns: [
    { id: "level1", header: "一级指标", width: 8 },
    { id: "level2", header: "二级指标", width: 12 },
    { id: "level3", header: "三级指标", width: 16 },
    { id: "weight", header: "分值", width: 9 },
    { id: "explanation", header: "指标解释", width: 34 },
    { id: "rule", header: "评分标准", width: 34 },
    { id: "score", header: "得分", width: 9 },
  ],
  grades: "short",
  checks: ["weight-total", "weight-subtotal", "score-invalid", "score-range", "score-subtotal", "score-total", "grade", "rule-bands", "formula-error"],
  indicators: [
    group("决策", [
      group("项目立项", [row("立项依据充分性"), row("立项程序规范性")]),
      group("绩效目标", [row("绩效目标合理性"), row("绩效指标明确性")]),
      group("资金投入", [row("预算编制科学性"), row("资金分配合理性")]),
    ]),
    group("过程", [
      group("资金管理", [
        row("资金到位率", "资金到位率=实际到位资金/预算资金×100%"),
        row("预算执行率", "预算执行率=实际支出资金/实际到位资金×100%"),
        row("资金使用合规性"),
      ]),
      group("组织实施", [row("管理制度健全性"), row("制度执行有效性")]),
    ]),
    group("产出", [
      group("产出数量", [row("实际完成率", "实际完成率=实际产出数/计划产出数×100%")]),
      group("产出质量", [row("质量达标率", "质量达标率=质量达标产出数/实际产出数×100%")]),
      group("产出时效", [row("完成及时性")]),
      group("产出成本", [row("成本节约率", "成本节约率=（计划成本-实际成本）/计划成本×100%")]),
    ]),
    group("效益", [group("项目效益", [row("经济效益"), row("社会效益"), row("生态效益"), row("可持续影响"), row("服务对象满意度")])]),
  ],
};
