import { promises as fs, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CheckPool } from "../../src/cli/pool";
import { seedGrid } from "../fixtures/seed";
import { xlsxBuffer } from "../fixtures/xlsx";

let seed: Buffer;
beforeAll(async () => {
  const file = join(await fs.mkdtemp(join(tmpdir(), "jixiao-pool-")), "seed.xlsx");
  await fs.writeFile(file, await xlsxBuffer([seedGrid({ sheet: "指标评分表" })]));
  seed = readFileSync(file);
});

/** Worker threads compile the sources on the fly here, which takes seconds: hence the long timeouts. */
describe("the pool of checking threads", () => {
  it("checks files in its workers and answers each in turn", async () => {
    const pool = new CheckPool(2);
    try {
      const answers = await Promise.all([0, 1, 2].map(() => pool.check(Buffer.from(seed))));
      expect(answers.map((a) => [a.error, a.tables[0]?.summary.totalScore])).toEqual([
        [null, 97],
        [null, 97],
        [null, 97],
      ]);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it("stops a file over its time and says so", async () => {
    const pool = new CheckPool(1, { heapMb: 96, fileSeconds: 0.001 });
    try {
      const late = await pool.check(Buffer.from(seed));
      expect(late.error?.zh).toBe("检查该文件超过 0.001 秒，已停止：可能含有过长的文字或过多的单元格");
    } finally {
      await pool.close();
    }
  }, 120_000);

  it("reports a worker out of memory as that file's error", async () => {
    // 8 MB of heap is less than compiling and checking anything takes.
    const pool = new CheckPool(1, { heapMb: 8, fileSeconds: 60 });
    try {
      const answer = await pool.check(Buffer.from(seed));
      expect(answer.error?.en).toBe("Checking the file needed more than the 8 MB allowed: overlong text or too many cells?");
    } finally {
      await pool.close();
    }
  }, 120_000);
});
