import { parseCellAddress, rangeAddress } from "../address";
import { cellAt, colCount, Grid, GridCell, isBlankRow, rowCells, textAt, textOf } from "../grid";
import { CellValue, isBlank, parseNumberText } from "../numbers";
import { GRADE_LABELS_LONG, GRADE_LABELS_SHORT, isPercentFormat } from "../rules";
import { guessFamily, markedFamily } from "./family";
import { FundsBlock, fundsHeader, inlineFunds, readFundsBlock } from "./funds";
import {
  columnRole,
  GRADE_LABEL,
  groupName,
  isFillerOrBreakdown,
  isStatedTotalLabel,
  labelWeight,
  NAME_ROLES,
  SUBTOTAL_LABEL,
  TOTAL_LABEL,
} from "./headerWords";
import { Columns, Header, indicatorHeader, leafColumn } from "./header";
import { ColumnRole, Indicator, IndicatorGroup, IndicatorTable, WeightedSubgroup } from "./types";
import { unreadParts } from "./unread";
import { GRADE_NAME } from "../templateMarker";

/** A section label is words (其他需要说明事项, 评价结论), not a row number (一、, 2) in a 序号 column. */
const SECTION_LABEL = /\p{Script=Han}{2}/u;

/** A cheap test before the full label match: most cells are not near a grade label. */
const GRADE_WORD = /等级|评级|结果/;

/** How far below a table's last row a grade label is still taken as the table's. */
const GRADE_SEARCH_ROWS = 3;

/**
 * Finds every indicator table in a grid, wherever it starts: a header (see indicatorHeader) opens one, with the funds
 * block above it; its 合计/总分 row, a blank row, the report's next section or the next header closes it.
 */
export function readTables(grid: Grid): IndicatorTable[] {
  const width = colCount(grid);
  const covered = coveredCells(grid, width);
  const tables: IndicatorTable[] = [];
  let fundsBlock: FundsBlock | null = null;
  let row = 0;
  // The first row after the previous table: the current table's heading rows (项目名称, 自评得分 …) start here.
  let headingTop = 0;
  while (row < grid.values.length) {
    const inline = inlineFunds(grid, row, width);
    const funds = inline ? null : fundsHeader(grid, row, width);
    if (inline || funds) {
      fundsBlock = inline ?? readFundsBlock(grid, funds!);
      row = fundsBlock.lastRow + 1;
      continue;
    }
    const header = indicatorHeader(grid, row, width);
    if (!header) {
      row++;
      continue;
    }
    const table = readTable(grid, header, fundsBlock, headingTop, covered);
    tables.push(table.table);
    fundsBlock = null;
    row = table.lastRow + 1;
    headingTop = row;
  }
  return tables;
}

/** Cells inside a merged area other than its top-left: they show the area's value but hold none. */
interface CoveredCells {
  /** Each cell as row × width + col. */
  covered: Set<number>;
  width: number;
}

function coveredCells(grid: Grid, width: number): CoveredCells {
  const covered = new Set<number>();
  for (const m of grid.merges) {
    // A host may report merged areas beyond the grid; only the part inside it matters.
    for (let r = Math.max(m.top, 0); r <= Math.min(m.bottom, grid.values.length - 1); r++) {
      for (let c = Math.max(m.left, 0); c <= Math.min(m.right, width - 1); c++) if (r !== m.top || c !== m.left) covered.add(r * width + c);
    }
  }
  return { covered, width };
}

/** The rows under a header: the groups with their indicators, the total row and where its label stands. */
interface Body {
  groups: IndicatorGroup[];
  total: IndicatorTable["total"];
  totalCol: number;
  lastRow: number;
}

function readTable(
  grid: Grid,
  header: Header,
  funds: FundsBlock | null,
  headingTop: number,
  covered: CoveredCells,
): { table: IndicatorTable; lastRow: number } {
  const { columns, firstRow: headerRow } = header;
  const { groups, total, totalCol, lastRow } = readBody(grid, header, covered);
  const top = funds ? funds.headerRow : headerRow;
  const usedCols = [...Object.values(columns), ...(funds ? Object.values(funds.columns) : [])];
  // The funds labels are read from column 0; a 合计 label may stand left of the named columns.
  const left = Math.min(...usedCols, funds ? 0 : Infinity, totalCol);
  const right = Math.max(...usedCols);
  const kept = groups.filter((g) => g.indicators.length > 0 || g.weight);
  const headerCell = cellAt(grid, headerRow, Math.min(...Object.values(columns))).address;
  const table: IndicatorTable = {
    unread: unreadParts(grid, { header, headerCell, headingTop, lastRow, groups: kept, funds }),
    sheet: grid.sheet,
    range: rangeAddress(grid.origin.row + top, grid.origin.col + left, grid.origin.row + lastRow, grid.origin.col + right),
    family: "unknown",
    marked: false,
    columns,
    groups: kept,
    funds: funds ? funds.rows : [],
    total: total ?? statedTotal(grid, headingTop, headerRow),
    grade: gradeCell(grid, top, lastRow) ?? gradeBesideTotal(grid, total),
    formulaCells: formulaCells(grid, top, lastRow, left, right),
  };
  const marked = markedFamily(grid.names);
  table.family = marked ?? (table.unread.some((u) => u.whole) ? "unknown" : guessFamily(table));
  table.marked = marked !== null;
  return { table, lastRow };
}

/**
 * Reads the rows under a header until its 合计/总分 row, a blank row after the indicators, the next header or the
 * report's next section: first-level groups with their subtotals, and each indicator's cells.
 */
function readBody(grid: Grid, { columns, lastRow: lastHeaderRow }: Header, { covered, width }: CoveredCells): Body {
  const leafCol = leafColumn(columns);
  const groupCol = columns.level1 !== undefined && columns.level1 !== leafCol ? columns.level1 : null;
  const middleCol = columns.level2 !== undefined && columns.level2 !== leafCol ? columns.level2 : null;
  const labelCols = labelColumns(columns);
  // Each row's texts in the label columns are read once (the name columns are among them); the label, the section
  // text and the group, middle and leaf names are taken from them.
  const named = new Set(Object.values(columns));
  const sectionAt = labelCols.flatMap((c, i) => (named.has(c) ? [] : [i]));
  const [groupAt, middleAt, leafAt] = [groupCol, middleCol, leafCol].map((c) => (c === null ? -1 : labelCols.indexOf(c)));
  const texts: string[] = labelCols.map(() => "");
  const cell = (cells: (col: number) => GridCell, role: ColumnRole): GridCell | null => columnCell(cells, columns[role]);
  const filled = (c: GridCell | null) => (c && !isBlank(c.value) ? c : null);

  const groups: IndicatorGroup[] = [];
  let group: IndicatorGroup | null = null;
  // The names above the current row (see Indicator.path), shared by the rows under the same labels.
  let path: string[] = [];
  let subgroup: WeightedSubgroup | null = null;
  let total: IndicatorTable["total"] = null;
  let totalCol = Infinity;
  let lastRow = lastHeaderRow;
  let row = lastHeaderRow + 1;
  for (; row < grid.values.length; row++) {
    const values = grid.values[row] ?? [];
    let label = "";
    for (let i = 0; i < labelCols.length; i++) {
      const value = values[labelCols[i]];
      // Most label cells are blank (a label is written once, on the first row under it): nothing to read there.
      texts[i] = typeof value !== "string" || covered.has(row * width + labelCols[i]) ? "" : textOf(value);
      label += texts[i];
    }
    // A row with a label is not blank: only a row without one needs every cell looked at.
    if (!label && isBlankRow(grid, row)) {
      if (groups.some((g) => g.indicators.length > 0)) break;
      continue;
    }
    if (columnsOfHeader(values, columns)) break;
    // A label left of the indicator columns below the indicators opens the report's next section (其他需要说明事项).
    let sectionText = "";
    for (let i = 0; i < sectionAt.length; i++) sectionText += texts[sectionAt[i]];
    if (SECTION_LABEL.test(sectionText) && !TOTAL_LABEL.test(sectionText) && !SUBTOTAL_LABEL.test(sectionText) && groups.some((g) => g.indicators.length > 0))
      break;
    lastRow = row;
    const cells = rowCells(grid, row);
    if (TOTAL_LABEL.test(label)) {
      totalCol = labelCols.find((_, i) => texts[i]) ?? labelCols[0];
      total = { label: cells(totalCol), weight: cell(cells, "weight"), score: cell(cells, "score") };
      break;
    }
    if (SUBTOTAL_LABEL.test(label) && group) {
      group.weight = filled(cell(cells, "weight")) ?? group.weight;
      group.score = filled(cell(cells, "score")) ?? group.score;
      continue;
    }
    const groupText = groupAt < 0 ? "" : texts[groupAt];
    if (groupText && (!group || groupName(groupText) !== group.name)) {
      group = newGroup(cells(groupCol!), groupText, cell(cells, "groupWeight"));
      groups.push(group);
      path = [group.name].filter(Boolean);
      subgroup = null;
    }
    const middleText = middleAt < 0 ? "" : texts[middleAt];
    if (middleText) {
      group ??= pushGroup(groups, unnamedGroup());
      path = [group.name, middleText].filter(Boolean);
      subgroup = weightedSubgroup(cells(middleCol!), middleText);
      if (subgroup) group.subgroups.push(subgroup);
    }
    const leafText = texts[leafAt];
    if (!leafText || (isFillerOrBreakdown(leafText) && !holdsPoints(cell(cells, "weight")) && !holdsPoints(cell(cells, "score")))) {
      // A first-level row of its own (the seed's 投入目标 | 36 | 36) carries the group's subtotals.
      if (groupText && group) {
        group.weight = filled(cell(cells, "weight")) ?? group.weight;
        group.score = filled(cell(cells, "score")) ?? group.score;
      }
      continue;
    }
    group ??= pushGroup(groups, unnamedGroup());
    const indicator = readIndicator(cells, columns, cells(leafCol), leafText, path);
    group.indicators.push(indicator);
    subgroup?.indicators.push(indicator);
  }

  return { groups, total, totalCol, lastRow };
}

/** The cell of a column the header names in this row, or null when the header names no such column. */
function columnCell(cells: (col: number) => GridCell, col: number | undefined): GridCell | null {
  return col === undefined ? null : cells(col);
}

/** One scored row's cells; absent columns give null, a weight written only in the name (决策依据（4分）) is read from it. */
function readIndicator(cells: (col: number) => GridCell, columns: Columns, nameCell: GridCell, name: string, path: string[]): Indicator {
  const target = columnCell(cells, columns.target);
  const split = columns.comparator !== undefined || columns.unit !== undefined;
  return {
    name,
    path,
    nameCell,
    weight: columns.weight === undefined ? leafLabelWeight(nameCell, name) : cells(columns.weight),
    score: columnCell(cells, columns.score),
    rule: columnCell(cells, columns.rule),
    target: target && split ? splitTarget(target, columnCell(cells, columns.comparator), columnCell(cells, columns.unit)) : target,
    actual: columnCell(cells, columns.actual),
    reason: columnCell(cells, columns.reason),
    remark: columnCell(cells, columns.remark),
  };
}

/** Comparator words of a 指标性质 column: a box-drawing ═ printed for =, 定性/定量 saying no comparator. */
const COMPARATOR_WORDS: readonly [RegExp, string][] = [
  [/^[═＝]+$/, "="],
  [/^定[性量]$/, ""],
];

/**
 * One 年度指标值 from a target split over 指标性质 | 指标值 | 度量单位 (≧ | 100 | % → ≧100%), so it is scored as written
 * in one cell; a %-formatted value keeps its format. A blank value is a blank target, whatever its neighbours say.
 */
function splitTarget(value: GridCell, comparator: GridCell | null, unit: GridCell | null): GridCell {
  if (isBlank(value.value)) return value;
  const word = (c: GridCell | null) => (c && !isBlank(c.value) ? String(c.value).trim() : "");
  let sign = word(comparator);
  for (const [pattern, replacement] of COMPARATOR_WORDS) if (pattern.test(sign)) sign = replacement;
  const unitWord = word(unit);
  if (!sign && !unitWord) return value;
  const shown =
    typeof value.value === "number" && unitWord === "%" && isPercentFormat(value.format) ? Number((value.value * 100).toPrecision(12)) : value.value;
  return { ...value, value: `${sign}${String(shown)}${unitWord}`, format: null };
}

/** A weight or score cell that holds a number: a row with a filler name and points is still an indicator. */
function holdsPoints(cell: GridCell | null): boolean {
  return !!cell && (typeof cell.value === "number" || (typeof cell.value === "string" && parseNumberText(cell.value) !== null));
}

/** Columns where a 合计/小计 label may stand: the indicator name columns and any column left of them. */
function labelColumns(columns: Columns): number[] {
  const names = NAME_ROLES.map((r) => columns[r]).filter((c): c is number => c !== undefined);
  const first = Math.min(...names);
  const cols = new Set(names);
  for (let c = 0; c < first; c++) cols.add(c);
  return [...cols].sort((a, b) => a - b);
}

/** True when the row repeats the header (the next table starts there). */
function columnsOfHeader(values: CellValue[], columns: Columns): boolean {
  if (columns.weight === undefined) return false;
  // Most rows hold a number there, which names no column.
  const text = textOf(values[columns.weight]);
  return text !== "" && columnRole(text) === "weight";
}

/** Where no column states weights, a leaf label may: 决策依据（4分） weighs 4 (the level the score belongs to). */
function leafLabelWeight(nameCell: GridCell, text: string): GridCell | null {
  const weight = labelWeight(text);
  return weight === null ? null : { address: nameCell.address, value: weight, formula: null };
}

/** Rows before any first-level label belong to a group with no name. */
function unnamedGroup(): IndicatorGroup {
  return { name: "", label: null, weight: null, score: null, indicators: [], subgroups: [] };
}

function pushGroup(groups: IndicatorGroup[], group: IndicatorGroup): IndicatorGroup {
  groups.push(group);
  return group;
}

/** A second-level label that states its weight (数量指标（10分）, 决策过程 8 分), or null when it states none. */
function weightedSubgroup(label: GridCell, text: string): WeightedSubgroup | null {
  const weight = labelWeight(text);
  if (weight === null) return null;
  return { name: groupName(text), weight: { address: label.address, value: weight, formula: null }, indicators: [] };
}

/** A first-level group from its label; its weight from its own 分值 cell, else from the label (产出指标（50分）). */
function newGroup(label: GridCell, text: string, weightCell: GridCell | null): IndicatorGroup {
  const weight = labelWeight(text);
  const labelled = weight === null ? null : { address: label.address, value: weight, formula: null };
  return {
    name: groupName(text),
    label,
    weight: weightCell && !isBlank(weightCell.value) ? weightCell : labelled,
    score: null,
    indicators: [],
    subgroups: [],
  };
}

/**
 * The grade: the cell a sheet-scoped JX_GRADE name points at, else the cell right of a 等级 label
 * inside the table or just below it.
 */
function gradeCell(grid: Grid, top: number, bottom: number): GridCell | null {
  const named = namedCell(grid, grid.names[GRADE_NAME]);
  if (named) return named;
  const last = Math.min(bottom + GRADE_SEARCH_ROWS, grid.values.length - 1);
  for (let row = top; row <= last; row++) {
    const cells = grid.values[row] ?? [];
    for (let col = 0; col < cells.length; col++) {
      const v = cells[col];
      if (typeof v !== "string" || !GRADE_WORD.test(v) || !GRADE_LABEL.test(textAt(grid, row, col))) continue;
      for (let right = col + 1; right < cells.length; right++) {
        if (!isBlank(cells[right])) return cellAt(grid, row, right);
      }
    }
  }
  return null;
}

/** A total score stated in the heading rows above the header (自评得分 | 98) when the table has no total row. */
function statedTotal(grid: Grid, top: number, headerRow: number): IndicatorTable["total"] {
  for (let row = top; row < headerRow; row++) {
    const cells = grid.values[row] ?? [];
    for (let col = 0; col < cells.length; col++) {
      if (!isStatedTotalLabel(textAt(grid, row, col))) continue;
      for (let right = col + 1; right < cells.length; right++) {
        if (!isBlank(cells[right])) return { label: cellAt(grid, row, col), weight: null, score: cellAt(grid, row, right) };
      }
    }
  }
  return null;
}

/** Every grade label, longest first, so 优秀 is not read as 优. */
const GRADE_WORDS = [...GRADE_LABELS_SHORT, ...GRADE_LABELS_LONG].sort((a, b) => b.length - a.length);

/** A grade printed in the 总分 row right of the score with no 等级 label (总分 | 100 | 96 | 优). */
function gradeBesideTotal(grid: Grid, total: IndicatorTable["total"]): GridCell | null {
  if (!total?.score) return null;
  const at = parseCellAddress(total.score.address);
  if (!at) return null;
  const row = at.row - grid.origin.row;
  const cells = grid.values[row] ?? [];
  for (let col = at.col - grid.origin.col + 1; col < cells.length; col++) {
    const text = textAt(grid, row, col);
    if (text) return GRADE_WORDS.some((g) => text.startsWith(g)) ? cellAt(grid, row, col) : null;
  }
  return null;
}

/** The grid cell a defined name refers to (`'Sheet'!$F$30` or `$F$30`), when it lies inside the grid. */
function namedCell(grid: Grid, reference: string | undefined): GridCell | null {
  if (!reference) return null;
  const address = parseCellAddress(reference.replace(/^=/, "").replace(/^.*!/, ""));
  if (!address) return null;
  const row = address.row - grid.origin.row;
  const col = address.col - grid.origin.col;
  if (row < 0 || col < 0 || row >= grid.values.length) return null;
  return cellAt(grid, row, col);
}

function formulaCells(grid: Grid, top: number, bottom: number, left: number, right: number): GridCell[] {
  const cells: GridCell[] = [];
  for (let row = top; row <= bottom; row++) {
    const formulas = grid.formulas[row];
    if (!formulas) continue;
    for (let col = left; col <= right && col < formulas.length; col++) {
      if (formulas[col]) cells.push(cellAt(grid, row, col));
    }
  }
  return cells;
}
