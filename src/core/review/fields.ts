import { parseCellAddress } from "../address";
import { cellAt, colCount, Grid, textAt } from "../grid";
import { isBlank } from "../numbers";

/** The project's names as a form states them above its table: 项目名称, 实施单位, 主管部门. */
export interface ProjectFields {
  project: string | null;
  unit: string | null;
  department: string | null;
}

const LABELS: readonly [keyof ProjectFields, RegExp][] = [
  ["project", /^项目名称[:：]?/],
  ["unit", /^(项目)?实施单位[:：]?/],
  ["department", /^(项目)?主管部门[:：]?/],
];

const ANY_LABEL = /^(项目名称|(项目)?实施单位|(项目)?主管部门|预算数|执行数|年度|项目资金)/;

/**
 * The names stated between `fromRow` (grid rows, 0-based) and the table's first row: each label's value
 * is the rest of its own cell (项目名称：某项目) or the first filled cell right of it that is not itself a
 * label. The label nearest the table wins, so a sheet with two forms gives each its own names.
 */
export function projectFields(grid: Grid, tableRange: string, fromRow: number): ProjectFields {
  const fields: ProjectFields = { project: null, unit: null, department: null };
  const start = parseCellAddress(tableRange.split(":")[0]);
  if (!start) return fields;
  const width = colCount(grid);
  for (let row = start.row - grid.origin.row - 1; row >= Math.max(fromRow, 0); row--) {
    for (let col = 0; col < width; col++) {
      const text = textAt(grid, row, col);
      const label = text && LABELS.find(([, words]) => words.test(text));
      if (!label || fields[label[0]] !== null) continue;
      fields[label[0]] = restOfCell(cellAt(grid, row, col).value) ?? valueRightOf(grid, row, col, width);
    }
  }
  return fields;
}

/** What follows the label's colon in its own cell (项目名称：社区 养老服务), spaces as typed; null when nothing does. */
function restOfCell(value: unknown): string | null {
  const rest = /[:：](.*)$/s.exec(String(value))?.[1].trim();
  return rest ? rest : null;
}

function valueRightOf(grid: Grid, row: number, col: number, width: number): string | null {
  for (let c = col + 1; c < width; c++) {
    const { value } = cellAt(grid, row, c);
    if (isBlank(value)) continue;
    if (ANY_LABEL.test(textAt(grid, row, c))) return null;
    return String(value).trim();
  }
  return null;
}
