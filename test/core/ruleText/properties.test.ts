import fc from "fast-check";
import { JxError } from "../../../src/core/errors";
import { checklistItems, parseRuleText, ruleScore } from "../../../src/core/ruleText";

/** Pieces of real rule texts, so that generated strings reach deep into the parser. */
const PIECES = [
  "①",
  "②",
  "③",
  "1.",
  "(1)",
  "（含）",
  "(不含)",
  "%",
  "％",
  "-",
  "～",
  "至",
  "到",
  "及以上",
  "以上",
  "以下",
  "以内",
  "以外",
  "不到",
  "不满",
  "不足",
  "超过",
  "大于",
  "小于",
  "高于",
  "低于",
  "≥",
  "<=",
  "=",
  "得",
  "分",
  "计",
  "不得分",
  "满分",
  "每超过一个百分点扣0.5分",
  "扣完为止",
  "每出现一例",
  "扣",
  "；",
  "，",
  "。",
  " ",
  "\n",
  "预算执行率",
  "在",
  "（参考分值区间）",
  "其中：",
  "90",
  "80",
  "0.5",
  "6-8",
  "1",
  "0",
  "十",
  "两",
  "其余",
  "否则",
  "（含80%）",
];

const ruleLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 24 }).map((p) => p.join(""));
/** Band clauses built from the vocabulary: [word] n[%][word][(含)][-m[%]] 得 s[-t]分. */
const number = fc.tuple(fc.integer({ min: 0, max: 120 }), fc.boolean()).map(([n, p]) => `${n}${p ? "%" : ""}`);
const clause = fc
  .tuple(
    fc.constantFrom("", "≥", "大于", "低于", "不到", "超过", "在"),
    number,
    fc.constantFrom("", "以上", "以下", "及以上", "以内", "（含）"),
    fc.option(number, { nil: undefined }),
    fc.constantFrom("得8分", "6-8分", "不得分", "计5分", "得满分", "4～6分"),
  )
  .map(([before, n, after, m, score]) => `${before}${n}${after}${m === undefined ? "" : `-${m}`}${score}`);
const bandLike = fc.array(fc.oneof(clause, fc.constant("其余不得分")), { minLength: 1, maxLength: 5 }).map((c) => c.join("；"));
const anyText = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), ruleLike, bandLike);

describe("properties", () => {
  it("parseRuleText never throws and always says why it found no rule", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const rule = parseRuleText(text);
        if (rule.kind === "unreadable") expect(rule.issues.length).toBeGreaterThan(0);
        for (const issue of rule.issues) {
          expect(issue.message.zh.length).toBeGreaterThan(0);
          expect(issue.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("ruleScore throws nothing but JxError, and a score lies in its interval", () => {
    const value = fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1.5, noNaN: true }));
    const weight = fc.option(fc.double({ min: -1, max: 100 }), { nil: undefined });
    fc.assert(
      fc.property(anyText, value, weight, (text, v, w) => {
        const rule = parseRuleText(text);
        try {
          const { score, min, max } = ruleScore(rule, v, w);
          expect(Number.isFinite(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(min);
          expect(score).toBeLessThanOrEqual(max);
        } catch (e) {
          expect(e).toBeInstanceOf(JxError);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("checklistItems never throws and its total is the sum of its items", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const list = checklistItems(text);
        const sum = list.items.reduce((s, i) => s + i.points, 0);
        expect(list.total).toBeCloseTo(sum, 2);
      }),
      { numRuns: 3000 },
    );
  });

  it("a band rule written from random bands scores each band's own value", () => {
    const bounds = fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 2, maxLength: 6 }).map((xs) => xs.sort((a, b) => b - a));
    fc.assert(
      fc.property(bounds, (edges) => {
        // 90%(含)以上得5分；80%(含)-90%得4分；… one point less per band.
        const texts = edges.map((e, i) => (i === 0 ? `${e}%(含)以上得${edges.length}分` : `${e}%(含)-${edges[i - 1]}%得${edges.length - i}分`));
        const rule = parseRuleText(texts.join("；"));
        expect(rule.kind).toBe("bands");
        edges.forEach((e, i) => expect(ruleScore(rule, e / 100).score).toBe(edges.length - i));
        expect(rule.issues.filter((i) => i.kind !== "gap")).toEqual([]);
      }),
    );
  });

  describe("a rule written in any of its equivalent spellings scores the same (issue 10)", () => {
    /** Ways to write "at least t%", each read by 《民法典》第1259条 or the sign. */
    const atLeast = ["≥{t}%", "{t}%以上", "{t}%及以上", "不低于{t}%", "大于等于{t}%", "{t}%(含)以上", "至少{t}%", "达到{t}%"];
    const below = ["低于{t}%", "<{t}%", "不到{t}%", "不足{t}%", "不满{t}%"];
    const scored = ["得{s}分", "计{s}分", "{s}分", "({s})", "得{s}"];
    const nothing = ["不得分", "得0分", "计0分"];
    const separators = ["；", ";", "，", "。"];
    /** Full width, as a Chinese IME types it: ０-９, ％, （）, ；, ≥ stays. */
    const fullWidth = (text: string) => text.replace(/[0-9%();,.<]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

    const spelling = fc.record({
      atLeast: fc.constantFrom(...atLeast),
      below: fc.constantFrom(...below),
      scored: fc.constantFrom(...scored),
      nothing: fc.constantFrom(...nothing),
      separator: fc.constantFrom(...separators),
      wide: fc.boolean(),
    });
    type Spelling = typeof spelling extends fc.Arbitrary<infer S> ? S : never;

    /** A cascade ≥t1 s1；≥t2 s2；…；<tk 0, thresholds falling and scores falling with them. */
    const cascade = fc
      .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 4 })
      .map((ts) => ts.sort((a, b) => b - a))
      .chain((ts) => fc.tuple(fc.constant(ts), fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { minLength: ts.length, maxLength: ts.length })))
      .map(([ts, ss]) => ({ thresholds: ts, scores: ss.sort((a, b) => b - a) }));

    function write({ thresholds, scores }: { thresholds: number[]; scores: number[] }, s: Spelling): string {
      const clauses = thresholds.map((t, i) => s.atLeast.replace("{t}", String(t)) + s.scored.replace("{s}", String(scores[i])));
      const last = thresholds[thresholds.length - 1];
      const text = [...clauses, s.below.replace("{t}", String(last)) + s.nothing].join(s.separator);
      return s.wide ? fullWidth(text) : text;
    }

    const outcome = (text: string, value: number) => {
      try {
        return ruleScore(parseRuleText(text), value).score;
      } catch (e) {
        if (e instanceof JxError) return "refused";
        throw e;
      }
    };

    it("scores every value the same in two spellings of one cascade, and the right band's points", () => {
      fc.assert(
        fc.property(cascade, spelling, spelling, fc.integer({ min: 0, max: 120 }), (rule, a, b, percent) => {
          const value = percent / 100;
          const first = outcome(write(rule, a), value);
          expect(outcome(write(rule, b), value)).toBe(first);
          const band = rule.thresholds.findIndex((t) => percent >= t);
          expect(first).toBe(band < 0 ? 0 : rule.scores[band]);
        }),
        { numRuns: 2000 },
      );
    });
  });
  it("scores a deduction alike in its equivalent spellings", () => {
    const start = ["≤{t}%得满分", "{t}%以下(含)计满分", "不超过{t}%的得满分", "{t}%及以下得满分"];
    const step = ["每超过一个百分点扣{p}分", "每超过1个百分点扣{p}分", "每超出1%扣{p}分", "每高于1个百分点,扣{p}分", "每超过1%，扣减{p}分"];
    const end = ["", "，扣完为止", "，扣完为止。", ",扣至0分为止"];
    const spelling = fc.tuple(fc.constantFrom(...start), fc.constantFrom(...step), fc.constantFrom(...end), fc.constantFrom("；", "，", ";"));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.constantFrom(0.5, 1, 2), spelling, spelling, fc.integer({ min: 0, max: 100 }), (t, p, a, b, percent) => {
        const write = ([s, d, e, sep]: [string, string, string, string]) => `${s.replace("{t}", String(t))}${sep}${d.replace("{p}", String(p))}${e}`;
        const value = percent / 100;
        const first = ruleScore(parseRuleText(write(a)), value, 10).score;
        expect(ruleScore(parseRuleText(write(b)), value, 10).score).toBe(first);
        expect(first).toBe(Math.max(0, Math.round((10 - p * Math.max(0, percent - t)) * 100) / 100));
      }),
      { numRuns: 1000 },
    );
  });
});
