import { memoized } from "../memo";
import { fail, Message, quote } from "../errors";
import { notFinite } from "../numbers";
import { clampScore, roundHalfUp } from "../round";

/** Labels shared by the indicator rules (§2: A = 年度指标值, B = 实际完成值, W = 分值). */
export const TARGET: Message = { zh: "年度指标值", en: "target value" };
export const ACTUAL: Message = { zh: "实际完成值", en: "actual value" };
export const WEIGHT: Message = { zh: "分值（权重）", en: "weight" };
/**
 * How the JX functions name a row's weight (分值, as in the form) and the value a rule text scores, so that
 * a value the score plan computes fails with the formula's own message.
 */
export const WEIGHT_PARAM: Message = { zh: "分值", en: "weight" };
export const VALUE_PARAM: Message = { zh: "指标值", en: "value" };
/** The two amounts of the execution rate (§2.1), also the labels of JX.EXECRATE's parameters. */
export const EXECUTED: Message = { zh: "全年执行数", en: "amount executed" };
export const BUDGET: Message = { zh: "全年预算数", en: "budget" };

// The messages are built apart from the checks that throw them, so that the checks stay small enough for the
// engine to inline into every score (a cell's call is a few dozen nanoseconds; see npm run bench).
const negative = (value: number, label: Message): never =>
  fail("num", `${label.zh}不能为负数：${quote(value)}`, `${label.en} cannot be negative: ${quote(value)}`);
const notPositive = (value: number, label: Message): never =>
  fail("num", `${label.zh}应大于0：${quote(value)}`, `${label.en} must be greater than 0: ${quote(value)}`);

/**
 * A number the rule computes with. The wrappers have already read the cell, so what is left to
 * catch is NaN, ±∞ and anything that is not a number at all (#NUM!, naming the value).
 */
export function requireFinite(value: number, label: Message): number {
  // Number.isFinite is false for anything that is not a number.
  return Number.isFinite(value) ? value : notFinite(value, label);
}

export function requireNonNegative(value: number, label: Message): number {
  // One comparison chain for the usual number; which message applies is worked out apart (cold).
  return typeof value === "number" && value >= 0 && value < Infinity ? value : notNonNegative(value, label);
}

const notNonNegative = (value: number, label: Message): never => (Number.isFinite(value) ? negative(value, label) : notFinite(value, label));

/** A weight is the most a row can earn, so it must be a positive, finite number. */
export function requireWeight(weight: number, label: Message = WEIGHT): number {
  return typeof weight === "number" && weight > 0 && weight < Infinity ? weight : notWeight(weight, label);
}

const notWeight = (weight: number, label: Message): never => (Number.isFinite(weight) ? notPositive(weight, label) : notFinite(weight, label));

/** Publishes a computed score: half-up to 2 decimals, never below 0 nor above the weight (§2). */
export function finishScore(raw: number, weight: number): number {
  return clampScore(roundHalfUp(raw), weight);
}

/**
 * How a typed keyword is compared: full-width folded (NFKC), white space removed, lower case.
 * A sheet repeats the same few keywords ("区间", "R2") in every row, so each is normalized once.
 */
export const normalizeWord: (text: string) => string = memoized((text) => text.normalize("NFKC").replace(/\s+/g, "").toLowerCase(), 256);
