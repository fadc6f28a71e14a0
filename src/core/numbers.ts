import { fail, Message, quote } from "./errors";

/** What a cell can hold as it reaches the core from Excel, a file or a test. */
export type CellValue = number | string | boolean | null | undefined;

const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** White space, then a run of Han characters that ends the text. */
const HAN_RUN = /\s*(\p{Script=Han}+)$/u;

/**
 * A trailing unit such as 万元, 个, 次, 人次, as written with the space before it: one to four Han characters, so
 * "12abc" stays an error. It is what /\s*\p{Script=Han}{1,4}$/u matches, found without that expression, which
 * takes V8 5 ms to compile: a first check or cell paid it.
 */
export function trailingUnit(text: string): string {
  const run = HAN_RUN.exec(text);
  if (run === null) return "";
  const chars = [...run[1]];
  // A longer run gives up only its last four characters, without the space before the run.
  return chars.length <= 4 ? run[0] : chars.slice(-4).join("");
}

/** Whether a UTF-16 code unit is white space as trim and \s know it (ECMAScript WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  // Most text, Chinese included, lies past U+3000 (the ideographic space) where only U+FEFF is space.
  return c < 0xa0 || c > 0x3000 ? c === 0xfeff : isRareSpaceCode(c);
}

/** The spaces from U+00A0 to U+3000, apart: a word's first character is checked on every cell's call. */
function isRareSpaceCode(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** True for an empty cell: null, undefined or text of white space only. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // A typed word ("区间") is settled by its first character, without trimming it.
  return value.length === 0 || (isSpaceCode(value.charCodeAt(0)) && value.trim().length === 0);
}

/**
 * Reads a number the way people type it in a table: 94.76, "94.76%", "９４．７６％",
 * "1,234.5", "75.81万元", "50个". A percentage becomes a fraction (94.76% → 0.9476).
 * Returns null for a blank; anything else that is not a number is a #VALUE! error naming it.
 */
export function readNumber(value: unknown, label: Message): number | null {
  // A number, the usual cell, is checked here; reading text is kept apart so that this stays small enough to inline.
  return typeof value === "number" && Number.isFinite(value) ? value : readNumberText(value, label);
}

/** NaN or ±∞ where a number is needed (#NUM!, naming the value). */
export function notFinite(value: unknown, label: Message): never {
  return fail("num", `${label.zh}不是有限的数：${quote(value)}`, `${label.en} is not a finite number: ${quote(value)}`);
}

function readNumberText(value: unknown, label: Message): number | null {
  if (typeof value === "number") return notFinite(value, label);
  if (isBlank(value)) return null;
  if (typeof value !== "string") {
    return fail("value", `${label.zh}应为数字，而不是${quote(value)}`, `${label.en} must be a number, not ${quote(value)}`);
  }
  const parsed = parseNumberText(value);
  if (parsed === null) {
    return fail("value", `${label.zh}应为数字，而不是${quote(value)}`, `${label.en} must be a number, not ${quote(value)}`);
  }
  return parsed;
}

/** Like readNumber, but a blank is an error too: the rule cannot be computed without the value. */
export function requireNumber(value: unknown, label: Message): number {
  const n = readNumber(value, label);
  if (n === null) fail("value", `缺少${label.zh}`, `${label.en} is missing`);
  return n;
}

/** Parses number text, or returns null when the text is not a number. */
export function parseNumberText(text: string): number | null {
  let t = text
    .normalize("NFKC")
    .replace(/[\u2212\u2012\u2013]/g, "-")
    .trim();
  let scale = 1;
  if (t.endsWith("%")) {
    scale = 0.01;
    t = t.slice(0, -1).trim();
  } else {
    t = t.slice(0, t.length - trailingUnit(t).length);
    if (t.endsWith("%")) {
      scale = 0.01;
      t = t.slice(0, -1).trim();
    }
  }
  if (GROUPED.test(t)) t = t.replace(/,/g, "");
  else if (!PLAIN.test(t)) return null;
  const n = Number(t);
  if (!Number.isFinite(n)) return null;
  // Dividing by 100 rather than multiplying by 0.01 keeps 94.76% exactly 0.9476.
  return scale === 1 ? n : n / 100;
}

/**
 * The unit written after a number text, as parseNumberText reads it: "%" for a percentage ("95%", "95%以上"),
 * the Han unit of "8000人次" (人次), or "" for a bare number.
 */
export function numberUnit(text: string): string {
  const t = text.normalize("NFKC").trim();
  if (t.endsWith("%")) return "%";
  const unit = trailingUnit(t);
  return t
    .slice(0, t.length - unit.length)
    .trim()
    .endsWith("%")
    ? "%"
    : unit.trim();
}

const CHINESE_DIGITS = "一二三四五六七八九";
const CHINESE_COUNT = /^(?:([一二两三四五六七八九]?)十)?([一二两三四五六七八九]?)$/;

/** 一 … 九十九 as written in 每超过一个百分点 or 迟报四天; 两 is 2. Null for anything else (一二, 十十). */
export function chineseCount(text: string): number | null {
  const match = CHINESE_COUNT.exec(text);
  if (!match || text === "") return null;
  const digit = (c: string) => (c === "两" ? 2 : CHINESE_DIGITS.indexOf(c) + 1);
  const [, tens, ones] = match;
  const tensValue = tens === undefined ? 0 : tens === "" ? 1 : digit(tens);
  return tensValue * 10 + (ones ? digit(ones) : 0);
}
