import { checkTable, Finding } from "../../../src/core/checks";
import { Grid } from "../../../src/core/grid";
import { CellValue } from "../../../src/core/numbers";
import { readTables } from "../../../src/core/table";
import { mofGrid, MofRow, MofTable, PER_ROW_CASE } from "../../fixtures/mof";
import { layOut, withFormat, RULE_ACTUAL_COLUMNS } from "../../fixtures/tables";

/** Review findings: the checks read a row's actual value the way INDICATORSCORE and RULESCORE do. */

function findingsOf(grid: Grid): Finding[] {
  const [table] = readTables(grid);
  return checkTable(table);
}

const brief = (findings: Finding[]) => findings.map((f) => [f.rule, f.cell]);

/** The per-row case with its 安全事故数 row (H11, actual in F11, weight 30) replaced. */
function withSafetyRow(row: Partial<MofRow>, score: number): Grid {
  const table: MofTable = JSON.parse(JSON.stringify(PER_ROW_CASE));
  table.rows[3] = { ...table.rows[3], reason: "见说明", ...row, score };
  table.total[1] = 63 + score;
  return mofGrid(table);
}

describe("a bare zero target means = 0", () => {
  it("accepts 0 for a 安全事故数 of 2起 against 0起, and refuses the full 30", () => {
    expect(findingsOf(withSafetyRow({ target: "0起", actual: "2起" }, 0))).toEqual([]);
    const full = findingsOf(withSafetyRow({ target: "0起", actual: "2起" }, 30));
    expect(full.map((f) => [f.rule, f.cell, f.expected])).toEqual([["score-rule", "H11", 0]]);
  });
});

describe("units that differ by a multiplier", () => {
  it("accepts 8000人次 against ≥1万人次 scored 24 of 30, with no over-completion", () => {
    expect(findingsOf(withSafetyRow({ target: "≥1万人次", actual: "8000人次" }, 24))).toEqual([]);
  });

  it("computes no score from unrelated units (个 against 次)", () => {
    const rules = brief(findingsOf(withSafetyRow({ target: "≥10个", actual: "8次" }, 24))).map(([rule]) => rule);
    expect(rules).not.toContain("score-rule");
    expect(rules).not.toContain("over-completion");
  });
});

describe("percentages", () => {
  it("reads a bare number beside a percent target as percentage points, as INDICATORSCORE does", () => {
    expect(findingsOf(withSafetyRow({ target: "≥95%", actual: 90 }, 28.42))).toEqual([]);
    expect(findingsOf(withSafetyRow({ target: "≤5%", actual: 3 }, 30))).toEqual([]);
  });

  it("keeps a %-formatted 160 % a fraction: over-completion, not a score of 0.32", () => {
    const grid = withFormat(withSafetyRow({ target: "≥100%", actual: 1.6 }, 30), "F11", "0%");
    expect(findingsOf(grid).map((f) => [f.rule, f.cell, f.actual])).toEqual([["over-completion", "F11", 1.6]]);
  });

  it("keeps a %-formatted value a fraction beside a percent rule text", () => {
    const columns = RULE_ACTUAL_COLUMNS;
    const table = (actual: CellValue, score: number) =>
      layOut(
        [
          { level1: "产出目标", name: "档案扫描完成率", weight: 5, rule: "150%及以上得5分；100%(含)-150% 4分；低于100%不得分", actual, score },
          { name: "资金使用的合规性", weight: 95, rule: null, actual: null, score: 95 },
          { level1: "合计", weight: 100, score: 95 + score },
        ],
        { columns },
      );
    expect(findingsOf(withFormat(table(1.6, 5), "E2", "0.00%"))).toEqual([]);
    expect(findingsOf(table("160%", 5))).toEqual([]);
    expect(findingsOf(table(160, 5))).toEqual([]);
    // Bare and without a percent format, 1.6 is 1.6 percentage points.
    expect(brief(findingsOf(table(1.6, 5)))).toEqual([["score-rule", "F2"]]);
  });

  it("reads a %-formatted 执行率 cell as a fraction", () => {
    const table: MofTable = JSON.parse(JSON.stringify(PER_ROW_CASE));
    table.funds[0].rate = 0.5;
    expect(findingsOf(withFormat(mofGrid(table), "G4", "0.00%"))).toEqual([]);
  });
});
