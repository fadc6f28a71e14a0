import { Band, Bound } from "../bands";
import { RuleIssue } from "./types";
import { showValue } from "./text";

/** An end as read from the text: inclusive null when the text does not say. */
export interface DraftBound {
  value: number;
  inclusive: boolean | null;
}

export interface DraftBand {
  label: string;
  lower: DraftBound | null;
  upper: DraftBound | null;
  score: { from: number; to: number };
}

type Side = "lower" | "upper";

/** True when the band says it holds v: inside it, or at an end it says it includes. */
function claims(band: DraftBand, v: number): boolean {
  const { lower, upper } = band;
  const aboveLower = !lower || v > lower.value || (v === lower.value && lower.inclusive === true);
  const belowUpper = !upper || v < upper.value || (v === upper.value && upper.inclusive === true);
  return aboveLower && belowUpper;
}

function silentAt(band: DraftBand, side: Side, v: number): boolean {
  const end = band[side];
  return end !== null && end.value === v && end.inclusive === null;
}

/** The other item, silent too, whose opposite end is where this silent, unclaimed end lies; null if none. */
function silentNeighbour(drafts: readonly DraftBand[], index: number, side: Side, end: DraftBound): DraftBand | null {
  const others = drafts.filter((_, i) => i !== index);
  if (others.some((b) => claims(b, end.value))) return null;
  const opposite: Side = side === "lower" ? "upper" : "lower";
  return others.find((b) => silentAt(b, opposite, end.value)) ?? null;
}

/**
 * Decides an end the text leaves open (`80%-90%` has no （含）). A lower end is included (含下限),
 * unless another item claims the number and this item marks its other end (`=0；0-10%(含)` gives 0 to
 * the first: the （含） on 10% says the 0 is not); an unmarked range keeps it, and two items claiming one
 * number is then refused when scored. An upper end is excluded when another item holds or starts at the
 * number (`80%-90%；90%以上`), and included at the top of the table (`90%-100%` holds 100%).
 */
function resolveEnd(drafts: readonly DraftBand[], index: number, side: Side): Bound | null {
  const draft = drafts[index];
  const end = draft[side];
  if (!end) return null;
  if (end.inclusive !== null) return { value: end.value, inclusive: end.inclusive };
  const others = drafts.filter((_, i) => i !== index);
  if (side === "lower") {
    const marked = draft.upper?.inclusive != null;
    return { value: end.value, inclusive: !(marked && others.some((b) => claims(b, end.value))) };
  }
  return { value: end.value, inclusive: !others.some((b) => claims(b, end.value) || silentAt(b, "lower", end.value)) };
}

/**
 * Reads a cascade of open bands (≥90%得满分；≥80%得2分；<60%…): an open band ends where an open band
 * of the same side, further along, begins, so the top band wins over the open band below it.
 */
function trimCascade(bands: readonly Band[]): Band[] {
  return bands.map((band) => {
    let { lower, upper } = band;
    for (const other of bands) {
      if (band.lower && !band.upper && other.lower && !other.upper && other.lower.value > band.lower.value) {
        if (!upper || other.lower.value < upper.value) upper = { value: other.lower.value, inclusive: !other.lower.inclusive };
      }
      if (band.upper && !band.lower && other.upper && !other.lower && other.upper.value < band.upper.value) {
        if (!lower || other.upper.value > lower.value) lower = { value: other.upper.value, inclusive: !other.upper.inclusive };
      }
    }
    return { ...band, lower, upper };
  });
}

export function resolveBands(drafts: readonly DraftBand[]): Band[] {
  return trimCascade(
    drafts.map((draft, i) => ({
      lower: resolveEnd(drafts, i, "lower"),
      upper: resolveEnd(drafts, i, "upper"),
      score: draft.score,
    })),
  );
}

/** The values two items both leave open, given to the upper item by 含下限不含上限 (see resolveEnd). */
const isPoint = (b: DraftBand) => !!b.lower && !!b.upper && b.lower.value === b.upper.value;

/**
 * Values the text gives to no clause for sure: where two neighbours are both silent (80%-90%；70%-80% at
 * 80%), and where a range is silent about its top end that a wider clause claims (5%-10%之间；10%以上).
 * A single value (100%:5分；90-100%:3分) holds its number unopposed.
 */
export function silentBoundaries(drafts: readonly DraftBand[]): number[] {
  return drafts.flatMap((draft, index) => {
    const { lower, upper } = draft;
    const both = lower && lower.inclusive === null && silentNeighbour(drafts, index, "lower", lower) ? [lower.value] : [];
    const claimed =
      upper && upper.inclusive === null && lower?.inclusive == null && drafts.some((b, i) => i !== index && !isPoint(b) && claims(b, upper.value));
    return claimed ? [...both, upper.value] : both;
  });
}

export function ambiguousBoundaryIssues(drafts: readonly DraftBand[], percent: boolean): RuleIssue[] {
  return drafts.flatMap((draft, index) => {
    const end = draft.lower;
    const neighbour = end && end.inclusive === null ? silentNeighbour(drafts, index, "lower", end) : null;
    if (!end || !neighbour) return [];
    const shown = showValue(end.value, percent);
    return [
      {
        kind: "ambiguous" as const,
        message: {
          zh: `第${draft.label}项和第${neighbour.label}项都没有写明${shown}归哪一项，${shown}无法计分`,
          en: `neither item ${draft.label} nor item ${neighbour.label} says which holds ${shown}; ${shown} cannot be scored`,
        },
        at: { from: end.value, to: end.value },
      },
    ];
  });
}

/** An interval of values, ends as in Band; null means unbounded. */
export interface Span {
  lower: Bound | null;
  upper: Bound | null;
}

function showSpan(span: Span, percent: boolean): string {
  const { lower, upper } = span;
  if (lower && upper && lower.value === upper.value) return showValue(lower.value, percent);
  const left = lower ? `${lower.inclusive ? "[" : "("}${showValue(lower.value, percent)}` : "(-∞";
  const right = upper ? `${showValue(upper.value, percent)}${upper.inclusive ? "]" : ")"}` : "+∞)";
  return `${left}, ${right}`;
}

/** The higher of two lower ends; at a tie the stricter one. */
function higherLower(a: Bound | null, b: Bound | null): Bound | null {
  if (!a || !b) return a ?? b;
  if (a.value !== b.value) return a.value > b.value ? a : b;
  return { value: a.value, inclusive: a.inclusive && b.inclusive };
}

function lowerUpper(a: Bound | null, b: Bound | null): Bound | null {
  if (!a || !b) return a ?? b;
  if (a.value !== b.value) return a.value < b.value ? a : b;
  return { value: a.value, inclusive: a.inclusive && b.inclusive };
}

function isEmpty({ lower, upper }: Span): boolean {
  if (!lower || !upper) return false;
  return lower.value > upper.value || (lower.value === upper.value && !(lower.inclusive && upper.inclusive));
}

/** True when some value lies in both spans. */
export function spansOverlap(a: Span, b: Span): boolean {
  return !isEmpty({ lower: higherLower(a.lower, b.lower), upper: lowerUpper(a.upper, b.upper) });
}

/** Values two items both claim: refused when scored, reported by the checks. */
export function overlapIssues(bands: readonly Band[], labels: readonly string[], percent: boolean): RuleIssue[] {
  const issues: RuleIssue[] = [];
  bands.forEach((a, i) =>
    bands.slice(i + 1).forEach((b, k) => {
      const shared = { lower: higherLower(a.lower, b.lower), upper: lowerUpper(a.upper, b.upper) };
      if (isEmpty(shared)) return;
      const j = i + 1 + k;
      const shown = showSpan(shared, percent);
      issues.push({
        kind: "overlap",
        message: {
          zh: `${shown}同时属于第${labels[i]}项和第${labels[j]}项，无法计分`,
          en: `${shown} belongs to both item ${labels[i]} and item ${labels[j]}; it cannot be scored`,
        },
        at: { from: shared.lower?.value ?? -Infinity, to: shared.upper?.value ?? Infinity },
      });
    }),
  );
  return issues;
}

/** Orders lower ends left to right: unbounded first, and at one value an inclusive end first. */
function compareLowerEnds(a: Bound | null, b: Bound | null): number {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  return a.value - b.value || (a.inclusive === b.inclusive ? 0 : a.inclusive ? -1 : 1);
}

/**
 * Values from 0 upwards that no band holds (rates, counts and amounts are not negative).
 * Sweeps the bands in order of their lower ends, keeping the first value not yet covered.
 */
export function gapSpans(bands: readonly Band[]): Span[] {
  const gaps: Span[] = [];
  // `next` is the first uncovered value; inclusive: the value itself is uncovered.
  let next: Bound | null = { value: 0, inclusive: true };
  for (const band of [...bands].sort((a, b) => compareLowerEnds(a.lower, b.lower))) {
    if (!next) break;
    const gap: Span = { lower: next, upper: band.lower ? { value: band.lower.value, inclusive: !band.lower.inclusive } : null };
    if (band.lower && !isEmpty(gap)) gaps.push(gap);
    if (!band.upper) next = null;
    else if (band.upper.value > next.value || (band.upper.value === next.value && band.upper.inclusive && next.inclusive)) {
      next = { value: band.upper.value, inclusive: !band.upper.inclusive };
    }
  }
  if (next) gaps.push({ lower: next, upper: null });
  return gaps;
}

export function gapIssues(bands: readonly Band[], percent: boolean): RuleIssue[] {
  return gapSpans(bands).map((gap) => {
    const shown = showSpan(gap, percent);
    return {
      kind: "gap" as const,
      message: { zh: `${shown}不属于任何一项，这些值无法计分`, en: `no item holds ${shown}; such values cannot be scored` },
    };
  });
}
