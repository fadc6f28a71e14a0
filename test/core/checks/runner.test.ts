import { Check, fillMessage, runChecks } from "../../../src/core/checks";
import { readTables } from "../../../src/core/table";
import { seedGrid } from "../../fixtures/seed";

const [table] = readTables(seedGrid());

/** A check the runner has never heard of: it reports the table's total cell. */
const totalCell: Check = {
  id: "total-cell",
  severity: "warning",
  meta: { description: { zh: "测试", en: "test" } },
  messages: { seen: { zh: "总分单元格{{cell}}，总分{{score}}", en: "Total cell {{cell}}, total {{score}}" } },
  check(t, report, settings) {
    report({ messageId: "seen", cell: t.total!.score!.address, data: { cell: t.total!.score!.address, score: 97.125 + settings.sumTolerance }, actual: 97 });
  },
};

describe("the check runner", () => {
  it("runs any check it is given and fills its message templates in both languages", () => {
    expect(runChecks(table, { checks: [totalCell] })).toEqual([
      {
        rule: "total-cell",
        messageId: "seen",
        data: { cell: "F23", score: 97.135 },
        severity: "warning",
        cell: "F23",
        message: { zh: "总分单元格F23，总分97.135", en: "Total cell F23, total 97.135" },
        actual: 97,
      },
    ]);
  });

  it("passes the settings, defaults overridden by the options", () => {
    const [finding] = runChecks(table, { checks: [totalCell], settings: { sumTolerance: 1 } });
    expect(finding.message.zh).toBe("总分单元格F23，总分98.125");
  });

  it("skips disabled checks", () => {
    expect(runChecks(table, { checks: [totalCell], disable: ["total-cell"] })).toEqual([]);
  });

  it("leaves a placeholder without data visible rather than inventing a value", () => {
    expect(fillMessage({ zh: "应为{{expected}}", en: "should be {{expected}}" }, {})).toEqual({ zh: "应为{{expected}}", en: "should be {{expected}}" });
  });
});
