import { fail, quote } from "../errors";
import { isBlank } from "../numbers";
import { normalizeWord, requireFinite } from "./inputs";

/** Labels from the best grade to the worst: ≥ first cut-off, ≥ second, ≥ third, below. */
export type GradeLabels = readonly [string, string, string, string];
/** Lowest total of 优, of 良 and of 中. */
export type GradeCutoffs = readonly [number, number, number];

/** 财预〔2020〕10号 (§3). */
export const GRADE_LABELS_SHORT: GradeLabels = ["优", "良", "中", "差"];
/** The seed writes 优秀 for 97; same cut-offs. */
export const GRADE_LABELS_LONG: GradeLabels = ["优秀", "良好", "合格", "不合格"];
export const DEFAULT_GRADE_CUTOFFS: GradeCutoffs = [90, 80, 60];

/** Words that select a built-in label set: its name in either language, or its top label. */
const LABEL_SETS: ReadonlyMap<string, GradeLabels> = new Map([
  ["short", GRADE_LABELS_SHORT],
  ["短", GRADE_LABELS_SHORT],
  ["优", GRADE_LABELS_SHORT],
  ["long", GRADE_LABELS_LONG],
  ["长", GRADE_LABELS_LONG],
  ["优秀", GRADE_LABELS_LONG],
]);

/** Separators of a custom list: ASCII or full-width comma, 、, slash, semicolon, or white space. */
const LIST_SEPARATOR = /[,，、/／;；\s]+/u;

/**
 * Reads the label set of a grade cell. Blank → 优/良/中/差. A selector ("long", "长", "优秀", "short",
 * "短", "优") picks a built-in set; otherwise the text is a custom list of exactly four labels, best
 * first, e.g. "A,B,C,D" or "甲/乙/丙/丁".
 */
export function readGradeLabels(value: string | null): GradeLabels {
  if (isBlank(value)) return GRADE_LABELS_SHORT;
  if (typeof value !== "string") return badLabels(value);
  const builtIn = LABEL_SETS.get(normalizeWord(value));
  if (builtIn) return builtIn;
  const labels = value.normalize("NFKC").trim().split(LIST_SEPARATOR);
  return labels.length === 4 && labels.every((l) => l !== "") ? [labels[0], labels[1], labels[2], labels[3]] : badLabels(value);
}

function badLabels(value: unknown): never {
  return fail(
    "value",
    `无法识别的等级名称${quote(value)}：应为 短（优/良/中/差）、长（优秀/良好/合格/不合格），或用逗号分隔的四个等级名称`,
    `Unknown grade labels ${quote(value)}: use short (优/良/中/差), long (优秀/良好/合格/不合格) or four labels separated by commas`,
  );
}

const TOTAL = { zh: "总分", en: "total" };

/** The grade of a total (§3): ≥ 90 优, [80, 90) 良, [60, 80) 中, below 60 差 by default. */
export function grade(total: number, labels: GradeLabels = GRADE_LABELS_SHORT, cutoffs: GradeCutoffs = DEFAULT_GRADE_CUTOFFS): string {
  requireFinite(total, TOTAL);
  if (total < 0 || total > 100) fail("num", `总分应在0到100之间：${quote(total)}`, `The total must be between 0 and 100: ${quote(total)}`);
  requireCutoffs(cutoffs);
  const reached = cutoffs.findIndex((cutoff) => total >= cutoff);
  return labels[reached < 0 ? 3 : reached];
}

/** Cut-offs are configurable (§3), so they are checked: three numbers falling within 0..100. */
function requireCutoffs(cutoffs: GradeCutoffs): void {
  const valid =
    Array.isArray(cutoffs) &&
    cutoffs.length === 3 &&
    cutoffs.every((c) => typeof c === "number" && c >= 0 && c <= 100) &&
    cutoffs[0] > cutoffs[1] &&
    cutoffs[1] > cutoffs[2];
  if (!valid) {
    const shown = Array.isArray(cutoffs) && cutoffs.every((c) => typeof c === "number") ? quote(cutoffs.join(", ")) : quote(cutoffs);
    fail("num", `等级分数线应为从高到低的三个0到100之间的数：${shown}`, `Grade cut-offs must be three numbers from 0 to 100, highest first: ${shown}`);
  }
}
