import { Message } from "../core/errors";
import { requireNumber } from "../core/numbers";
import {
  amountsInOneUnit,
  checklistScore,
  completionScore,
  execRate,
  execRateScore,
  grade,
  indicatorScore,
  readExecRateRule,
  readGradeLabels,
  readReverseVariant,
  reverseScore,
} from "../core/rules";
import { ACTUAL, BUDGET, EXECUTED, TARGET } from "../core/rules/inputs";
import { rulePoints, ruleTextScore } from "../core/ruleText";
import { JxFunctionSpec, ParamSpec } from "./invoke";

const label = (zh: string, en: string): Message => ({ zh, en });
const num = (name: string, l: Message, dflt?: number | null): ParamSpec => ({ name, type: "number", label: l, ...(dflt === undefined ? {} : { default: dflt }) });
/** An amount read with its unit by the core (8000元 against 1万元), so it is passed as typed. */
const amount = (name: string, l: Message): ParamSpec => ({ name, type: "value", label: l });
const text = (name: string, l: Message, optional = false): ParamSpec => ({ name, type: "text", label: l, ...(optional ? { default: null } : {}) });

// The rules' own labels, so a parameter is named alike in every message; the weight is 分值 here, as in the form.
const WEIGHT = label("分值", "weight");
const POINT = label("分值", "points");

/** The ids of the JX functions: a misspelled one (JX.EXECRATESCOR) does not compile. */
export type JxId =
  | "EXECRATE"
  | "EXECRATESCORE"
  | "COMPLETIONSCORE"
  | "REVERSESCORE"
  | "INDICATORSCORE"
  | "CHECKLISTSCORE"
  | "RULESCORE"
  | "RULEPOINTS"
  | "GRADE";

/**
 * The JX functions: each declares its parameters once and computes with the core. The Excel
 * wrappers (functions.ts), the HyperFormula test plugin and the benchmarks all call these.
 */
export const JX: { readonly [Id in JxId]: JxFunctionSpec & { id: Id } } = {
  EXECRATE: {
    id: "EXECRATE",
    params: [amount("executed", EXECUTED), amount("budget", BUDGET)],
    compute: ([executed, budget]) => execRate(...amountsInOneUnit(executed, budget, [EXECUTED, BUDGET])),
  },
  EXECRATESCORE: {
    id: "EXECRATESCORE",
    params: [amount("executed", EXECUTED), amount("budget", BUDGET), num("weight", WEIGHT, 10), text("rule", label("计分方式", "rule"), true)],
    compute: ([executed, budget, weight, rule]) =>
      execRateScore(...amountsInOneUnit(executed, budget, [EXECUTED, BUDGET]), weight as number, readExecRateRule(rule as string | null)),
  },
  COMPLETIONSCORE: {
    id: "COMPLETIONSCORE",
    params: [amount("actual", ACTUAL), amount("target", TARGET), num("weight", WEIGHT)],
    compute: ([actual, target, weight]) => completionScore(...amountsInOneUnit(actual, target, [ACTUAL, TARGET]), weight as number),
  },
  REVERSESCORE: {
    id: "REVERSESCORE",
    params: [amount("actual", ACTUAL), amount("target", TARGET), num("weight", WEIGHT), text("variant", label("算法", "variant"), true)],
    compute: ([actual, target, weight, variant]) =>
      reverseScore(...amountsInOneUnit(actual, target, [ACTUAL, TARGET]), weight as number, readReverseVariant(variant as string | null)),
  },
  INDICATORSCORE: {
    id: "INDICATORSCORE",
    params: [
      { name: "targetText", type: "value", label: TARGET },
      // The actual keeps its unit (8000人次 against ≥1万人次), so the core can scale or refuse it.
      { name: "actual", type: "value", label: ACTUAL },
      num("weight", WEIGHT),
      text("variant", label("反向指标算法", "reverse variant"), true),
    ],
    compute: ([targetText, actual, weight, variant]) =>
      indicatorScore(targetText, actual, weight as number, readReverseVariant(variant as string | null)),
  },
  CHECKLISTSCORE: {
    id: "CHECKLISTSCORE",
    params: [
      { name: "flags", type: "list", label: label("是否达到", "flags") },
      { name: "points", type: "list", label: POINT },
    ],
    compute: ([flags, points]) => checklistScore(flags as unknown[], (points as unknown[]).map((p) => requireNumber(p, POINT))),
  },
  RULESCORE: {
    id: "RULESCORE",
    // The value keeps how it was typed ("85%", 是/否) for the rule to read.
    params: [{ name: "value", type: "value", label: label("指标值", "value") }, text("ruleText", label("评分规则", "rule text")), num("weight", WEIGHT, null)],
    compute: ([value, ruleText, weight]) => ruleTextScore((ruleText as string | null) ?? "", value, weight as number | null),
  },
  RULEPOINTS: {
    id: "RULEPOINTS",
    params: [text("ruleText", label("评分规则", "rule text"))],
    compute: ([ruleText]) => rulePoints((ruleText as string | null) ?? ""),
  },
  GRADE: {
    id: "GRADE",
    params: [num("total", label("总分", "total score")), text("labels", label("等级名称", "grade labels"), true)],
    compute: ([total, labels]) => grade(total as number, readGradeLabels(labels as string | null)),
  },
};
