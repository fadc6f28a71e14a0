import { Rulebook } from "./types";

/**
 * The Shanghai 指标评分表 of the seed report (rulebook §1.1). Every name, 指标解释 and 评分规则 is the
 * seed's text verbatim, with the PDF's line breaks joined and its mixed brackets kept: users expect
 * the official wording. The 产出/效果 rows have no target or actual columns in this form, so they
 * are scored by hand under the group's rule 自评分不能超过权重分.
 */
const BY_ACTUAL = "各项指标按实际完成情况打分，自评分不能超过权重分。";
const ALL_TICKED = (n: number) => Array<boolean>(n).fill(true);

export const sh2018: Rulebook = {
  id: "sh-2018",
  version: 1,
  title: { zh: "上海 指标评分表（投入/产出/效果）", en: "Shanghai indicator scoring table (input/output/effect)" },
  heading: "项目支出绩效自评指标评分表",
  description: {
    zh: "上海市财政项目绩效自评价报告所附的指标评分表：投入、产出、效果三类一级指标，含指标解释与评分规则。",
    en: "The scoring table of a Shanghai project self-evaluation report: input, output and effect indicators with their explanations and rules.",
  },
  layout: "scoring-table",
  columns: [
    { id: "level1", header: "一级指标", width: 10 },
    { id: "level2", header: "指标名称", width: 16 },
    { id: "explanation", header: "指标解释", width: 28 },
    { id: "weight", header: "权重", width: 9 },
    { id: "rule", header: "评分规则", width: 48 },
    { id: "score", header: "自评分", width: 9 },
    { id: "remark", header: "备注", width: 14 },
  ],
  grades: "long",
  checks: [
    "weight-total",
    "weight-subtotal",
    "rule-points",
    "score-invalid",
    "score-range",
    "score-subtotal",
    "score-total",
    "score-rule",
    "grade",
    "rule-bands",
    "formula-error",
  ],
  indicators: [
    {
      name: "投入目标",
      weight: 36,
      children: [
        {
          name: "项目设立的规范性",
          explanation: "项目的申请、设立过程是否符合相关要求，用以反映和考核项目立项的规范情况。",
          weight: 5,
          rule: { kind: "checklist" },
          ruleText:
            "①是否与项目本部门（单位）职责密切相关；（1分）②是否符合部门（单位）中期规划、年度目标和计划；(1分）③项目是否按照规定的程序申请设立；（1分）④项目是否经过本部门（单位）预算评审；（1分）⑤事前是否已经过必要的可行性研究、专家论证、风险评估、集体决策等。（1分）",
          example: { ticks: ALL_TICKED(5) },
        },
        {
          name: "绩效目标合理性",
          explanation: "项目所设定的绩效目标是否依据充分，是否符合客观实际，绩效目标与预算是否匹配。",
          weight: 8,
          rule: { kind: "checklist" },
          ruleText:
            "①是否随同项目预算同时设置和报送绩效目标（1分）②绩效目标是否与项目预算或资金量相匹配;（2分）③是否将项目绩效目标细化分解为具体的绩效指标和指标值;（1分）④项目预算编制是否细化和量化（主要体现为依据充分、流程合规、数量合适、单价合理、）（4分）其中：科学细化量化的得 4分，基本细化量化的得 2分，未细化良化的不得分。",
          example: { ticks: ALL_TICKED(4) },
        },
        {
          name: "预算执行率",
          explanation: "反映项目预算执行的进度",
          weight: 8,
          rule: { kind: "ruleText", of: "execRate" },
          ruleText:
            "（参考分值区间，按实际完成情况打分）①预算执行率在90%及以上得 8分；②预算执行率大于 80%以上不到 90%得6-8分；③预算执行率 70%以上不到 80%得 4-6分；④预算执行率 70以下，不得分。",
        },
        {
          name: "资金使用的合规性",
          explanation: "项目资金使用是否符合相关法律法规、制度和规定，项目资金使用是否规范和安全。",
          weight: 6,
          rule: { kind: "checklist" },
          ruleText:
            "①资金使用是否符合国家财经法规、财政管理改革要求、财务管理制度，以及有关专项资金管理办法的规定。（包括公务卡、“三公”经费、政府采购等）；（3分）②资金的拨付是否有完整的审批程序和手续；（1分）③是否符合项目预算批复或合同规定的用途；（1分）④资金使用是否执行预算管理改革的相关要求（1分）",
          example: { ticks: ALL_TICKED(4) },
        },
        {
          name: "财务（资产）管理制度的健全性和执行的有效性",
          explanation:
            "项目的财务制度是否健全、完善、有效，用以反映和考核财务管理制度对资金规范、安全运行的保障情况，以及反映和考核项目实施单位对资金运行的控制情况。",
          weight: 5,
          rule: { kind: "checklist" },
          ruleText:
            "①是否已制定或具有相应的项目资金（资产）管理办法；(1分）②项目资金管理办法是否符合相关财务会计制度的规定。（1分）③是否已制定或具有相应的监控机制；（1分）④是否采取了相应的财务检查等必要的监控措施或手段；（1分）⑤是否按项目进行成本核算，开展必要的项目成本控制。（1分）",
          example: { ticks: ALL_TICKED(5) },
        },
        {
          name: "项目管理制度的健全性和执行的有效性",
          explanation: "与项目直接相关的业务管理制度是否健全、完善和有效，项目实施是否符合相关业务管理规定，是否为达到项目质量要求而采取了必需的措施。",
          weight: 4,
          rule: { kind: "checklist" },
          ruleText:
            "①是否已制定或具有科学合理的业务管理制度；（1分）②项目调整及支出调整手续是否完备；（1分）③项目合同书、验收报告、技术鉴定等资料是否齐全;（1分）④是否采取了有效的项目推进、质量检查、验收等必需的控制措施或手段。（1分）",
          example: { ticks: ALL_TICKED(4) },
        },
      ],
    },
    {
      name: "产出目标",
      explanation: "项目实施的实际产出与计划产出的比率，用以反映和考核项目产出目标的实现程度。（对照项目具体绩效目标和指标）",
      ruleText: BY_ACTUAL,
      weight: 34,
      children: [
        { name: "档案扫描完成率", weight: 8, rule: { kind: "manual" }, example: { score: 8 } },
        { name: "网络运维完成率", weight: 8, rule: { kind: "manual" }, example: { score: 8 } },
        { name: "音视频系统运维完成率", weight: 9, rule: { kind: "manual" }, example: { score: 9 } },
        { name: "信息系统维护完成率", weight: 9, rule: { kind: "manual" }, example: { score: 9 } },
      ],
    },
    {
      name: "效果目标",
      explanation:
        "项目实施是否解决了项目设立时要解决的问题和要达到的效果（含社会效益、生态效益、经济效益等，属于政府购买服务项目的,应结合实际收集社会公众满意度信息）。（对照项目具体绩效目标和指标）",
      ruleText: BY_ACTUAL,
      weight: 30,
      children: [
        { name: "信息化系统故障率", weight: 6, rule: { kind: "manual" }, example: { score: 6 } },
        { name: "信息化办案效率提升情况", weight: 6, rule: { kind: "manual" }, example: { score: 5 } },
        { name: "相关人员满意度", weight: 6, rule: { kind: "manual" }, example: { score: 5 } },
        { name: "建立应急响应机制", weight: 6, rule: { kind: "manual" }, example: { score: 5 } },
        { name: "建立信息化运维管理制度", weight: 6, rule: { kind: "manual" }, example: { score: 6 } },
      ],
    },
  ],
  example: {
    funds: [{ initialBudget: 80, budget: 80, executed: 75.81 }],
    total: 97,
    grade: "优秀",
    source: {
      zh: "上海市崇明区人民检察院 2018 年信息化运行维护项目绩效自评价报告",
      en: "The 2018 self-evaluation of the IT operations project of the Chongming District Procuratorate, Shanghai",
    },
  },
};
