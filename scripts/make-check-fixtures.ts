/**
 * Writes the tables the check tests use as .xlsx files, and the hostile batch (zip bombs, a million rows,
 * a far cell, missing parts, control characters, a GBK name …) in hostile/, to try `jixiao check` by hand:
 *   npx ts-node --transpile-only scripts/make-check-fixtures.ts <folder>
 *   npx jixiao check <folder>            # and: npx jixiao check --format csv <folder>/hostile > 汇总.csv
 * The tests build the same files on the fly from test/fixtures, so nothing generated is committed.
 */
import { promises as fs } from "fs";
import { join } from "path";
import { mofGrid, PER_ROW_CASE, TOWN_FORM, TOWN_FORM_CLEAN } from "../test/fixtures/mof";
import { seedGrid } from "../test/fixtures/seed";
import { withCell } from "../test/fixtures/tables";
import { writeXlsx } from "../test/fixtures/xlsx";
import { writeHostileBatch } from "../test/xlsx/hostile";

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
    process.exitCode = 2;
    return;
  }
  await fs.mkdir(join(folder, "hostile"), { recursive: true });
  for (const [name, grids] of Object.entries(FIXTURES)) {
    await writeXlsx(join(folder, name), grids);
    process.stdout.write(`${join(folder, name)}\n`);
  }
  for (const file of await writeHostileBatch(join(folder, "hostile"))) process.stdout.write(`${file.shown}\n`);
}

main(process.argv[2]);
