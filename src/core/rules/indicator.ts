import { memoized } from "../memo";
import { fail, quote } from "../errors";
import { isBlank, parseNumberText } from "../numbers";
import { actualInTargetUnit, readActual } from "./actual";
import { BOUNDARY_WORDS, BoundaryWord } from "./boundaryWords";
import { completionScore } from "./completion";
import { equalScore } from "./equal";
import { requireFinite, TARGET } from "./inputs";
import { reverseScore, ReverseVariant } from "./reverse";

export type Comparator = ">=" | ">" | "<=" | "<" | "=";

export type Target = { kind: "quantitative"; comparator: Comparator; value: number; unit: string } | { kind: "qualitative"; text: string };

const COMPARATORS: Readonly<Record<string, Comparator>> = { lowertrue: ">=", lowerfalse: ">", uppertrue: "<=", upperfalse: "<", equaltrue: "=" };
const comparatorWords = (place: BoundaryWord["place"]) =>
  BOUNDARY_WORDS.filter((w) => w.place === place).map((w) => [w.text, COMPARATORS[`${w.side}${w.inclusive}`]] as const);
/** Comparators written before the number and after it, longest first (the shared boundary words). */
const PREFIXES = comparatorWords("before");
const SUFFIXES = comparatorWords("after");

/** A number and its unit: %, or a short unit such as 个, 万元, 人次, km, 万元/年. */
const NUMBER_AND_UNIT = /^([+-]?[\d.,]+(?:[eE][+-]?\d+)?)(%|[\p{Script=Han}A-Za-z²³/]{0,8})$/u;

function qualitative(text: string): Target {
  return { kind: "qualitative", text: text.trim() };
}

/**
 * Reads a 年度指标值 (§1.2): `≥50个`, `≤90万元`, `=100%`, `不低于95%`, `95%以上`, or a qualitative text.
 * [decision] A bare number means "reach at least" (≥): a target written without a sign (100%, 50个) is a goal
 * to reach, while lower-is-better targets are written with ≤ or 以下. A bare zero (0, 0起, 0次) is the
 * exception: nothing is "reached" by at least zero, so it means "= 0" (安全事故数 0起), scored by §2.4.
 * Percentages become fractions (95% → 0.95, unit "%").
 */
export function parseTarget(text: unknown): Target {
  if (typeof text === "number") {
    const value = requireFinite(text, TARGET);
    return { kind: "quantitative", comparator: bareComparator(value), value, unit: "" };
  }
  if (isBlank(text)) fail("value", `缺少${TARGET.zh}`, `The ${TARGET.en} is missing`);
  if (typeof text !== "string") {
    return fail("value", `${TARGET.zh}应为数字或文字，而不是${quote(text)}`, `The ${TARGET.en} must be a number or a text, not ${quote(text)}`);
  }
  return parseTargetText(text);
}

/** A written target, each text read once: Excel calls JX.INDICATORSCORE again on every recalculation. */
const parseTargetText = memoized((text: string): Target => {
  let rest = text.normalize("NFKC").replace(/\s+/g, "");
  const prefix = PREFIXES.find(([word]) => rest.startsWith(word));
  if (prefix) rest = rest.slice(prefix[0].length);
  const suffix = SUFFIXES.find(([word]) => rest.endsWith(word));
  if (suffix) rest = rest.slice(0, -suffix[0].length);
  // "≥95%以下" contradicts itself: leave it to the evaluator rather than guess.
  if (prefix && suffix && prefix[1] !== suffix[1]) return qualitative(text);

  const match = NUMBER_AND_UNIT.exec(rest);
  const value = match ? parseNumberText(match[2] === "%" ? `${match[1]}%` : match[1]) : null;
  if (!match || value === null) return qualitative(text);
  const comparator = prefix?.[1] ?? suffix?.[1] ?? bareComparator(value);
  return { kind: "quantitative", comparator, value, unit: match[2] };
});

/** The comparator of a target written without one (see parseTarget). */
function bareComparator(value: number): Comparator {
  return value === 0 ? "=" : ">=";
}

/**
 * Scores an indicator by its written target: ≥ and > by completion (§2.2), ≤ and < by the reverse
 * rule (§2.3), = by §2.4. A qualitative target has no formula: its score is the evaluator's (#N/A).
 * `actual` is the 实际完成值 cell as written (90, "90%", "8000人次"), `actualFormat` its number format:
 * it is brought to the target's terms by actualInTargetUnit (percentage points, 万 against 人次).
 */
export function indicatorScore(
  targetText: unknown,
  actualValue: unknown,
  weight: number,
  variant: ReverseVariant = "R1",
  actualFormat: string | null = null,
): number {
  const target = parseTarget(targetText);
  if (target.kind === "qualitative") {
    fail("na", "定性指标，请按实际完成情况手工评分", "Qualitative indicator: score it by hand from what was achieved");
  }
  return scoreAgainstTarget(target, actualInTargetUnit(readActual(actualValue, actualFormat), target.unit), weight, variant);
}

/**
 * indicatorScore for a target already read and an actual already in its terms (actualInTargetUnit): the
 * checks read each row's target and actual once and score it under both reverse conventions.
 */
export function scoreAgainstTarget(target: Target & { kind: "quantitative" }, actual: number, weight: number, variant: ReverseVariant = "R1"): number {
  switch (target.comparator) {
    case ">=":
    case ">":
      return completionScore(actual, target.value, weight);
    case "<=":
    case "<":
      return reverseScore(actual, target.value, weight, variant);
    case "=":
      return equalScore(actual, target.value, weight);
  }
}
