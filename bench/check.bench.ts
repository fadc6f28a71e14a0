/**
 * Checking tables: the core on a generated 1,000-indicator table (warm, and its first call in a fresh
 * process against the target of 20 ms, beside a plain loop checking weights and scores of the same grid),
 * and `jixiao check` over 200 generated workbooks (files per second and peak memory, beside ExcelJS only
 * opening the same files).
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { check } from "../src/cli/check";
import { checkGrid, checkTable } from "../src/core/checks";
import { Grid } from "../src/core/grid";
import { readTables } from "../src/core/table";
import { mofGrid, MofRow } from "../test/fixtures/mof";
import { writeXlsx } from "../test/fixtures/xlsx";
import { BenchSuite, ColdCases, coldMs, Figure, medianMs, under } from "./harness";

/** A MoF form with `n` indicators split 50/30/10 over the three first levels, every score consistent. */
function generatedTable(n: number): Grid {
  const split = [
    ["产出指标", 0.5],
    ["效益指标", 0.3],
    ["满意度指标", 0.1],
  ] as const;
  const rows: MofRow[] = [];
  for (const [name, share] of split) {
    const count = Math.round(n * (share / 0.9));
    const weight = (share * 100) / count;
    for (let i = 0; i < count; i++) {
      const qualitative = i % 4 === 3;
      rows.push({
        level1: i === 0 ? `${name}(${share * 100}分)` : undefined,
        level2: i % 10 === 0 ? `二级指标${i / 10 + 1}` : undefined,
        name: `${name}${i + 1}`,
        target: qualitative ? "效果明显" : "≥100个",
        actual: qualitative ? "达成预期指标" : 100,
        weight,
        score: weight,
      });
    }
  }
  return mofGrid({
    funds: [
      { label: "年度资金总额", amounts: [100, 100, 95], weight: 10, rate: "95%", score: 9.5 },
      { label: "其中：当年财政拨款", amounts: [100, 100, 95] },
    ],
    rows,
    total: [100, 99.5],
  });
}

/**
 * The plainest check of the same grid, as a person would code it: every first level's weight against its
 * indicators' sum, every score within its weight, the weights and the scores summed. Counts what is wrong.
 */
function plainCheck(grid: Grid): number {
  let problems = 0;
  let weights = 0;
  let levelWeight: number | null = null;
  let levelSum = 0;
  for (const row of grid.values) {
    const [, level1, , , , , weight, score] = row;
    if (typeof level1 === "string") {
      if (levelWeight !== null && Math.abs(levelWeight - levelSum) > 0.005) problems++;
      levelWeight = Number(/(\d+)分/.exec(level1)?.[1] ?? NaN);
      levelSum = 0;
    }
    if (typeof weight === "number") {
      weights += weight;
      levelSum += weight;
      if (typeof score !== "number" || score < 0 || score > weight) problems++;
    }
  }
  if (levelWeight !== null && Math.abs(levelWeight - levelSum) > 0.005) problems++;
  return Math.abs(weights - 100) > 0.005 ? problems + 1 : problems;
}

/** Runs fn while sampling the process's resident memory; returns the peak in MB. */
async function peakRssMb(fn: () => Promise<unknown>): Promise<number> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage().rss) / 1024 / 1024;
}

/** The core's check of a 1,000-indicator table, for coldMs: what 校验 and `jixiao check` pay on their first sheet. */
export const cold: ColdCases = {
  "check a 1,000-indicator table": () => {
    const grid = generatedTable(1000);
    return () => checkGrid(grid);
  },
};

const silent = { stdout: () => undefined, stderr: () => undefined };

const suite: BenchSuite = {
  title: "Checking tables (core and jixiao check)",
  async run(): Promise<Figure[]> {
    const grid = generatedTable(1000);
    const [table] = readTables(grid);
    if (table.groups.flatMap((g) => g.indicators).length !== 1000 || checkTable(table).length !== 0) {
      throw new Error("the generated table must hold 1,000 indicators and no finding");
    }
    // Warmed up first: a task pane checks a sheet again and again in one session.
    for (let i = 0; i < 20; i++) checkGrid(grid);
    const checkMs = await medianMs(() => checkGrid(grid), 31);
    const plainMs = await medianMs(() => plainCheck(grid), 31);
    const firstCheckMs = coldMs(__filename, "check a 1,000-indicator table");

    const dir = await fs.mkdtemp(join(tmpdir(), "jixiao-bench-"));
    try {
      const workbook = generatedTable(30);
      for (let i = 0; i < 200; i++) await writeXlsx(join(dir, `表${String(i).padStart(3, "0")}.xlsx`), [workbook]);
      const files = (await fs.readdir(dir)).map((f) => join(dir, f));
      // One untimed pass of each first: the first pass over ExcelJS's code costs twice the next ones,
      // and whichever side ran first would pay for both.
      await check(["--json", dir], silent);
      for (const file of files) await new ExcelJS.Workbook().xlsx.readFile(file);
      let code = -1;
      const start = performance.now();
      const peak = await peakRssMb(async () => (code = await check(["--json", dir], silent)));
      const cliSeconds = (performance.now() - start) / 1000;
      if (code !== 0) throw new Error(`jixiao check exited ${code} on clean workbooks`);
      const openStart = performance.now();
      for (const file of files) await new ExcelJS.Workbook().xlsx.readFile(file);
      const openSeconds = (performance.now() - openStart) / 1000;
      return [
        { name: "read + check a 1,000-indicator table, warm median", value: checkMs, unit: "ms", baseline: { name: "weights and scores checked by a plain loop", value: plainMs } },
        {
          name: "read + check a 1,000-indicator table, first call in a fresh process",
          value: firstCheckMs,
          unit: "ms",
          baseline: { name: "warm median", value: checkMs },
          ...under(firstCheckMs, 20),
        },
        {
          name: "jixiao check, 200 workbooks",
          value: files.length / cliSeconds,
          unit: "files/s",
          baseline: { name: "ExcelJS opening the same files", value: files.length / openSeconds },
        },
        { name: "jixiao check, 200 workbooks: peak resident memory", value: peak, unit: "MB" },
      ];
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
