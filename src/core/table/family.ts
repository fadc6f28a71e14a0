import { parseTemplateMarker, TEMPLATE_MARKER_NAME } from "../templateMarker";
import { IndicatorTable, TableFamily } from "./types";

const KNOWN: readonly TableFamily[] = ["sh-2018", "mof-2020-self", "mof-2020-framework"];

/** The family named by the sheet's JX_TEMPLATE marker, or null when there is none or it names no known family. */
export function markedFamily(names: Record<string, string>): TableFamily | null {
  const marker = parseTemplateMarker(names[TEMPLATE_MARKER_NAME]);
  return marker && (KNOWN as readonly string[]).includes(marker.family) ? (marker.family as TableFamily) : null;
}

/**
 * Guesses the family of a table without a marker from its columns and first-level names (rulebook §1):
 * MoF self-evaluation forms have three indicator levels with target and actual values; the framework's
 * first levels are 决策/过程/产出/效益; the Shanghai form and older 指标评分表 layouts name their indicators
 * (指标名称, or 二级/三级指标 without target and actual) beside a 评分规则 and a score.
 */
export function guessFamily(table: Pick<IndicatorTable, "columns" | "groups">): TableFamily {
  const { columns, groups } = table;
  const names = groups.map((g) => g.name);
  if (["决策", "过程"].every((n) => names.some((g) => g.startsWith(n)))) return "mof-2020-framework";
  if (columns.level3 !== undefined && columns.target !== undefined && columns.actual !== undefined) return "mof-2020-self";
  const named = columns.name !== undefined || columns.level3 !== undefined || columns.level2 !== undefined;
  if (columns.level1 !== undefined && named && columns.rule !== undefined && columns.score !== undefined) {
    return "sh-2018";
  }
  return "unknown";
}
