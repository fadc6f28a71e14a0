import { checkTable, Finding } from "../../../src/core/checks";
import { CellValue } from "../../../src/core/numbers";
import { readTables } from "../../../src/core/table";
import { layOut, RULE_ACTUAL_COLUMNS } from "../../fixtures/tables";

const columns = RULE_ACTUAL_COLUMNS;

const FAULT_RULE = "0-10%(含)得2分；10%-20%(含)得1分；20%以上不得分";

function findingsOf(actual: CellValue, score: number): Finding[] {
  const grid = layOut(
    [
      { level1: "效果目标", name: "故障率", weight: 2, rule: FAULT_RULE, actual, score },
      { name: "资金使用的合规性", weight: 98, rule: null, actual: null, score: 98 },
      { level1: "合计", weight: 100, score: 98 + score },
    ],
    { columns },
  );
  return checkTable(readTables(grid)[0]);
}

describe("rule-bands compares the row's value with the issue's values, not with its text", () => {
  it("does not warn about the overlap at 20 % for a value of 0 % (a substring of 20%)", () => {
    expect(findingsOf("0%", 2)).toEqual([]);
    expect(findingsOf(0, 2)).toEqual([]);
  });

  it("warns when the value lies on the overlap", () => {
    const findings = findingsOf("20%", 1);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([["rule-bands", "D2"]]);
    expect(findings[0].message.zh).toContain("20%同时属于第2项和第3项");
  });
});
