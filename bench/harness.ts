/**
 * The benchmark harness behind `npm run bench`. Machines here are shared and noisy, so every
 * figure is printed beside a baseline measured in the same run, never against a stored number.
 */
export interface Figure {
  /** What is measured, e.g. "JX.EXECRATESCORE scalar". */
  name: string;
  value: number;
  unit: string;
  /** The same work done the plainest way, measured in the same run. */
  baseline?: { name: string; value: number };
  /** The target, in words, e.g. "≥ 2,000,000 calls/s". */
  target?: string;
  /** Whether the target is met; undefined when there is no target. */
  met?: boolean;
}

export interface BenchSuite {
  title: string;
  run(): Promise<Figure[]> | Figure[];
}

/** Calls per second of fn over about `ms` milliseconds, after a warm-up. */
export function callsPerSecond(fn: () => unknown, ms = 400): number {
  const warmUntil = performance.now() + ms / 4;
  while (performance.now() < warmUntil) fn();
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 1000; i++) fn();
    calls += 1000;
    now = performance.now();
  }
  return (calls / (now - start)) * 1000;
}

/** The median wall time of `runs` runs of fn, in milliseconds, after one warm-up run. */
export async function medianMs(fn: () => unknown, runs = 7): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function formatFigure(f: Figure): string {
  const num = (v: number) => (v >= 100 ? Math.round(v).toLocaleString("en-US") : v.toFixed(2));
  const parts = [`${f.name}: ${num(f.value)} ${f.unit}`];
  if (f.baseline) parts.push(`baseline ${f.baseline.name}: ${num(f.baseline.value)} ${f.unit}`);
  if (f.target) parts.push(`target ${f.target}${f.met === undefined ? "" : f.met ? " — met" : " — NOT met"}`);
  return `  ${parts.join(" | ")}`;
}
