import { promises as fs, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Checked } from "../../src/cli/checkFile";
import { CheckPool, PoolLimits } from "../../src/cli/pool";
import { seedGrid } from "../fixtures/seed";
import { xlsxBuffer } from "../fixtures/xlsx";

let seed: Buffer;
beforeAll(async () => {
  const file = join(await fs.mkdtemp(join(tmpdir(), "jixiao-pool-")), "seed.xlsx");
  await fs.writeFile(file, await xlsxBuffer([seedGrid({ sheet: "指标评分表" })]));
  seed = readFileSync(file);
});

/** Checks `count` copies of the seed in a pool of `size` workers, then closes the pool. */
async function checkInPool(size: number, count: number, limits?: PoolLimits): Promise<Checked[]> {
  const pool = new CheckPool(size, limits);
  try {
    return await Promise.all(Array.from({ length: count }, () => pool.check(Buffer.from(seed))));
  } finally {
    await pool.close();
  }
}

/** Worker threads compile the sources on the fly here, which takes seconds: hence the long timeouts. */
describe("the pool of checking threads", () => {
  it("checks files in its workers and answers each in turn", async () => {
    const answers = await checkInPool(2, 3);
    expect(answers.map((a) => [a.error, a.tables[0]?.summary.totalScore])).toEqual([
      [null, 97],
      [null, 97],
      [null, 97],
    ]);
  }, 120_000);

  it("stops a file over its time and says so", async () => {
    const [late] = await checkInPool(1, 1, { heapMb: 96, fileSeconds: 0.001 });
    expect(late.error?.zh).toBe("检查该文件超过 0.001 秒，已停止：可能含有过长的文字或过多的单元格");
  }, 120_000);

  it("reports a worker out of memory as that file's error", async () => {
    // 8 MB of heap is less than compiling and checking anything takes.
    const [answer] = await checkInPool(1, 1, { heapMb: 8, fileSeconds: 60 });
    expect(answer.error?.en).toBe("Checking the file needed more than the 8 MB allowed: overlong text or too many cells?");
  }, 120_000);
});
