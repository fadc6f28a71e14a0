import { roundHalfUp } from "../round";
import { RuleIssue } from "./types";

/** ① is U+2460 and ⑳ U+2473; NFKC would turn them into plain digits, so they are protected first. */
const CIRCLED_BEFORE_ONE = 0x245f;
const CIRCLED = /[\u2460-\u2473]/g;
const PROTECTED_CIRCLED = /\u0001(\d+)\u0002/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63]/g;
const WAVES = /[\u301c\u3030]/g;
const SPACES = /\s+/g;
const DIGIT = /\d/;
/** Before a digit, a space after a digit or a marker's dot is kept: `80-90 4分`, `1. 90%以上`. */
const KEEPS_SPACE = /[\d.、]/;

/**
 * Brings a rule text to one spelling: half-width digits, brackets and punctuation (NFKC), one dash,
 * one tilde, and no white space, which in these texts comes from PDF line breaks (`得 4分`). A space
 * before a digit after a digit or a dot is kept, since removing it would join two numbers
 * (`80-90 4分`) or a marker and a number (`1. 90%` is not 1.90%).
 * Circled item markers become \u0001n\u0002 so that they survive NFKC.
 */
export function normalizeRuleText(text: string): string {
  return text
    .replace(CIRCLED, (c) => `\u0001${c.charCodeAt(0) - CIRCLED_BEFORE_ONE}\u0002`)
    .normalize("NFKC")
    .replace(DASHES, "-")
    .replace(WAVES, "~")
    // 扣0。5分: a full stop typed for the decimal point.
    .replace(/(\d)。(\d+分)/g, "$1.$2")
    .replace(/≧/g, "≥")
    .replace(/≦/g, "≤")
    .replace(SPACES, (space: string, at: number, all: string) =>
      KEEPS_SPACE.test(all.charAt(at - 1)) && DIGIT.test(all.charAt(at + space.length)) ? " " : "",
    );
}

/** One item of a rule text, between two markers. */
export interface TextItem {
  /** As written (normalized): "①", "1.", "1、", "(1)"; "" for text before any marker. */
  marker: string;
  /** How a message names it: 第①项, 第2项. */
  label: string;
  text: string;
}

type MarkerStyle = "circled" | "paren" | "dot";

interface Marker {
  style: MarkerStyle;
  number: number;
  written: string;
  start: number;
  end: number;
}

/** ①, (1), 1、 and 1. — but not the 1.5 of a number, nor a score without 分 after a condition (≥90%(5)). */
const MARKER = /\u0001(\d+)\u0002|(?<=^|[;。,:、)分])\((\d{1,2})\)|(?<![\d.])(\d{1,2})(?:\.(?!\d)|、)/g;

function markersIn(normalized: string): Marker[] {
  const found: Marker[] = [];
  for (const m of normalized.matchAll(MARKER)) {
    const style: MarkerStyle = m[1] ? "circled" : m[2] ? "paren" : "dot";
    const number = Number(m[1] ?? m[2] ?? m[3]);
    found.push({ style, number, written: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/**
 * Keeps the markers of one list: the style of the first marker, and for numbered styles only the
 * next number in sequence, so that `1.5` or a sub-list `(1)` inside item ② is not taken for an item.
 */
function listMarkers(all: readonly Marker[]): Marker[] {
  const first = all.find((m) => m.style === "circled" || m.number === 1);
  if (!first) return [];
  const kept: Marker[] = [];
  for (const m of all) {
    if (m.style !== first.style || m.start < first.start) continue;
    if (m.style === "circled" || m.number === kept.length + 1) kept.push(m);
  }
  return kept;
}

function markerText(m: Marker): string {
  return m.style === "circled" ? String.fromCharCode(CIRCLED_BEFORE_ONE + m.number) : m.written;
}

function markerLabel(m: Marker): string {
  return m.style === "circled" ? markerText(m) : String(m.number);
}

/** A marker whose number is not its place in the list (③ as the 2nd marker); only circled ones can be. */
export interface MisplacedMarker {
  /** 1 for the first marker. */
  place: number;
  marker: string;
}

/** Reports circled markers out of sequence (① ③): an item may have been lost or pasted twice. */
export function sequenceIssues(misplaced: readonly MisplacedMarker[]): RuleIssue[] {
  return misplaced.map(({ place, marker }) => ({
    kind: "ambiguous",
    message: {
      zh: `第${place}个标号是${marker}，标号不连续，可能漏写或重复了一项`,
      en: `marker ${place} is ${marker}: the markers are not in sequence, an item may be missing or repeated`,
    },
  }));
}

/**
 * Splits a normalized rule text at its item markers (①…⑳, 1. 2., (1)(2)). Text before the first
 * marker is `intro` (often a note such as （参考分值区间，按实际完成情况打分）). Markers out of sequence
 * are returned for sequenceIssues, which only the readers that report doubts call.
 */
export function splitItems(normalized: string): { intro: string; items: TextItem[]; misplaced: MisplacedMarker[] } {
  const kept = listMarkers(markersIn(normalized));
  if (kept.length === 0) return { intro: restoreCircled(normalized), items: [], misplaced: [] };
  const items = kept.map((m, i) => ({
    marker: markerText(m),
    label: markerLabel(m),
    text: restoreCircled(normalized.slice(m.end, i + 1 < kept.length ? kept[i + 1].start : normalized.length)),
  }));
  const misplaced = kept.flatMap((m, i) => (m.number === i + 1 ? [] : [{ place: i + 1, marker: markerText(m) }]));
  return { intro: restoreCircled(normalized.slice(0, kept[0].start)), items, misplaced };
}

/** Circled markers that did not start an item (a sub-list under 1. 2.) go back to ① in the text. */
function restoreCircled(text: string): string {
  return text.replace(PROTECTED_CIRCLED, (_, n: string) => String.fromCharCode(CIRCLED_BEFORE_ONE + Number(n)));
}

/** How messages show a number: a percent rule's 0.7 as 70%. */
export function showValue(value: number, percent: boolean): string {
  if (!percent) return String(value);
  // Rounding to 6 places hides binary noise: 0.7 × 100 is 70.00000000000001.
  return `${roundHalfUp(value * 100, 6)}%`;
}
