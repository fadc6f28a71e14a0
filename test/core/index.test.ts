import * as core from "../../src/core";

describe("the core's Node API", () => {
  it("offers the rules, the parser, the rulebooks, the plan, the reader and the checks from one import", () => {
    expect(core.execRateScore(75.81, 80, 8, "banded")).toBe(8);
    expect(core.ruleScore(core.parseRuleTextCached("≥90%计5分；80%(含)-90% 4分；低于80%不得分"), 0.85).score).toBe(4);
    expect(core.getRulebook("sh-2018").id).toBe("sh-2018");
    const plan = core.buildSheetPlan(core.getRulebook("sh-2018"), { projectName: "", department: "", implementer: "", year: "" }, { example: true });
    expect(plan.sheetName).toBe("绩效自评表");
    expect(typeof core.readTables).toBe("function");
    expect(core.builtinChecks.length).toBe(16);
  });
});
