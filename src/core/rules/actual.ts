import { fail, Message, quote } from "../errors";
import { numberUnit, requireNumber } from "../numbers";
import { ACTUAL, TARGET } from "./inputs";
import { NumberForm, numberFormOf, percentFraction } from "./percent";

/** An 实际完成值 as written: its number, its unit ("%", "人次", "" when bare) and how the number was written. */
export interface Actual {
  value: number;
  unit: string;
  form: NumberForm;
}

/**
 * Reads an 实际完成值 cell: 8000, "8000人次", "90%", or a number shown through `format` (a %-formatted
 * 1.6 is 160 %). A blank or a text that is not a number is a #VALUE! error naming it.
 */
export function readActual(value: unknown, format: string | null = null, label: Message = ACTUAL): Actual {
  const n = requireNumber(value, label);
  const unit = typeof value === "string" ? numberUnit(value) : "";
  return { value: n, unit, form: numberFormOf(value, format) };
}

/** Multipliers a unit may start with: 万人次 is 10,000 人次, 亿元 is 10,000 万元. */
const MULTIPLIERS: Readonly<Record<string, number>> = { 亿: 1e8, 万: 1e4, 千: 1e3, 百: 100 };

/** The lengths of the multiplier prefixes a unit may be read with: 万千瓦时 as 万 + 千瓦时 or 万千 + 瓦时. */
function prefixLengths(unit: string): number[] {
  let n = 0;
  while (n < unit.length && MULTIPLIERS[unit[n]]) n++;
  return Array.from({ length: n + 1 }, (_, i) => i);
}

const multiplierOf = (prefix: string) => [...prefix].reduce((m, c) => m * MULTIPLIERS[c], 1);

/**
 * The multipliers that turn both units into one base unit, the shortest prefixes first (万千瓦时 against
 * 千瓦时 is 万 + 千瓦时, not 万千 + 瓦时 against 千 + 瓦时); null when no base unit is shared.
 */
function commonBase(from: string, to: string): { from: number; to: number } | null {
  const pairs = prefixLengths(from).flatMap((i) => prefixLengths(to).map((j) => [i, j] as const));
  pairs.sort((a, b) => a[0] + a[1] - (b[0] + b[1]));
  const match = pairs.find(([i, j]) => from.slice(i) === to.slice(j));
  return match ? { from: multiplierOf(from.slice(0, match[0])), to: multiplierOf(to.slice(0, match[1])) } : null;
}

type Labels = readonly [Message, Message];

/** Made once: a default array would be made on every call. */
const ACTUAL_AND_TARGET: Labels = [ACTUAL, TARGET];

function unitMismatch(actualUnit: string, targetUnit: string, [first, second]: Labels): never {
  return fail(
    "value",
    `${first.zh}的单位${quote(actualUnit)}与${second.zh}的单位${quote(targetUnit)}不一致`,
    `The ${first.en}'s unit ${quote(actualUnit)} does not match the ${second.en}'s unit ${quote(targetUnit)}`,
  );
}

/**
 * The actual value in the target's terms, so the two can be compared. Against a percent target it is a
 * fraction (percentFraction decides what a bare number means). A bare number is taken in the target's unit
 * and a bare target in the actual's; units that differ by a multiplier only are scaled (8000人次 is
 * 0.8万人次); units that differ otherwise (个 against 次) are a #VALUE! error naming both.
 */
export function actualInTargetUnit(actual: Actual, targetUnit: string, labels: Labels = ACTUAL_AND_TARGET): number {
  if (targetUnit === "%") {
    if (actual.unit !== "" && actual.unit !== "%") unitMismatch(actual.unit, targetUnit, labels);
    return percentFraction(actual.value, actual.form);
  }
  if (actual.unit === "" || targetUnit === "" || actual.unit === targetUnit) return actual.value;
  if (actual.unit === "%") unitMismatch(actual.unit, targetUnit, labels);
  const scale = commonBase(actual.unit, targetUnit) ?? unitMismatch(actual.unit, targetUnit, labels);
  // Multiplying first keeps 8000 × 1 / 10000 exactly 0.8.
  return (actual.value * scale.from) / scale.to;
}

/**
 * Two amounts as typed ("8000元" and "1万元", 90 and "95%"), the first in the second's unit: 8000元 against
 * 1万元 is 0.8万元. Unrelated units (个 against 元) are a #VALUE! error naming both, as for INDICATORSCORE.
 */
export function amountsInOneUnit(first: unknown, second: unknown, labels: readonly [Message, Message]): [number, number] {
  // Plain numbers, the usual case, need no reading (the rules check them); the reading is kept apart, so that
  // this check is small enough to be inlined into a cell's call.
  return typeof first === "number" && typeof second === "number" ? [first, second] : typedAmountsInOneUnit(first, second, labels);
}

function typedAmountsInOneUnit(first: unknown, second: unknown, labels: readonly [Message, Message]): [number, number] {
  const a = readActual(first, null, labels[0]);
  const b = readActual(second, null, labels[1]);
  if (b.unit === "%") return [actualInTargetUnit(a, "%", labels), b.value];
  // A bare number beside a percentage is read as percentFraction reads it, so 90 against 95% is 0.9.
  if (a.unit === "%" && b.unit === "") return [a.value, percentFraction(b.value, b.form)];
  return [actualInTargetUnit(a, b.unit, labels), b.value];
}
