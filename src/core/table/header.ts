import { Grid, textAt } from "../grid";
import { columnRole, NAME_ROLES } from "./headerWords";
import { ColumnRole } from "./types";

export type Columns = Partial<Record<ColumnRole, number>>;

/** An indicator table's header: its columns and its rows (two when the header spans two). */
export interface Header {
  columns: Columns;
  firstRow: number;
  lastRow: number;
}

/**
 * The header starting on this row: one row naming an indicator column and a weight or score column, or two rows
 * where the upper one spans the lower (绩效指标 over 一级/二级/三级指标, 年度指标值 over 指标性质 | 指标值 | 度量单位)
 * and a column the lower row leaves blank (实际完成值, 分值 merged down) takes the upper row's word. A row naming
 * indicators and their values but no weight or score opens a table only to report it as not checked.
 */
export function indicatorHeader(grid: Grid, row: number, width: number): Header | null {
  const upper = headerColumns(grid, row, width, null);
  if (isScoredHeader(upper)) return { columns: upper, firstRow: row, lastRow: row };
  if (row + 1 < grid.values.length) {
    // A scored header on the next row stands on its own: the table starts there.
    if (isScoredHeader(headerColumns(grid, row + 1, width, null))) return null;
    const both = headerColumns(grid, row + 1, width, row);
    if (isScoredHeader(both)) return { columns: both, firstRow: row, lastRow: row + 1 };
  }
  return isIndicatorHeader(upper) ? { columns: upper, firstRow: row, lastRow: row } : null;
}

/** A header whose rows are scored: it names a weight or score column. */
function isScoredHeader(columns: Columns): boolean {
  return isIndicatorHeader(columns) && (columns.weight !== undefined || columns.score !== undefined);
}

/** The roles named on a row, each at its first column; a blank cell takes the word above it when `above` is given. */
function headerColumns(grid: Grid, row: number, width: number, above: number | null): Columns {
  const columns: Columns = {};
  const weightCols: number[] = [];
  for (let col = 0; col < width; col++) {
    const text = textAt(grid, row, col) || (above === null ? "" : textAt(grid, above, col));
    const role = columnRole(text);
    if (role === "weight") weightCols.push(col);
    if (role && columns[role] === undefined) columns[role] = col;
  }
  return weightCols.length > 1 ? weightsByLevel(columns, weightCols) : columns;
}

/**
 * Weights stand right of the names they weigh. With several weight columns, the score's is the first right of the
 * leaf names (the level the score belongs to) and the first-level's is the first right of 一级指标; a weight column
 * left of every name labels the first level itself (项目权重 | 评价内容 | 分值, its cells 项目决策 2 分).
 */
function weightsByLevel(columns: Columns, weightCols: number[]): Columns {
  const names = NAME_ROLES.map((r) => columns[r]).filter((c): c is number => c !== undefined);
  if (names.length === 0) return columns;
  const leaf = leafColumn(columns);
  const leafWeight = weightCols.find((c) => c > leaf);
  if (leafWeight === undefined) return columns;
  const first = Math.min(...names);
  if (columns.level1 === undefined && weightCols[0] < first) return { ...columns, level1: weightCols[0], weight: leafWeight };
  const groupWeight = columns.level1 === undefined ? undefined : weightCols.find((c) => c > columns.level1! && c < leaf);
  return { ...columns, weight: leafWeight, ...(groupWeight === undefined ? {} : { groupWeight }) };
}

/**
 * A header names an indicator column and a weight, score, target or actual column; a table without weights (so
 * nothing scored out of a weight) is read only to be reported as not checked.
 */
function isIndicatorHeader(columns: Columns): boolean {
  const named = NAME_ROLES.some((r) => columns[r] !== undefined);
  const valued = (["weight", "score", "target", "actual"] as const).some((r) => columns[r] !== undefined);
  return named && valued && Object.keys(columns).length >= 3;
}

/** The column holding each scored row's own name: the deepest indicator level the header has. */
export function leafColumn(columns: Columns): number {
  return (columns.level3 ?? columns.name ?? columns.level2 ?? columns.level1)!;
}
