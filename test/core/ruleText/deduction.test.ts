import { JxError } from "../../../src/core/errors";
import { parseRuleText, ruleScore } from "../../../src/core/ruleText";

function errorOf(run: () => unknown): JxError {
  try {
    run();
  } catch (e) {
    if (e instanceof JxError) return e;
    throw e;
  }
  throw new Error("expected a JxError");
}

describe("per-step deductions", () => {
  const deviation = parseRuleText("偏差率不超过5%得满分，每超过一个百分点扣0.5分，扣完为止");

  it("reads the threshold from the full-score clause and deducts from the weight", () => {
    expect(deviation).toEqual({
      kind: "deduction",
      deduction: { threshold: 0.05, above: { step: 0.01, perStep: 0.5, ofBase: false, cap: null }, below: null, count: null, base: "weight", limits: [] },
      percent: true,
      issues: [],
    });
  });

  it.each([
    [0.03, 5, 5, 5],
    [0.05, 5, 5, 5],
    [0.07, 4, 4, 4],
    [0.075, 3.75, 3.5, 4],
    [0.5, 0, 0, 0],
  ])("W 5: %p scores %p (whole steps: %p–%p)", (value, score, min, max) => {
    expect(ruleScore(deviation, value, 5)).toEqual({ score, min, max });
  });

  it("needs the weight to deduct from full marks", () => {
    const error = errorOf(() => ruleScore(deviation, 0.07));
    expect(error.code).toBe("value");
    expect(error.text.zh).toBe("该规则从满分起扣，需要给出分值（权重）");
    expect(errorOf(() => ruleScore(deviation, 0.07, null)).code).toBe("value");
    expect(errorOf(() => ruleScore(deviation, 0.07, -1)).code).toBe("num");
  });

  it("deducts from a score written in the text, below a threshold", () => {
    const rule = parseRuleText("完成率100%得10分，每低于1个百分点扣1分");
    expect(rule.kind === "deduction" && rule.deduction).toEqual({
      threshold: 1,
      above: null,
      below: { step: 0.01, perStep: 1, ofBase: false, cap: null },
      count: null,
      base: 10,
      limits: [],
    });
    expect(ruleScore(rule, 0.97).score).toBe(7);
    expect(ruleScore(rule, 1.02).score).toBe(10);
  });

  it("counts cases: 每出现一例不符合要求的扣1分", () => {
    const rule = parseRuleText("每出现一例不符合要求的扣1分");
    expect(rule.kind === "deduction" && rule.deduction).toEqual({
      threshold: null,
      above: null,
      below: null,
      count: { step: 1, perStep: 1, ofBase: false, cap: null },
      base: "weight",
      limits: [],
    });
    expect(ruleScore(rule, 0, 6).score).toBe(6);
    expect(ruleScore(rule, 2, 6).score).toBe(4);
    expect(ruleScore(rule, 9, 6).score).toBe(0);
    expect(errorOf(() => ruleScore(rule, 1.5, 6)).text.zh).toBe("次数应为不小于0的整数，而不是1.5");
  });

  it.each([
    ["每超过两个百分点扣1分", 0.02],
    ["每超过十个百分点扣1分", 0.1],
    ["每超过二十五个百分点扣1分", 0.25],
    ["每超过1%扣1分", 0.01],
    ["每延误3天扣1分", 3],
  ])("reads the step of %s", (text, step) => {
    const rule = parseRuleText(`不超过0得满分，${text}`);
    expect(rule.kind === "deduction" && rule.deduction.above?.step).toBe(step);
  });

  it.each([["每延迟3天扣1分"], ["超过5%的，每1个百分点扣1分"], ["每超过0个百分点扣1分"], ["每超过一二个百分点扣1分"]])(
    "does not guess the step of %s",
    (text) => {
      const rule = parseRuleText(text);
      expect(rule.kind).toBe("unreadable");
      expect(rule.issues[0].message.zh).toMatch(/看不懂扣分的步长/);
    },
  );

  it("cannot score 每超过一个百分点 without a threshold, and says why", () => {
    const rule = parseRuleText("每超过一个百分点扣0.5分，扣完为止");
    expect(rule.kind).toBe("deduction");
    const error = errorOf(() => ruleScore(rule, 0.07, 5));
    expect(error.code).toBe("na");
    expect(error.text.zh).toBe("规则没有写明从哪个数值起扣分（如“不超过5%得满分”），无法为7%计分");
  });

  it("takes the start from the caller when the text gives none (the row's 年度指标值)", () => {
    const rule = parseRuleText("每超过一个百分点扣0.5分，扣完为止");
    expect(ruleScore(rule, 0.07, 5, 0.05).score).toBe(4);
    expect(errorOf(() => ruleScore(rule, 0.07, 5, null)).code).toBe("na");
    expect(errorOf(() => ruleScore(rule, 0.07, 5, Infinity)).code).toBe("num");
  });

  it("keeps the start the text gives over the caller's", () => {
    expect(ruleScore(deviation, 0.07, 5, 0.06).score).toBe(4);
  });

  it("reports a second starting clause instead of using it", () => {
    const rule = parseRuleText("偏差率不超过5%得满分；偏差率不超过3%得5分；每超过一个百分点扣1分");
    expect(rule.kind === "deduction" && rule.deduction.threshold).toBe(0.05);
    expect(rule.issues.map((i) => i.kind)).toEqual(["unreadable"]);
  });

  it("deducts on both sides of the target: 每超过…扣…；每低于…扣…", () => {
    const rule = parseRuleText("完成率=100%得10分；每超过1个百分点扣0.5分；每低于1个百分点扣1分");
    expect(ruleScore(rule, 1).score).toBe(10);
    expect(ruleScore(rule, 1.04).score).toBe(8);
    expect(ruleScore(rule, 0.96).score).toBe(6);
  });

  it("reads 每相差 as both sides, and 扣满15分为止 as the most it deducts", () => {
    const rule = parseRuleText("以100%为标准，每相差3%，扣1分，扣满15分为止");
    expect(rule.kind === "deduction" && rule.deduction).toEqual({
      threshold: 1,
      above: { step: 0.03, perStep: 1, ofBase: false, cap: 15 },
      below: { step: 0.03, perStep: 1, ofBase: false, cap: 15 },
      count: null,
      base: "weight",
      limits: [],
    });
    expect(ruleScore(rule, 0.94, 20).score).toBe(18);
    expect(ruleScore(rule, 1.06, 20).score).toBe(18);
    expect(ruleScore(rule, 0.1, 20).score).toBe(5);
  });

  it("takes a lead sentence as the standard: 以100%为标准，≤100% 计5分；每超过一个百分点扣0.5分，扣完为止", () => {
    const rule = parseRuleText("以100%为标准，≤100% 计5分；每超过一个百分点扣0.5分，扣完为止");
    expect(rule.kind === "deduction" && rule.deduction).toMatchObject({ threshold: 1, base: 5 });
    expect(ruleScore(rule, 0.9).score).toBe(5);
    expect(ruleScore(rule, 1.03).score).toBe(3.5);
    expect(ruleScore(rule, 1.5).score).toBe(0);
  });

  it("refuses a standard that disagrees with the full-score clause", () => {
    const rule = parseRuleText("以100%为标准。≤95%计5分；每超过一个百分点扣0.5分");
    expect(errorOf(() => ruleScore(rule, 0.9)).text.zh).toContain("起扣的数值前后不一致");
  });

  it("reads a deduction's own condition (“三公经费”>0,每超过…) and refuses one that disagrees", () => {
    const rule = parseRuleText("变动率≦0,计5分;变动率>0,每超过一个百分点扣0.5分,扣完为止。");
    expect(ruleScore(rule, 0.04).score).toBe(3);
    expect(ruleScore(rule, -0.1).score).toBe(5);
    const other = parseRuleText("变动率≦0,计5分;变动率>3%,每超过一个百分点扣0.5分,扣完为止。");
    expect(errorOf(() => ruleScore(other, 0.04)).text.zh).toContain("扣分条件与起扣的数值不一致");
  });

  it("refuses two count deductions: one count cannot say which it is", () => {
    const rule = parseRuleText("每出现一例违规扣1分；每发生一次延误扣2分");
    const error = errorOf(() => ruleScore(rule, 1, 10));
    expect(error.code).toBe("value");
    expect(error.text.zh).toContain("有多条扣分规则“每出现一例违规扣1分”“每发生一次延误扣2分”");
  });

  it("takes sentences without a number or score as what a count rule counts", () => {
    const rule = parseRuleText("①支出符合财经法规；②资金拨付有完整的审批手续。以上情况每出现一例不符合要求的扣1分，扣完为止。");
    expect(ruleScore(rule, 1, 3).score).toBe(2);
    expect(errorOf(() => ruleScore(rule, 1)).text.zh).toBe("该规则从满分起扣，需要给出分值（权重）");
  });

  it("refuses a starting score above the weight", () => {
    const rule = parseRuleText("完成率100%得10分，每低于1个百分点扣1分");
    expect(errorOf(() => ruleScore(rule, 0.97, 8)).text.zh).toBe("“起扣分数”的10分高于分值8分");
  });
});

describe("deductions as published (issue 10)", () => {
  it.each([
    ["不足500字者,每少50字扣1分", 450, 50, 49],
    ["不足500字者,每少50字扣1分", 600, 50, 50],
    ["错别字每3个扣1分（重复的错别字不计），最多扣3分", 6, 50, 48],
    ["错别字每3个扣1分（重复的错别字不计），最多扣3分", 30, 50, 47],
    ["签约项目半年后开工率要达到40%，为达到目标每低一个百分点扣0.1分", 0.35, 2, 1.5],
    ["(4)路面整洁卫生,无暴露垃圾、污水,得10分;发现一处扣2分,扣完为止(实地查看)", 3, null, 4],
    ["每迟报一天扣1分;迟报四天及以上不得分。", 3, 5, 2],
    ["每迟报一天扣1分;迟报四天及以上不得分。", 4, 5, 0],
    ["认真做好家访工作(家访每月不少于2次,并要有详细的记录)(5分) 缺一次扣0。5分。", 2, null, 4],
    ["参加测评的满意度票数与总票数之比，80%以上得满分，每少5%减1分，低于50%不得分", 0.7, 10, 8],
  ])("%s: %p (weight %p) → %p", (text, value, weight, score) => {
    expect(ruleScore(parseRuleText(text), value, weight).score).toBe(score);
  });

  it.each([
    ["有发展规划，按规划要求执行得满分，执行不到位的酌情减分，没有规划不得分", "“酌情”由评价人判断，无法计算"],
    ["工程未达到进度要求的扣2分;质量有缺陷的每处扣1分。", "起扣条件应给出一个分数"],
    ["目视范围内有垃圾的,每发现一处扣1分,共计5分,扣完为止。村庄有露天焚烧现象,此项不得分。", "次数无法判断此条件是否成立"],
  ])("refuses %s", (text, why) => {
    expect(errorOf(() => ruleScore(parseRuleText(text), 1, 10)).text.zh).toContain(why);
  });
});
