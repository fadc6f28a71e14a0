/**
 * The product measured against real 评分规则 texts (test/fixtures/rules, issue 10). Each case goes
 * through the JX function specs exactly as Excel calls them (invoke → RULESCORE / RULEPOINTS), so the
 * value is read as typed ("95%", "是") and the score comes from the same core entry points.
 * A wrong number is worse than no number: zero are allowed. A refusal must say which clause it is about.
 */
import { JxError } from "../../../src/core/errors";
import { invoke } from "../../../src/functions/invoke";
import { JX } from "../../../src/functions/jxFunctions";
import { CorpusRule, loadRuleCorpus, PointsCase, ScoreCase } from "../../fixtures/rules";

const TOLERANCE = 0.005;
const REQUIRED_RIGHT = 0.85;

type Outcome = "right" | "refused" | "wrong";

interface Run {
  rule: CorpusRule;
  index: number;
  /** The decided answer: a score (or points), or undefined when the case must be refused. */
  expected: number | undefined;
  result: number | string | JxError;
  outcome: Outcome;
}

function call(rule: CorpusRule, c: ScoreCase | PointsCase): number | string | JxError {
  const args = rule.function === "RULEPOINTS" ? [rule.text] : [(c as ScoreCase).value, rule.text, (c as ScoreCase).weight ?? null];
  return invoke(JX[rule.function], (e) => e, ...args)[0][0];
}

function expectedOf(rule: CorpusRule, c: ScoreCase | PointsCase): number | undefined {
  if (c.refuse) return undefined;
  return rule.function === "RULEPOINTS" ? (c as PointsCase).points : (c as ScoreCase).score;
}

function judge(expected: number | undefined, result: number | string | JxError): Outcome {
  if (result instanceof JxError) return "refused";
  if (typeof result !== "number" || expected === undefined) return "wrong";
  return Math.abs(result - expected) <= TOLERANCE ? "right" : "wrong";
}

/** A refusal quotes the clause: some run of the rule text (5 characters, or all of a shorter text) appears in the message. */
function quotesRule(message: string, text: string): boolean {
  const squeeze = (s: string) => s.replace(/\s+/g, "");
  const m = squeeze(message);
  const t = squeeze(text);
  const k = Math.min(5, t.length);
  for (let i = 0; i + k <= t.length; i++) if (m.includes(t.slice(i, i + k))) return true;
  return false;
}

const quotesBoth = (e: JxError, text: string): boolean => Boolean(e.text.zh && e.text.en && quotesRule(e.text.zh, text) && quotesRule(e.text.en, text));

const corpus = loadRuleCorpus();
const rules = corpus.flatMap((d) => d.rules);
const runs: Run[] = rules.flatMap((rule) =>
  rule.cases.map((c, index) => {
    const expected = expectedOf(rule, c);
    const result = call(rule, c);
    return { rule, index, expected, result, outcome: judge(expected, result) };
  }),
);

const describeCase = (r: Run) => {
  const c = r.rule.cases[r.index] as ScoreCase;
  const input = r.rule.function === "RULEPOINTS" ? "RULEPOINTS" : `value ${JSON.stringify(c.value)}${c.weight === undefined ? "" : `, weight ${c.weight}`}`;
  const got = r.result instanceof JxError ? `#${r.result.code}` : String(r.result);
  return `${r.rule.id} [${r.rule.family}] ${input}: expected ${r.expected ?? "refusal"}, got ${got}`;
};

afterAll(() => {
  const families = new Map<string, Record<Outcome, number>>();
  for (const r of runs) {
    const row = families.get(r.rule.family) ?? { right: 0, refused: 0, wrong: 0 };
    row[r.outcome]++;
    families.set(r.rule.family, row);
  }
  const scorable = runs.filter((r) => r.expected !== undefined);
  const right = scorable.filter((r) => r.outcome === "right").length;
  const lines = [...families]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([f, n]) => `${f.padEnd(14)} right ${n.right}  refused ${n.refused}  wrong ${n.wrong}`);
  const wrong = runs.filter((r) => r.outcome === "wrong").map(describeCase);
  const unquoted = runs.filter((r) => r.result instanceof JxError && !quotesBoth(r.result, r.rule.text)).length;
  console.log(
    [
      `rule corpus: ${corpus.length} documents, ${rules.length} rules (${rules.filter((r) => r.scorable).length} scorable), ${runs.length} cases`,
      `scorable cases right: ${right}/${scorable.length} (${((100 * right) / Math.max(1, scorable.length)).toFixed(1)}%)`,
      `cases: right ${runs.filter((r) => r.outcome === "right").length}  refused ${runs.filter((r) => r.outcome === "refused").length}  wrong ${wrong.length}`,
      `refusals that do not quote the clause (zh and en): ${unquoted}`,
      ...lines,
      ...(wrong.length ? ["wrong numbers:", ...wrong] : []),
    ].join("\n"),
  );
});

describe("the rule corpus itself", () => {
  it("holds at least 150 real rule texts, each with its source", () => {
    expect(rules.length).toBeGreaterThanOrEqual(150);
    // A stored copy without an address is named by its title (real-world-corpora.md).
    for (const d of corpus) {
      expect(d.source.title.length).toBeGreaterThan(0);
      if (d.source.url !== null) expect(d.source.url).toMatch(/^https?:\/\//);
    }
  });

  it("names every rule uniquely after its document", () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of corpus) for (const r of d.rules) expect(r.id.startsWith(`${d.id}-`)).toBe(true);
  });

  it("decides every case as a score or a refusal, and refuses every case of an unscorable text", () => {
    for (const r of rules) {
      expect(r.cases.length).toBeGreaterThan(0);
      for (const c of r.cases) expect(c.refuse === true).toBe(expectedOf(r, c) === undefined);
      if (!r.scorable) expect(r.cases.every((c) => c.refuse)).toBe(true);
    }
  });
});

describe("the product on the rule corpus", () => {
  it("never returns a wrong number", () => {
    expect(runs.filter((r) => r.outcome === "wrong").map(describeCase)).toEqual([]);
  });

  it(`scores at least ${REQUIRED_RIGHT * 100}% of the scorable cases right`, () => {
    const scorable = runs.filter((r) => r.expected !== undefined);
    const right = scorable.filter((r) => r.outcome === "right").length;
    expect(right / scorable.length).toBeGreaterThanOrEqual(REQUIRED_RIGHT);
  });

  it("quotes the rule's clause in Chinese and English whenever it refuses", () => {
    const silent = runs
      .filter((r) => r.result instanceof JxError)
      .filter((r) => !quotesBoth(r.result as JxError, r.rule.text))
      .map((r) => `${describeCase(r)}: ${(r.result as JxError).text.zh}`);
    expect(silent).toEqual([]);
  });
});
