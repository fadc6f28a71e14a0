/**
 * `jixiao check` as a finance bureau runs it: the built command, as a process, over a folder of 600
 * workbooks piped into another program, and over a batch with broken and hostile files among good ones.
 * (Time and peak memory of the same runs are figures of `npm run bench`, not asserted here.)
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, promises as fs, readdirSync, readFileSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { mofGrid, PER_ROW_CASE, TOWN_FORM, TOWN_FORM_CLEAN } from "../fixtures/mof";
import { seedGrid } from "../fixtures/seed";
import { xlsxBuffer } from "../fixtures/xlsx";
import { HostileFile, writeHostileBatch } from "../xlsx/hostile";

const root = join(__dirname, "../..");
const bin = join(root, "lib/cli/jixiao.js");
let dir: string;

/** The newest modification time of the TypeScript files under a folder. */
function newest(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((latest, entry) => {
    const full = join(folder, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(full) : entry.name.endsWith(".ts") ? statSync(full).mtimeMs : 0);
  }, 0);
}

beforeAll(async () => {
  // The tests run the command as users do, so lib/ must hold this tree's code: rebuilt when a source is newer
  // (only then, so that other tests running lib/ meanwhile never see it half written).
  const built = existsSync(bin) ? statSync(bin).mtimeMs : 0;
  if (newest(join(root, "src")) > built) execFileSync(process.execPath, [join(root, "scripts/build-lib.js")]);
  dir = await fs.mkdtemp(join(tmpdir(), "jixiao-batch-"));
}, 240_000);

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const jixiao = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** 600 workbooks, four kinds in turn, named 单位1 … 单位600. */
export async function writeBatch(folder: string, count = 600): Promise<void> {
  await fs.mkdir(folder, { recursive: true });
  const kinds = await Promise.all(
    [[seedGrid({ sheet: "指标评分表" })], [mofGrid(TOWN_FORM)], [mofGrid(TOWN_FORM_CLEAN)], [mofGrid(PER_ROW_CASE)]].map((k) => xlsxBuffer(k)),
  );
  await Promise.all(Array.from({ length: count }, (_, i) => fs.writeFile(join(folder, `单位${i + 1}.xlsx`), kinds[i % kinds.length])));
}

describe("600 workbooks piped into another program", () => {
  it("writes the same whole JSON document into a pipe as into a file, in natural order", async () => {
    const folder = join(dir, "收到的");
    await writeBatch(folder);
    const out = join(dir, "out.json");
    const toFile = spawnSync("bash", ["-c", `"${process.execPath}" "${bin}" check --json "${folder}" > "${out}"`], { encoding: "utf8" });
    const piped = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${bin}" check --json "${folder}" | cat`], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect([toFile.status, piped.status]).toEqual([1, 1]);
    const written = readFileSync(out, "utf8");
    expect(written.length).toBeGreaterThan(64 * 1024);
    expect(piped.stdout).toBe(written);
    const { files } = JSON.parse(piped.stdout);
    expect(files).toHaveLength(600);
    expect(files.slice(0, 11).map((f: { file: string }) => f.file.slice(folder.length + 1))).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => `单位${n}.xlsx`),
    );
    expect(files.every((f: { error: string | null; tables: unknown[] }) => f.error === null && f.tables.length === 1)).toBe(true);
    // One progress line per file, the last one counting all of them.
    expect(piped.stderr.trim().split("\n").at(-1)).toMatch(/^\[600\/600\] /);
    // A reader that stops early closes the pipe: no stack trace, nothing but the progress lines.
    const cut = spawnSync("bash", ["-c", `"${process.execPath}" "${bin}" check --json "${folder}" | head -c 100 > /dev/null`], { encoding: "utf8" });
    expect(cut.stderr).not.toMatch(/Error|\n\s+at /);
  }, 120_000);
});

describe("a batch with hostile files among good ones", () => {
  let files: HostileFile[];
  let folder: string;
  beforeAll(async () => {
    folder = join(dir, "hostile");
    await fs.mkdir(folder);
    files = await writeHostileBatch(folder);
  }, 60_000);

  it("reports every file in natural order, checks the good ones, gives each bad one its reason, exits 2", () => {
    const { status, stdout } = jixiao("check", "--json", folder);
    expect(status).toBe(2);
    const reports: { file: string; error: string | null; tables: { totalScore: number }[] }[] = JSON.parse(stdout).files;
    const names = reports.map((r) => r.file.slice(folder.length + 1));
    expect(names).toEqual([
      "单位1.xlsx",
      "单位2-主题炸弹.xlsx",
      "单位3-工作表炸弹.xlsx",
      "单位4-百万行.xlsx",
      "单位5-百万字规则.xlsx",
      "单位6-远处单元格.xlsx",
      "单位7-缺工作表.xlsx",
      "单位8-缺共享字符串.xlsx",
      "单位9-控制字符.xlsx",
      "单位10-加密.xlsx",
      "单位11.xlsx",
      "单位甲.xlsx",
    ]);
    for (const file of files) {
      const report = reports.find((r) => r.file === file.shown)!;
      if (file.error) expect(report.error).toMatch(file.error);
      else expect([report.error, report.tables[0]?.totalScore]).toEqual([null, 97]);
    }
  }, 60_000);

  it("prints no control character from a cell to the terminal, and shows what it was", () => {
    const { stdout, stderr } = jixiao("check", folder);
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(stdout + stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain("“\\x1B]0;pwned\\x07\\x1B[2J8分”不是数字");
  }, 60_000);

  it("writes a CSV summary with a byte-order mark, one row per table and one per unreadable file", () => {
    const { status, stdout } = jixiao("check", "--format", "csv", "--lang", "en", folder);
    expect(status).toBe(2);
    expect(stdout.startsWith("\ufefffile,sheet,family,total,grade,errors,warnings,note\r\n")).toBe(true);
    const rows = stdout.slice(1).trim().split("\r\n");
    expect(rows).toHaveLength(1 + files.length);
    expect(rows[1]).toBe(`${join(folder, "单位1.xlsx")},指标评分表,sh-2018,97,,0,0,`);
    expect(rows.find((r) => r.includes("单位10-加密"))).toMatch(/,,,,,,,The file is encrypted or a legacy \.xls/);
  }, 60_000);
});

describe("the command's conventions", () => {
  it("answers --help and --version on every command, and --help without loading ExcelJS", async () => {
    const hook = join(dir, "hook.js");
    await fs.writeFile(
      hook,
      `const M = require("module"); const load = M._load; M._load = function (name, ...rest) { if (name === "exceljs") process.stderr.write("exceljs loaded"); return load.call(this, name, ...rest); };`,
    );
    for (const args of [["--help"], ["check", "--help"], ["template", "--help"]]) {
      const run = spawnSync(process.execPath, ["--require", hook, bin, ...args], { encoding: "utf8" });
      expect([run.status, run.stderr]).toEqual([0, ""]);
      expect(run.stdout).toMatch(/用法[\s\S]*Usage/);
    }
    for (const args of [["--version"], ["check", "--version"], ["template", "--version"]]) expect(jixiao(...args).stdout).toMatch(/^jixiao \d+\.\d+\.\d+\n$/);
  });

  it("refuses a --jobs or --format it does not know, exit 2", () => {
    for (const [args, message] of [
      [["--jobs", "0"], "--jobs 应为正整数，而不是“0”"],
      [["--jobs=two"], "--jobs 应为正整数，而不是“two”"],
      [["--format", "xml"], "--format 只能是 text、json 或 csv，而不是“xml”"],
    ] as const) {
      const run = jixiao("check", ...args, dir);
      expect([run.status, run.stdout]).toEqual([2, ""]);
      expect(run.stderr).toContain(message);
    }
  });

  it("says in plural-correct English how many files it checked", async () => {
    const one = join(dir, "one");
    await writeBatch(one, 1);
    expect(jixiao("check", "--lang", "en", one).stdout).toContain("1 file: 0 errors, 0 warnings; 0 files could not be read.");
  });
});
