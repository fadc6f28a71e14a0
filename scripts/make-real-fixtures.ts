/**
 * Writes test/fixtures/real/<id>.xlsx from each transcribed table's JSON (values, merges, number formats), so a
 * person can try `npx jixiao check test/fixtures/real/`:
 *   npx ts-node --transpile-only scripts/make-real-fixtures.ts
 * The .xlsx files are committed; test/fixtures/realCorpus.files.test.ts fails when one no longer matches its JSON.
 */
import { join } from "path";
import { REAL_DIR, realTables } from "../test/fixtures/real";
import { writeXlsx } from "../test/fixtures/xlsx";

async function main(): Promise<void> {
  for (const table of realTables()) {
    const path = join(REAL_DIR, `${table.id}.xlsx`);
    await writeXlsx(path, [table.grid]);
    process.stdout.write(`${path}\n`);
  }
}

main();
