import { fail, quote } from "../errors";
import { isBlank } from "../numbers";
import { roundHalfUp } from "../round";
import { normalizeWord, requireNonNegative } from "./inputs";

/** The marks people use for "this item holds" and "it does not", compared after normalizeWord. */
const FLAG_WORDS: ReadonlyMap<string, boolean> = new Map([
  ["是", true],
  ["✓", true],
  ["√", true],
  ["✔", true],
  ["true", true],
  ["1", true],
  ["y", true],
  ["有", true],
  ["达到", true],
  ["符合", true],
  ["否", false],
  ["×", false],
  ["✗", false],
  ["✘", false],
  ["false", false],
  ["0", false],
  ["n", false],
  ["无", false],
  ["未达到", false],
  ["不符合", false],
]);

/** A yes/no mark as typed (是/否, TRUE/FALSE, 1/0, ✓/✗, 有/无, 达到/未达到), or undefined for anything else. */
export function flagOf(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  return typeof value === "number" || typeof value === "string" ? FLAG_WORDS.get(normalizeWord(String(value))) : undefined;
}

/** Whether a checklist item (①②③…) holds, read from a cell. A blank cell is an unticked item. */
export function readFlag(value: unknown): boolean {
  if (isBlank(value)) return false;
  const flag = flagOf(value);
  if (flag === undefined) {
    fail("value", `无法识别的勾选标记${quote(value)}，应为 是/否、√/×、1/0、TRUE/FALSE、Y/N 或留空`, `Unknown checklist mark ${quote(value)}; use TRUE/FALSE, Y/N, 1/0, ✓/✗, 是/否 or leave it blank`);
  }
  return flag;
}

/** A checklist rule (§2.6): the sum of the points of the items that hold, one mark per item. */
export function checklistScore(flags: unknown[], points: number[]): number {
  if (!Array.isArray(flags) || !Array.isArray(points)) {
    fail("value", "勾选标记和检查项分值应各为一列（或一行）", "The marks and the item points must each be a list");
  }
  if (flags.length !== points.length) {
    fail("value", `勾选标记个数（${flags.length}）与检查项分值个数（${points.length}）不一致`, `${flags.length} marks given for ${points.length} item points`);
  }
  let total = 0;
  for (let i = 0; i < points.length; i++) {
    const itemPoints = requireNonNegative(points[i], { zh: `第${i + 1}项分值`, en: `the points of item ${i + 1}` });
    if (readFlag(flags[i])) total += itemPoints;
  }
  return roundHalfUp(total);
}
