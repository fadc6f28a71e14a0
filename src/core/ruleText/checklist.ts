import { memoized } from "../memo";
import { fail, quote } from "../errors";
import { parseNumberText } from "../numbers";
import { roundHalfUp } from "../round";
import { normalizeRuleText, splitItems, TextItem } from "./text";
import { RuleIssue } from "./types";

export interface ChecklistItem {
  /** As written (normalized): "①", "1.", "(1)"; "" when the text has no markers. */
  marker: string;
  /** The item's wording without its points, normalized (half-width, no spaces). */
  text: string;
  points: number;
  /** The scores the item allows, highest first: [4, 2, 0] for a tiered item, [points, 0] otherwise. */
  tiers: number[];
}

export interface Checklist {
  items: ChecklistItem[];
  total: number;
  issues: RuleIssue[];
}

/** An item's points: （1分）, (1分）; brackets and spaces are already normalized. */
const POINTS = /\((\d+(?:\.\d+)?)分\)/g;
/** A tier inside an item: 科学细化量化的得4分 … 未细化良化的不得分. */
const TIER = /不得分|不计分|得(\d+(?:\.\d+)?)分/g;
const EDGE_PUNCTUATION = /^[,;:、。]+|[,;:、。]+$/g;

/** Digits by construction of POINTS and TIER, so never null. */
const amount = (digits: string): number => parseNumberText(digits) as number;

/** Without markers, each （N分） closes an item; text after the last one belongs to it (its tiers). */
function unmarkedItems(text: string): TextItem[] {
  const ends = [...text.matchAll(POINTS)].map((m) => m.index + m[0].length);
  if (ends.length === 0) return [];
  const cuts = [0, ...ends.slice(0, -1), text.length];
  return cuts.slice(0, -1).map((from, i) => ({ marker: "", label: String(i + 1), text: text.slice(from, cuts[i + 1]) }));
}

function readItem(item: TextItem, issues: RuleIssue[]): ChecklistItem {
  const written = [...item.text.matchAll(POINTS)].map((m) => amount(m[1]));
  const rest = item.text.replace(POINTS, "");
  const tiersWritten = [...rest.matchAll(TIER)].map((m) => (m[1] === undefined ? 0 : amount(m[1])));
  const name = `第${item.label}项`;
  if (written.length === 0) {
    issues.push({ kind: "unreadable", message: { zh: `${name}没有写分值（如“（1分）”）`, en: `item ${item.label} gives no points (such as （1分）)` } });
  } else if (written.length > 1) {
    issues.push({
      kind: "ambiguous",
      message: {
        zh: `${name}写了${written.length}个分值（${written.join("、")}分），按第一个计，可能漏了一个标号`,
        en: `item ${item.label} gives ${written.length} points (${written.join(", ")}); the first is used, a marker may be missing`,
      },
    });
  }
  const points = written[0] ?? 0;
  // A lone 不得分 (是否…（1分），否则不得分) is the plain all-or-nothing, not a tier table.
  const tiered = tiersWritten.some((t) => t > 0);
  const tiers = tiered ? [...tiersWritten].sort((a, b) => b - a) : [points, 0];
  if (tiered && tiers[0] !== points) {
    issues.push({
      kind: "ambiguous",
      message: {
        zh: `${name}分值为${points}分，但其中最高一档为${tiers[0]}分`,
        en: `item ${item.label} is worth ${points} points but its highest tier gives ${tiers[0]}`,
      },
    });
  }
  return { marker: item.marker, text: rest.replace(EDGE_PUNCTUATION, ""), points, tiers };
}

/**
 * Reads a checklist rule (①是否…；（1分）②…（2分）) into its items and their points (rulebook §2.6).
 * Points written before the first marker belong to no item and are reported.
 */
export function checklistItems(text: string): Checklist {
  const normalized = normalizeRuleText(text);
  const split = splitItems(normalized);
  const issues = [...split.issues];
  const marked = split.items.length > 0;
  if (marked && split.intro.search(POINTS) >= 0) {
    issues.push({ kind: "unreadable", message: { zh: "第一个标号之前的分值不属于任何一项", en: "points written before the first marker belong to no item" } });
  }
  const items = (marked ? split.items : unmarkedItems(normalized)).map((item) => readItem(item, issues));
  const total = roundHalfUp(items.reduce((sum, item) => sum + item.points, 0));
  return { items, total, issues };
}

/** checklistItems, each text read once (JX.RULEPOINTS runs down a column of repeated rule texts). */
const checklistItemsCached = memoized(checklistItems);

/**
 * The total points of a checklist rule (JX.RULEPOINTS). A text without points, or with an item
 * whose points cannot be read, is a #N/A error: a partial total would look right and be wrong.
 */
export function rulePoints(text: string): number {
  const { items, total, issues } = checklistItemsCached(text);
  if (!items.some((item) => item.points > 0)) {
    return fail("na", `评分规则中没有找到分值（如“（1分）”）：${quote(text)}`, `no points (such as （1分）) found in the rule ${quote(text)}`);
  }
  const problem = issues.find((i) => i.kind === "unreadable");
  if (problem) return fail("na", problem.message.zh, problem.message.en);
  return total;
}
