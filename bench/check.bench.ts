/**
 * Checking tables: the core on a generated 1,000-indicator table (warm, and its first call in a fresh
 * process against the target of 20 ms, beside a plain loop checking weights and scores of the same grid),
 * and `jixiao check` as the process a finance bureau runs, over 600 different
 * workbooks and over a batch of hostile files, beside ExcelJS only loading the same files (also a process)
 * and the floor: zlib inflating just the parts the checks read. Cold figures (a fresh process, one file)
 * beside warm ones (the batch). Peak memory is the measured process's own (VmHWM, all threads).
 */
import { execFileSync, spawn } from "child_process";
import { promises as fs, readFileSync } from "fs";
import { availableParallelism, tmpdir } from "os";
import { join } from "path";
import { checkGrid, checkTable } from "../src/core/checks";
import { Grid } from "../src/core/grid";
import { readTables } from "../src/core/table";
import { readXlsx } from "../src/xlsx";
import { mofGrid, MofRow, PER_ROW_CASE, TOWN_FORM, TOWN_FORM_CLEAN } from "../test/fixtures/mof";
import { seedGrid } from "../test/fixtures/seed";
import { withCell } from "../test/fixtures/tables";
import { xlsxBuffer } from "../test/fixtures/xlsx";
import { partsOf, writeHostileBatch, zipParts } from "../test/xlsx/hostile";
import { atMost, BenchSuite, coldCompiledMs, Figure, medianMs, under } from "./harness";

const root = join(__dirname, "..");
const bin = join(root, "lib/cli/jixiao.js");
const FILES = 600;

/** A MoF form with `n` indicators split 50/30/10 over the three first levels, every score consistent. */
export function generatedTable(n: number): Grid {
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

/**
 * 600 workbooks of five kinds (the seed, three MoF forms, a 30-indicator form), each made different by its
 * unit's name in a cell of its own, so no side of the comparison sees the same bytes twice.
 */
export async function writeVaryingBatch(folder: string): Promise<string[]> {
  const kinds = await Promise.all(
    [[seedGrid({ sheet: "指标评分表" })], [mofGrid(TOWN_FORM)], [mofGrid(TOWN_FORM_CLEAN)], [mofGrid(PER_ROW_CASE)], [generatedTable(30)]].map(async (k) =>
      partsOf(await xlsxBuffer(k)),
    ),
  );
  const files: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const parts = kinds[i % kinds.length].map((p) => {
      if (p.name !== "xl/worksheets/sheet1.xml") return p;
      const xml = Buffer.from(p.bytes!).toString("utf8");
      const unit = `<row r="200"><c r="A200" t="inlineStr"><is><t>填报单位：第${i + 1}单位</t></is></c></row></sheetData>`;
      return { name: p.name, bytes: Buffer.from(xml.replace("</sheetData>", unit)) };
    });
    const file = join(folder, `单位${i + 1}.xlsx`);
    await fs.writeFile(file, zipParts(parts));
    files.push(file);
  }
  return files;
}

interface Run {
  seconds: number;
  code: number | null;
  /** The process's own peak resident memory, MB (NaN where /proc is missing). */
  peakMb: number;
  /** The CPU time the process used, all its threads, seconds: unlike the wall time, not stretched by a busy machine. */
  cpuSeconds: number;
}

/** Runs node with the arguments as a process, output discarded, and measures it. */
async function runNode(args: string[], peakFile: string): Promise<Run> {
  await fs.rm(peakFile, { force: true });
  const start = performance.now();
  const child = spawn(process.execPath, ["--require", join(__dirname, "peak-rss.js"), ...args], {
    env: { ...process.env, JIXIAO_PEAK_FILE: peakFile },
    stdio: ["ignore", "ignore", "ignore"],
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const seconds = (performance.now() - start) / 1000;
  const [peakKb, cpuMs] = (await fs.readFile(peakFile, "utf8").catch(() => "NaN NaN")).split(" ").map(Number);
  return { seconds, code, peakMb: peakKb / 1024, cpuSeconds: cpuMs / 1000 };
}

/** The run of median time, with the highest peak memory of all the runs. */
function middle(all: Run[]): Run {
  const sorted = [...all].sort((a, b) => a.seconds - b.seconds);
  return { ...sorted[Math.floor(sorted.length / 2)], peakMb: Math.max(...all.map((r) => r.peakMb)) };
}

async function median(runs: number, fn: () => Promise<Run>): Promise<Run> {
  const all: Run[] = [];
  for (let i = 0; i < runs; i++) all.push(await fn());
  return middle(all);
}

/** ExcelJS loading each file named in a list, as a process: the library the CLI used to read with. */
const EXCELJS_LOAD = `
const ExcelJS = require("exceljs");
const files = require("fs").readFileSync(process.argv[1], "utf8").split("\\n");
(async () => { for (const f of files) await new ExcelJS.Workbook().xlsx.readFile(f); })();`;

/** The floor, as a process: read each file and inflate with zlib just the parts the checks need. */
const NATIVE_INFLATE = `
const { readFileSync } = require("fs");
const { inflateRawSync } = require("zlib");
const { openZip } = require(${JSON.stringify(join(root, "lib/xlsx/directory.js"))});
const needed = /^(xl\\/workbook\\.xml|xl\\/_rels\\/workbook\\.xml\\.rels|xl\\/sharedstrings\\.xml|xl\\/styles\\.xml|xl\\/worksheets\\/[^/]+\\.xml)$/;
let bytes = 0;
for (const f of readFileSync(process.argv[1], "utf8").split("\\n")) {
  const file = readFileSync(f);
  const zip = openZip(file);
  for (const [name, e] of zip.entries) {
    if (!needed.test(name)) continue;
    const v = new DataView(file.buffer, file.byteOffset + e.localOffset, 30);
    const start = e.localOffset + 30 + v.getUint16(26, true) + v.getUint16(28, true);
    bytes += inflateRawSync(file.subarray(start, start + e.compressedSize)).length;
  }
}`;

const suite: BenchSuite = {
  title: "Checking tables (core, and jixiao check as a process)",
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
    // What 校验 and `jixiao check` pay on their first sheet: the compiled core, as it ships.
    execFileSync(process.execPath, [join(root, "scripts/build-lib.js")]);
    const firstCheckMs = coldCompiledMs(join(root, "lib/core/checks/index.js"), "checkGrid", grid);

    // rule-bands on a banded rule 8× as long: a check linear in its input takes 8× the time. (A cell may hold
    // 32,767 characters; the reader refuses more.) Each run's rule differs by a number, so no cache answers it.
    const unit = "完成率90%（含）以上得10分，80%（含）-90%得8分，";
    let run = 0;
    const ruleCheck = (chars: number) => () => {
      const rule = `${unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars - 8)}第${String(++run).padStart(6, "0")}项`;
      checkGrid(withCell(seedGrid({ sheet: "指标评分表" }), "E8", rule));
    };
    const shortMs = await medianMs(ruleCheck(2_000), 5);
    const longMs = await medianMs(ruleCheck(16_000), 3);

    // The command is measured as users run it: compiled, from lib/ (built above).
    const dir = await fs.mkdtemp(join(tmpdir(), "jixiao-bench-"));
    try {
      const batch = join(dir, "batch");
      await fs.mkdir(batch);
      const files = await writeVaryingBatch(batch);
      const list = join(dir, "files.txt");
      await fs.writeFile(list, files.join("\n"));
      const one = join(dir, "one.txt");
      await fs.writeFile(one, files[4]);
      const peak = join(dir, "peak");

      // Warm: the whole batch, each side a fresh process, the sides taking turns (the machine's load drifts), median of 3.
      const runs: Record<"cli" | "excel" | "floor", Run[]> = { cli: [], excel: [], floor: [] };
      for (let i = 0; i < 3; i++) {
        runs.cli.push(await runNode([bin, "check", "--json", batch], peak));
        runs.excel.push(await runNode(["-e", EXCELJS_LOAD, list], peak));
        runs.floor.push(await runNode(["-e", NATIVE_INFLATE, list], peak));
      }
      const [cli, excel, floor] = [runs.cli, runs.excel, runs.floor].map(middle);
      if (runs.cli.some((r) => r.code !== 1)) throw new Error("jixiao check must exit 1 on the batch (some forms have errors)");
      // Cold: one workbook, a fresh process each time (median of 5).
      const cliCold = await median(5, () => runNode([bin, "check", "--json", files[4]], peak));
      const excelCold = await median(5, () => runNode(["-e", EXCELJS_LOAD, one], peak));
      const help = await median(5, () => runNode([bin, "--help"], peak));
      const bare = await median(5, () => runNode(["-e", "0"], peak));
      // Warm, in one process: one workbook read and checked, against ExcelJS loading it.
      const bytes = files.slice(0, 50).map((f) => readFileSync(f));
      const inProcessMs = (await medianMs(() => bytes.forEach((b) => readXlsx(b).forEach((g) => checkGrid(g))), 7)) / bytes.length;
      const { Workbook } = (await import("exceljs")).default;
      const excelInProcessMs =
        (await medianMs(async () => {
          for (const b of bytes) await new Workbook().xlsx.load(b as unknown as ArrayBuffer);
        }, 3)) / bytes.length;

      const hostile = join(dir, "hostile");
      await fs.mkdir(hostile);
      const hostileFiles = await writeHostileBatch(hostile);
      const attack = await median(3, () => runNode([bin, "check", "--json", hostile], peak));
      if (attack.code !== 2) throw new Error(`jixiao check exited ${attack.code} on the hostile batch (2 expected)`);

      const fps = (run: Run) => FILES / run.seconds;
      const cores = availableParallelism();
      return [
        {
          name: "read + check a 1,000-indicator table, warm median",
          value: checkMs,
          unit: "ms",
          baseline: { name: "weights and scores checked by a plain loop", value: plainMs },
        },
        {
          name: "read + check a 1,000-indicator table, first call in a fresh process (compiled lib/, as jixiao runs it)",
          value: firstCheckMs,
          unit: "ms",
          baseline: { name: "warm median", value: checkMs },
          ...under(firstCheckMs, 20),
        },
        {
          name: `jixiao check --json, ${FILES} different workbooks, process, ${cores} cores (warm)`,
          value: fps(cli),
          unit: "files/s",
          baseline: { name: "ExcelJS only loading them, process", value: fps(excel) },
          target: "≤ 0.5× the baseline's time",
          met: cli.seconds <= 0.5 * excel.seconds,
          ratio: `${(cli.seconds / excel.seconds).toFixed(2)}× its time`,
        },
        {
          name: `jixiao check, ${FILES} workbooks: CPU time of the process, all threads`,
          value: cli.cpuSeconds,
          unit: "s",
          baseline: { name: "ExcelJS only loading them", value: excel.cpuSeconds },
        },
        {
          name: `jixiao check, ${FILES} workbooks, against the floor`,
          value: fps(cli),
          unit: "files/s",
          baseline: { name: "zlib inflating just the parts read, process (floor)", value: fps(floor) },
          target: `goal ≥ 500 files/s, within 3× of the floor (now ${(cli.seconds / floor.seconds).toFixed(1)}×)`,
        },
        {
          name: `jixiao check, ${FILES} workbooks: peak resident memory of the process`,
          value: cli.peakMb,
          unit: "MB",
          baseline: { name: "ExcelJS only loading them", value: excel.peakMb },
          ...atMost(cli.peakMb, 300, "MB"),
        },
        {
          name: "jixiao check, one workbook, fresh process (cold)",
          value: cliCold.seconds * 1000,
          unit: "ms",
          baseline: { name: "ExcelJS loading it, fresh process", value: excelCold.seconds * 1000 },
        },
        {
          name: "read + check one workbook, in process (warm)",
          value: inProcessMs,
          unit: "ms",
          baseline: { name: "ExcelJS loading it, in process", value: excelInProcessMs },
        },
        {
          name: `jixiao check, ${hostileFiles.length} hostile and good files (bombs, 1 M rows, 1 M characters, XFD1048576 …)`,
          value: attack.seconds,
          unit: "s",
          ...atMost(attack.seconds, 60, "s"),
        },
        { name: "jixiao check, hostile batch: peak resident memory of the process", value: attack.peakMb, unit: "MB", ...atMost(attack.peakMb, 300, "MB") },
        { name: "jixiao --help", value: help.seconds * 1000, unit: "ms", baseline: { name: "node -e 0", value: bare.seconds * 1000 } },
        {
          name: "check a table whose banded rule has 16,000 characters (src/core rule-bands: overlapIssues)",
          value: longMs,
          unit: "ms",
          baseline: { name: "8 × the same table with a 2,000-character rule", value: 8 * shortMs },
          target: "≤ 2× the baseline (linear)",
          met: longMs <= 16 * shortMs,
          ratio: `${(longMs / (8 * shortMs)).toFixed(2)}× the baseline`,
        },
      ];
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
