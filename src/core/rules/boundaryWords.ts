/**
 * The words that bound a number, shared by the two readers of written conditions: the 年度指标值 reader
 * (parseTarget: ≥90%, 不低于95%, 90%以上) and the 评分规则 reader (ruleText: 至少90%得8分). One list, so
 * that a word means the same in a target and in a rule.
 * Inclusivity follows 《民法典》第一千二百五十九条: 以上、以下、以内 include the number; 不满、超过、以外 exclude it.
 */
export interface BoundaryWord {
  text: string;
  /** lower: the number is where values start (≥, 以上); upper: where they end (≤, 以下); equal: = */
  side: "lower" | "upper" | "equal";
  inclusive: boolean;
  /** before: written before the number (≥90, 不低于90); after: after it (90以上). */
  place: "before" | "after";
  /** A sign (≥, <) rather than a word: after a number it makes that number the other end (80%≤x<90%). */
  symbol: boolean;
}

const words = (side: BoundaryWord["side"], inclusive: boolean, place: BoundaryWord["place"], texts: string[], symbol = false) =>
  texts.map((text): BoundaryWord => ({ text, side, inclusive, place, symbol }));

/** Longest first, so that 不小于 wins over 小于, 至少 over the 至 of a range, >= over >. */
export const BOUNDARY_WORDS: readonly BoundaryWord[] = [
  ...words("lower", true, "before", ["≥", ">=", "≧", "⩾"], true),
  ...words("lower", false, "before", [">"], true),
  ...words("upper", true, "before", ["≤", "<=", "≦", "⩽"], true),
  ...words("upper", false, "before", ["<"], true),
  ...words("equal", true, "before", ["==", "="], true),
  ...words("lower", true, "before", [
    "大于等于", "大于或等于", "高于或等于", "不低于", "不少于", "不小于", "不得低于", "不得少于", "不应低于", "不应少于",
    "达到", "至少",
  ]),
  ...words("lower", false, "before", ["大于", "高于", "超过", "超出", "多于"]),
  ...words("upper", true, "before", [
    "小于等于", "小于或等于", "不超过", "不高于", "不大于", "不多于", "不得超过", "不得高于", "不应超过", "至多",
  ]),
  ...words("upper", false, "before", ["小于", "低于", "少于", "不到", "不满", "不足", "未达到", "未满"]),
  ...words("equal", true, "before", ["等于"]),
  ...words("lower", true, "after", ["及以上", "或以上", "以上"]),
  ...words("upper", true, "after", ["及以下", "或以下", "以下", "以内"]),
  ...words("lower", false, "after", ["以外"]),
].sort((a, b) => b.text.length - a.text.length);
