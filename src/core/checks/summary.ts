import { IndicatorTable } from "../table";
import { cellNumber, isNumber } from "./cells";
import { expectedTotal } from "./scoreTotal";
import { Finding } from "./types";
import { weightSum } from "./weightTotal";

/** What a reviewer sees first about a checked table: its totals, its grade and how many problems it has. */
export interface TableSummary {
  sheet: string;
  range: string;
  family: IndicatorTable["family"];
  /** As the total row states it, or the sum of the weights when the table has no total. */
  totalWeight: number | null;
  totalScore: number | null;
  grade: string | null;
  errors: number;
  warnings: number;
}

export function summariseTable(table: IndicatorTable, findings: readonly Finding[]): TableSummary {
  const statedWeight = cellNumber(table.total?.weight ?? null);
  const statedScore = cellNumber(table.total?.score ?? null);
  const grade = table.grade?.value;
  return {
    sheet: table.sheet,
    range: table.range,
    family: table.family,
    totalWeight: isNumber(statedWeight) ? statedWeight : weightSum(table),
    totalScore: isNumber(statedScore) ? statedScore : expectedTotal(table),
    grade: typeof grade === "string" && grade.trim() !== "" ? grade.trim() : null,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
  };
}
