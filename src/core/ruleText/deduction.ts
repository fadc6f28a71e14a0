import { fail, Message } from "../errors";
import { chineseCount, parseNumberText } from "../numbers";
import { clampScore, roundHalfUp } from "../round";
import { showValue } from "./text";
import { Deduction, DeductionStep, RuleScore } from "./types";

export type Direction = "above" | "below" | "both" | "count";

/** A deduction clause as written, before the rule supplies its threshold and base. */
export interface DeductionText extends DeductionStep {
  direction: Direction;
  percent: boolean;
  /** The clause as written, for messages. */
  text: string;
  /** Its own condition written before it (“三公经费”>0,每超过…), or "" when none. */
  condition: string;
}

const ABOVE = ["超过", "超出", "高于", "多于", "增加", "延误", "延期", "推迟", "逾期", "上升", "增长", "高", "多"];
const BELOW = ["低于", "少于", "不足", "减少", "下降", "降低", "未完成", "未达到", "少完成", "低", "少"];
const BOTH = ["相差", "偏离", "偏差", "误差"];
/** A count of cases, or of days or years late (每迟报一天: the value is the number of days). */
const COUNT = ["出现", "发生", "发现", "有", "迟报送", "迟报", "迟交", "滞后", "迟", "缺"];
/** Longest first, so that 低于 is not read as 低. */
const VERBS = [...ABOVE, ...BELOW, ...BOTH, ...COUNT].sort((a, b) => b.length - a.length);
// A remark in brackets may stand before the cap: 每3个扣1分（重复的错别字不计），最多扣3分.
const CAP = "(?:(?:\\([^()\\d]*\\))?,?(?:扣完为止|扣完(\\d+(?:\\.\\d+)?)分为止|扣完即止|扣完该项分值为止|扣完本项分值为止|扣至0分为止|扣满(\\d+(?:\\.\\d+)?)分为止|最多扣(\\d+(?:\\.\\d+)?)分|最高扣(\\d+(?:\\.\\d+)?)分|扣分不超过(\\d+(?:\\.\\d+)?)分))?";
const DEDUCTION = new RegExp(
  // 每…扣, or 一项…扣 (签订责任书一项不符扣1分: one case, so a count).
  `([^;。,分()]*?,?)(?:每|(?=一[项处例次个家所人]))(${VERBS.join("|")})?(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+)?个?` +
    `(百分点|%|例|次|项|起|件|人次|人|天|日|处|家|个|年|月)?([^;。扣减()]*?),?(?:扣减?|减)(\\d+(?:\\.\\d+)?)(分|%)${CAP}`,
  "g",
);

/** The size of one step as written (一个, 1个, 3); none written means one. */
function quantity(written: string | undefined): number | null {
  if (written === undefined) return 1;
  return parseNumberText(written) ?? chineseCount(written);
}

function directionOf(verb: string | undefined): Direction {
  if (verb && ABOVE.includes(verb)) return "above";
  if (verb && BELOW.includes(verb)) return "below";
  if (verb && BOTH.includes(verb)) return "both";
  return "count";
}

/**
 * Finds the per-step deductions (每超过一个百分点扣0.5分，扣完为止；每出现一例不符合要求的扣1分；
 * 每相差3%，扣1分，扣满15分为止) and returns the text without them. A step in percentage points is a
 * step of 0.01 in the rate. A step it cannot read (an unknown verb before a number, 每1个百分点 with no
 * direction) is a problem, quoting the clause.
 */
export function findDeductions(text: string): { deductions: DeductionText[]; rest: string; problems: Message[] } {
  const deductions: DeductionText[] = [];
  const problems: Message[] = [];
  const rest = text.replace(DEDUCTION, (whole: string, condition: string, verb: string | undefined, written: string | undefined, unit: string | undefined, between: string, perStep: string, perUnit: string, ...caps: unknown[]) => {
    const clause = whole.slice(condition.length);
    const percent = unit === "百分点" || unit === "%";
    const direction = directionOf(verb);
    const count = quantity(written);
    if (count === null || count <= 0 || /[\d一二两三四五六七八九十]/.test(between) || (percent && direction === "count")) {
      problems.push({ zh: `看不懂扣分的步长“${clause}”`, en: `cannot read the deduction step "${clause}"` });
    } else {
      const cap = caps.slice(0, 5).find((c): c is string => typeof c === "string");
      deductions.push({
        direction,
        step: percent ? count / 100 : count,
        perStep: parseNumberText(perStep) as number,
        ofBase: perUnit === "%",
        cap: cap === undefined ? null : (parseNumberText(cap) as number),
        percent,
        text: clause,
        condition: condition.replace(/^[,;:、。]+|[,;:、。]+$/g, ""),
      });
    }
    return "";
  });
  return { deductions, rest, problems };
}

/** The count of a 每出现一例 rule: a whole number of at least 0. */
function requireCount(value: number, percent: boolean): number {
  if (!Number.isInteger(value) || value < 0) {
    const shown = showValue(value, percent);
    fail("num", `次数应为不小于0的整数，而不是${shown}`, `the count must be a whole number of at least 0, not ${shown}`);
  }
  return value;
}

/** The clause that applies to a value and how many of its steps the value lies past the start. */
function stepsPast(d: Deduction, value: number, percent: boolean, start: number | null): { step: DeductionStep | null; steps: number } {
  if (d.count) return { step: d.count, steps: requireCount(value, percent) / d.count.step };
  if (start === null) {
    const shown = showValue(value, percent);
    return fail(
      "na",
      `规则没有写明从哪个数值起扣分（如“不超过5%得满分”），无法为${shown}计分`,
      `the rule does not say where the deduction starts (e.g. 不超过5%得满分), so ${shown} cannot be scored`,
    );
  }
  const step = value > start ? d.above : d.below;
  if (!step) return { step, steps: 0 };
  // Rounding to 9 places removes binary noise: (0.07 − 0.05) / 0.01 is 2.0000000000000004.
  return { step, steps: roundHalfUp(Math.abs(value - start) / step.step, 9) };
}

/**
 * Where the deduction starts: the text's own threshold, else the one given by the caller (the row's
 * 年度指标值 when the text says only 每超过一个百分点扣0.5分). The text wins: it is the rule as written.
 */
function startOf(d: Deduction, given: number | null | undefined): number | null {
  if (d.threshold !== null || given === null || given === undefined) return d.threshold;
  if (!Number.isFinite(given)) fail("num", `起扣值应为有限的数，而不是${given}`, `the starting value must be a finite number, not ${given}`);
  return given;
}

/**
 * Scores by deduction. A part of a step is deducted in proportion; since the text may mean whole
 * steps only, min and max give the scores with the part counted as a whole step or not at all.
 * `base` is the score before any deduction, the weight already put in for 得满分.
 */
export function deductionScore(d: Deduction, base: number, value: number, percent: boolean, start?: number | null): RuleScore {
  const { step, steps } = stepsPast(d, value, percent, startOf(d, start));
  const after = (n: number) => {
    // 扣15%: a share of the score deductions start from.
    const deducted = step ? (step.ofBase ? (base * step.perStep) / 100 : step.perStep) * n : 0;
    return roundHalfUp(clampScore(base - Math.min(deducted, step?.cap ?? Infinity), base));
  };
  return { score: after(steps), min: after(Math.ceil(steps)), max: after(Math.floor(steps)) };
}
