import { parseNumberText } from "../numbers";
import { scoredPieces } from "./scoreText";
import { ParsedRule } from "./types";

const TIMES = "[×*xX]";
const FULL = "\\(?(?:该项|本项|该|本)?(?:指标)?(?:分值|权重|满分|标准分)\\)?";
/**
 * Proportional and formula rules, each with the full score it multiplies: the weight, or a number
 * written in the text (得分值=种植率×30, 按比重计算得分（3分）).
 */
const FORMULAS: readonly RegExp[] = [
  /(?:按|依|根据[^,;。]*?)(?:实际)?(?:完成|执行|到位|实施|投入)?(?:比例|比率|比重|进度比例|完成率|执行率)(?:计算|折算)?(?:计|得|给|打)?分(?:\((\d+(?:\.\d+)?)分\))?/,
  new RegExp(`得分值?=[^=;。,+()\\d]*?${TIMES}(?:${FULL}|(\\d+(?:\\.\\d+)?)分?)`),
  new RegExp(`得分值?=${FULL}${TIMES}[^=;。,]+`),
  new RegExp(`按[^;。,]*?/[^;。,]*?${TIMES}${FULL}(?:计分|计算|得分|打分)?`),
];
/** Words saying the product stops at full marks: it always does (a score is never above the full), so they say nothing more. */
const CAP = new RegExp(`(?:,?(?:\\(?超过100%(?:的)?(?:以|按)100%计(?:算)?\\)?|满分为止|以满分为限|最高得满分|最多得满分|超过满分的按满分计|最高不超过${FULL}|不超过${FULL}))`, "g");
/** A rate defined on the way (资金到位率=实际到位资金/计划到位资金×100%): not a clause. */
const DEFINITION = /[^,;。=]*=[^;。,=]*[×*]100%/g;
/** Left after the formula: only words that change nothing (an indicator's name), not a number, a negation or a choice. */
const MEANINGFUL = /[\d一二两三四五六七八九十不未非无否扣或每择]/;

/**
 * Reads a proportional or formula rule: 按完成比例计算得分，满分为止；得分=资金到位率×该项指标分值；
 * 得分值=种植率×30；按实际完成数/计划数×分值计分；按比重计算得分（3分）. Null when the text is none of
 * these; the score is the product, never above the full score. Anything else the text says (another clause, a choice between indicators) makes it unreadable,
 * quoting what was left.
 */
/** Points per case, up to a most (一项可得2分，最高不超过6分): the value is the number of cases. */
const PER_CASE = /(?:每|一)(?:项|个|处|次|家|人|篇|条)(?:可)?得(\d+(?:\.\d+)?)分/;
const MOST = /,?(?:最高不超过|最多得?|最高得?|以)(\d+(?:\.\d+)?)分(?:为限)?/;

function unreadFormula(found: string, left: string): ParsedRule {
  return {
    kind: "unreadable",
    issues: [
      {
        kind: "unreadable",
        message: {
          zh: `“${found}”之外的“${left}”无法读懂，不能按公式计分`,
          en: `"${left}" besides "${found}" cannot be read, so the formula is not applied`,
        },
      },
    ],
  };
}

/** What is left besides the formula says nothing: only names and remarks, no number, negation or choice. */
const saysNothing = (left: string) => !MEANINGFUL.test(left) && scoredPieces(left).pieces.length === 0;
const squeeze = (text: string) => text.replace(/[,;:、。.\s()“”]/g, "");

/** 一项可得2分，最高不超过6分: the count times the points, never above the most written. */
function perCase(text: string): ParsedRule | null {
  const found = PER_CASE.exec(text);
  const most = MOST.exec(text);
  if (!found || !most) return null;
  const left = squeeze(text.replace(found[0], "").replace(most[0], ""));
  if (!saysNothing(left)) return unreadFormula(found[0], left);
  return { kind: "formula", factor: parseNumberText(found[1]) as number, full: parseNumberText(most[1]) as number, percent: false, issues: [] };
}

export function readFormula(written: string): ParsedRule | null {
  const counted = perCase(written);
  if (counted) return counted;
  const text = written.replace(CAP, "");
  const found = FORMULAS.map((f) => f.exec(text)).find((m) => m !== null);
  if (!found) return null;
  const factor = found[1] === undefined ? "weight" : (parseNumberText(found[1]) as number);
  const left = squeeze(text.replace(found[0], "").replace(DEFINITION, ""));
  return saysNothing(left) ? { kind: "formula", factor, full: factor, percent: true, issues: [] } : unreadFormula(found[0], left);
}
