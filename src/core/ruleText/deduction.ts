import { fail, Message } from "../errors";
import { parseNumberText } from "../numbers";
import { clampScore, roundHalfUp } from "../round";
import { showValue } from "./text";
import { Deduction, RuleScore } from "./types";

/** A deduction clause as written, before the rule supplies its threshold and base. */
export interface DeductionText {
  direction: Deduction["direction"];
  step: number;
  perStep: number;
  percent: boolean;
}

const ABOVE = ["超过", "超出", "高于", "多于", "增加", "延误", "延期", "推迟", "逾期"];
const BELOW = ["低于", "少于", "不足", "减少", "下降", "降低"];
const COUNT = ["出现", "发生", "有"];
const DEDUCTION = new RegExp(
  `每(${[...ABOVE, ...BELOW, ...COUNT].join("|")})?(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+)?个?` +
    "(百分点|%|例|次|项|起|件|人次|人|天|日|处|家|个)?([^;。扣]*?)扣减?(\\d+(?:\\.\\d+)?)分(?:,?扣完(?:为止|即止))?",
);

const CHINESE_DIGITS = "一二三四五六七八九";
const CHINESE_COUNT = /^(?:([一二两三四五六七八九]?)十)?([一二两三四五六七八九]?)$/;

/** 一 … 九十九 as written in 每超过一个百分点; 两 is 2. Null for anything else (一二, 十十). */
function chineseCount(text: string): number | null {
  const match = CHINESE_COUNT.exec(text);
  if (!match) return null;
  const digit = (c: string) => (c === "两" ? 2 : CHINESE_DIGITS.indexOf(c) + 1);
  const [, tens, ones] = match;
  const tensValue = tens === undefined ? 0 : tens === "" ? 1 : digit(tens);
  return tensValue * 10 + (ones ? digit(ones) : 0);
}

/** The size of one step as written (一个, 1个, 3); none written means one. */
function quantity(written: string | undefined): number | null {
  if (written === undefined) return 1;
  return parseNumberText(written) ?? chineseCount(written);
}

function directionOf(verb: string | undefined): Deduction["direction"] {
  if (verb && ABOVE.includes(verb)) return "above";
  if (verb && BELOW.includes(verb)) return "below";
  return "count";
}

/**
 * Finds a per-step deduction (每超过一个百分点扣0.5分，扣完为止；每出现一例不符合要求的扣1分) and
 * returns the text without it. A step in percentage points is a step of 0.01 in the rate.
 * A step it cannot read (an unknown verb before a number, 每1个百分点 with no direction) is a problem.
 */
export function findDeduction(text: string): { deduction: DeductionText | null; rest: string; problem: Message | null } {
  const match = DEDUCTION.exec(text);
  if (!match) return { deduction: null, rest: text, problem: null };
  const [whole, verb, written, unit, between, perStep] = match;
  const rest = text.slice(0, match.index) + text.slice(match.index + whole.length);
  const percent = unit === "百分点" || unit === "%";
  const direction = directionOf(verb);
  const count = quantity(written);
  if (count === null || count <= 0 || /\d/.test(between) || (percent && direction === "count")) {
    const problem = { zh: `看不懂扣分的步长“${whole}”`, en: `cannot read the deduction step "${whole}"` };
    return { deduction: null, rest, problem };
  }
  const deduction: DeductionText = {
    direction,
    step: percent ? count / 100 : count,
    perStep: parseNumberText(perStep) as number,
    percent,
  };
  return { deduction, rest, problem: null };
}

/** How many steps the value lies past where the deduction starts; a count is the value itself. */
function stepsPast(d: Deduction, value: number, percent: boolean, start: number | null): number {
  if (d.direction === "count") {
    if (!Number.isInteger(value) || value < 0) {
      const shown = showValue(value, percent);
      fail("num", `次数应为不小于0的整数，而不是${shown}`, `the count must be a whole number of at least 0, not ${shown}`);
    }
    return value / d.step;
  }
  if (start === null) {
    const shown = showValue(value, percent);
    return fail(
      "na",
      `规则没有写明从哪个数值起扣分（如“不超过5%得满分”），无法为${shown}计分`,
      `the rule does not say where the deduction starts (e.g. 不超过5%得满分), so ${shown} cannot be scored`,
    );
  }
  const past = d.direction === "above" ? value - start : start - value;
  // Rounding to 9 places removes binary noise: (0.07 − 0.05) / 0.01 is 2.0000000000000004.
  return Math.max(0, roundHalfUp(past / d.step, 9));
}

/**
 * Where the deduction starts: the text's own threshold, else the one given by the caller (the row's
 * 年度指标值 when the text says only 每超过一个百分点扣0.5分). The text wins: it is the rule as written.
 */
function startOf(d: Deduction, given: number | null | undefined): number | null {
  if (d.threshold !== null || given === null || given === undefined) return d.threshold;
  if (!Number.isFinite(given)) fail("num", `起扣值应为有限的数，而不是${given}`, `the starting value must be a finite number, not ${given}`);
  return given;
}

function baseScore(d: Deduction, weight: number | null | undefined): number {
  if (d.base !== "weight") return d.base;
  if (weight === null || weight === undefined) {
    return fail("value", "该规则从满分起扣，需要给出权重（分值）", "this rule deducts from full marks, so the weight is needed");
  }
  if (!Number.isFinite(weight) || weight < 0) {
    return fail("num", `权重应为不小于0的数，而不是${weight}`, `the weight must be a number of at least 0, not ${weight}`);
  }
  return weight;
}

/**
 * Scores by deduction. A part of a step is deducted in proportion; since the text may mean whole
 * steps only, min and max give the scores with the part counted as a whole step or not at all.
 */
export function deductionScore(d: Deduction, value: number, percent: boolean, weight?: number | null, start?: number | null): RuleScore {
  const base = baseScore(d, weight);
  const steps = stepsPast(d, value, percent, startOf(d, start));
  const after = (n: number) => roundHalfUp(clampScore(base - d.perStep * n, base));
  return { score: after(steps), min: after(Math.ceil(steps)), max: after(Math.floor(steps)) };
}
