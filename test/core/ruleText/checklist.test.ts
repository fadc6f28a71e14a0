import { JxError } from "../../../src/core/errors";
import { checklistItems, rulePoints } from "../../../src/core/ruleText";

describe("checklistItems", () => {
  it("reads points in mixed full- and half-width brackets, with spaces from PDF extraction", () => {
    const list = checklistItems("①是否有制度（1分）②是否执行 (2分）③是否检查（ 1 分)");
    expect(list.items.map((i) => i.points)).toEqual([1, 2, 1]);
    expect(list.total).toBe(4);
    expect(list.issues).toEqual([]);
  });

  it.each([
    ["1.是否有制度（1分）2.是否执行（2分）", ["1.", "2."]],
    ["1、是否有制度（1分）2、是否执行（2分）", ["1、", "2、"]],
    ["（1）是否有制度（1分）（2）是否执行（2分）", ["(1)", "(2)"]],
    ["⑴是否有制度（1分）⑵是否执行（2分）", ["(1)", "(2)"]],
  ])("reads the markers of %s", (text, markers) => {
    const list = checklistItems(text);
    expect(list.items.map((i) => i.marker)).toEqual(markers);
    expect(list.total).toBe(3);
  });

  it("reads markers up to ⑳", () => {
    const text = Array.from({ length: 20 }, (_, i) => `${String.fromCharCode(0x2460 + i)}第${i + 1}条（0.5分）`).join("");
    const list = checklistItems(text);
    expect(list.items).toHaveLength(20);
    expect(list.items[19]).toMatchObject({ marker: "⑳", text: "第20条", points: 0.5 });
    expect(list.total).toBe(10);
  });

  it("keeps a sub-list inside its item", () => {
    const list = checklistItems("①制度是否健全，包括（1）资金管理（2）资产管理；（2分）②是否执行（1分）");
    expect(list.items.map((i) => [i.marker, i.points])).toEqual([
      ["①", 2],
      ["②", 1],
    ]);
  });

  it("reads tiers in the order written, highest first", () => {
    const list = checklistItems("①绩效目标（3分）其中：明确的得 3分，较明确的得 1.5分，不明确的不得分。");
    expect(list.items[0]).toMatchObject({ points: 3, tiers: [3, 1.5, 0] });
  });

  it("reads a lone 不得分 as all-or-nothing", () => {
    const list = checklistItems("①是否按时报送（1分），否则不得分；②是否完整（1分）");
    expect(list.items.map((i) => i.tiers)).toEqual([
      [1, 0],
      [1, 0],
    ]);
    expect(list.issues).toEqual([]);
  });

  it("reports a top tier that differs from the item's points", () => {
    const list = checklistItems("①绩效目标（3分）其中：明确的得4分，不明确的不得分");
    expect(list.issues).toEqual([
      { kind: "ambiguous", message: { zh: "第①项分值为3分，但其中最高一档为4分", en: "item ① is worth 3 points but its highest tier gives 4" } },
    ]);
  });

  it("reports an item without points and one with two", () => {
    const list = checklistItems("①是否有制度；②是否执行（1分）（2分）");
    expect(list.issues.map((i) => [i.kind, i.message.zh])).toEqual([
      ["unreadable", "第①项没有写分值（如“（1分）”）：“是否有制度;”"],
      ["ambiguous", "第②项写了2个分值（1、2分），合计3分，可能漏了一个标号"],
    ]);
    expect(list.total).toBe(3);
  });

  it("reports circled markers out of sequence", () => {
    const list = checklistItems("①是否有制度（1分）③是否执行（1分）");
    expect(list.issues.map((i) => i.kind)).toEqual(["ambiguous"]);
    expect(list.issues[0].message.zh).toMatch(/标号不连续/);
  });

  it("reads a text without markers item by item", () => {
    const list = checklistItems("是否有制度（1分）；是否执行（2分）其中：全部执行的得2分，部分执行的得1分");
    expect(list.items.map((i) => [i.marker, i.points, i.tiers])).toEqual([
      ["", 1, [1, 0]],
      ["", 2, [2, 1]],
    ]);
  });
});

describe("rulePoints", () => {
  it("totals the points", () => {
    expect(rulePoints("①是否有制度（1分）②是否执行（2.5分）")).toBe(3.5);
  });

  it.each([[""], ["按实际完成情况打分"], ["90%以上得8分"]])("fails with #N/A on a text without points: %p", (text) => {
    expect(() => rulePoints(text)).toThrow(JxError);
    try {
      rulePoints(text);
    } catch (e) {
      expect((e as JxError).code).toBe("na");
      expect((e as JxError).text.zh).toMatch(/^评分规则中没有找到分值/);
    }
  });

  it("refuses a total that leaves out an item without points", () => {
    expect(() => rulePoints("①是否有制度；②是否执行（1分）")).toThrow("第①项没有写分值（如“（1分）”）：“是否有制度;”");
  });
});

describe("rulePoints on points as published (issue 10)", () => {
  it.each([
    ["①已制定管理办法,1分;②相关制度合法、合规、完整,1分;③制度得到有效执行,1分。", 3],
    ["报送及时 10分数据真实 10分 计算准确 10分 内容完整 10分 整洁规范 5分 签章齐全 5分", 50],
    ["设有数字城管组织,得1分;能通过月报、季报、年报等报告反映具有相应职能,得1分", 2],
    ["①是否制定绩效目标（0.5分），目标是否明确（0.5分）；②是否按时报送（1分）", 2],
  ])("%s adds up to %p", (text, points) => {
    expect(rulePoints(text)).toBe(points);
  });

  it.each([
    ["服务对象是农业、农村、农民(2分),其他(0-1分)", "有无法读懂的分值"],
    ["建成1座生态公厕,得10分;每增加一座加5分", "有无法读懂的分值"],
  ])("refuses %s rather than drop an amount", (text, why) => {
    expect(() => rulePoints(text)).toThrow(why);
  });
});
