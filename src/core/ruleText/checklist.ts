import { memoized } from "../memo";
import { fail, quote } from "../errors";
import { parseNumberText } from "../numbers";
import { roundHalfUp } from "../round";
import { MisplacedMarker, normalizeRuleText, sequenceIssues, splitItems, TextItem } from "./text";
import { findDeductions } from "./deduction";
import { scoringRuleCached } from "./parse";
import { scoredPieces } from "./scoreText";
import { isFixed, RuleIssue } from "./types";

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
const EDGE_PUNCTUATION = /^[,;:、。]+|[,;:、。]+$/g;

/** Digits by construction of POINTS, so never null. */
const amount = (digits: string): number => parseNumberText(digits) as number;

/**
 * Without markers, each （N分） closes an item; text after the last one belongs to it (its tiers). A text
 * without （N分） is one item, its points written inline (设有组织,得1分;能反映职能,得1分).
 */
function unmarkedItems(text: string): TextItem[] {
  const ends = [...text.matchAll(POINTS)].map((m) => m.index + m[0].length);
  if (ends.length === 0) return [{ marker: "", label: "1", text }];
  const cuts = [0, ...ends.slice(0, -1), text.length];
  return cuts.slice(0, -1).map((from, i) => ({ marker: "", label: String(i + 1), text: text.slice(from, cuts[i + 1]) }));
}

/** An item as read, with what its doubts are found in: its label and every amount of points it writes. */
interface ItemReading {
  item: ChecklistItem;
  label: string;
  written: number[];
}

/** A checklist as read; its issues are only what could not be read (checklistItems adds the doubts). */
interface ChecklistReading {
  items: ItemReading[];
  total: number;
  issues: RuleIssue[];
  misplaced: MisplacedMarker[];
}

/** Words of a lower tier (基本明确的得2分): an item whose amounts are tiers gives its highest, not their sum. */
const LOWER_TIER = /基本|部分|较|一般|不完全|未完全|个别/;
/** An amount of points no reading took: (0-1分), or one left after the pieces were read. */
const POINTS_LEFT = /\d分/;

/**
 * An item's points: its bracketed amounts (（1分）, several added up: (0.5分)…(0.5分)), or else the
 * scores written in it (,1分; 得5分; 报送及时 10分): one tier table (明确的得3分，较明确的得1.5分) gives its
 * top, separate amounts add up. A per-step deduction inside an item takes from its points, adding none.
 */
function readItem(item: TextItem, issues: RuleIssue[]): ItemReading {
  const written = [...item.text.matchAll(POINTS)].map((m) => amount(m[1]));
  const rest = item.text.replace(POINTS, "");
  const { pieces, rest: tail } = scoredPieces(findDeductions(rest).rest);
  const amounts = pieces.map(({ score }) => (!isFixed(score) || score.from !== score.to ? NaN : score.to));
  const tiered = pieces.some((p) => LOWER_TIER.test(p.condition)) || written.length > 0;
  const unread = amounts.some(Number.isNaN) || POINTS_LEFT.test(tail);
  if (unread || (written.length === 0 && !amounts.some((a) => a > 0))) {
    const why = unread ? "有无法读懂的分值" : "没有写分值（如“（1分）”）";
    const whyEn = unread ? "holds points that cannot be read" : "gives no points (such as （1分）)";
    issues.push({ kind: "unreadable", message: { zh: `第${item.label}项${why}：“${item.text}”`, en: `item ${item.label} ${whyEn}: "${item.text}"` } });
  }
  const tiersWritten = amounts.filter((a) => !Number.isNaN(a));
  const inline = tiered ? Math.max(0, ...tiersWritten) : tiersWritten.reduce((sum, a) => sum + a, 0);
  const points = written.length > 0 ? roundHalfUp(written.reduce((sum, a) => sum + a, 0)) : roundHalfUp(inline);
  // A lone 不得分 (是否…（1分），否则不得分) is the plain all-or-nothing, not a tier table.
  const tiers = tiered && tiersWritten.some((t) => t > 0) ? [...tiersWritten].sort((a, b) => b - a) : [points, 0];
  return { item: { marker: item.marker, text: rest.replace(EDGE_PUNCTUATION, ""), points, tiers }, label: item.label, written };
}

/** Two amounts of points in one item (the first counts), or a top tier that is not the item's points. */
function itemDoubts({ item: { points, tiers }, label, written }: ItemReading): RuleIssue[] {
  const doubts: RuleIssue[] = [];
  const name = `第${label}项`;
  if (written.length > 1) {
    doubts.push({
      kind: "ambiguous",
      message: {
        zh: `${name}写了${written.length}个分值（${written.join("、")}分），合计${points}分，可能漏了一个标号`,
        en: `item ${label} gives ${written.length} points (${written.join(", ")}), ${points} in all; a marker may be missing`,
      },
    });
  }
  // Untiered items have tiers [points, 0], so only a tier table can differ.
  if (tiers[0] !== points) {
    doubts.push({
      kind: "ambiguous",
      message: {
        zh: `${name}分值为${points}分，但其中最高一档为${tiers[0]}分`,
        en: `item ${label} is worth ${points} points but its highest tier gives ${tiers[0]}`,
      },
    });
  }
  return doubts;
}

function readChecklist(text: string): ChecklistReading {
  const normalized = normalizeRuleText(text);
  const split = splitItems(normalized);
  const issues: RuleIssue[] = [];
  const marked = split.items.length > 0;
  if (marked && split.intro.search(POINTS) >= 0) {
    issues.push({ kind: "unreadable", message: { zh: "第一个标号之前的分值不属于任何一项", en: "points written before the first marker belong to no item" } });
  }
  const items = (marked ? split.items : unmarkedItems(normalized)).map((item) => readItem(item, issues));
  const total = roundHalfUp(items.reduce((sum, { item }) => sum + item.points, 0));
  return { items, total, issues, misplaced: split.misplaced };
}

/**
 * Reads a checklist rule (①是否…；（1分）②…（2分）) into its items and their points (rulebook §2.6).
 * Points written before the first marker belong to no item and are reported; `issues` gives what
 * could not be read first, then the doubts.
 */
export function checklistItems(text: string): Checklist {
  const { items, total, issues, misplaced } = readChecklist(text);
  const doubts = [...sequenceIssues(misplaced), ...items.flatMap(itemDoubts)];
  return { items: items.map(({ item }) => item), total, issues: [...issues, ...doubts] };
}

/**
 * The checklist JX.RULEPOINTS totals, each text read once (a column repeats it). Its doubts are left
 * out: rulePoints reports only what could not be read, and their messages would enlarge functions.js.
 */
const checklistCached = memoized(readChecklist);

/**
 * The total points of a checklist rule (JX.RULEPOINTS). A text without points, or with an item
 * whose points cannot be read, is a #N/A error: a partial total would look right and be wrong.
 */
export function rulePoints(text: string): number {
  const { items, total, issues } = checklistCached(text);
  // A band table (90%以上得8分；…) scores one value; its scores are not items to add up.
  const rule = scoringRuleCached(text);
  const banded = (rule.kind === "bands" || rule.kind === "deduction" || rule.kind === "formula") && !rule.issues.some((i) => i.kind === "unreadable");
  if (banded || !items.some(({ item }) => item.points > 0)) {
    return fail("na", `评分规则中没有找到分值（如“（1分）”）：${quote(text)}`, `no points (such as （1分）) found in the rule ${quote(text)}`);
  }
  const problem = issues.find((i) => i.kind === "unreadable");
  if (problem) return fail("na", problem.message.zh, problem.message.en);
  return total;
}
