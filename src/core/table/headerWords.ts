import { ColumnRole } from "./types";

/**
 * Header words per column role, tried in this order on a cell's text (NFKC, no spaces). 评分规则 is tried
 * before 评分 so a rule column is never taken for the score; 分值 and 得分 are the MoF words for 权重 and 自评分.
 */
const COLUMN_WORDS: readonly [ColumnRole, RegExp][] = [
  ["level1", /^一级指标/],
  ["level2", /^二级指标/],
  ["level3", /^三级指标/],
  ["name", /^(指标名称|指标内容|评价指标)$/],
  ["explanation", /^指标(解释|说明|内涵)/],
  ["rule", /^评分(规则|标准|办法|方法|依据)/],
  ["target", /^(年度指标值|年度目标值|预期指标值|目标值|指标值)/],
  ["actual", /^(实际完成值|全年实际值|实际值|完成值|实际完成情况)/],
  ["reason", /^偏差原因/],
  ["remark", /^备注/],
  ["weight", /^(权重|分值|标准分|满分|指标分值)/],
  ["score", /^(自评分|自评得分|得分|评分|实际得分)/],
];

export function columnRole(text: string): ColumnRole | null {
  for (const [role, words] of COLUMN_WORDS) if (words.test(text)) return role;
  return null;
}

/** Roles that name an indicator; a header needs one of them and a weight column. */
export const NAME_ROLES: readonly ColumnRole[] = ["level1", "level2", "level3", "name"];

/** Funds block columns (rulebook §1.2), matched on the funds header row only. */
export type FundsColumn = "initialBudget" | "budget" | "executed" | "weight" | "rate" | "score";

const FUNDS_WORDS: readonly [FundsColumn, RegExp][] = [
  ["initialBudget", /^年初预算数/],
  ["budget", /^(全年预算数|调整后预算数|预算数)/],
  ["executed", /^(全年执行数|实际执行数|执行数)/],
  ["rate", /^执行率/],
  ["weight", /^分值/],
  ["score", /^得分/],
];

export function fundsColumn(text: string): FundsColumn | null {
  for (const [column, words] of FUNDS_WORDS) if (words.test(text)) return column;
  return null;
}

export const FUNDS_TOTAL = /^(年度资金总额|资金总额|合计)/;
export const FUNDS_PART = /^(其中[:：]?)?(当年财政拨款|财政拨款|上年结转资金|上年结转|其他资金|其他)/;

/** Labels of the total row and of a group's 小计 row. */
export const TOTAL_LABEL = /^(合计|总分|总计|得分合计|总得分|分值合计)/;
export const SUBTOTAL_LABEL = /小计/;

/** `产出指标(50分)` / `产出指标（50分）`: the group's weight written in its label. */
const LABEL_WEIGHT = /[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*$/;

export function labelWeight(text: string): number | null {
  const m = LABEL_WEIGHT.exec(text.normalize("NFKC"));
  return m ? Number(m[1]) : null;
}

/** The group's name without its weight suffix, for comparing a label repeated on every row. */
export function groupName(text: string): string {
  return text.normalize("NFKC").replace(LABEL_WEIGHT, "").replace(/\s+/g, "");
}

export const GRADE_LABEL = /^(自评|评价|绩效|综合)?(等级|评级|结果)[:：]?$/;
