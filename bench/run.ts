/** Runs every bench/*.bench.ts suite (or those named on the command line) and prints its figures. */
import { readdirSync } from "fs";
import { join } from "path";
import { BenchSuite, formatFigure } from "./harness";

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  let missed = 0;
  for (const file of files) {
    const suite: BenchSuite = (await import(join(__dirname, file))).default;
    console.log(`\n${suite.title} (${file})`);
    for (const figure of await suite.run()) {
      console.log(formatFigure(figure));
      if (figure.met === false) missed++;
    }
  }
  console.log(missed === 0 ? "\nAll targets met." : `\n${missed} target(s) not met.`);
  // A missed target fails the command, so a regression cannot pass unseen; rerun on a quiet machine first.
  if (missed > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
