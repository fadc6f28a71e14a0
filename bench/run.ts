/**
 * Runs every bench/*.bench.ts suite (or those named on the command line) and prints its figures. Each suite runs in
 * a fresh Node process: its figures then do not depend on what the suites before it compiled or left in the heap
 * (JX.EXECRATESCORE's per-cell figure, 3.9–4.5× on its own, measured up to 5.1× after the table-check suite), and
 * `npm run bench -- name` prints what the full run prints.
 */
import { fork } from "child_process";
import { readdirSync } from "fs";
import { join } from "path";
import { BenchSuite, formatFigure } from "./harness";

/** What a suite's process tells the runner when it has printed its figures. */
interface SuiteReport {
  missed: number;
}

/** In a suite's own process: runs it, prints its figures, and reports how many targets it missed. */
async function runSuite(file: string): Promise<void> {
  const suite: BenchSuite = (await import(join(__dirname, file))).default;
  console.log(`\n${suite.title} (${file})`);
  let missed = 0;
  for (const figure of await suite.run()) {
    console.log(formatFigure(figure));
    if (figure.met === false) missed++;
  }
  process.send?.({ missed } satisfies SuiteReport);
}

/** The suite's process: its report, or null when it ended without one (it failed; its error is on stderr). */
function suiteProcess(file: string): Promise<SuiteReport | null> {
  return new Promise((done) => {
    let report: SuiteReport | null = null;
    const child = fork(join(__dirname, "../scripts/bench.js"), ["--suite", file], { stdio: "inherit" });
    child.on("message", (message: SuiteReport) => (report = message));
    child.on("exit", () => done(report));
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--suite") return runSuite(args[1]);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => args.length === 0 || args.some((o) => f.includes(o)))
    .sort();
  let missed = 0;
  const failed: string[] = [];
  for (const file of files) {
    const report = await suiteProcess(file);
    if (report === null) failed.push(file);
    else missed += report.missed;
  }
  if (failed.length > 0) console.log(`\nFailed to run: ${failed.join(", ")}.`);
  console.log(missed === 0 ? "\nAll targets met." : `\n${missed} target(s) not met.`);
  // A missed target or a failed suite fails the command, so a regression cannot pass unseen; rerun on a quiet machine first.
  if (missed > 0 || failed.length > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
