import { ColumnRole } from "./types";

/**
 * Header words per column role, found anywhere in a header cell's words (see headerWords), tried in this order:
 * real forms add prefixes and suffixes (全年实际完成值（B）, 指标权重, 自评得分). 评分标准 before 指标说明, so
 * 指标说明及评分标准 is the rule; 指标解释 before 评价指标, so 评价指标解释 is no name; 评分规则 before 评分, so a
 * rule column is never the score; actual before target, so 实际完成指标值 is the actual; 分值 and 得分 are the
 * MoF words for 权重 and 自评分, and weight comes before score so 满分得分 is still a weight. Any 原因 column
 * (偏差原因分析及改进措施, 未完成原因分析) is the reason.
 */
const COLUMN_WORDS: readonly [ColumnRole, RegExp][] = [
  ["level1", /一级指标/],
  ["level2", /二级指标/],
  ["level3", /三级指标/],
  ["rule", /评分(规则|标准|办法|方法|依据|细则|说明)|评价标准/],
  ["explanation", /指标(解释|说明|内涵)/],
  ["name", /指标名称|指标内容|评价指标|评价内容/],
  ["actual", /实际|完成值/],
  ["comparator", /指标性质|指标方向/],
  ["unit", /^(度量|计量)?单位$/],
  ["target", /目标值|指标值/],
  ["reason", /原因/],
  ["remark", /备注/],
  ["weight", /权重|分值|标准分|满分/],
  ["score", /得分|评分/],
];

/** Bracketed notes a form adds to a header: （B）, (A), （规则）, （万元）, (%). */
const HEADER_NOTE = /[(（][^()（）]*[)）]/g;

/** A header is a few words: 偏差原因分析及改进措施, the longest known, has 11 characters. */
const MAX_HEADER_LENGTH = 12;

/** Sentence punctuation marks a rule text, a trailing 表 a title (指标评分表, 项目支出绩效自评表). */
const NOT_HEADER = /[。，；,;！？!?]|表$/;

/** The words of a cell that can be a column header, without its bracketed notes; "" when it cannot be one. */
function headerWords(text: string): string {
  const words = text.replace(HEADER_NOTE, "");
  return words.length > MAX_HEADER_LENGTH || NOT_HEADER.test(words) ? "" : words;
}

/** The role of a column from its header cell's text (NFKC, no spaces), or null. */
export function columnRole(text: string): ColumnRole | null {
  const words = headerWords(text);
  if (!words) return null;
  for (const [role, pattern] of COLUMN_WORDS) if (pattern.test(words)) return role;
  return null;
}

/** Roles that name an indicator; a header needs one of them and a weight column. */
export const NAME_ROLES: readonly ColumnRole[] = ["level1", "level2", "level3", "name"];

/** Funds block columns (rulebook §1.2), matched on the funds header row only. */
export type FundsColumn = "initialBudget" | "budget" | "executed" | "weight" | "rate" | "score";

/**
 * Found anywhere in the header words like the column words (全年预算数（A）, 执行率（B/A）); 年初 before 预算数.
 * Sichuan's form says 年初预算, 调整后预算数, 预算执行数 and 权重 for 分值.
 */
const FUNDS_WORDS: readonly [FundsColumn, RegExp][] = [
  ["initialBudget", /年初预算/],
  ["budget", /预算数/],
  ["executed", /执行数/],
  ["rate", /执行率/],
  ["weight", /分值|权重/],
  ["score", /得分/],
];

export function fundsColumn(text: string): FundsColumn | null {
  const words = headerWords(text);
  if (!words) return null;
  for (const [column, pattern] of FUNDS_WORDS) if (pattern.test(words)) return column;
  return null;
}

export const FUNDS_TOTAL = /^(年度资金总额|资金总额|总额|合计)/;
/** A source of money under the total: 其中：本年/当年财政拨款, 上年结转资金, 财政专户管理资金, 单位资金, 其他资金. */
export const FUNDS_PART = /^(其中[:：]?)?\S*(资金|拨款|结转|其他)/;

/** The label of a total score stated in a form's heading rows (自评得分 | 98, 自评总分（分） | 97.6). */
const STATED_TOTAL_LABEL = /^(自评(总)?得?分|自评总分|总得分)[:：]?$/;

export function isStatedTotalLabel(text: string): boolean {
  return STATED_TOTAL_LABEL.test(text.replace(HEADER_NOTE, ""));
}

/** Labels of the total row and of a group's 小计 row. */
export const TOTAL_LABEL = /^(合计|总分|总计|得分合计|总得分|分值合计)/;
export const SUBTOTAL_LABEL = /小计/;

/** `产出指标(50分)` / `产出指标（50分）` / `项目决策 2 分`: the group's weight written in its label. */
const LABEL_WEIGHT = /(?:[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]|(?<=\p{Script=Han}\s*)(\d+(?:\.\d+)?)\s*分)\s*$/u;

export function labelWeight(text: string): number | null {
  const m = LABEL_WEIGHT.exec(text.normalize("NFKC"));
  return m ? Number(m[1] ?? m[2]) : null;
}

/**
 * The group's name without its weight suffix, for comparing a label repeated on every row. A label that prints only
 * its weight (（50分）) names the group by it, so two such groups stay two.
 */
export function groupName(text: string): string {
  const words = text.normalize("NFKC").replace(/\s+/g, "");
  return words.replace(LABEL_WEIGHT, "") || words;
}

/**
 * A name cell the template's filler was left in, with no word of its own: 指标1：, 指标2:, 三级指标1, ……, -, /,
 * 指标1:/ (`/` = not applicable), 无 — as the reader's text (NFKC, no spaces).
 */
const FILLER_NAME = /^(([一二三]级)?指标\d*:?)?[./\-—_·…、]*$|^无$/;

/** A breakdown row under an indicator (其中桃树种植面积): part of the row above, not an indicator of its own. */
const BREAKDOWN_NAME = /^其中/;

/** A name row that is no indicator unless it carries points: template filler or a 其中 breakdown. */
export function isFillerOrBreakdown(text: string): boolean {
  return FILLER_NAME.test(text) || BREAKDOWN_NAME.test(text);
}

export const GRADE_LABEL = /^(自评|评价|绩效|综合)?(等级|评级|结果)[:：]?$/;
