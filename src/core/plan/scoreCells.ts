import { isBlank, requireNumber } from "../numbers";
import { fail, Message } from "../errors";
import { checklistScore, execRate, execRateScore, grade, GRADE_LABELS_LONG, GRADE_LABELS_SHORT, indicatorScore, readExecRateRule } from "../rules";
import { ACTUAL, BUDGET, EXECUTED } from "../rules/inputs";
import { parseRuleTextCached, ruleScore } from "../ruleText";
import { SheetBuilder } from "./builder";
import { PlanCell, PlanValue, Rect } from "./types";

/**
 * The formula cells that score a row, each with the value the core computes for it, so a file shows
 * the right numbers before Excel recalculates. A formula waits (shows blank) until its inputs are
 * typed, so that an empty template shows no errors.
 */
export const POINTS_FORMAT = "0.00";
export const RATE_FORMAT = "0.00%";
export const MONEY_FORMAT = "#,##0.00";

type Ref = { row: number; col: number };

// As the JX functions name these parameters (jxFunctions.ts), so a cached value fails with the formula's message.
const WEIGHT_LABEL: Message = { zh: "分值", en: "weight" };
const VALUE_LABEL: Message = { zh: "指标值", en: "value" };

function valueAt(b: SheetBuilder, ref: Ref): PlanValue {
  return b.get(ref.row, ref.col)?.value ?? null;
}

/** What a formula waits for: each of these cells, or any number in this range (for inputs summed first). */
export type Wait = readonly Ref[] | Rect;

/** IF(OR(a="",b=""),"",formula) or IF(COUNT(range)=0,"",formula): blank until its inputs are typed. */
function whenFilled(b: SheetBuilder, wait: Wait, formula: string): string {
  if (!Array.isArray(wait)) return `=IF(COUNT(${b.range(wait as Rect)})=0,"",${formula})`;
  const tests = (wait as readonly Ref[]).map((r) => `${b.at(r.row, r.col)}=""`);
  return `=IF(${tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`},"",${formula})`;
}

function waiting(b: SheetBuilder, wait: Wait): boolean {
  if (Array.isArray(wait)) return (wait as readonly Ref[]).some((r) => isBlank(valueAt(b, r)));
  const r = wait as Rect;
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) if (typeof valueAt(b, { row, col }) === "number") return false;
  return true;
}

function num(b: SheetBuilder, ref: Ref, label: Message): number {
  return requireNumber(valueAt(b, ref), label);
}

export function execRateCell(b: SheetBuilder, executed: Ref, budget: Ref, wait: Wait = [executed, budget]): PlanCell {
  const formula = whenFilled(b, wait, `JX.EXECRATE(${b.at(executed.row, executed.col)},${b.at(budget.row, budget.col)})`);
  const value = waiting(b, wait) ? "" : execRate(num(b, executed, EXECUTED), num(b, budget, BUDGET));
  return { value, formula, numberFormat: RATE_FORMAT, style: "center" };
}

export function execRateScoreCell(b: SheetBuilder, executed: Ref, budget: Ref, weight: Ref, rule: string, wait: Wait = [executed, budget, weight]): PlanCell {
  const args = [executed, budget, weight].map((r) => b.at(r.row, r.col)).join(",");
  const formula = whenFilled(b, wait, `JX.EXECRATESCORE(${args},"${rule}")`);
  const value = waiting(b, wait) ? "" : execRateScore(num(b, executed, EXECUTED), num(b, budget, BUDGET), num(b, weight, WEIGHT_LABEL), readExecRateRule(rule));
  return { value, formula, numberFormat: POINTS_FORMAT, style: "center" };
}

/** A value scored by the row's own 评分规则 text: edit the text and the score follows it. */
export function ruleScoreCell(b: SheetBuilder, value: Ref, ruleText: Ref, weight: Ref): PlanCell {
  const inputs = [value, ruleText, weight];
  const args = inputs.map((r) => b.at(r.row, r.col)).join(",");
  const formula = whenFilled(b, inputs, `JX.RULESCORE(${args})`);
  const text = valueAt(b, ruleText);
  const score = waiting(b, inputs) ? "" : ruleScore(parseRuleTextCached(String(text)), num(b, value, VALUE_LABEL), num(b, weight, WEIGHT_LABEL)).score;
  return { value: score, formula, numberFormat: POINTS_FORMAT, style: "center" };
}

export function indicatorScoreCell(b: SheetBuilder, target: Ref, actual: Ref, weight: Ref): PlanCell {
  const inputs = [target, actual, weight];
  const args = inputs.map((r) => b.at(r.row, r.col)).join(",");
  const formula = whenFilled(b, inputs, `JX.INDICATORSCORE(${args})`);
  const value = waiting(b, inputs) ? "" : indicatorScore(valueAt(b, target), num(b, actual, ACTUAL), num(b, weight, WEIGHT_LABEL));
  return { value, formula, numberFormat: POINTS_FORMAT, style: "center" };
}

/** Ticks and points lie side by side in one row beside the table: ticks at `ticks`, points after them. */
export function checklistScoreCell(b: SheetBuilder, row: number, ticksCol: number, pointsCol: number, items: number): PlanCell {
  const ticks = b.range({ top: row, left: ticksCol, bottom: row, right: ticksCol + items - 1 });
  const points = b.range({ top: row, left: pointsCol, bottom: row, right: pointsCol + items - 1 });
  const formula = `=IF(COUNTA(${ticks})=0,"",JX.CHECKLISTSCORE(${ticks},${points}))`;
  const flags = Array.from({ length: items }, (_, i) => b.get(row, ticksCol + i)?.value ?? null);
  const pointValues = Array.from({ length: items }, (_, i) => b.get(row, pointsCol + i)?.value);
  if (pointValues.some((p) => typeof p !== "number")) {
    fail("value", `第${row + 1}行的检查项分值不完整`, `The item points of row ${row + 1} are incomplete`);
  }
  const value = flags.every(isBlank) ? "" : checklistScore(flags, pointValues as number[]);
  return { value, formula, numberFormat: POINTS_FORMAT, style: "center" };
}

/** The grade of the total, blank while no row has a score. */
export function gradeCell(b: SheetBuilder, total: Ref, scoreRanges: readonly string[], scored: boolean, labels: "short" | "long"): PlanCell {
  const labelArg = labels === "long" ? `,"优秀"` : "";
  const formula = `=IF(COUNT(${scoreRanges.join(",")})=0,"",JX.GRADE(${b.at(total.row, total.col)}${labelArg}))`;
  const totalValue = valueAt(b, total);
  const value = scored && typeof totalValue === "number" ? grade(totalValue, labels === "long" ? GRADE_LABELS_LONG : GRADE_LABELS_SHORT) : "";
  return { value, formula, style: "total" };
}
