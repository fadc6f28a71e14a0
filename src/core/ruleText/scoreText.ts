import { parseNumberText } from "../numbers";
import { ClauseScore, FULL } from "./types";

export interface ScoredPiece {
  /** The text before the score: the condition. */
  condition: string;
  score: ClauseScore;
  /** The clause as written: condition and score. */
  text: string;
}

const PREFIX = "([得计给记为])?";
const AMOUNT = "(\\d+(?:\\.\\d+)?)";
/**
 * Scores as written: 得6-8分, 4~6分, 不得分, 得满分, 计5分, 8分, without 分: (5), (8-9), 得5, a share
 * of the weight: 得50%, and 扣2分 (from full marks; per-step deductions are taken out before).
 */
const SCORE = new RegExp(
  [
    `${PREFIX}(?<![扣减加\\d.])${AMOUNT}分?[-~至到]${AMOUNT}分`,
    "不得分|不计分|不给分|计0分|得0分",
    "(?:得|计|给|记|为)?满分(?![为的以])",
    `${PREFIX}(?<![扣减加\\d.])${AMOUNT}分`,
    `\\(${AMOUNT}(?:[-~]${AMOUNT})?\\)(?=$|[,;。])`,
    `得${AMOUNT}%`,
    `扣${AMOUNT}分`,
    `[得计]${AMOUNT}(?=$|[,;。])`,
    "线性得分|线性计分",
  ].join("|"),
  "g",
);

/** Digits by construction of SCORE, so never null. */
const amount = (digits: string): number => parseNumberText(digits) as number;

const range = (a: number, b: number): ClauseScore => ({ from: Math.min(a, b), to: Math.max(a, b) });

function scoreOf(match: RegExpExecArray): ClauseScore {
  // The lower end of a band gets the lower score, whichever way the range is written.
  if (match[2] !== undefined) return range(amount(match[2]), amount(match[3]));
  if (match[5] !== undefined) return range(amount(match[5]), amount(match[5]));
  if (match[6] !== undefined) return range(amount(match[6]), amount(match[7] ?? match[6]));
  if (match[8] !== undefined) return { share: amount(match[8]) / 100, less: 0 };
  if (match[9] !== undefined) return { share: 1, less: amount(match[9]) };
  if (match[10] !== undefined) return range(amount(match[10]), amount(match[10]));
  if (match[0].startsWith("线性")) return { linear: true };
  return match[0].includes("满分") ? FULL : { from: 0, to: 0 };
}

/** Words after a number of points that make it a value of the condition: 90分以上, 80分-90分得4分. */
const CONDITION_AFTER = /^(?:及|或)?(?:以上|以下|以内)|^\((?:不)?(?:包)?含|^[-~至到]|^(?:的|时)?,?[得计给记](?=\d|满)/;
/** A comparator just before: ≥90分, 达到90分, 低于60分. */
const CONDITION_BEFORE = /(?:[≥≤><=]|于|到|过|满|足|少|至少)$/;

/**
 * True when a number of points is a value the clause compares (≥90分得满分: a score on a 100-point
 * scale), not the score it gives. A score with 得/计 written before it is always a score.
 */
function isThreshold(text: string, match: RegExpExecArray): boolean {
  if (match[1] !== undefined || match[4] !== undefined || !/^\d/.test(match[0])) return false;
  const after = text.slice(match.index + match[0].length);
  return CONDITION_AFTER.test(after) || CONDITION_BEFORE.test(text.slice(0, match.index));
}

/** （1分） after an item is a checklist's points, not the score of a band. */
function isChecklistPoints(text: string, at: number, length: number): boolean {
  return text.charAt(at - 1) === "(" && text.charAt(at + length) === ")";
}

/**
 * Cuts a text into condition-and-score pieces at each score, so that
 * `≥90%得5分，80%-90%得4分` gives two pieces. `rest` is what follows the last score.
 */
export function scoredPieces(text: string): { pieces: ScoredPiece[]; rest: string } {
  const pieces: ScoredPiece[] = [];
  let from = 0;
  SCORE.lastIndex = 0;
  for (let match = SCORE.exec(text); match; match = SCORE.exec(text)) {
    if (isChecklistPoints(text, match.index, match[0].length) || isThreshold(text, match)) continue;
    const end = match.index + match[0].length;
    pieces.push({ condition: text.slice(from, match.index), score: scoreOf(match), text: text.slice(from, end) });
    from = end;
  }
  return { pieces, rest: text.slice(from) };
}
