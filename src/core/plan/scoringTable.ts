import { fail } from "../errors";
import { Column, ColumnId, Indicator, IndicatorGroup, isGroup, Rulebook } from "../rulebooks";
import { checklistItems } from "../ruleText";
import { runs, SheetBuilder } from "./builder";
import { checklistScoreCell, execRateCell, execRateScoreCell, gradeCell, MONEY_FORMAT, POINTS_FORMAT, ruleScoreCell } from "./scoreCells";
import { MONEY_ERROR, MONEY_PROMPT, SCORE_ERROR, SCORE_PROMPT, TICK_ERROR, TICK_PROMPT, TICKS, WEIGHT_ERROR, WEIGHT_PROMPT } from "./styles";
import { LaidOut, PlanFields, title, TITLE_HEIGHT } from "./layout";
import { Rect } from "./types";

/**
 * The indicator table of sh-2018 and the MoF framework: a title, the project's fields, the funds
 * line when a row scores 预算执行率, the header, then each first-level group as a row carrying its
 * subtotals followed by its indicators, the 合计 and the grade. Checklist ticks lie right of the
 * printed area, so the official columns stay as they are.
 */
const HELPER_GAP = 1;

type Columns = Partial<Record<ColumnId, number>> & Record<"level1" | "level2" | "weight" | "score", number>;
type Ref = { row: number; col: number };
/** The funds line's cells a 预算执行率 row scores from. */
type Funds = { budget: Ref; executed: Ref; rate: Ref };

/** What every part of the table is laid out with. */
interface Table {
  b: SheetBuilder;
  rulebook: Rulebook;
  example: boolean;
  cols: Columns;
  width: number;
  /** Each checklist row's item points; its ticks and points go right of the printed area, from ticksCol and pointsCol. */
  itemPoints: Map<Indicator, number[]>;
  maxItems: number;
  ticksCol: number;
  pointsCol: number;
}

interface Leaf {
  indicator: Indicator;
  row: number;
}

export function layOutScoringTable(b: SheetBuilder, rulebook: Rulebook, fields: PlanFields, example: boolean): LaidOut {
  const t = tableOf(b, rulebook, example);
  b.text(0, 0, title(rulebook, fields), "title", { cols: t.width });
  b.minHeight(0, TITLE_HEIGHT);
  labelPairs(b, 1, t.width, [
    ["项目名称", fields.projectName],
    ["主管部门", fields.department],
    ["实施单位", fields.implementer],
  ]);
  let row = 2;
  const scoresRate = allLeaves(rulebook.indicators).some((l) => l.rule.kind === "execRate" || l.rule.kind === "ruleText");
  const funds = scoresRate ? layOutFunds(t, row++) : null;
  const headerRow = row++;
  layOutHeader(t, headerRow);

  const groupRows: number[] = [];
  const leafRows: Leaf[] = [];
  for (const group of rulebook.indicators) {
    groupRows.push(row);
    row = layOutGroup(t, funds, group, row, leafRows);
  }
  const totalRow = row++;
  const gradeRow = row++;
  const total = layOutTotals(t, groupRows, leafRows, totalRow, gradeRow);
  return { width: t.width, headerRow, total, grade: { row: gradeRow, col: t.cols.score }, freezeRows: headerRow + 1 };
}

function tableOf(b: SheetBuilder, rulebook: Rulebook, example: boolean): Table {
  const cols = columnIndex(rulebook.columns);
  const width = rulebook.columns.length;
  if (width < 7) fail("value", `评分表模板“${rulebook.id}”至少需要 7 列`, `Table family ${rulebook.id} needs at least 7 columns`);
  const checklists = allLeaves(rulebook.indicators).filter((l) => l.rule.kind === "checklist");
  const itemPoints = new Map(checklists.map((l) => [l, checklistPoints(l)]));
  const maxItems = Math.max(0, ...[...itemPoints.values()].map((p) => p.length));
  const ticksCol = width + HELPER_GAP;
  return { b, rulebook, example, cols, width, itemPoints, maxItems, ticksCol, pointsCol: ticksCol + maxItems };
}

/** 预算数, 执行数 (typed, or the example's) and the 预算执行率 computed from them. */
function layOutFunds({ b, rulebook, example, width }: Table, row: number): Funds {
  const funds = { budget: { row, col: 1 }, executed: { row, col: 4 }, rate: { row, col: 6 } };
  const line = example ? rulebook.example?.funds[0] : undefined;
  labelPairs(b, row, width, [
    ["预算数\n（万元）", line?.budget ?? null],
    ["执行数\n（万元）", line?.executed ?? null],
    ["预算执行率", null],
  ]);
  for (const ref of [funds.budget, funds.executed]) {
    const cell = b.get(ref.row, ref.col)!;
    b.put(ref.row, ref.col, { ...cell, style: "input", numberFormat: MONEY_FORMAT });
  }
  b.put(funds.rate.row, funds.rate.col, execRateCell(b, funds.executed, funds.budget));
  b.validation(funds.budget.row, funds.budget.col, { kind: "decimal", min: 0, max: 1e9 }, MONEY_PROMPT, MONEY_ERROR);
  b.validation(funds.executed.row, funds.executed.col, { kind: "decimal", min: 0, max: 1e9 }, MONEY_PROMPT, MONEY_ERROR);
  return funds;
}

/** The rulebook's column headers, and ①②③ over the checklist ticks and their points with a note above. */
function layOutHeader({ b, rulebook, maxItems, ticksCol, pointsCol }: Table, headerRow: number): void {
  rulebook.columns.forEach((c, i) => b.text(headerRow, i, c.header, "header"));
  if (maxItems === 0) return;
  for (let i = 0; i < maxItems; i++) {
    b.text(headerRow, ticksCol + i, String.fromCodePoint(0x2460 + i), "header");
    b.text(headerRow, pointsCol + i, `${String.fromCodePoint(0x2460 + i)}分`, "header");
  }
  b.text(0, ticksCol, CHECKLIST_NOTE, "note", { rows: headerRow, cols: 2 * maxItems });
}

/** A first-level group: its row carrying the subtotals, then its indicators. Returns the row after it. */
function layOutGroup(t: Table, funds: Funds | null, group: IndicatorGroup, groupRow: number, leafRows: Leaf[]): number {
  const { b, cols, width } = t;
  const first = groupRow + 1;
  const end = layOutChildren(t, funds, group.children, first, 1, !!group.ruleText, leafRows);
  const last = end - 1;
  b.text(groupRow, cols.level1, group.name, "label", { rows: end - groupRow });
  for (let c = 1; c < width; c++) if (!b.get(groupRow, c)) b.text(groupRow, c, null, "text");
  if (group.explanation && cols.explanation !== undefined) b.text(groupRow, cols.explanation, group.explanation, "text");
  if (group.ruleText && cols.rule !== undefined) b.text(groupRow, cols.rule, group.ruleText, "text");
  const span = (col: number): Rect => ({ top: first, left: col, bottom: last, right: col });
  b.put(groupRow, cols.weight, { ...b.sum([span(cols.weight)], POINTS_FORMAT), style: "total" });
  b.put(groupRow, cols.score, { ...b.sum([span(cols.score)], POINTS_FORMAT), style: "total" });
  return end;
}

/** Second- and third-level labels spanning their indicators' rows. Returns the row after the last. */
function layOutChildren(
  t: Table,
  funds: Funds | null,
  children: IndicatorGroup["children"],
  start: number,
  level: number,
  groupRule: boolean,
  leafRows: Leaf[],
): number {
  let r = start;
  for (const node of children) {
    if (isGroup(node)) {
      const top = r;
      r = layOutChildren(t, funds, node.children, r, level + 1, groupRule || !!node.ruleText, leafRows);
      const col = level === 1 ? t.cols.level2 : t.cols.level3;
      if (col === undefined) fail("value", `评分表“${t.rulebook.id}”没有第三级指标列`, `Table family ${t.rulebook.id} has no third-level column`);
      t.b.text(top, col, node.name, "label", { rows: r - top });
    } else {
      layOutLeaf(t, funds, node, r, groupRule);
      leafRows.push({ indicator: node, row: r });
      r++;
    }
  }
  return r;
}

/** A row without a rule of its own or its group's (the framework's) gets its 评分标准 from the evaluator. */
function layOutLeaf(t: Table, funds: Funds | null, leaf: Indicator, r: number, groupRule: boolean): void {
  const { b, cols, width } = t;
  const ex = t.example ? leaf.example : undefined;
  for (let c = 1; c < width; c++) b.text(r, c, null, "text");
  b.text(r, cols.level3 ?? cols.level2, ex?.name ?? leaf.name, "text");
  if (cols.explanation !== undefined) b.text(r, cols.explanation, leaf.explanation ?? null, "text");
  if (cols.rule !== undefined) b.text(r, cols.rule, leaf.ruleText ?? null, leaf.ruleText || groupRule ? "text" : "inputText");
  if (cols.remark !== undefined) b.text(r, cols.remark, null, "inputText");
  const weight = leaf.weight ?? ex?.weight ?? null;
  b.put(r, cols.weight, { value: weight, numberFormat: POINTS_FORMAT, style: leaf.weight === null ? "input" : "center" });
  if (leaf.weight === null) b.validation(r, cols.weight, { kind: "decimal", min: 0, max: 100 }, WEIGHT_PROMPT, WEIGHT_ERROR);
  layOutLeafScore(t, funds, leaf, r);
}

/** The self-score cell of an indicator row: a JX formula for its rule, or an input checked against the weight. */
function layOutLeafScore(t: Table, funds: Funds | null, leaf: Indicator, r: number): void {
  const { b, cols, ticksCol, pointsCol } = t;
  const ex = t.example ? leaf.example : undefined;
  const weightRef = { row: r, col: cols.weight };
  switch (leaf.rule.kind) {
    case "execRate":
      b.put(r, cols.score, execRateScoreCell(b, funds!.executed, funds!.budget, weightRef, leaf.rule.rule));
      break;
    case "ruleText":
      if (cols.rule === undefined) fail("value", `评分表“${t.rulebook.id}”没有评分规则列`, `Table family ${t.rulebook.id} has no rule column`);
      b.put(r, cols.score, ruleScoreCell(b, funds!.rate, { row: r, col: cols.rule }, weightRef));
      break;
    case "checklist": {
      const points = t.itemPoints.get(leaf)!;
      points.forEach((p, i) => {
        const tick = ex?.ticks?.[i];
        b.put(r, ticksCol + i, { value: tick === undefined ? null : tick ? TICKS[0] : TICKS[1], style: "input" });
        b.validation(r, ticksCol + i, { kind: "list", items: TICKS }, TICK_PROMPT, TICK_ERROR);
        b.put(r, pointsCol + i, { value: p, style: "helper" });
      });
      b.put(r, cols.score, checklistScoreCell(b, r, ticksCol, pointsCol, points.length));
      break;
    }
    case "indicator":
    case "manual":
      b.put(r, cols.score, { value: ex?.score ?? null, numberFormat: POINTS_FORMAT, style: "input" });
      b.scoreValidation(r, cols.score, cols.weight, SCORE_PROMPT, SCORE_ERROR);
      break;
  }
}

/** 合计 (sums of the group rows) and 评价等级 (the grade of the total). Returns the total's cell. */
function layOutTotals({ b, cols, width, rulebook }: Table, groupRows: number[], leafRows: Leaf[], totalRow: number, gradeRow: number): Ref {
  b.text(totalRow, 0, "合计", "total", { cols: cols.weight });
  const groupCells = (col: number): Rect[] => groupRows.map((r) => ({ top: r, left: col, bottom: r, right: col }));
  b.put(totalRow, cols.weight, { ...b.sum(groupCells(cols.weight), POINTS_FORMAT), style: "total" });
  b.put(totalRow, cols.score, { ...b.sum(groupCells(cols.score), POINTS_FORMAT), style: "total" });
  for (let c = cols.weight + 1; c < width; c++) if (c !== cols.score) b.text(totalRow, c, null, "text");

  b.text(gradeRow, 0, "评价等级", "total", { cols: cols.score });
  const total = { row: totalRow, col: cols.score };
  const scoreRanges = runs(leafRows.map((l) => l.row)).map(([top, bottom]) => b.range({ top, left: cols.score, bottom, right: cols.score }));
  const scored = leafRows.some((l) => typeof b.get(l.row, cols.score)?.value === "number");
  b.put(gradeRow, cols.score, gradeCell(b, total, scoreRanges, scored, rulebook.grades));
  for (let c = cols.score + 1; c < width; c++) b.text(gradeRow, c, null, "text");
  return total;
}

const CHECKLIST_NOTE =
  "核对项勾选区（不打印）：在各项编号下填 ✓ 或 ✗，自评分按评分规则所列分值自动计算；右侧为各项分值。\nTick each item ✓ or ✗; the score adds up the points on the right.";

/** Label and value pairs across a row: the last value takes the remaining columns. */
function labelPairs(b: SheetBuilder, row: number, width: number, pairs: [string, string | number | null][]): void {
  const starts = [0, 3, 5];
  pairs.forEach(([label, value], i) => {
    const col = starts[i];
    const end = i + 1 < pairs.length ? starts[i + 1] : width;
    b.text(row, col, label, "label");
    b.text(row, col + 1, value, "text", { cols: end - col - 1 });
  });
}

function columnIndex(columns: readonly Column[]): Columns {
  const index: Partial<Record<ColumnId, number>> = {};
  columns.forEach((c, i) => (index[c.id] = i));
  for (const id of ["level1", "level2", "weight", "score"] as const) {
    if (index[id] === undefined) fail("value", `评分表缺少“${id}”列`, `The table has no ${id} column`);
  }
  return index as Columns;
}

/** The points of each ①②③ item of a checklist row's rule text; a text without items cannot be ticked. */
function checklistPoints(leaf: Indicator): number[] {
  const points = checklistItems(leaf.ruleText ?? "").items.map((i) => i.points);
  if (points.length === 0) fail("value", `“${leaf.name}”的评分规则中没有①②③…检查项`, `The rule text of ${leaf.name} lists no checklist items`);
  return points;
}

function allLeaves(nodes: readonly (IndicatorGroup | Indicator)[]): Indicator[] {
  return nodes.flatMap((n) => (isGroup(n) ? allLeaves(n.children) : [n]));
}
