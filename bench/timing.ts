/**
 * Calls per second of a function against its baseline: no Node or DOM imports, so that the same code times the
 * custom functions in Node (functions.bench.ts) and in Chromium (functions-browser.bench.ts).
 */

/** How many varying inputs a per-call figure cycles through: a function is called on the i-th, i < INPUTS. */
export const INPUTS = 1024;

/** Calls fn on input after input for `ms` milliseconds (at least one batch of 100); returns calls per millisecond. */
function callsPerMs(fn: (input: number) => unknown, ms: number): number {
  let calls = 0;
  const start = performance.now();
  let now = start;
  do {
    for (let i = 0; i < 100; i++) fn((calls + i) & (INPUTS - 1));
    calls += 100;
    now = performance.now();
  } while (now - start < ms);
  return calls / (now - start);
}

// The timing loop's call site has seen many functions before any is timed, so V8 inlines none into it: each
// function and each baseline is timed as a call of its own, as Excel's runtime calls a custom function, and
// the first function timed is timed like the rest (a site that had seen only it and its baseline would inline
// both into one body, under one inlining budget).
for (const stand of [() => 0, () => 1, () => 2, () => 3, () => 4]) callsPerMs(stand, 0);

/**
 * Calls per second of fn and of its baseline on the same varying inputs, measured in alternating slices of a
 * few milliseconds after a warm-up, so a change in the machine's load falls on both alike.
 */
export function compareRates(fn: (input: number) => unknown, baseline: (input: number) => unknown, ms = 600): { value: number; baseline: number } {
  callsPerMs(fn, ms / 4);
  callsPerMs(baseline, ms / 4);
  const slices = Math.max(10, Math.round(ms / 10));
  const fnRates: number[] = [];
  const baseRates: number[] = [];
  for (let i = 0; i < slices; i++) {
    fnRates.push(callsPerMs(fn, 5));
    baseRates.push(callsPerMs(baseline, 5));
  }
  return { value: median(fnRates) * 1000, baseline: median(baseRates) * 1000 };
}

/** The middle of a list of figures (the upper middle of an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
