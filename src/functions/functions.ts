/*
 * The JX custom functions as Excel sees them. Each is a thin wrapper over the function table in
 * jxFunctions.ts; the JSDoc below is what Excel's formula autocomplete shows (Chinese here, English
 * in functions.en-us.json), generated into functions.json at build time. Keep ids and parameter
 * lists stable: saved workbooks keep the signatures they were written with.
 */
import { JxError, JxErrorCode, Locale } from "../core/errors";
import { invoke, JxFunctionSpec } from "./invoke";
import { JX } from "./jxFunctions";

// The values of CustomFunctions.ErrorCode, written out: that enum exists only once Excel's runtime has
// loaded, and this module must also load harmlessly in a page opened outside Excel.
const ERROR_CODES = {
  value: "#VALUE!",
  div0: "#DIV/0!",
  num: "#NUM!",
  na: "#N/A",
} as Record<JxErrorCode, CustomFunctions.ErrorCode>;

// Without office.js (the page opened from disk or a plain web server) the registrations appended to this
// bundle at build time have nowhere to go; give them a place so the page shows its notice, not an error.
if (typeof CustomFunctions === "undefined") {
  (globalThis as { CustomFunctions?: Partial<typeof CustomFunctions> }).CustomFunctions = { associate: () => undefined };
}

/** Chinese unless Excel speaks another language, then English. */
function displayLocale(): Locale {
  const language = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return !language || language.toLowerCase().startsWith("zh") ? "zh" : "en";
}

function toExcelError(e: JxError): CustomFunctions.Error {
  return new CustomFunctions.Error(ERROR_CODES[e.code], e.messageIn(displayLocale()));
}

function run(spec: JxFunctionSpec, args: unknown[]): any[][] {
  return invoke(spec, args, toExcelError);
}

/**
 * 预算执行率：全年执行数 ÷ 全年预算数（请设为百分比格式）。
 * @customfunction EXECRATE
 * @param executed 全年执行数（万元），可以是单元格或一列区域。
 * @param budget 全年预算数（万元），不能为 0。
 * @returns 预算执行率（小数）。
 */
export function execRateFn(executed: any[][], budget: any[][]): any[][] {
  return run(JX.EXECRATE, [executed, budget]);
}

/**
 * 预算执行率得分：按比例、区间（上海 2018 评分表）或阶梯规则计分。
 * @customfunction EXECRATESCORE
 * @param executed 全年执行数（万元）。
 * @param budget 全年预算数（万元），不能为 0。
 * @param [weight] 分值，默认 10。
 * @param [rule] 计分方式：“比例”（默认）、“区间”或“阶梯”。
 * @returns 得分（保留两位小数）。
 */
export function execRateScoreFn(executed: any[][], budget: any[][], weight?: any[][], rule?: any[][]): any[][] {
  return run(JX.EXECRATESCORE, [executed, budget, weight, rule]);
}

/**
 * 正向指标得分（越高越好）：完成值达到指标值得满分，否则按比例得分。
 * @customfunction COMPLETIONSCORE
 * @param actual 实际完成值。
 * @param target 年度指标值。
 * @param weight 分值。
 * @returns 得分（保留两位小数）。
 */
export function completionScoreFn(actual: any[][], target: any[][], weight: any[][]): any[][] {
  return run(JX.COMPLETIONSCORE, [actual, target, weight]);
}

/**
 * 反向指标得分（越低越好，如故障率、成本）：R1 超出即线性扣分至两倍指标值为 0；R2 按指标值÷完成值计分。
 * @customfunction REVERSESCORE
 * @param actual 实际完成值。
 * @param target 年度指标值。
 * @param weight 分值。
 * @param [variant] 算法：“R1”（默认）或“R2”。
 * @returns 得分（保留两位小数）。
 */
export function reverseScoreFn(actual: any[][], target: any[][], weight: any[][], variant?: any[][]): any[][] {
  return run(JX.REVERSESCORE, [actual, target, weight, variant]);
}

/**
 * 按年度指标值的写法计分：≥ 为正向，≤ 为反向，= 为等于；定性指标返回 #N/A，请手工评分。
 * @customfunction INDICATORSCORE
 * @param targetText 年度指标值，如“≥50个”“≤90万元”“=100%”。
 * @param actual 实际完成值。
 * @param weight 分值。
 * @param [variant] 反向指标算法：“R1”（默认）或“R2”。
 * @returns 得分（保留两位小数）。
 */
export function indicatorScoreFn(targetText: any[][], actual: any[][], weight: any[][], variant?: any[][]): any[][] {
  return run(JX.INDICATORSCORE, [targetText, actual, weight, variant]);
}

/**
 * 逐项打勾计分：把达到的各项分值相加。
 * @customfunction CHECKLISTSCORE
 * @param flags 各项是否达到：是/否、✓/✗、TRUE/FALSE、1/0。
 * @param points 各项分值，与 flags 一一对应。
 * @returns 得分。
 */
export function checklistScoreFn(flags: any[][], points: any[][]): any[][] {
  return run(JX.CHECKLISTSCORE, [flags, points]);
}

/**
 * 按中文评分规则计分，如“≥90%计5分；80%(含)-90% 4分”；规则中的百分数与小数比较（0.85 即 85%）。
 * @customfunction RULESCORE
 * @param value 指标值（如预算执行率）。
 * @param ruleText 评分规则文字，可以直接引用表中的“评分规则”单元格。
 * @param [weight] 分值；“扣完为止”类规则需要。
 * @returns 得分（保留两位小数）。
 */
export function ruleScoreFn(value: any[][], ruleText: any[][], weight?: any[][]): any[][] {
  return run(JX.RULESCORE, [value, ruleText, weight]);
}

/**
 * 评分规则中列出的各项分值之和，如“①…（1分）②…（2分）”得 3。
 * @customfunction RULEPOINTS
 * @param ruleText 评分规则文字。
 * @returns 分值合计。
 */
export function rulePointsFn(ruleText: any[][]): any[][] {
  return run(JX.RULEPOINTS, [ruleText]);
}

/**
 * 绩效等级：90 分及以上为优，80–90 为良，60–80 为中，60 以下为差。
 * @customfunction GRADE
 * @param total 总分（0–100）。
 * @param [labels] 等级名称：默认“优/良/中/差”；填“优秀”则为“优秀/良好/合格/不合格”。
 * @returns 等级。
 */
export function gradeFn(total: any[][], labels?: any[][]): any[][] {
  return run(JX.GRADE, [total, labels]);
}
