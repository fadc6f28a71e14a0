import { memoized } from "../memo";
import { Band } from "../bands";
import { Message } from "../errors";
import { parseNumberText } from "../numbers";
import { ambiguousBoundaryIssues, DraftBand, DraftBound, gapIssues, gapSpans, overlapIssues, resolveBands, silentBoundaries, spansOverlap } from "./bandTable";
import { Condition, ConditionNote, EndPoint, readCondition } from "./condition";
import { DeductionText, findDeductions } from "./deduction";
import { readFormula } from "./formula";
import { scoredPieces } from "./scoreText";
import { MisplacedMarker, normalizeRuleText, sequenceIssues, splitItems, TextItem, tooLong } from "./text";
import { ClauseScore, Deduction, DeductionStep, isFixed, isShare, ParsedRule, Relative, RuleIssue } from "./types";

/** One condition with its score, as read from one item; "rest" is 其余/否则: every value no other item holds. */
interface Clause {
  label: string;
  /** The condition as written. */
  text: string;
  /** The clause as written: condition and score. */
  written: string;
  condition: Condition | "rest" | { problem: Message };
  score: ClauseScore;
}

/** Text with a number but no score: a clause not read, unless the rule counts cases (每出现一例…) it describes. */
interface Unscored {
  label: string;
  text: string;
}

const REST = /^(?:其余|其他|其它|否则|其余情况|其他情况|其它情况|反之|未达标|不达标|达不到|未达到(?:标准|要求)?)(?:的)?$/;

interface Reading {
  clauses: Clause[];
  deductions: DeductionText[];
  unscored: Unscored[];
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

/** A remark pointing elsewhere (…见附表2, 详见附件) is not a band: its number is the table's, not a value. */
const REFERENCE = /\(?(?:详|具体)?见附(?:表|件|录)[\d一二三四五六七八九十、,和及]*\)?/g;
/** A score left to the evaluator's judgement (酌情扣分, 视情况给分): no number can be computed. */
const JUDGEMENT = /酌情|视(?:具体)?情况|适当[扣减加给]/;
/** A clause's closing words that add nothing: 未开展的，则不得分; 此项不得分. */
const CLOSING = /,(?:则|此项|该项)$/;
/** 未开展的 beside 开展一次的: the count is 0. */
const NONE_OF = /^(?:未|没有|无)(.+?)的?$/;
const LONE_MARKER = /^(?:\(\d{1,2}\)|\d{1,2}[、.](?!\d))/;
const LEAD = /^(?:根据|按照|依据)[^,;。\d]*[,:]/;
/** The total a deduction starts from (共计10分, 扣完为止), not a clause. */
const TOTAL = /[,;。]?(?:共计|总计|合计|本项|满分)(\d+(?:\.\d+)?)分/;
/** 扣完为止 says no more than that scores stop at 0, which they always do. */
const TO_ZERO = /,?扣完(?:\d+(?:\.\d+)?分)?为止/g;
/** Deductions measured against the plan itself (与计划每相差3%): the standard is 100%. */
const AGAINST_PLAN = /与(?:计划|目标|预期)(?:值|数)?每?相差/;
/** A table written in one line: 目标完成 100/90/80/70/60%，得分 5/4/3/2/1 (each value at least, falling). */
const SLASH_TABLE = /((?:\d+(?:\.\d+)?\/)+\d+(?:\.\d+)?)(%?),?得分((?:\d+(?:\.\d+)?\/)+\d+(?:\.\d+)?)/;

/** The slash table as the clauses it stands for (≥100%得5分;≥90%得4分;…), or the text as it was. */
function unfoldSlashTable(text: string): string {
  const table = SLASH_TABLE.exec(text);
  if (!table) return text;
  const values = table[1].split("/").map(Number);
  const scores = table[3].split("/");
  const falling = values.every((v, i) => i === 0 || v < values[i - 1]);
  if (!falling || values.length !== scores.length) return text;
  const clauses = values.map((v, i) => `≥${v}${table[2]}得${scores[i]}分`).join(";");
  return text.replace(table[0], `${clauses};`);
}

/** A lead sentence naming the standard (以100%为标准。): where a deduction starts when no clause says. */
const STANDARD = /以(\d+(?:\.\d+)?%?)为(?:标准|基准|基数)[,;。]?/;

/** Reads the clauses of one item; what cannot be read becomes an issue and is left out. */
function readItem(item: TextItem, into: Reading): void {
  const { deductions, rest, problems } = findDeductions(item.text);
  into.deductions.push(...deductions);
  const judgement = JUDGEMENT.exec(item.text);
  if (judgement) {
    const why = { zh: `“${judgement[0]}”由评价人判断，无法计算`, en: `"${judgement[0]}" is left to the evaluator, so no score can be computed` };
    into.issues.push(unreadable(item.label || "1", trimPunctuation(item.text), why));
  }
  for (const problem of problems) into.issues.push(unreadable(item.label || "1", trimPunctuation(item.text), problem));
  const { pieces, rest: tail } = scoredPieces(rest);
  pieces.forEach((piece, i) => {
    // Without markers the clauses are numbered in order, so that messages can name them.
    const label = item.marker ? item.label : String(i + 1);
    const text = trimPunctuation(piece.condition).replace(CLOSING, "");
    const condition = REST.test(text) ? "rest" : readCondition(text);
    into.clauses.push({ label, text, written: trimPunctuation(piece.text), condition, score: piece.score });
  });
  const left = trimPunctuation(tail);
  if (left) into.unscored.push({ label: item.marker ? item.label : String(pieces.length + 1), text: left });
}

/** Items to read: the marked ones, plus the text before them when it holds numbers (not just a note). */
function itemsOf(normalized: string): { items: TextItem[]; misplaced: MisplacedMarker[] } {
  const { intro, items, misplaced } = splitItems(normalized);
  // A lone marker ((4)路面整洁…: the 4th row of a longer list) or a lead naming the measure (根据…的比例,) says nothing to score.
  const text = items.length === 0 ? intro.replace(LONE_MARKER, "").replace(LEAD, "") : intro;
  const lead = DIGIT.test(text) || items.length === 0 ? [{ marker: "", label: "", text }] : [];
  return { items: [...lead, ...items], misplaced };
}

function endPoints({ condition }: Clause): EndPoint[] {
  if (condition === "rest" || "problem" in condition) return [];
  return [condition.lower, condition.upper].filter((e): e is EndPoint => e !== null);
}

const conditionOf = (clause: Clause): Condition | null => (clause.condition === "rest" || "problem" in clause.condition ? null : clause.condition);

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

function contradiction(label: string, { raw, percent, excludedBy, includedBy, inclusive, decided }: ConditionNote): Message {
  const number = `${raw}${percent ? "%" : ""}`;
  const zh = decided ? `按${inclusive ? "含" : "不含"}${number}处理` : `${number}无法计分`;
  const en = decided ? `read as ${inclusive ? "including" : "excluding"} it` : `${number} cannot be scored`;
  return {
    zh: `第${label}项：“${excludedBy}”不含${number}而“${includedBy}”含${number}，自相矛盾，${zh}`,
    en: `item ${label}: "${excludedBy}" excludes ${number} but "${includedBy}" includes it; ${en}`,
  };
}

function conditionNotes(clauses: readonly Clause[], percent: boolean): RuleIssue[] {
  return clauses.flatMap((c) =>
    (conditionOf(c)?.notes ?? []).map((note) => ({
      kind: "ambiguous" as const,
      message: contradiction(c.label, note),
      at: point(rawValue(note.raw, percent)),
    })),
  );
}

/** Conditions not read are the band rule's issues; the deduction and yes/no readers judge them otherwise. */
function conditionProblems(clauses: readonly Clause[], issues: RuleIssue[]): void {
  for (const c of clauses) if (c.condition !== "rest" && "problem" in c.condition) issues.push(unreadable(c.label, c.text, c.condition.problem));
}

/**
 * Text left without a score is a clause not read when it holds a number or a deduction (各扣6分); a count
 * rule's plain sentences only say what is counted.
 */
function unscoredIssues(unscored: readonly Unscored[], issues: RuleIssue[], describesCount = false): void {
  for (const u of unscored) {
    if (/扣|\d+分/.test(u.text) || (!describesCount && DIGIT.test(u.text)))
      issues.push(unreadable(u.label, u.text, { zh: "没有分值，无法计入", en: "gives no score, so it cannot be counted" }));
  }
}

/** 未开展的 where another clause counts 开展一次的: a count of 0, not a clause left unread. */
function noneOf(clause: Clause, all: readonly Clause[]): Clause {
  const none = conditionOf(clause) || clause.condition === "rest" ? null : NONE_OF.exec(clause.text);
  const counted = none && new RegExp(`${none[1].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\\d一二两三四五六七八九十]`);
  if (!counted || !all.some((c) => c !== clause && endPoints(c).length > 0 && counted.test(c.text))) return clause;
  const zero: EndPoint = { raw: "0", percent: false, inclusive: true };
  return { ...clause, condition: { lower: zero, upper: zero, notes: [] } };
}

/** 70%-90%线性得分: from the score of the band ending at 70% to that of the band starting at 90%. */
function lineOf(index: number, bands: readonly Band[], drafts: readonly DraftBand[], clauses: readonly Clause[], issues: RuleIssue[]): Relative | null {
  const { lower, upper } = bands[index];
  const scoreOf = (i: number) => clauses.find((c) => c.label === drafts[i].label && conditionOf(c))!.score;
  const below = lower && bands.findIndex((b, i) => i !== index && i < drafts.length && b.upper?.value === lower.value);
  const above = upper && bands.findIndex((b, i) => i !== index && i < drafts.length && b.lower?.value === upper.value);
  const ends = [below, above].map((i) => (typeof i === "number" && i >= 0 ? scoreOf(i) : null));
  if (ends[0] && ends[1] && [ends[0], ends[1]].every((s) => isFixed(s) || isShare(s))) return { line: [ends[0], ends[1]] };
  const d = drafts[index];
  issues.push(
    unreadable(d.label, clauses.find((c) => c.label === d.label)?.written ?? "", {
      zh: "线性得分的两端没有对应的分数",
      en: "the ends of a linear band have no scores to run between",
    }),
  );
  return null;
}

function bandRule(written: readonly Clause[], percent: boolean, issues: RuleIssue[]): Pick<RuleReading, "rule" | "drafts" | "labels"> {
  const top = topOf(written);
  const clauses = written.map((c) => ({ ...noneOf(c, written), score: fromTop(c.score, top) }));
  conditionProblems(clauses, issues);
  const drafts: DraftBand[] = [];
  const relative: (Relative | null)[] = [];
  const texts: string[] = [];
  const rests: Clause[] = [];
  for (const clause of clauses) {
    const condition = conditionOf(clause);
    if (clause.condition === "rest") rests.push(clause);
    if (!condition) continue;
    const lower = draftBound(condition.lower, percent);
    const upper = draftBound(condition.upper, percent);
    if (lower && upper && lower.value > upper.value) {
      issues.push(unreadable(clause.label, clause.text, { zh: "下限大于上限", en: "the lower end is above the upper end" }));
      continue;
    }
    const { score } = clause;
    drafts.push({ label: clause.label, lower, upper, score: isFixed(score) ? score : { from: 0, to: 0 } });
    relative.push(isShare(score) ? score : null);
    texts.push(clause.written);
  }
  if (drafts.length + rests.length === 0) return { rule: noRule(issues), drafts: [], labels: [] };
  const bands = resolveBands(drafts);
  const labels = drafts.map((d) => d.label);
  const [rest, ...moreRests] = rests;
  for (const extra of moreRests) {
    issues.push(unreadable(extra.label, extra.written, { zh: "“其余”只能有一项", en: 'only one "otherwise" item is allowed' }));
  }
  if (rest && !isFixed(rest.score) && !isShare(rest.score)) {
    issues.push(unreadable(rest.label, rest.written, { zh: "“其余”不能线性得分", en: 'an "otherwise" item cannot score linearly' }));
  } else if (rest) {
    // 其余 fills every gap the other items leave, so it scores last.
    const filled = gapSpans(bands);
    for (const span of filled) {
      bands.push({ ...span, score: isFixed(rest.score) ? rest.score : { from: 0, to: 0 } });
      labels.push(rest.label);
      relative.push(isShare(rest.score) ? rest.score : null);
      texts.push(rest.written);
    }
  }
  // Two words that disagree (大于80%以上) leave the number to no reading; a mark （不含90%） decides it.
  // Two neighbours both silent about a boundary (80%-90%；70%-80%) give it to neither.
  const unclear = [
    ...clauses.flatMap((c) => (conditionOf(c)?.notes ?? []).filter((n) => !n.decided).map((n) => rawValue(n.raw, percent))),
    ...silentBoundaries(drafts),
  ];
  drafts.forEach((d, i) => {
    const written = clauses.find((c) => c.label === d.label && conditionOf(c))?.score;
    if (written && !isFixed(written) && !isShare(written)) relative[i] = lineOf(i, bands, drafts, clauses, issues);
  });
  return { rule: { kind: "bands", bands, relative, clauses: texts, unclear, percent, issues }, drafts, labels };
}

/** A score range over a band with no upper end cannot be spread across it: a BandTable gives its top. */
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

/** Deduction clauses as one rule: at most one per side of the threshold, or a lone count. */
function deductionSteps(ds: readonly DeductionText[], issues: RuleIssue[]): Pick<Deduction, "above" | "below" | "count"> {
  const step = ({ step, perStep, ofBase, cap }: DeductionText): DeductionStep => ({ step, perStep, ofBase, cap });
  const on = (side: "above" | "below") => ds.filter((d) => d.direction === side || d.direction === "both");
  const counts = ds.filter((d) => d.direction === "count");
  const several = counts.length > 1 || (counts.length > 0 && counts.length < ds.length) || on("above").length > 1 || on("below").length > 1;
  if (several) {
    const all = ds.map((d) => d.text).join("”“");
    issues.push({
      kind: "unreadable",
      message: { zh: `有多条扣分规则“${all}”，一个数值无法判断按哪条扣分`, en: `several deduction clauses "${all}": one value cannot tell which applies` },
    });
  }
  const first = (list: DeductionText[]) => (list[0] ? step(list[0]) : null);
  return { above: counts.length ? null : first(on("above")), below: counts.length ? null : first(on("below")), count: first(counts) };
}

/** Where a deduction starts: the full-score clause's upper end for 每超过, its lower end for 每低于, else the standard. */
function thresholdOf(
  start: Clause | undefined,
  steps: Pick<Deduction, "above" | "below">,
  standard: number | null,
  percent: boolean,
  issues: RuleIssue[],
): number | null {
  const condition = start && conditionOf(start);
  const ends = [steps.above && condition?.upper, steps.below && condition?.lower].filter((e): e is EndPoint => !!e).map((e) => rawValue(e.raw, percent));
  const candidates = [...ends, ...(standard === null ? [] : [standard])];
  if (candidates.some((c) => c !== candidates[0])) {
    issues.push(
      unreadable(start?.label ?? "1", start?.written ?? "", { zh: "起扣的数值前后不一致", en: "the value where deductions start is given twice, differently" }),
    );
  }
  return candidates[0] ?? null;
}

/** A deduction's own condition (“三公经费”>0,每超过…) must start where the rule's deduction starts. */
/**
 * The one number a condition bounds on one side (不足500字者, 要达到40%, 达到10处以上为合格), which
 * is where a deduction starts; null for anything else (a range, a single value, words only).
 */
function oneSided(text: string, percent: boolean): number | null {
  if (!DIGIT.test(text)) return null;
  const condition = readCondition(text);
  if ("problem" in condition || !!condition.lower === !!condition.upper) return null;
  return rawValue((condition.lower ?? condition.upper)!.raw, percent);
}

function ownConditionIssues(ds: readonly DeductionText[], threshold: number | null, percent: boolean, issues: RuleIssue[]): void {
  for (const d of ds) {
    if (!DIGIT.test(d.condition)) continue;
    if (d.direction === "count" || oneSided(d.condition, percent) !== threshold) {
      issues.push(
        unreadable("1", `${d.condition},${d.text}`, {
          zh: "扣分条件与起扣的数值不一致",
          en: "the deduction's condition does not match where deductions start",
        }),
      );
    }
  }
}

/** A clause that fixes the score past some value, as a band; null (and an issue) when it cannot be one. */
function limitOf(clause: Clause, start: Band | null, percent: boolean, issues: RuleIssue[]): Band | null {
  const condition = conditionOf(clause) as Condition;
  const lower = draftBound(condition.lower, percent);
  const upper = draftBound(condition.upper, percent);
  const band: Band = {
    lower: lower && { value: lower.value, inclusive: lower.inclusive ?? true },
    upper: upper && { value: upper.value, inclusive: upper.inclusive ?? false },
    score: isFixed(clause.score) ? clause.score : { from: 0, to: 0 },
  };
  if (!isFixed(clause.score) || (start && spansOverlap(band, start))) {
    issues.push(unreadable(clause.label, clause.written, { zh: "与起扣条件重叠", en: "overlaps the starting clause" }));
    return null;
  }
  return band;
}

/** Where a deduction rule starts, as a lead sentence says: 以100%为标准, 共计10分. */
interface Lead {
  standard: number | null;
  total: number | null;
}

/** The item's points in brackets before its deduction: …（5分）缺一次扣0.5分. */
const BASE = /\((\d+(?:\.\d+)?)分\)/;

function deductionRule(written: readonly DeductionText[], reading: Reading, lead: Lead, percent: boolean): ParsedRule {
  const { clauses, issues } = reading;
  const { total } = lead;
  // Where no clause scores, a sentence or the deduction's own condition may say where it starts (要达到40%, 不足500字者).
  const stated = clauses.length === 0 ? [...reading.unscored.map((u) => u.text), ...written.map((d) => d.condition)].map((t) => oneSided(t, percent)) : [];
  const standard = lead.standard ?? stated.find((s) => s !== null) ?? null;
  const starts = reading.unscored.filter((u) => stated.length > 0 && oneSided(u.text, percent) !== null);
  reading.unscored = reading.unscored.filter((u) => !starts.includes(u));
  // 少一次扣1分 with no target anywhere counts the times short: the value is that count.
  const counted = standard === null && !clauses.some((c) => endPoints(c).length > 0) && written.every((d) => !d.percent && d.direction !== "both");
  const ds = counted ? written.map((d) => ({ ...d, direction: "count" as const })) : written;
  const steps = deductionSteps(ds, issues);
  const bracket = clauses.length === 0 && reading.unscored.length === 1 ? BASE.exec(reading.unscored[0].text) : null;
  const unscored = bracket ? [{ ...reading.unscored[0], text: reading.unscored[0].text.replace(BASE, "") }] : reading.unscored;
  // A count rule's clauses without a number describe what is counted (以上情况每出现一例…); the others must be read.
  unscoredIssues(unscored, issues, !!steps.count);
  // The starting clause: for a count, the one without numbers (未出现问题得满分); else the first with numbers.
  const numbered = clauses.filter((c) => endPoints(c).length > 0);
  const worded = clauses.filter((c) => !numbered.includes(c));
  const start = steps.count ? worded[0] : (numbered[0] ?? worded[0]);
  const others = clauses.filter((c) => c !== start);
  const startCondition = start && conditionOf(start);
  if (start && !steps.count && !startCondition) conditionProblems([start], issues);
  if (start && steps.count && (/[或\d]/.test(start.text) || (isFixed(start.score) && start.score.to === 0))) {
    issues.push(unreadable(start.label, start.written, { zh: "次数无法判断此条件是否成立", en: "a count cannot tell whether this holds" }));
  }
  const startBand = startCondition && !steps.count ? limitOf({ ...start, score: { from: 0, to: 0 } }, null, percent, issues) : null;
  const limits = others.flatMap((c) => {
    if (!conditionOf(c)) {
      issues.push(unreadable(c.label, c.written, { zh: "扣分规则只能有一个起扣条件", en: "a deduction rule takes one starting clause" }));
      return [];
    }
    return limitOf(c, startBand, percent, issues) ?? [];
  });
  const threshold = steps.count ? null : thresholdOf(start, steps, standard, percent, issues);
  ownConditionIssues(ds, threshold, percent, issues);
  const given = bracket ? (parseNumberText(bracket[1]) as number) : total;
  const base = start && isFixed(start.score) ? start.score.to : start || given === null ? "weight" : given;
  if (start && (isFixed(start.score) ? start.score.from !== start.score.to : !isShare(start.score) || start.score.share !== 1 || start.score.less !== 0)) {
    issues.push(
      unreadable(start.label, start.written, {
        zh: "起扣条件应给出一个分数（如“得5分”“得满分”）",
        en: "the starting clause must give one score (such as 得5分 or 得满分)",
      }),
    );
  }
  return { kind: "deduction", deduction: { threshold, ...steps, base, limits }, percent, issues };
}

/** 不, 未, 无… outside 是否: a clause for the case that does not hold. */
const negated = (text: string) => /[不未没无非否]/.test(text.replace(/是否/g, ""));
/** The item's points in brackets before what loses them: …配备管理人员（2分）未配的，扣2分. */
const BRACKETED = /^(.*)\((\d+(?:\.\d+)?)分\)(.*)$/;

const fixed = (points: number): ClauseScore => ({ from: points, to: points });

/**
 * 扣N分 taken from the points the rule itself gives (资料齐全的得2分，不齐全的扣2分: 0), when it gives
 * any; from the weight otherwise (5%以内扣1分).
 */
function fromTop(score: ClauseScore, top: number | null): ClauseScore {
  if (top === null || !isShare(score) || score.share !== 1 || score.less === 0) return score;
  return fixed(Math.max(0, top - score.less));
}

function topOf(clauses: readonly Clause[]): number | null {
  const tops = clauses.flatMap(({ score }) => (!isFixed(score) || score.to <= 0 ? [] : [score.to]));
  return tops.length ? Math.max(...tops) : null;
}

/**
 * A yes/no rule (制定有实施方案的，得3分，否则不得分；符合标准，得满分；资料齐全的得2分，不齐全的扣2分；
 * 没有刊登公益广告的，此项不得分；配备管理人员（2分）未配的，扣2分): one clause without numbers for the
 * case that holds and at most one for the case that does not, or a lone clause for the case that does not.
 */
function yesNoRule(reading: Reading): ParsedRule | null {
  const { clauses, unscored, deductions, issues } = reading;
  if (deductions.length > 0 || clauses.length === 0 || clauses.length > 2 || unscored.some((u) => /[\d扣分]/.test(u.text))) return null;
  const yesNo = (yes: ClauseScore, no: ClauseScore): ParsedRule => ({ kind: "yesno", yes, no, percent: false, issues });
  const [first, second] = clauses;
  const bracketed = BRACKETED.exec(first.text);
  if (!second && bracketed && negated(bracketed[3]) && !DIGIT.test(bracketed[1] + bracketed[3])) {
    const points = parseNumberText(bracketed[2]) as number;
    return yesNo(fixed(points), fromTop(first.score, points));
  }
  if (clauses.some((c) => DIGIT.test(c.text))) return null;
  if (!second && (first.condition === "rest" || negated(first.text))) {
    return !isFixed(first.score) || first.score.to !== 0 ? null : yesNo({ share: 1, less: 0 }, first.score);
  }
  if (first.condition === "rest" || negated(first.text)) return null;
  if (second && second.condition !== "rest" && !negated(second.text)) return null;
  const top = topOf(clauses);
  return yesNo(first.score, second ? fromTop(second.score, top) : fixed(0));
}

function noRule(issues: RuleIssue[]): ParsedRule {
  const none: RuleIssue = {
    kind: "unreadable",
    message: { zh: "没有读到计分区间或扣分规则", en: "no scoring band or deduction was found" },
  };
  return { kind: "unreadable", issues: [...issues, none] };
}

/** Reads the rule; its issues are only what could not be read (ruleDoubts adds the rest). */
function readRuleText(text: string): RuleReading {
  const none = { misplaced: [], clauses: [], percent: true, drafts: [], labels: [] };
  const long = tooLong(text);
  if (long) return { ...none, rule: { kind: "unreadable", issues: [long] } };
  const written = unfoldSlashTable(normalizeRuleText(text));
  const formula = readFormula(written);
  if (formula) return { ...none, rule: formula };
  const standardMatch = STANDARD.exec(written);
  const standard = standardMatch ? rawValue(standardMatch[1].replace("%", ""), standardMatch[1].endsWith("%")) : AGAINST_PLAN.test(written) ? 1 : null;
  const total = TOTAL.exec(written);
  const normalized = written.replace(REFERENCE, "").replace(STANDARD, "").replace(TOTAL, "").replace(TO_ZERO, "");
  const { items, misplaced } = itemsOf(normalized);
  const issues: RuleIssue[] = [];
  const reading: Reading = { clauses: [], deductions: [], unscored: [], issues };
  items.forEach((item) => readItem(item, reading));
  const { clauses, deductions } = reading;
  const percent = clauses.some((c) => endPoints(c).some((e) => e.percent)) || deductions.some((d) => d.percent) || !!standardMatch?.[1].endsWith("%");
  const read = { misplaced, clauses, percent };
  const yesNo = misplaced.length === 0 && items.length === 1 ? yesNoRule(reading) : null;
  if (yesNo) return { ...read, percent: false, rule: yesNo, drafts: [], labels: [] };
  if (deductions.length > 0)
    return {
      ...read,
      rule: deductionRule(deductions, reading, { standard, total: total && (parseNumberText(total[1]) as number) }, percent),
      drafts: [],
      labels: [],
    };
  unscoredIssues(reading.unscored, issues);
  if (clauses.length > 0) return { ...read, ...bandRule(clauses, percent, issues) };
  return { ...read, rule: noRule(issues), drafts: [], labels: [] };
}

/** What the reader decided that the text leaves in doubt: boundaries, gaps, overlaps. Only the checks show these. */
function ruleDoubts({ rule, misplaced, clauses, percent, drafts, labels }: RuleReading): RuleIssue[] {
  const readingDoubts = [...sequenceIssues(misplaced), ...(percent ? missingPercentIssues(clauses) : []), ...conditionNotes(clauses, percent)];
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
 * Reads a scoring rule written in Chinese into a band table, a per-step deduction, a formula
 * (按完成比例计算得分) or a yes/no rule. Never throws: what it cannot read, and every gap, overlap or
 * doubtful boundary, is reported in `issues` (in that order). A rule with an issue of kind "unreadable"
 * is never scored: a clause not read would make any number a guess.
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

/** True when a value lies on what an issue is about; `at` is in the rule's terms, as the value is. */
function lies(value: number, at: RuleIssue["at"]): boolean {
  // A rate computed as executed / budget may carry binary noise (0.7000000000000001 for 70 %).
  return !!at && value >= at.from - 1e-9 && value <= at.to + 1e-9;
}

/**
 * What a reviewer should see about a rule text on a row whose value (in the rule's terms, a fraction in a
 * percent rule) is `value`, or null when the row has none: every clause not read (the rule is then never
 * scored), every gap, and the overlaps and doubtful boundaries the value lies on. For the rule-bands check,
 * which must not depend on a score being computed: at 70 % the seed's rule is refused, and that is when the
 * overlap matters most.
 */
export function ruleTextIssues(text: string, value: number | null): RuleIssue[] {
  return parseRuleTextCached(text).issues.filter((issue) => issue.kind === "unreadable" || issue.kind === "gap" || (value !== null && lies(value, issue.at)));
}
