import type { CheckId } from "../checks/ids";
import { Message } from "../errors";

/**
 * A rulebook describes one table family: its columns, its indicator tree with the official wording,
 * how each row is scored and, optionally, a filled-in example. It is data only; the sheet plan
 * (src/core/plan) turns it into cells and formulas.
 */
export interface Rulebook {
  /** Stable id, written into the template marker, e.g. "sh-2018". */
  id: string;
  /** Raised whenever the rows or formulas a template writes change, so a checker knows which edition made a table. */
  version: number;
  title: Message;
  /** The sheet's printed title, as on the official form. */
  heading: string;
  /** One line: when to use this family. */
  description: Message;
  /** How the sheet is laid out: the generic indicator table, or the MoF 2020 self-evaluation form. */
  layout: "scoring-table" | "mof-self";
  columns: readonly Column[];
  indicators: readonly IndicatorGroup[];
  /** 优/良/中/差 or 优秀/良好/合格/不合格 (rulebook §3). */
  grades: "short" | "long";
  /** The reviewer's checks (rulebook §4) that apply to this family. */
  checks: readonly CheckId[];
  example?: RulebookExample;
}

export type ColumnId = "level1" | "level2" | "level3" | "explanation" | "weight" | "rule" | "target" | "actual" | "score" | "deviation" | "remark";

export interface Column {
  id: ColumnId;
  /** The header word as printed on the official form. */
  header: string;
  /** In Excel's character units. */
  width: number;
}

/**
 * How a row's score is reached:
 * - checklist: the items and points of its 评分规则 text, ticked beside the table (rulebook §2.6);
 * - execRate: 预算执行率 from the funds cells, by the named built-in rule (§2.1);
 * - ruleText: 预算执行率 from the funds cells, scored by the row's own 评分规则 text (§2.7), so the rule
 *   written in the sheet is the rule computed;
 * - indicator: 实际完成值 against the comparator of 年度指标值 (§2.2–2.4); a qualitative target is scored by hand;
 * - manual: the evaluator types the score.
 */
export type IndicatorRule =
  | { kind: "checklist" }
  | { kind: "execRate"; rule: "区间" | "比例" | "阶梯" }
  | { kind: "ruleText"; of: "execRate" }
  | { kind: "indicator" }
  | { kind: "manual" };

export interface Indicator {
  /** Empty for a row the user names (the MoF form's third-level indicators). */
  name: string;
  explanation?: string;
  /** null: the user sets it. */
  weight: number | null;
  rule: IndicatorRule;
  /** 评分规则, verbatim. */
  ruleText?: string;
  /** 年度指标值. */
  target?: string;
  example?: IndicatorExample;
}

export interface IndicatorGroup {
  name: string;
  explanation?: string;
  ruleText?: string;
  /** The group's official weight; null when the user sets its children's weights. */
  weight: number | null;
  children: readonly (IndicatorGroup | Indicator)[];
}

export type IndicatorNode = IndicatorGroup | Indicator;

/** What the example fills into one row; anything not given stays as the template has it. */
export interface IndicatorExample {
  name?: string;
  target?: string;
  actual?: number | string;
  weight?: number;
  /** A score typed by hand (manual rows, qualitative targets). */
  score?: number;
  /** One tick per checklist item, in the rule text's order. */
  ticks?: readonly boolean[];
  deviation?: string;
}

export interface FundsLine {
  /** 年初预算数, 全年预算数, 全年执行数 in 万元. */
  initialBudget: number;
  budget: number;
  executed: number;
}

export interface RulebookExample {
  /** sh-2018: one line; mof-self: 当年财政拨款, 上年结转资金, 其他资金. */
  funds: readonly FundsLine[];
  /** 年度总体目标: 预期目标 and 实际完成情况 (mof-self). */
  goals?: { expected: string; achieved: string };
  total: number;
  grade: string;
  source: Message;
}

/** The reviewer's checks (rulebook §4), by the ids of src/core/checks (defined there once). */
export type { CheckId } from "../checks/ids";

export function isGroup(node: IndicatorNode): node is IndicatorGroup {
  return "children" in node;
}

/** Whether "fill in example data" has anything to fill: figures for the project or for any row. */
export function hasExample(rulebook: Rulebook): boolean {
  const rowHasExample = (node: IndicatorNode): boolean => (isGroup(node) ? node.children.some(rowHasExample) : node.example !== undefined);
  return rulebook.example !== undefined || rulebook.indicators.some(rowHasExample);
}
