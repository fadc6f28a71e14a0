import { checklistItems, parseRuleText, rulePoints, ruleScore } from "../../../src/core/ruleText";

// The 评分规则 texts of the seed's 指标评分表, verbatim; the PDF's line breaks are joined without spaces.
const BUDGET_RULE =
  "（参考分值区间，按实际完成情况打分）①预算执行率在90%及以上得 8分；②预算执行率大于 80%以上不到 90%得6-8分；③预算执行率 70%以上不到 80%得 4-6分；④预算执行率 70以下，不得分。";

const CHECKLISTS: [string, number, string][] = [
  [
    "项目设立的规范性",
    5,
    "①是否与项目本部门（单位）职责密切相关；（1分）②是否符合部门（单位）中期规划、年度目标和计划；(1分）③项目是否按照规定的程序申请设立；（1分）④项目是否经过本部门（单位）预算评审；（1分）⑤事前是否已经过必要的可行性研究、专家论证、风险评估、集体决策等。（1分）",
  ],
  [
    "绩效目标合理性",
    8,
    "①是否随同项目预算同时设置和报送绩效目标（1分）②绩效目标是否与项目预算或资金量相匹配;（2分）③是否将项目绩效目标细化分解为具体的绩效指标和指标值;（1分）④项目预算编制是否细化和量化（主要体现为依据充分、流程合规、数量合适、单价合理、）（4分）其中：科学细化量化的得 4分，基本细化量化的得 2分，未细化良化的不得分。",
  ],
  [
    "资金使用的合规性",
    6,
    "①资金使用是否符合国家财经法规、财政管理改革要求、财务管理制度，以及有关专项资金管理办法的规定。（包括公务卡、“三公”经费、政府采购等）；（3分）②资金的拨付是否有完整的审批程序和手续；（1分）③是否符合项目预算批复或合同规定的用途；（1分）④资金使用是否执行预算管理改革的相关要求（1分）",
  ],
  [
    "财务（资产）管理制度的健全性和执行的有效性",
    5,
    "①是否已制定或具有相应的项目资金（资产）管理办法；(1分）②项目资金管理办法是否符合相关财务会计制度的规定。（1分）③是否已制定或具有相应的监控机制；（1分）④是否采取了相应的财务检查等必要的监控措施或手段；（1分）⑤是否按项目进行成本核算，开展必要的项目成本控制。（1分）",
  ],
  [
    "项目管理制度的健全性和执行的有效性",
    4,
    "①是否已制定或具有科学合理的业务管理制度；（1分）②项目调整及支出调整手续是否完备；（1分）③项目合同书、验收报告、技术鉴定等资料是否齐全;（1分）④是否采取了有效的项目推进、质量检查、验收等必需的控制措施或手段。（1分）",
  ],
];

describe("the seed's 预算执行率 rule (W 8)", () => {
  const rule = parseRuleText(BUDGET_RULE);

  it("reads four bands of percentages", () => {
    expect(rule.kind).toBe("bands");
    if (rule.kind !== "bands") return;
    expect(rule.percent).toBe(true);
    expect(rule.bands).toEqual([
      { lower: { value: 0.9, inclusive: true }, upper: null, score: { from: 8, to: 8 } },
      { lower: { value: 0.8, inclusive: true }, upper: { value: 0.9, inclusive: false }, score: { from: 6, to: 8 } },
      { lower: { value: 0.7, inclusive: true }, upper: { value: 0.8, inclusive: false }, score: { from: 4, to: 6 } },
      { lower: null, upper: { value: 0.7, inclusive: true }, score: { from: 0, to: 0 } },
    ]);
  });

  it.each([
    [75.81 / 80, 8, 8, 8],
    [0.85, 7, 6, 8],
    [0.75, 5, 4, 6],
    [0.9, 8, 8, 8],
    [0.5, 0, 0, 0],
  ])("scores %p as %p (the evaluator may choose %p–%p)", (value, score, min, max) => {
    expect(ruleScore(rule, value)).toMatchObject({ score, min, max });
  });

  it("puts 89.99 % in band ②, scores 80 % (大于…以上) where ② and ③ agree, and refuses 70 % (③ 4 points, ④ 0)", () => {
    expect(ruleScore(rule, 0.8999)).toMatchObject({ min: 6, max: 8 });
    expect(ruleScore(rule, 0.8001).score).toBe(6);
    expect(ruleScore(rule, 0.8).score).toBe(6);
    expect(() => ruleScore(rule, 0.7)).toThrow("70%同时属于“预算执行率70%以上不到80%得4-6分”和“预算执行率70以下,不得分”");
  });

  it("reports 80 % (大于…以上) and 70 % (claimed by ③ and ④) as doubtful", () => {
    const about = (number: string) => rule.issues.filter((i) => i.message.zh.includes(number) && (i.kind === "ambiguous" || i.kind === "overlap"));
    expect(about("80%").map((i) => i.message.zh)).toEqual(["第②项：“大于”不含80%而“以上”含80%，自相矛盾，80%无法计分"]);
    expect(about("70%").map((i) => i.kind)).toContain("overlap");
    expect(rule.issues.find((i) => i.kind === "overlap")?.message.zh).toBe("70%同时属于第③项和第④项，无法计分");
  });

  it("reads 预算执行率 70以下 as 70 % with a note", () => {
    expect(rule.issues).toContainEqual({
      kind: "ambiguous",
      message: { zh: "第④项的“70”没有写%，按70%理解", en: 'item ④ writes "70" without %; read as 70%' },
      at: { from: 0.7, to: 0.7 },
    });
  });

  it("leaves no gap", () => {
    expect(rule.issues.filter((i) => i.kind === "gap" || i.kind === "unreadable")).toEqual([]);
  });
});

describe("the seed's checklist rules", () => {
  it.each(CHECKLISTS)("%s: the points add up to the weight %p", (_name, weight, text) => {
    const list = checklistItems(text);
    expect(list.issues).toEqual([]);
    expect(list.total).toBe(weight);
    expect(rulePoints(text)).toBe(weight);
  });

  it("reads the points of each item, with full- and half-width brackets", () => {
    const points = (text: string) => checklistItems(text).items.map((i) => [i.marker, i.points]);
    expect(points(CHECKLISTS[1][2])).toEqual([
      ["①", 1],
      ["②", 2],
      ["③", 1],
      ["④", 4],
    ]);
    expect(points(CHECKLISTS[2][2])).toEqual([
      ["①", 3],
      ["②", 1],
      ["③", 1],
      ["④", 1],
    ]);
    expect(points(CHECKLISTS[3][2]).map(([m]) => m)).toEqual(["①", "②", "③", "④", "⑤"]);
  });

  it("reads the tiers of 绩效目标合理性 ④ and gives the plain items all-or-nothing", () => {
    const items = checklistItems(CHECKLISTS[1][2]).items;
    expect(items[3].tiers).toEqual([4, 2, 0]);
    expect(items[0].tiers).toEqual([1, 0]);
    expect(items[3].text).toBe(
      "项目预算编制是否细化和量化(主要体现为依据充分、流程合规、数量合适、单价合理、)其中:科学细化量化的得4分,基本细化量化的得2分,未细化良化的不得分",
    );
  });

  it.each(CHECKLISTS)("%s is not read as a band table", (_name, _weight, text) => {
    expect(parseRuleText(text).kind).toBe("unreadable");
  });

  it("does not take the 预算执行率 bands for checklist points", () => {
    expect(() => rulePoints(BUDGET_RULE)).toThrow(/^评分规则中没有找到分值/);
  });

  it("does not take a bracketed remark such as （包括公务卡…） for points", () => {
    expect(checklistItems(CHECKLISTS[2][2]).items[0].text).toBe(
      "资金使用是否符合国家财经法规、财政管理改革要求、财务管理制度,以及有关专项资金管理办法的规定。(包括公务卡、“三公”经费、政府采购等)",
    );
  });
});
