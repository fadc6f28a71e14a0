import { memoized } from "../memo";
import { Band } from "../bands";
import { Message } from "../errors";
import { parseNumberText } from "../numbers";
import { ambiguousBoundaryIssues, DraftBand, DraftBound, gapIssues, gapSpans, overlapIssues, resolveBands } from "./bandTable";
import { Condition, ConditionNote, EndPoint, readCondition } from "./condition";
import { DeductionText, findDeduction } from "./deduction";
import { ClauseScore, scoredPieces } from "./scoreText";
import { MisplacedMarker, normalizeRuleText, sequenceIssues, splitItems, TextItem } from "./text";
import { Deduction, ParsedRule, RuleIssue } from "./types";

/** One condition with its score, as read from one item; "rest" is 其余/否则: every value no other item holds. */
interface Clause {
  label: string;
  text: string;
  condition: Condition | "rest";
  score: ClauseScore;
}

const REST = /^(?:其余|其他|其它|否则|其余情况|其他情况|其它情况)(?:的)?$/;

interface Reading {
  clauses: Clause[];
  deductions: DeductionText[];
  issues: RuleIssue[];
}

/**
 * A rule text as read: the rule, whose issues say only what could not be read, and what the doubts
 * about the reading (ruleDoubts) are found in. Kept apart so that JX.RULESCORE, which reports only
 * what could not be read, does not carry the doubts and their messages into functions.js.
 */
interface RuleReading {
  rule: ParsedRule;
  misplaced: readonly MisplacedMarker[];
  clauses: readonly Clause[];
  percent: boolean;
  /** A band rule's bands as written, and the item each of its bands comes from. */
  drafts: readonly DraftBand[];
  labels: readonly string[];
}

const DIGIT = /\d/;
const trimPunctuation = (text: string) => text.replace(/^[,;:、。\s]+|[,;:、。\s]+$/g, "");

const unreadable = (label: string, text: string, why: Message): RuleIssue => ({
  kind: "unreadable",
  message: { zh: `第${label}项“${text}”：${why.zh}`, en: `item ${label} "${text}": ${why.en}` },
});

/** Reads the clauses of one item; each problem becomes an issue and the clause is left out. */
function readItem(item: TextItem, into: Reading): void {
  const { deduction, rest, problem } = findDeduction(item.text);
  if (deduction) into.deductions.push(deduction);
  if (problem) into.issues.push(unreadable(item.label || "1", item.text, problem));
  const { pieces, rest: tail } = scoredPieces(rest);
  pieces.forEach((piece, i) => {
    // Without markers the clauses are numbered in order, so that messages can name them.
    const label = item.marker ? item.label : String(i + 1);
    const text = trimPunctuation(piece.condition);
    const condition = REST.test(text) ? "rest" : readCondition(text);
    if (typeof condition === "object" && "problem" in condition) into.issues.push(unreadable(label, text, condition.problem));
    else into.clauses.push({ label, text, condition, score: piece.score });
  });
  if (DIGIT.test(tail)) {
    const label = item.marker ? item.label : String(pieces.length + 1);
    into.issues.push(unreadable(label, trimPunctuation(tail), { zh: "没有分值", en: "no score" }));
  }
}

/** Items to read: the marked ones, plus the text before them when it holds numbers (not just a note). */
function itemsOf(normalized: string): { items: TextItem[]; misplaced: MisplacedMarker[] } {
  const { intro, items, misplaced } = splitItems(normalized);
  const lead = DIGIT.test(intro) || items.length === 0 ? [{ marker: "", label: "", text: intro }] : [];
  return { items: [...lead, ...items], misplaced };
}

function endPoints({ condition }: Clause): EndPoint[] {
  if (condition === "rest") return [];
  return [condition.lower, condition.upper].filter((e): e is EndPoint => e !== null);
}

/** A number without % in a rule whose other numbers have it (预算执行率70以下) is read as a percent. */
function missingPercentIssues(clauses: readonly Clause[]): RuleIssue[] {
  return clauses.flatMap((clause) =>
    endPoints(clause)
      // A single value (100（含）) is both ends of its condition: name it once.
      .filter((e, i, ends) => !e.percent && ends.findIndex((o) => o.raw === e.raw) === i)
      .map((e) => ({
        kind: "ambiguous" as const,
        message: {
          zh: `第${clause.label}项的“${e.raw}”没有写%，按${e.raw}%理解`,
          en: `item ${clause.label} writes "${e.raw}" without %; read as ${e.raw}%`,
        },
        at: point(rawValue(e.raw, true)),
      })),
  );
}

/** A number of a condition in the rule's terms: a fraction in a percent rule. */
function rawValue(raw: string, percent: boolean): number {
  // raw is digits by construction of the condition reader, so parsing cannot fail.
  return parseNumberText(percent ? `${raw}%` : raw) as number;
}

const point = (value: number) => ({ from: value, to: value });

function draftBound(end: EndPoint | null, percent: boolean): DraftBound | null {
  if (!end) return null;
  return { value: rawValue(end.raw, percent), inclusive: end.inclusive };
}

function contradiction(label: string, { raw, percent, excludedBy, includedBy, inclusive }: ConditionNote): Message {
  const number = `${raw}${percent ? "%" : ""}`;
  return {
    zh: `第${label}项：“${excludedBy}”不含${number}而“${includedBy}”含${number}，自相矛盾，按${inclusive ? "含" : "不含"}${number}处理`,
    en: `item ${label}: "${excludedBy}" excludes ${number} but "${includedBy}" includes it; read as ${inclusive ? "including" : "excluding"} it`,
  };
}

function conditionNotes(clauses: readonly Clause[], percent: boolean): RuleIssue[] {
  return clauses.flatMap((c) =>
    (c.condition === "rest" ? [] : c.condition.notes).map((note) => ({
      kind: "ambiguous" as const,
      message: contradiction(c.label, note),
      at: point(rawValue(note.raw, percent)),
    })),
  );
}

function bandRule(clauses: readonly Clause[], percent: boolean, issues: RuleIssue[]): Pick<RuleReading, "rule" | "drafts" | "labels"> {
  const drafts: DraftBand[] = [];
  const rests: { label: string; score: Band["score"] }[] = [];
  for (const clause of clauses) {
    const { condition, score } = clause;
    if (score === "full") {
      issues.push(unreadable(clause.label, clause.text, { zh: "分段计分的规则须写明分数，不能写“满分”", en: "a banded rule must give points, not 满分" }));
    } else if (condition === "rest") {
      rests.push({ label: clause.label, score });
    } else {
      const lower = draftBound(condition.lower, percent);
      const upper = draftBound(condition.upper, percent);
      if (lower && upper && lower.value > upper.value) {
        issues.push(unreadable(clause.label, clause.text, { zh: "下限大于上限", en: "the lower end is above the upper end" }));
      } else {
        drafts.push({ label: clause.label, lower, upper, score });
      }
    }
  }
  if (drafts.length + rests.length === 0) return { rule: noRule(issues), drafts: [], labels: [] };
  const bands = resolveBands(drafts);
  const labels = drafts.map((d) => d.label);
  const [rest, ...moreRests] = rests;
  for (const extra of moreRests) {
    issues.push({ kind: "unreadable", message: { zh: `第${extra.label}项：“其余”只能有一项，此项未计入`, en: `item ${extra.label}: only one "otherwise" item is allowed; this one is ignored` } });
  }
  if (rest) {
    // 其余 fills every gap the other items leave, so it scores last.
    const filled = gapSpans(bands).map((span) => ({ ...span, score: rest.score }));
    bands.push(...filled);
    labels.push(...filled.map(() => rest.label));
  }
  return { rule: { kind: "bands", bands, percent, issues }, drafts, labels };
}

/** A score range over a band with no upper end cannot be spread across it: bandScore gives its top. */
function openRangeIssues(bands: readonly Band[], labels: readonly string[]): RuleIssue[] {
  return bands.flatMap((b, i) =>
    b.score.from !== b.score.to && !(b.lower && b.upper)
      ? [
          {
            kind: "ambiguous" as const,
            message: {
              zh: `第${labels[i]}项没有上下限，分值区间${b.score.from}-${b.score.to}分无法按比例计算，取${b.score.to}分，可在区间内自定`,
              en: `item ${labels[i]} is unbounded, so its ${b.score.from}-${b.score.to} points cannot be spread; ${b.score.to} is given, any score in the range is accepted`,
            },
          },
        ]
      : [],
  );
}

/** Where a deduction starts: the full-score clause's upper end for 每超过, its lower end for 每低于. */
function thresholdOf(clause: Clause, d: DeductionText, percent: boolean, issues: RuleIssue[]): number | null {
  const { condition } = clause;
  const end = condition === "rest" ? null : d.direction === "above" ? condition.upper : condition.lower;
  if (end) return (draftBound(end, percent) as DraftBound).value;
  issues.push(unreadable(clause.label, clause.text, { zh: "看不出从哪个数值起扣分", en: "cannot tell where the deduction starts" }));
  return null;
}

function baseOf(clause: Clause, issues: RuleIssue[]): Deduction["base"] {
  if (clause.score === "full") return "weight";
  if (clause.score.from !== clause.score.to) {
    issues.push(unreadable(clause.label, clause.text, { zh: "起扣的分数是一个区间，取其上限", en: "the starting score is a range; its top is used" }));
  }
  return clause.score.to;
}

function deductionRule(d: DeductionText, clauses: readonly Clause[], percent: boolean, issues: RuleIssue[]): ParsedRule {
  const [start, ...extra] = clauses;
  for (const clause of extra) {
    issues.push(unreadable(clause.label, clause.text, { zh: "扣分规则只能有一个起扣条件，此条未计入", en: "a deduction rule takes one starting clause; this one is ignored" }));
  }
  const deduction: Deduction = {
    direction: d.direction,
    threshold: start && d.direction !== "count" ? thresholdOf(start, d, percent, issues) : null,
    step: d.step,
    perStep: d.perStep,
    base: start ? baseOf(start, issues) : "weight",
  };
  return { kind: "deduction", deduction, percent, issues };
}

function noRule(issues: RuleIssue[]): ParsedRule {
  const none: RuleIssue = { kind: "unreadable", message: { zh: "没有读到任何计分区间或扣分规则", en: "no scoring band or deduction was found" } };
  return { kind: "unreadable", issues: [...issues, none] };
}

/** Reads the rule; its issues are only what could not be read (ruleDoubts adds the rest). */
function readRuleText(text: string): RuleReading {
  const normalized = normalizeRuleText(text);
  const { items, misplaced } = itemsOf(normalized);
  const issues: RuleIssue[] = [];
  const reading: Reading = { clauses: [], deductions: [], issues };
  items.forEach((item) => readItem(item, reading));
  const { clauses, deductions } = reading;
  const percent = clauses.some((c) => endPoints(c).some((e) => e.percent)) || deductions.some((d) => d.percent);
  if (deductions.length > 1) {
    issues.push({ kind: "unreadable", message: { zh: "有多条扣分规则，只按第一条计分", en: "several deduction clauses; only the first is used" } });
  }
  const read = { misplaced, clauses, percent };
  if (deductions.length === 0 && clauses.length > 0) return { ...read, ...bandRule(clauses, percent, issues) };
  const rule = deductions.length > 0 ? deductionRule(deductions[0], clauses, percent, issues) : noRule(issues);
  return { ...read, rule, drafts: [], labels: [] };
}

/** What the reader decided that the text leaves in doubt: boundaries, gaps, overlaps. Only the checks show these. */
function ruleDoubts({ rule, misplaced, clauses, percent, drafts, labels }: RuleReading): RuleIssue[] {
  const readingDoubts = [
    ...sequenceIssues(misplaced),
    ...(percent ? missingPercentIssues(clauses) : []),
    ...conditionNotes(clauses, percent),
  ];
  if (rule.kind !== "bands") return readingDoubts;
  const { bands } = rule;
  return [
    ...readingDoubts,
    ...ambiguousBoundaryIssues(drafts, percent),
    ...overlapIssues(bands, labels, percent),
    ...gapIssues(bands, percent),
    ...openRangeIssues(bands, labels),
  ];
}

/**
 * Reads a scoring rule written in Chinese into a band table or a per-step deduction. Never throws:
 * what it cannot read, and every gap, overlap or doubtful boundary, is reported in `issues` (in that order).
 */
export function parseRuleText(text: string): ParsedRule {
  const reading = readRuleText(text);
  return { ...reading.rule, issues: [...reading.rule.issues, ...ruleDoubts(reading)] };
}

/**
 * parseRuleText, each text read once: a sheet repeats one rule text down a column, and the checks and
 * the score plan must not parse it again for every row.
 */
export const parseRuleTextCached: (text: string) => ParsedRule = memoized(parseRuleText);

/**
 * The rule JX.RULESCORE scores by, each text read once (a column repeats it). Its issues are only what
 * could not be read, all that ruleScore reports; the doubts would only make functions.js larger.
 */
export const scoringRuleCached: (text: string) => ParsedRule = memoized((text: string) => readRuleText(text).rule);
