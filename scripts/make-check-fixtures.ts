/**
 * Writes the tables the check tests use as .xlsx files, to try `jixiao check` by hand:
 *   npx ts-node --transpile-only scripts/make-check-fixtures.ts <folder>
 * The tests build the same files on the fly from test/fixtures, so nothing generated is committed.
 */
import { promises as fs } from "fs";
import { join } from "path";
import { mofGrid, PER_ROW_CASE, TOWN_FORM, TOWN_FORM_CLEAN } from "../test/fixtures/mof";
import { seedGrid } from "../test/fixtures/seed";
import { withCell } from "../test/fixtures/tables";
import { writeXlsx } from "../test/fixtures/xlsx";

const FIXTURES = {
  "seed-clean.xlsx": [seedGrid({ sheet: "指标评分表" })],
  "seed-subtotal-wrong.xlsx": [withCell(seedGrid({ sheet: "指标评分表" }), "F12", 35)],
  "town-form-funds-0.xlsx": [mofGrid(TOWN_FORM)],
  "town-form-clean.xlsx": [mofGrid(TOWN_FORM_CLEAN)],
  "per-row-case.xlsx": [mofGrid(PER_ROW_CASE)],
};

async function main(folder: string | undefined): Promise<void> {
  if (!folder) {
    process.stderr.write("用法：npx ts-node --transpile-only scripts/make-check-fixtures.ts <文件夹>\n");
    process.exit(2);
  }
  await fs.mkdir(folder, { recursive: true });
  for (const [name, grids] of Object.entries(FIXTURES)) {
    await writeXlsx(join(folder, name), grids);
    process.stdout.write(`${join(folder, name)}\n`);
  }
}

main(process.argv[2]);
