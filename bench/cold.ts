/**
 * Run by coldMs in a fresh process: `cold.ts <suite file> <case>` sets the case up untimed, times its
 * first call and prints {"ms": …}.
 */
import { ColdCases } from "./harness";

async function main(): Promise<void> {
  const [file, name] = process.argv.slice(2);
  const cases: ColdCases = (await import(file)).cold;
  const call = cases[name]();
  const start = performance.now();
  await call();
  console.log(JSON.stringify({ ms: performance.now() - start }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
