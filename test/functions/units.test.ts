import { JxError } from "../../src/core/errors";
import { invoke } from "../../src/functions/invoke";
import { JX } from "../../src/functions/jxFunctions";

const call = (id: keyof typeof JX, ...args: unknown[]) => invoke(JX[id], (e: JxError) => e, ...args)[0][0];

describe("amounts typed with their units (issue 10)", () => {
  it("brings both amounts to one base unit", () => {
    expect(call("EXECRATE", "8000元", "1万元")).toBe(0.8);
    expect(call("COMPLETIONSCORE", "8000人次", "1万人次", 10)).toBe(8);
    expect(call("REVERSESCORE", "1.2万元", "9000元", 10)).toBe(6.67);
    expect(call("EXECRATESCORE", "75.81万元", "80万元", 8, "区间")).toBe(8);
    expect(call("COMPLETIONSCORE", 90, "95%", 10)).toBe(9.47);
  });

  it("refuses units that share no base, naming both", () => {
    const error = call("EXECRATE", "8000个", "1万元") as JxError;
    expect(error.code).toBe("value");
    expect(error.text.zh).toBe("全年执行数的单位“个”与全年预算数的单位“万元”不一致");
  });
});

describe("RULESCORE on the phrasings of issue 10", () => {
  it.each([
    ["制定有实施方案的，得3分，否则不得分", "是", null, 3],
    ["制定有实施方案的，得3分，否则不得分", "否", null, 0],
    ["制定有实施方案的，得3分，否则不得分", true, null, 3],
    ["符合标准，得满分", "达到", 4, 4],
    ["资料齐全的得2分，不齐全的扣2分", "无", null, 0],
    ["满意率≥90%，得满分；≥80%，得2分；<80%，不得分", 0.95, 4, 4],
    ["满意率≥90%，得满分；≥80%，得2分；<80%，不得分", "85%", 4, 2],
    ["按完成比例计算得分，满分为止", 1.1, 20, 20],
    ["得分=资金到位率×该项指标分值", 0.9, 10, 9],
    ["得分值=种植率×30", 0.9, 30, 27],
    ["按实际完成数/计划数×分值计分", 0.5, 6, 3],
    ["按比重计算得分（3分）", 0.5, null, 1.5],
    ["以100%为标准，≤100% 计5分；每超过一个百分点扣0.5分，扣完为止", 1.02, 5, 4],
    ["≥90%(5)；80%-90%（3-4）；<80%(0)", 0.85, 5, 3.5],
    ["≥90分得满分，≥80分得4分，<80分不得分", 85, 5, 4],
    ["培训时间不得少于7天，得3分，否则不得分", "8天", 3, 3],
    ["至少90%得8分，低于90%不得分", 0.9, 8, 8],
    ["政务微博、公开栏等情况(以实地考评为准,一项可得2分,最高不超过6分)", 2, null, 4],
    ["政务微博、公开栏等情况(以实地考评为准,一项可得2分,最高不超过6分)", 4, null, 6],
    ["目标完成 100/90/80/70/60%，得分 5/4/3/2/1，60% 以下 0 分", 0.95, null, 4],
    ["低于70%得0分，70%-90%线性得分，90%以上得满分。", 0.85, 10, 7.5],
  ])("%s: %p (weight %p) → %p", (text, value, weight, score) => {
    expect(call("RULESCORE", value, text, weight)).toBe(score);
  });

  it.each([
    ["评分标准见附表2", 0.9, 8, "没有读到计分区间或扣分规则"],
    ["每相差3%，扣1分，扣满15分为止", 0.9, 20, "规则没有写明从哪个数值起扣分"],
    ["≥90%得12分", 0.95, 10, "“≥90%得12分”的12分高于分值10分"],
    ["项目投资计划完成率,100%:5分;90-100%:3分;70-90%:1分;70%以下:0分", 0.7, null, "70%同时属于“70-90%:1分”和“70%以下:0分”"],
    ["制定有实施方案的，得3分，否则不得分", 0.5, null, "这是“是/否”规则"],
    ["≥90%得8分；80%-90%得6分", "是", null, "指标值应为数字"],
  ])("refuses %s at %p, quoting the rule", (text, value, weight, why) => {
    const error = call("RULESCORE", value, text, weight) as JxError;
    expect(error).toBeInstanceOf(JxError);
    expect(error.text.zh).toContain(why);
    expect(error.text.zh.startsWith(`评分规则“${text.slice(0, 10)}`)).toBe(true);
    expect(error.text.en.startsWith("Scoring rule ")).toBe(true);
  });
});
