import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readXlsx } from "../../src/xlsx";
import { checkTable } from "../../src/core/checks";
import { readTables } from "../../src/core/table";
import { mofGrid, MofTable, PER_ROW_CASE } from "../fixtures/mof";
import { withFormat } from "../fixtures/tables";
import { writeXlsx } from "../fixtures/xlsx";

let dir: string;
beforeAll(async () => void (dir = await fs.mkdtemp(join(tmpdir(), "jixiao-read-"))));
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe("reading an .xlsx's number formats", () => {
  it("keeps each cell's format, so a %-formatted 1.6 checks as 160 %", async () => {
    const table: MofTable = JSON.parse(JSON.stringify(PER_ROW_CASE));
    table.rows[3] = { ...table.rows[3], target: "≥100%", actual: 1.6, reason: "超额完成" };
    await writeXlsx(join(dir, "rate.xlsx"), [withFormat(mofGrid(table), "F11", "0%")]);
    const [grid] = readXlsx(await fs.readFile(join(dir, "rate.xlsx")));
    expect(grid.formats[10][5]).toBe("0%");
    expect(grid.formats[10][4]).toBeNull();
    const findings = checkTable(readTables(grid)[0]);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([["over-completion", "F11"]]);
  });
});
