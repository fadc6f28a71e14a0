import { Message } from "../core/errors";
import { requireNumber } from "../core/numbers";
// Each from its own module, not the index: compiled to CommonJS (tests, benchmarks, the CLI), a re-export
// is a getter run on every call.
import { amountsInOneUnit } from "../core/rules/actual";
import { checklistScore } from "../core/rules/checklist";
import { completionScore } from "../core/rules/completion";
import { execRate, execRateScore, readExecRateRule } from "../core/rules/execRate";
import { grade, readGradeLabels } from "../core/rules/grade";
import { indicatorScore } from "../core/rules/indicator";
import { ACTUAL, BUDGET, EXECUTED, TARGET, VALUE_PARAM, WEIGHT_PARAM } from "../core/rules/inputs";
import { readReverseVariant, reverseScore } from "../core/rules/reverse";
import { rulePoints } from "../core/ruleText/checklist";
import { ruleTextScore } from "../core/ruleText/score";
import { defineJx, JxFunction, ParamSpec } from "./invoke";

const label = (zh: string, en: string): Message => ({ zh, en });
const num = (name: string, l: Message, dflt?: number | null): ParamSpec => ({
  name,
  type: "number",
  label: l,
  ...(dflt === undefined ? {} : { default: dflt }),
});
/** An amount read with its unit by the core (8000元 against 1万元), so it is passed as typed. */
const amount = (name: string, l: Message): ParamSpec => ({ name, type: "value", label: l });
const text = (name: string, l: Message, optional = false): ParamSpec => ({ name, type: "text", label: l, ...(optional ? { default: null } : {}) });

// The rules' own labels, so a parameter is named alike in every message; the weight is 分值 here, as in the form.
const POINT = label("分值", "points");

// Made once, not per call. The amounts are indexed, neither spread into the call nor destructured: both
// walk the array as an iterator, which made each cell's call several times larger.
const AMOUNTS_EXECUTED = [EXECUTED, BUDGET] as const;
const AMOUNTS_ACTUAL = [ACTUAL, TARGET] as const;

/** The ids of the JX functions: a misspelled one (JX.EXECRATESCOR) does not compile. */
export type JxId =
  "EXECRATE" | "EXECRATESCORE" | "COMPLETIONSCORE" | "REVERSESCORE" | "INDICATORSCORE" | "CHECKLISTSCORE" | "RULESCORE" | "RULEPOINTS" | "GRADE";

/**
 * The JX functions: each declares its parameters once and computes with the core. The Excel
 * wrappers (functions.ts), the HyperFormula test plugin and the benchmarks all call these.
 */
export const JX: { readonly [Id in JxId]: JxFunction & { id: Id } } = {
  EXECRATE: defineJx({
    id: "EXECRATE",
    params: [amount("executed", EXECUTED), amount("budget", BUDGET)],
    compute: (executed, budget) => {
      const amounts = amountsInOneUnit(executed, budget, AMOUNTS_EXECUTED);
      return execRate(amounts[0], amounts[1]);
    },
  }),
  EXECRATESCORE: defineJx({
    id: "EXECRATESCORE",
    params: [amount("executed", EXECUTED), amount("budget", BUDGET), num("weight", WEIGHT_PARAM, 10), text("rule", label("计分方式", "rule"), true)],
    compute: (executed, budget, weight, rule) => {
      const amounts = amountsInOneUnit(executed, budget, AMOUNTS_EXECUTED);
      return execRateScore(amounts[0], amounts[1], weight as number, readExecRateRule(rule as string | null));
    },
  }),
  COMPLETIONSCORE: defineJx({
    id: "COMPLETIONSCORE",
    params: [amount("actual", ACTUAL), amount("target", TARGET), num("weight", WEIGHT_PARAM)],
    compute: (actual, target, weight) => {
      const amounts = amountsInOneUnit(actual, target, AMOUNTS_ACTUAL);
      return completionScore(amounts[0], amounts[1], weight as number);
    },
  }),
  REVERSESCORE: defineJx({
    id: "REVERSESCORE",
    params: [amount("actual", ACTUAL), amount("target", TARGET), num("weight", WEIGHT_PARAM), text("variant", label("算法", "variant"), true)],
    compute: (actual, target, weight, variant) => {
      const amounts = amountsInOneUnit(actual, target, AMOUNTS_ACTUAL);
      return reverseScore(amounts[0], amounts[1], weight as number, readReverseVariant(variant as string | null));
    },
  }),
  INDICATORSCORE: defineJx({
    id: "INDICATORSCORE",
    params: [
      { name: "targetText", type: "value", label: TARGET },
      // The actual keeps its unit (8000人次 against ≥1万人次), so the core can scale or refuse it.
      { name: "actual", type: "value", label: ACTUAL },
      num("weight", WEIGHT_PARAM),
      text("variant", label("反向指标算法", "reverse variant"), true),
    ],
    compute: (targetText, actual, weight, variant) => indicatorScore(targetText, actual, weight as number, readReverseVariant(variant as string | null)),
  }),
  CHECKLISTSCORE: defineJx({
    id: "CHECKLISTSCORE",
    params: [
      { name: "flags", type: "list", label: label("是否达到", "flags") },
      { name: "points", type: "list", label: POINT },
    ],
    compute: (flags, points) =>
      checklistScore(
        flags as unknown[],
        (points as unknown[]).map((p) => requireNumber(p, POINT)),
      ),
  }),
  RULESCORE: defineJx({
    id: "RULESCORE",
    // The value keeps how it was typed ("85%", 是/否) for the rule to read.
    params: [{ name: "value", type: "value", label: VALUE_PARAM }, text("ruleText", label("评分规则", "rule text")), num("weight", WEIGHT_PARAM, null)],
    compute: (value, ruleText, weight) => ruleTextScore((ruleText as string | null) ?? "", value, weight as number | null),
  }),
  RULEPOINTS: defineJx({
    id: "RULEPOINTS",
    params: [text("ruleText", label("评分规则", "rule text"))],
    compute: (ruleText) => rulePoints((ruleText as string | null) ?? ""),
  }),
  GRADE: defineJx({
    id: "GRADE",
    params: [num("total", label("总分", "total score")), text("labels", label("等级名称", "grade labels"), true)],
    compute: (total, labels) => grade(total as number, readGradeLabels(labels as string | null)),
  }),
};
