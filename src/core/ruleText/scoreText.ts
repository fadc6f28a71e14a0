import { parseNumberText } from "../numbers";

/** The score a clause gives: fixed (from = to), a range to interpolate, or the row's full weight. */
export type ClauseScore = { from: number; to: number } | "full";

export interface ScoredPiece {
  /** The text before the score: the condition. */
  condition: string;
  score: ClauseScore;
}

const PREFIX = "(?:得|计|给|记|为)?";
const AMOUNT = "(\\d+(?:\\.\\d+)?)";
/** Scores as written: 得6-8分, 4~6分, 不得分, 得满分, 计5分, 8分. A number after 扣 is a deduction, not a score. */
const SCORE = new RegExp(
  [
    `${PREFIX}(?<![扣减\\d.])${AMOUNT}分?[-~至到]${AMOUNT}分`,
    "不得分|不计分|不给分",
    "(?:得|计|给|记)满分",
    `${PREFIX}(?<![扣减\\d.])${AMOUNT}分`,
  ].join("|"),
  "g",
);

/** Digits by construction of SCORE, so never null. */
const amount = (digits: string): number => parseNumberText(digits) as number;

function scoreOf(match: RegExpMatchArray): ClauseScore {
  if (match[1] !== undefined) {
    const a = amount(match[1]);
    const b = amount(match[2]);
    // The lower end of a band gets the lower score, whichever way the range is written.
    return { from: Math.min(a, b), to: Math.max(a, b) };
  }
  if (match[3] !== undefined) return { from: amount(match[3]), to: amount(match[3]) };
  return match[0].includes("满分") ? "full" : { from: 0, to: 0 };
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
  for (const match of text.matchAll(SCORE)) {
    if (isChecklistPoints(text, match.index, match[0].length)) continue;
    pieces.push({ condition: text.slice(from, match.index), score: scoreOf(match) });
    from = match.index + match[0].length;
  }
  return { pieces, rest: text.slice(from) };
}
