/*
 * The JX custom functions as Excel sees them. Each is a thin wrapper over the function table in
 * jxFunctions.ts; the JSDoc below is what Excel's formula autocomplete shows (Chinese here, parameter
 * names included; English names and texts in functions.en-us.json, its parameters in the same order),
 * generated into functions.json at build time. Keep ids and parameter
 * lists stable: saved workbooks keep the signatures they were written with.
 */
import { JxError, JxErrorCode, Locale } from "../core/errors";
import { invoke } from "./invoke";
import { JX } from "./jxFunctions";

// Each wrapper names its function as a constant of this module and calls invoke itself, so that the engine
// compiles each wrapper to its own function's reads (see defineJx), not to calls shared by all nine.
const { EXECRATE, EXECRATESCORE, COMPLETIONSCORE, REVERSESCORE, INDICATORSCORE, CHECKLISTSCORE, RULESCORE, RULEPOINTS, GRADE } = JX;

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

/**
 * 预算执行率：全年执行数 ÷ 全年预算数（请设为百分比格式）。
 * @customfunction EXECRATE
 * @param 执行数 全年执行数，可带单位（如“8000元”“1万元”），可以是单元格或一列区域。
 * @param 预算数 全年预算数（万元），不能为 0。
 * @returns 预算执行率（小数）。
 */
export function execRateFn(执行数: any[][], 预算数: any[][]): any[][] {
  return invoke(EXECRATE, toExcelError, 执行数, 预算数);
}

/**
 * 预算执行率得分：按比例、区间（上海 2018 评分表）或阶梯规则计分。
 * @customfunction EXECRATESCORE
 * @param 执行数 全年执行数，可带单位（如“8000元”）。
 * @param 预算数 全年预算数（万元），不能为 0。
 * @param [分值] 分值，默认 10。
 * @param [计分方式] 计分方式：“比例”（默认）、“区间”或“阶梯”。
 * @returns 得分（保留两位小数）。
 */
export function execRateScoreFn(执行数: any[][], 预算数: any[][], 分值?: any[][], 计分方式?: any[][]): any[][] {
  return invoke(EXECRATESCORE, toExcelError, 执行数, 预算数, 分值, 计分方式);
}

/**
 * 正向指标得分（越高越好）：完成值达到指标值得满分，否则按比例得分。
 * @customfunction COMPLETIONSCORE
 * @param 完成值 实际完成值，可带单位（如“8000人次”）。
 * @param 指标值 年度指标值，可带单位（如“1万人次”）。
 * @param 分值 分值。
 * @returns 得分（保留两位小数）。
 */
export function completionScoreFn(完成值: any[][], 指标值: any[][], 分值: any[][]): any[][] {
  return invoke(COMPLETIONSCORE, toExcelError, 完成值, 指标值, 分值);
}

/**
 * 反向指标得分（越低越好，如故障率、成本）：R1 超出即线性扣分至两倍指标值为 0；R2 按指标值÷完成值计分。
 * @customfunction REVERSESCORE
 * @param 完成值 实际完成值。
 * @param 指标值 年度指标值。
 * @param 分值 分值。
 * @param [算法] 算法：“R1”（默认）或“R2”。
 * @returns 得分（保留两位小数）。
 */
export function reverseScoreFn(完成值: any[][], 指标值: any[][], 分值: any[][], 算法?: any[][]): any[][] {
  return invoke(REVERSESCORE, toExcelError, 完成值, 指标值, 分值, 算法);
}

/**
 * 按年度指标值的写法计分：≥ 为正向，≤ 为反向，= 为等于；定性指标返回 #N/A，请手工评分。
 * @customfunction INDICATORSCORE
 * @param 年度指标值 年度指标值，如“≥50个”“≤90万元”“=100%”。
 * @param 完成值 实际完成值。
 * @param 分值 分值。
 * @param [算法] 反向指标算法：“R1”（默认）或“R2”。
 * @returns 得分（保留两位小数）。
 */
export function indicatorScoreFn(年度指标值: any[][], 完成值: any[][], 分值: any[][], 算法?: any[][]): any[][] {
  return invoke(INDICATORSCORE, toExcelError, 年度指标值, 完成值, 分值, 算法);
}

/**
 * 逐项打勾计分：把达到的各项分值相加。
 * @customfunction CHECKLISTSCORE
 * @param 是否达到 各项是否达到：是/否、✓/✗、TRUE/FALSE、1/0。
 * @param 各项分值 各项分值，与 flags 一一对应。
 * @returns 得分。
 */
export function checklistScoreFn(是否达到: any[][], 各项分值: any[][]): any[][] {
  return invoke(CHECKLISTSCORE, toExcelError, 是否达到, 各项分值);
}

/**
 * 按中文评分规则计分，如“≥90%计5分；80%(含)-90% 4分”“每超过一个百分点扣0.5分”“按完成比例计算得分”；规则有未读懂的条款、数值同属两项或分数高于分值时返回 #VALUE! 并说明原因。
 * @customfunction RULESCORE
 * @param 数值 指标值，如预算执行率（0.85 即 85%）；“是否”类规则填 是/否、TRUE/FALSE、1/0、有/无 或 达到/未达到。
 * @param 评分规则 评分规则文字，可以直接引用表中的“评分规则”单元格。
 * @param [分值] 分值；“得满分”“扣完为止”“按比例计分”类规则需要，所有得分不超过分值。
 * @returns 得分（保留两位小数）。
 */
export function ruleScoreFn(数值: any[][], 评分规则: any[][], 分值?: any[][]): any[][] {
  return invoke(RULESCORE, toExcelError, 数值, 评分规则, 分值);
}

/**
 * 评分规则中列出的各项分值之和，如“①…（1分）②…（2分）”得 3。
 * @customfunction RULEPOINTS
 * @param 评分规则 评分规则文字。
 * @returns 分值合计。
 */
export function rulePointsFn(评分规则: any[][]): any[][] {
  return invoke(RULEPOINTS, toExcelError, 评分规则);
}

/**
 * 绩效等级：90 分及以上为优，80–90 为良，60–80 为中，60 以下为差。
 * @customfunction GRADE
 * @param 总分 总分（0–100）。
 * @param [等级名称] 等级名称：默认“优/良/中/差”；填“优秀”则为“优秀/良好/合格/不合格”。
 * @returns 等级。
 */
export function gradeFn(总分: any[][], 等级名称?: any[][]): any[][] {
  return invoke(GRADE, toExcelError, 总分, 等级名称);
}
