import { Message } from "../errors";
import { chineseCount } from "../numbers";
import { BOUNDARY_WORDS } from "../rules/boundaryWords";

/** A number of a condition as written, before the rule decides whether it is a percentage. */
export interface EndPoint {
  raw: string;
  percent: boolean;
  /** null: the text does not say (an end of `80%-90%` without （含）). */
  inclusive: boolean | null;
}

export interface Condition {
  lower: EndPoint | null;
  upper: EndPoint | null;
  /** Contradictions read one way, e.g. 大于80%以上 read as including 80%. */
  notes: ConditionNote[];
}

/**
 * Two words for one number of the condition that disagree (`raw` and `percent` as in EndPoint), and
 * how the number was read. The parser words the note; scoring needs only the reading.
 */
export interface ConditionNote {
  raw: string;
  percent: boolean;
  excludedBy: string;
  includedBy: string;
  inclusive: boolean;
  /** True when a mark （含）/（不含） decided it; two words that disagree decide nothing (大于80%以上). */
  decided: boolean;
}

type Side = "lower" | "upper" | "equal";

type Token =
  | { type: "number"; raw: string; percent: boolean }
  | { type: "comparator"; side: Side; inclusive: boolean; symbol: boolean; text: string }
  | { type: "suffix"; side: "lower" | "upper"; inclusive: boolean; text: string }
  /** （含） after a number, or （含80%） naming it. */
  | { type: "mark"; inclusive: boolean; of: string | null; text: string }
  | { type: "separator"; text: string }
  | { type: "word"; text: string };
/** A token read from a word of KEYWORDS. */
type Keyword = Extract<Token, { text: string }>;

/**
 * The boundary words (shared with the target reader), the range separators, and 截至, listed so that
 * its 至 is not read as a range; longest first.
 */
const KEYWORDS: readonly Keyword[] = (
  [
    ...BOUNDARY_WORDS.map((w): Keyword =>
      w.place === "before"
        ? { type: "comparator", side: w.side, inclusive: w.inclusive, symbol: w.symbol, text: w.text }
        : { type: "suffix", side: w.side === "upper" ? "upper" : "lower", inclusive: w.inclusive, text: w.text },
    ),
    ...["-", "~", "至", "到"].map((text): Keyword => ({ type: "separator", text })),
    { type: "word", text: "截至" },
  ] as Keyword[]
).sort((a, b) => b.text.length - a.text.length);

const NUMBER = /\d+(?:\.\d+)?%?/y;
/** A count in Chinese before its unit: 迟报四天及以上, 两次以上. */
const CHINESE_NUMBER = /[一二两三四五六七八九十]+(?=[天日个次例项处年月家人件起](?!性))/y;
const MARK = /\((不)?(?:包)?含(\d+(?:\.\d+)?)?%?\)/y;
/** A word that could change the meaning (a negation, a deduction, an alternative) is never skipped. */
const MEANINGFUL = /[不未非无否扣或每\d]/;

function keywordAt(text: string, at: number): Keyword | null {
  return KEYWORDS.find((keyword) => text.startsWith(keyword.text, at)) ?? null;
}

/** A bracketed remark other than （含）: its length, or 0. Remarks are skipped like other words. */
function remarkLength(text: string, at: number): number {
  if (text.charAt(at) !== "(") return 0;
  const close = text.indexOf(")", at);
  return close < 0 ? 0 : close - at + 1;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let word = "";
  const flushWord = () => {
    if (word) tokens.push({ type: "word", text: word });
    word = "";
  };
  let at = 0;
  while (at < text.length) {
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (number) {
      flushWord();
      const raw = number[0];
      tokens.push({ type: "number", raw: raw.replace("%", ""), percent: raw.endsWith("%") });
      at += raw.length;
      continue;
    }
    CHINESE_NUMBER.lastIndex = at;
    const chinese = CHINESE_NUMBER.exec(text);
    const count = chinese && chineseCount(chinese[0]);
    if (chinese && count !== null) {
      flushWord();
      tokens.push({ type: "number", raw: String(count), percent: false });
      at += chinese[0].length;
      continue;
    }
    MARK.lastIndex = at;
    const mark = MARK.exec(text);
    if (mark) {
      flushWord();
      tokens.push({ type: "mark", inclusive: mark[1] === undefined, of: mark[2] ?? null, text: mark[0] });
      at += mark[0].length;
      continue;
    }
    const found = keywordAt(text, at);
    // 至 and 到 join two numbers (80%至90%); before a word they are part of it (到位率).
    const keyword = found?.type === "separator" && /[至到]/.test(found.text) && !/[\d一二两三四五六七八九十]/.test(text.charAt(at + 1)) ? null : found;
    const remark = keyword ? 0 : remarkLength(text, at);
    if (keyword) {
      flushWord();
      tokens.push(keyword);
      at += keyword.text.length;
    } else if (remark) {
      word += text.slice(at, at + remark);
      at += remark;
    } else {
      word += text.charAt(at);
      at += 1;
    }
  }
  flushWord();
  return tokens;
}

interface Reading {
  raw: string;
  percent: boolean;
  side: Side | null;
  inclusive: boolean | null;
  /** The word that set `inclusive`, for the message when another word disagrees. */
  inclusiveWord: string;
  /** True once a mark （含）/（不含） has said whether the number is included. */
  explicit: boolean;
  /** Set on both ends of `a-b`; a range's ends share their percent sign (80-90% is 80%-90%). */
  rangePartner: Reading | null;
}

const problem = (zh: string, en: string): { problem: Message } => ({ problem: { zh, en } });

/**
 * Reads the condition of one clause (`预算执行率大于80%以上不到90%`) into its lower and upper
 * ends. Words that only name the value (预算执行率, 在) are skipped; anything else not understood
 * is returned as a problem rather than guessed.
 */
export function readCondition(text: string): Condition | { problem: Message } {
  const readings: Reading[] = [];
  const notes: ConditionNote[] = [];
  let pending: Extract<Token, { type: "comparator" }> | null = null;
  let rangeStart: Reading | null = null;
  const last = () => readings[readings.length - 1] ?? null;

  // Two words for one end that disagree. An explicit mark （含）/（不含） for that number wins (§2.7: the
  // per-endpoint mark is read, never a convention): 90%以上（不含90%） excludes 90%. Two boundary words
  // (大于80%以上: 以上 includes the number and 大于 does not) are read inclusive: the score range of such a
  // band starts at the band's bottom, and in the seed, where the next item says 不到80%, read exclusive 80%
  // would belong to no item at all. Either way the contradiction is noted.
  const setInclusive = (reading: Reading, inclusive: boolean, word: string, explicit: boolean) => {
    if (reading.inclusive !== null && reading.inclusive !== inclusive) {
      // A mark wins over a word; two words (or two marks) are read inclusive.
      const resolved = explicit === reading.explicit ? true : explicit ? inclusive : reading.inclusive;
      const [includedBy, excludedBy] = inclusive ? [word, reading.inclusiveWord] : [reading.inclusiveWord, word];
      notes.push({ raw: reading.raw, percent: reading.percent, excludedBy, includedBy, inclusive: resolved, decided: explicit !== reading.explicit });
      if (resolved === inclusive) reading.inclusiveWord = word;
      reading.inclusive = resolved;
    } else {
      reading.inclusive = inclusive;
      reading.inclusiveWord = word;
    }
    reading.explicit ||= explicit;
  };

  for (const token of tokenize(text)) {
    const previous = last();
    switch (token.type) {
      case "word":
        if (MEANINGFUL.test(token.text)) return problem(`看不懂“${token.text}”`, `cannot read "${token.text}"`);
        break;
      case "comparator":
        if (token.symbol && previous && previous.side === null && !rangeStart && !pending && token.side !== "equal") {
          // 80%≤x<90%: a symbol after a number makes that number the other end.
          previous.side = token.side === "upper" ? "lower" : "upper";
          previous.inclusive = token.inclusive;
          previous.inclusiveWord = token.text;
        } else if (pending) {
          return problem(`“${pending.text}”后面缺少数值`, `"${pending.text}" is not followed by a number`);
        } else {
          pending = token;
        }
        break;
      case "number": {
        const reading: Reading = { raw: token.raw, percent: token.percent, side: null, inclusive: null, inclusiveWord: "", explicit: false, rangePartner: null };
        if (pending) {
          reading.side = pending.side;
          reading.inclusive = pending.inclusive;
          reading.inclusiveWord = pending.text;
          pending = null;
        } else if (rangeStart) {
          reading.side = "upper";
          reading.rangePartner = rangeStart;
          rangeStart.rangePartner = reading;
          rangeStart = null;
        }
        readings.push(reading);
        break;
      }
      case "separator":
        if (!previous || rangeStart || pending || (previous.side !== null && previous.side !== "lower")) {
          return problem("区间的写法看不懂", "cannot read the range");
        }
        previous.side = "lower";
        rangeStart = previous;
        break;
      case "suffix":
        if (!previous || (previous.side !== null && previous.side !== token.side)) {
          return problem(`“${token.text}”前面缺少数值`, `"${token.text}" does not follow a number it can bound`);
        }
        previous.side = token.side;
        setInclusive(previous, token.inclusive, token.text, false);
        break;
      case "mark": {
        const word = token.text;
        const target = token.of === null ? previous : readings.find((r) => r.raw === token.of);
        if (!target) return problem(`“${word}”不知指哪个数值`, `"${word}" does not name a number of the condition`);
        setInclusive(target, token.inclusive, word, true);
        break;
      }
    }
  }
  if (pending) return problem(`“${pending.text}”后面缺少数值`, `"${pending.text}" is not followed by a number`);
  if (rangeStart) return problem("区间缺少上限", "the range has no upper end");
  return endsOf(readings, notes);
}

function endsOf(readings: Reading[], notes: ConditionNote[]): Condition | { problem: Message } {
  if (readings.length === 0) return problem("没有数值", "no number");
  if (readings.length === 1 && readings[0].side === null) {
    readings[0].side = "equal";
    readings[0].inclusive = true;
  }
  if (readings.some((r) => r.side === null)) return problem("数值的上下限看不懂", "cannot tell which end a number is");
  const lowers = readings.filter((r) => r.side === "lower" || r.side === "equal");
  const uppers = readings.filter((r) => r.side === "upper" || r.side === "equal");
  if (lowers.length > 1 || uppers.length > 1) return problem("数值太多，区间看不懂", "too many numbers for one range");
  const endPoint = (r: Reading | undefined): EndPoint | null =>
    r ? { raw: r.raw, percent: r.percent || (r.rangePartner?.percent ?? false), inclusive: r.inclusive } : null;
  return { lower: endPoint(lowers[0]), upper: endPoint(uppers[0]), notes };
}
