/**
 * The benchmark harness behind `npm run bench`. Machines here are shared and noisy, so every
 * figure is printed beside a baseline measured in the same run, never against a stored number,
 * and each target is shown as a ratio (at most 1 meets it).
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { median } from "./timing";

export interface Figure {
  /** What is measured, e.g. "JX.EXECRATESCORE scalar". */
  name: string;
  value: number;
  unit: string;
  /** The same work done the plainest way, measured in the same run. */
  baseline?: { name: string; value: number };
  /** The target, in words, e.g. "< 100 ms". */
  target?: string;
  /** Whether the target is met; undefined when there is no target. */
  met?: boolean;
  /** How far the figure is from its target, e.g. "0.42 of the limit" or "3.1× the baseline's time, limit 5×". */
  ratio?: string;
}

export interface BenchSuite {
  title: string;
  run(): Promise<Figure[]> | Figure[];
}

/**
 * What a suite can have measured in a fresh Node process: by name, an untimed setup that returns the
 * call whose first run is timed.
 */
export type ColdCases = Record<string, () => () => unknown>;

/** A time that must stay under `limit` ms. */
export function under(ms: number, limit: number): Pick<Figure, "target" | "met" | "ratio"> {
  return { target: `< ${limit} ms`, met: ms < limit, ratio: `${(ms / limit).toFixed(2)} of the limit` };
}

/** A count (syncs, calls) at most `limit`. */
export function atMost(value: number, limit: number, unit: string): Pick<Figure, "target" | "met" | "ratio"> {
  return { target: `≤ ${limit} ${unit}`, met: value <= limit, ratio: `${(value / limit).toFixed(2)} of the limit` };
}

/** A rate at least `limit` per second. */
export function atLeast(rate: number, limit: number, unit: string): Pick<Figure, "target" | "met" | "ratio"> {
  return { target: `≥ ${limit.toLocaleString("en-US")} ${unit}`, met: rate >= limit, ratio: `${(limit / rate).toFixed(2)} of the limit` };
}

/** A rate at most `times` slower than its baseline's. */
export function withinTimes(rate: number, baselineRate: number, times: number): Pick<Figure, "target" | "met" | "ratio"> {
  const slower = baselineRate / rate;
  return { target: `≤ ${times}× the baseline's time`, met: slower <= times, ratio: `${slower.toFixed(2)}× the baseline's time` };
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
  return median(times);
}

/**
 * The first call's wall time in a fresh Node process, before the JIT has seen the code: what Excel pays
 * on a workbook's first calculation and `jixiao check` on its first sheet. `suiteFile` exports `cold`.
 */
export function coldMs(suiteFile: string, name: string): number {
  const out = execFileSync(process.execPath, ["-r", require.resolve("ts-node/register/transpile-only"), join(__dirname, "cold.ts"), suiteFile, name], {
    cwd: join(__dirname, ".."),
    encoding: "utf8",
  });
  return Number(JSON.parse(out.trim().split("\n").pop() ?? "").ms);
}

/**
 * The first call of a compiled module's export on an argument read from JSON, timed in a fresh plain Node
 * process: the code as it ships (lib/, what jixiao runs), without the TypeScript compiler ts-node keeps in
 * the heap, whose garbage would fall on the timed call.
 */
export function coldCompiledMs(modulePath: string, exportName: string, argument: unknown): number {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-cold-"));
  try {
    const input = join(dir, "argument.json");
    writeFileSync(input, JSON.stringify(argument));
    const script = [
      "const [modulePath, exportName, input] = process.argv.slice(1);",
      "const fn = require(modulePath)[exportName];",
      "const argument = JSON.parse(require('fs').readFileSync(input, 'utf8'));",
      "const start = performance.now();",
      "fn(argument);",
      "console.log(JSON.stringify({ ms: performance.now() - start }));",
    ].join("\n");
    const out = execFileSync(process.execPath, ["-e", script, modulePath, exportName, input], { encoding: "utf8" });
    return Number(JSON.parse(out.trim().split("\n").pop() ?? "").ms);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatFigure(f: Figure): string {
  const num = (v: number) => (v >= 100 ? Math.round(v).toLocaleString("en-US") : v.toFixed(2));
  const parts = [`${f.name}: ${num(f.value)} ${f.unit}`];
  if (f.baseline) parts.push(`baseline ${f.baseline.name}: ${num(f.baseline.value)} ${f.unit}`);
  if (f.target) {
    const ratio = f.ratio ? `: ${f.ratio}` : "";
    parts.push(`target ${f.target}${ratio}${f.met === undefined ? "" : f.met ? " — met" : " — NOT met"}`);
  }
  return `  ${parts.join(" | ")}`;
}
