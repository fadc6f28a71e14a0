import { fail } from "../errors";
import { parseNumberText } from "../numbers";
import { IndicatorExample, IndicatorGroup, Indicator, isGroup, Rulebook } from "../rulebooks";
import { parseTarget } from "../rules";
import { runs, SheetBuilder } from "./builder";
import { LaidOut, PlanFields, title, TITLE_HEIGHT } from "./layout";
import { execRateCell, execRateScoreCell, gradeCell, indicatorScoreCell, MONEY_FORMAT, POINTS_FORMAT, RATE_FORMAT } from "./scoreCells";
import { MONEY_ERROR, MONEY_PROMPT, SCORE_ERROR, SCORE_PROMPT, WEIGHT_ERROR, WEIGHT_PROMPT } from "./styles";
import { PlanCell } from "./types";

/**
 * 项目支出绩效自评表 (财预〔2020〕10号), rulebook §1.2: the project, the funds block scored by
 * 预算执行率 (10 points), the year's goals, then 一级/二级/三级指标 with 年度指标值, 实际完成值,
 * 分值, 得分 and 偏差原因分析及改进措施, the 总分 and the grade. Column A carries the block labels.
 */
const FUND_SOURCES = ["其中：当年财政拨款", "上年结转资金", "其他资金"];
const FUNDS_WEIGHT = 10;
/** Columns: A label, B 一级, C 二级, D 三级, E 年度指标值, F 实际完成值, G 分值, H 得分, I 偏差原因. */
const C = { label: 0, level1: 1, level2: 2, level3: 3, target: 4, actual: 5, weight: 6, score: 7, deviation: 8 } as const;
const WIDTH = 9;

/** The funds block's 年度资金总额 row: its 全年预算数, 全年执行数, 分值 and 得分 cells. */
const FUNDS_TOTAL = { budget: { row: 4, col: 4 }, executed: { row: 4, col: 5 }, weight: { row: 4, col: 6 }, score: { row: 4, col: 8 } } as const;

export function layOutMofSelf(b: SheetBuilder, rulebook: Rulebook, fields: PlanFields, example: boolean): LaidOut {
  const headers = rulebook.columns.map((c) => c.header);
  if (headers.length !== WIDTH - 1) fail("value", `自评表模板“${rulebook.id}”应有 8 列`, `Form ${rulebook.id} must have 8 columns`);
  const ex = example ? rulebook.example : undefined;

  b.text(0, 0, title(rulebook, fields), "title", { cols: WIDTH });
  b.minHeight(0, TITLE_HEIGHT);
  b.text(1, 0, "项目名称", "label");
  b.text(1, 1, fields.projectName, "text", { cols: WIDTH - 1 });
  b.text(2, 0, "主管部门", "label");
  b.text(2, 1, fields.department, "text", { cols: 3 });
  b.text(2, 4, "实施单位", "label");
  b.text(2, 5, fields.implementer, "text", { cols: 4 });
  layOutFunds(b, ex);
  layOutGoals(b, ex);

  const headerRow = 10;
  headers.forEach((h, i) => b.text(headerRow, i + 1, h, "header"));
  const leafRows = layOutIndicators(b, rulebook, example, headerRow + 1);
  const totalRow = headerRow + 1 + leafRows.length;
  b.text(headerRow, 0, "绩效指标", "label", { rows: totalRow - headerRow });
  const gradeRow = totalRow + 1;
  const total = layOutTotals(b, rulebook, leafRows, totalRow, gradeRow);
  return { width: WIDTH, headerRow, total, grade: { row: gradeRow, col: C.score }, freezeRows: 3 };
}

/** Rows 4–8. 年度资金总额 is the sum of its 其中 rows, so the form cannot contradict itself (check §4.9). */
function layOutFunds(b: SheetBuilder, ex: Rulebook["example"] | undefined): void {
  b.text(3, 0, "项目资金（万元）", "label", { rows: 5 });
  b.text(3, 1, null, "header", { cols: 2 });
  ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].forEach((h, i) => b.text(3, 3 + i, h, "header"));
  b.text(4, 1, "年度资金总额", "label", { cols: 2 });
  FUND_SOURCES.forEach((source, i) => {
    const r = 5 + i;
    b.text(r, 1, source, "text", { cols: 2 });
    const line = ex?.funds[i];
    [line?.initialBudget, line?.budget, line?.executed].forEach((v, j) => {
      b.put(r, 3 + j, { value: v ?? null, numberFormat: MONEY_FORMAT, style: "input" });
      b.validation(r, 3 + j, { kind: "decimal", min: 0, max: 1e9 }, MONEY_PROMPT, MONEY_ERROR);
    });
    for (let c = 6; c < 9; c++) b.text(r, c, "—", "center");
  });
  for (let j = 0; j < 3; j++) b.put(4, 3 + j, b.sum([{ top: 5, left: 3 + j, bottom: 7, right: 3 + j }], MONEY_FORMAT));
  const { budget, executed, weight, score } = FUNDS_TOTAL;
  b.put(weight.row, weight.col, { value: FUNDS_WEIGHT, numberFormat: POINTS_FORMAT, style: "center" });
  const typed = { top: 5, left: 3, bottom: 7, right: 5 };
  b.put(4, 7, execRateCell(b, executed, budget, typed));
  b.put(score.row, score.col, execRateScoreCell(b, executed, budget, weight, "比例", typed));
}

/** Rows 9–10: 年度总体目标, expected and achieved. */
function layOutGoals(b: SheetBuilder, ex: Rulebook["example"] | undefined): void {
  b.text(8, 0, "年度总体目标", "label", { rows: 2 });
  b.text(8, 1, "预期目标", "header", { cols: 4 });
  b.text(8, 5, "实际完成情况", "header", { cols: 4 });
  b.text(9, 1, ex?.goals?.expected ?? null, "inputText", { cols: 4 });
  b.text(9, 5, ex?.goals?.achieved ?? null, "inputText", { cols: 4 });
  b.minHeight(9, 60);
}

/** 一级 and 二级 labels spanning their third-level rows, from row `start`. Returns the third-level rows. */
function layOutIndicators(b: SheetBuilder, rulebook: Rulebook, example: boolean, start: number): number[] {
  let row = start;
  const leafRows: number[] = [];
  for (const group of rulebook.indicators) {
    const top = row;
    for (const second of group.children) {
      const secondTop = row;
      for (const leaf of leavesOf(second)) {
        layOutLeaf(b, leaf, row, example ? leaf.example : undefined);
        leafRows.push(row++);
      }
      b.text(secondTop, C.level2, second.name, "label", { rows: row - secondTop });
    }
    const label = group.weight === null ? group.name : `${group.name}（${group.weight}分）`;
    b.text(top, C.level1, label, "label", { rows: row - top });
  }
  return leafRows;
}

/** 总分 (the funds' score and every indicator's) and 评价等级. Returns the total's cell. */
function layOutTotals(b: SheetBuilder, rulebook: Rulebook, leafRows: number[], totalRow: number, gradeRow: number): { row: number; col: number } {
  const { weight, score } = FUNDS_TOTAL;
  const cellRect = (ref: { row: number; col: number }) => ({ top: ref.row, left: ref.col, bottom: ref.row, right: ref.col });
  const leafSpan = (col: number) => runs(leafRows).map(([top, bottom]) => ({ top, left: col, bottom, right: col }));
  b.text(totalRow, 0, "总分", "total", { cols: C.weight });
  b.put(totalRow, C.weight, { ...b.sum([cellRect(weight), ...leafSpan(C.weight)], POINTS_FORMAT), style: "total" });
  b.put(totalRow, C.score, { ...b.sum([cellRect(score), ...leafSpan(C.score)], POINTS_FORMAT), style: "total" });
  b.text(totalRow, C.deviation, null, "text");

  b.text(gradeRow, 0, "评价等级", "total", { cols: C.score });
  const total = { row: totalRow, col: C.score };
  const scoreRanges = [b.at(score.row, score.col), ...leafSpan(C.score).map((r) => b.range(r))];
  const scored = [score, ...leafRows.map((r) => ({ row: r, col: C.score }))].some((ref) => typeof b.get(ref.row, ref.col)?.value === "number");
  b.put(gradeRow, C.score, gradeCell(b, total, scoreRanges, scored, rulebook.grades));
  b.text(gradeRow, C.deviation, null, "text");
  return total;
}

function leavesOf(node: IndicatorGroup | Indicator): Indicator[] {
  return isGroup(node) ? node.children.flatMap(leavesOf) : [node];
}

/**
 * A third-level row: name, 年度指标值, 实际完成值 and 分值 are the user's; the score is computed from the
 * target's comparator, except for a qualitative target, which the evaluator scores by hand (§2.5).
 */
function layOutLeaf(b: SheetBuilder, leaf: Indicator, r: number, ex: IndicatorExample | undefined): void {
  const target = ex?.target ?? leaf.target ?? null;
  b.text(r, C.level3, ex?.name ?? (leaf.name || null), "input");
  b.text(r, C.target, target, "input");
  b.put(r, C.actual, actualCell(ex?.actual));
  b.put(r, C.weight, { value: ex?.weight ?? leaf.weight, numberFormat: POINTS_FORMAT, style: "input" });
  b.validation(r, C.weight, { kind: "decimal", min: 0, max: 100 }, WEIGHT_PROMPT, WEIGHT_ERROR);
  b.text(r, C.deviation, ex?.deviation ?? null, "inputText");
  const qualitative = target !== null && parseTarget(target).kind === "qualitative";
  if (qualitative || leaf.rule.kind === "manual") {
    b.put(r, C.score, { value: ex?.score ?? null, numberFormat: POINTS_FORMAT, style: "input" });
    b.scoreValidation(r, C.score, C.weight, SCORE_PROMPT, SCORE_ERROR);
  } else {
    b.put(r, C.score, indicatorScoreCell(b, { row: r, col: C.target }, { row: r, col: C.actual }, { row: r, col: C.weight }));
  }
}

/** An actual typed as "85%" is stored as the number a person typing it would get, shown as a percentage. */
function actualCell(actual: number | string | undefined): PlanCell {
  if (typeof actual === "string") {
    const n = parseNumberText(actual);
    if (n !== null) return { value: n, numberFormat: actual.includes("%") ? RATE_FORMAT : "General", style: "input" };
  }
  return { value: actual ?? null, style: "input" };
}
