import { rulebooks } from "../rulebooks";
import { grade, GRADE_LABELS_LONG, GRADE_LABELS_SHORT } from "../rules";
import { IndicatorGroup, IndicatorTable } from "../table";
import { attempt, cellNumber, isNumber, sumOf } from "./support/cells";
import { groupRows, scoreSum } from "./support/indicatorRows";
import { expectedTotal } from "./support/totals";
import { Finding } from "./types";
import { weightSum } from "./support/totals";

/** What a reviewer sees first about a checked table: its totals, its grade and how many problems it has. */
export interface TableSummary {
  sheet: string;
  range: string;
  family: IndicatorTable["family"];
  /** As the total row states it, or the sum of the weights when the table has no total. */
  totalWeight: number | null;
  totalScore: number | null;
  /** As the table states it; null when it has no grade cell. */
  grade: string | null;
  /** The grade the total earns (rulebook §3), in the family's labels (优秀… for sh-2018): shown when the table states none. */
  gradeByTotal: string | null;
  errors: number;
  warnings: number;
  /** Each first-level indicator's score against its weight, for the summary view and chart. */
  groups: GroupSummary[];
}

export interface GroupSummary {
  name: string;
  /** As the table states it, or the sum of its indicators' when it states none. */
  weight: number | null;
  score: number | null;
  /** The cell holding the number, when it is one (a weight read from the label 产出指标(50分) is not). */
  weightCell: string | null;
  scoreCell: string | null;
}

function groupSummary(table: IndicatorTable, group: IndicatorGroup): GroupSummary {
  const statedWeight = cellNumber(group.weight);
  const statedScore = cellNumber(group.score);
  const weightCell = group.weight && group.weight.address !== group.label?.address && isNumber(statedWeight) ? group.weight.address : null;
  return {
    name: group.name,
    weight: isNumber(statedWeight) ? statedWeight : sumOf(group.indicators.map((i) => i.weight)),
    score: isNumber(statedScore) ? statedScore : scoreSum(groupRows(table, group)),
    weightCell,
    scoreCell: group.score && isNumber(statedScore) ? group.score.address : null,
  };
}

export function summariseTable(table: IndicatorTable, findings: readonly Finding[]): TableSummary {
  // A table not checked (a whole part of its layout unread) shows no totals: they would be read from the rest.
  if (table.unread.some((u) => u.whole)) {
    const { sheet, range, family } = table;
    return { sheet, range, family, totalWeight: null, totalScore: null, grade: null, gradeByTotal: null, errors: 0, warnings: 0, groups: [] };
  }
  const statedWeight = cellNumber(table.total?.weight ?? null);
  const statedScore = cellNumber(table.total?.score ?? null);
  const stated = table.grade?.value;
  const totalScore = isNumber(statedScore) ? statedScore : expectedTotal(table);
  const labels = rulebooks.find((r) => r.id === table.family)?.grades === "long" ? GRADE_LABELS_LONG : GRADE_LABELS_SHORT;
  return {
    sheet: table.sheet,
    range: table.range,
    family: table.family,
    totalWeight: isNumber(statedWeight) ? statedWeight : weightSum(table),
    totalScore,
    grade: typeof stated === "string" && stated.trim() !== "" ? stated.trim() : null,
    gradeByTotal: totalScore === null ? null : attempt(() => grade(totalScore, labels)),
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    groups: table.groups.map((group) => groupSummary(table, group)),
  };
}
