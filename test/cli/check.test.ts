import { spawnSync } from "child_process";
import * as nodeFs from "fs";
import { promises as fs } from "fs";
import { tmpdir } from "os";
import JSZip from "jszip";
import { join } from "path";
import { check, envLocale } from "../../src/cli/check";
import { template } from "../../src/cli/template";
import { CliIo } from "../../src/cli/io";
import { readXlsx } from "../../src/xlsx";
import { mofGrid, TOWN_FORM, TOWN_FORM_CLEAN } from "../fixtures/mof";
import { seedGrid } from "../fixtures/seed";
import { withCell } from "../fixtures/tables";
import { writeXlsx } from "../fixtures/xlsx";
import { GBK_NAME, zipParts } from "../xlsx/hostile";

let dir: string;
const path = (name: string) => join(dir, name);

/** The locale variables are the user's; each test says which it sets. */
const LOCALE_VARIABLES = ["LC_ALL", "LC_MESSAGES", "LANG"];
const savedEnv = LOCALE_VARIABLES.map((name) => process.env[name]);
beforeEach(() => LOCALE_VARIABLES.forEach((name) => delete process.env[name]));
afterAll(() => LOCALE_VARIABLES.forEach((name, i) => (savedEnv[i] === undefined ? delete process.env[name] : (process.env[name] = savedEnv[i]))));

beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), "jixiao-check-"));
  await fs.mkdir(path("batch/sub"), { recursive: true });
  await fs.mkdir(path("empty/sub"), { recursive: true });
  await fs.writeFile(path("empty/sub/notes.txt"), "not a workbook");
  await writeXlsx(path("seed.xlsx"), [seedGrid({ sheet: "指标评分表" })]);
  await writeXlsx(path("batch/town.xlsx"), [mofGrid(TOWN_FORM)]);
  const marked = withCell(seedGrid({ names: { JX_TEMPLATE: '"mof-2020-framework@1"' } }), "F13", "#NAME?", "=JX.RULESCORE(G13,E13)");
  await writeXlsx(path("batch/sub/marked.xlsx"), [mofGrid(TOWN_FORM_CLEAN, "封面"), marked]);
  await fs.writeFile(path("batch/notes.txt"), "not a workbook");
  await fs.writeFile(path("notes.xlsx"), "名称,权重\n");
  const docx = new JSZip();
  docx.file("word/document.xml", "<w:document/>");
  await fs.writeFile(path("report.xlsx"), await docx.generateAsync({ type: "nodebuffer" }));
  await fs.writeFile(path("damaged.xlsx"), Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.alloc(200, 7)]));
  // Sparse: the size says too large without writing 51 MB.
  await fs.writeFile(path("huge.xlsx"), "");
  await fs.truncate(path("huge.xlsx"), 51 * 1024 * 1024);
  await fs.writeFile(path("encrypted.xlsx"), Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(600)]));
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  // One job unless a test asks for more: worker threads compile the sources anew in each test.
  const code = await check(args.includes("--jobs") ? args : ["--jobs", "1", ...args], io);
  return { code, stdout, stderr };
}

describe("jixiao check --json", () => {
  it("reports the seed's table with no finding and exits 0", async () => {
    const { code, stdout, stderr } = await run("--json", path("seed.xlsx"));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      files: [
        {
          file: path("seed.xlsx"),
          error: null,
          tables: [{ sheet: "指标评分表", range: "A4:G23", family: "sh-2018", totalWeight: 100, totalScore: 97, grade: null, findings: [] }],
        },
      ],
    });
    expect(stderr).toBe(`[1/1] ${path("seed.xlsx")}\n`);
  });

  it("checks a folder recursively, .xlsx only, in worker threads, and exits 1 on an error finding", async () => {
    const { code, stdout, stderr } = await run("--json", "--jobs", "2", path("batch"));
    expect(code).toBe(1);
    const { files } = JSON.parse(stdout);
    expect(files.map((f: { file: string }) => f.file)).toEqual([path("batch/sub/marked.xlsx"), path("batch/town.xlsx")]);
    expect(stderr.trim().split("\n")).toHaveLength(2);
    const town = files[1].tables[0];
    expect(town.findings[0]).toEqual({
      rule: "funds-total",
      messageId: "mismatch",
      severity: "error",
      cell: "C4",
      message: "年度资金总额的年初预算数为0，其中各项之和为90",
      expected: 90,
      actual: 0,
    });
  });

  it("reads every sheet, the JX_TEMPLATE marker and formulas saved as _xldudf_JX_", async () => {
    const { stdout } = await run("--json", path("batch/sub/marked.xlsx"));
    const [file] = JSON.parse(stdout).files;
    expect(file.tables.map((t: { sheet: string; family: string }) => [t.sheet, t.family])).toEqual([
      ["封面", "mof-2020-self"],
      ["Sheet1", "mof-2020-framework"],
    ]);
    expect(file.tables[0].findings).toEqual([]);
    expect(file.tables[1].findings).toEqual([
      {
        rule: "formula-error",
        messageId: "error",
        severity: "error",
        cell: "F13",
        message: "公式结果为错误值#NAME?：=JX.RULESCORE(G13,E13)",
        actual: "#NAME?",
      },
    ]);
  });

  it("exits 2 when a file cannot be read, still reporting the others, with a Chinese message and no stack trace", async () => {
    const files = ["notes.xlsx", "report.xlsx", "damaged.xlsx", "encrypted.xlsx", "huge.xlsx", "missing.xlsx", "seed.xlsx"].map(path);
    const { code, stdout, stderr } = await run("--json", ...files);
    expect(code).toBe(2);
    const reports = JSON.parse(stdout).files;
    expect(reports.map((f: { error: string | null }) => f.error)).toEqual([
      "不是 .xlsx 文件",
      "不是 .xlsx 文件",
      "文件已损坏，无法读取：找不到压缩目录",
      "文件已加密或为旧版 .xls 格式：请在 Excel 中取消密码并另存为 .xlsx",
      "文件过大（51.0 MB，上限 50 MB）",
      "找不到该文件",
      null,
    ]);
    expect(reports[6].tables[0].totalScore).toBe(97);
    expect(stdout + stderr).not.toMatch(/\n\s+at /);
  });
});

describe("jixiao check (text)", () => {
  it("prints each table, its findings and a summary in Chinese", async () => {
    const { code, stdout } = await run(path("batch/town.xlsx"), path("notes.xlsx"));
    expect(code).toBe(2);
    expect(stdout).toContain("自评表!A3:I20 项目支出绩效自评表（财预〔2020〕10号）：权重合计 100，总分 100");
    expect(stdout).toContain("C4 错误 [funds-total] 年度资金总额的年初预算数为0，其中各项之和为90");
    expect(stdout).toContain("无法读取：不是 .xlsx 文件");
    expect(stdout).toContain("共 2 个文件：3 个错误，0 个警告，1 个文件无法读取。");
  });

  it("refuses unknown options and a missing path with the usage, exit 2", async () => {
    expect((await run()).code).toBe(2);
    const { code, stderr } = await run("--fix", path("seed.xlsx"));
    expect(code).toBe(2);
    expect(stderr).toContain("未知选项“--fix”");
  });
});

describe("a workbook written by jixiao template", () => {
  it.each(["sh-2018", "mof-2020-self"])("%s with its example checks clean, its marker and grade read from the file", async (family) => {
    const out = path(`template-${family}.xlsx`);
    expect(await template(["--family", family, "--example", out], { stdout: () => undefined, stderr: () => undefined })).toBe(0);
    const { code, stdout } = await run("--json", out);
    const [table] = JSON.parse(stdout).files[0].tables;
    expect(code).toBe(0);
    expect(table).toMatchObject({ family, totalWeight: 100, findings: [] });
    expect(table.grade).not.toBeNull();
  });
});

describe("reading .xlsx", () => {
  it("keeps merged areas and leaves their inner cells blank", async () => {
    const merged = seedGrid({ mergeGroups: true });
    await writeXlsx(path("merged.xlsx"), [merged]);
    const [grid] = readXlsx(await fs.readFile(path("merged.xlsx")));
    expect(grid.merges).toEqual(merged.merges);
    expect(grid.values[5][0]).toBeNull();
    expect(grid.values[4][0]).toBe("投入目标");
  });
});

describe("no .xlsx to check", () => {
  it("says so and exits 2 for a folder without .xlsx files", async () => {
    const { code, stdout, stderr } = await run(path("empty"));
    expect(code).toBe(2);
    expect(stderr).toBe(`未找到 .xlsx 文件：${path("empty")}\n`);
    expect(stdout).toBe("");
  });

  it("keeps --json parseable and speaks English when asked", async () => {
    const { code, stdout, stderr } = await run("--json", "--lang", "en", path("empty"), path("empty/sub"));
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({ files: [] });
    expect(stderr).toBe(`No .xlsx files found in ${path("empty")}, ${path("empty/sub")}\n`);
  });
});

describe("the report's language", () => {
  it.each([
    [{}, "zh"],
    [{ LANG: "C" }, "zh"],
    [{ LANG: "C.UTF-8" }, "zh"],
    [{ LANG: "POSIX" }, "zh"],
    [{ LANG: "zh_CN.UTF-8" }, "zh"],
    [{ LANG: "zh_TW.Big5" }, "zh"],
    [{ LANG: "en_US.UTF-8" }, "en"],
    [{ LANG: "de_DE.UTF-8" }, "en"],
    [{ LANG: "", LC_MESSAGES: "en_GB.UTF-8" }, "en"],
    [{ LC_ALL: "zh_CN.UTF-8", LANG: "en_US.UTF-8" }, "zh"],
    [{ LC_ALL: "en_US.UTF-8", LC_MESSAGES: "zh_CN.UTF-8" }, "en"],
    [{ LC_MESSAGES: "C", LANG: "en_US.UTF-8" }, "zh"],
  ])("follows %j: %s", (env, locale) => {
    expect(envLocale(env)).toBe(locale);
  });

  const english = [
    "自评表!A3:I20 Project expenditure self-evaluation form (MoF 2020): total weight 100, total score 100",
    "C4 error [funds-total] The funds total's initial budget is 0, but its parts add up to 90",
    "Cannot read: Not an .xlsx file",
    "2 files: 3 errors, 0 warnings; 1 file could not be read.",
  ];

  it("prints the text report in English with --lang en", async () => {
    const { code, stdout } = await run("--lang", "en", path("batch/town.xlsx"), path("notes.xlsx"));
    expect(code).toBe(2);
    for (const line of english) expect(stdout).toContain(line);
    // Only the sheet's own name is Chinese.
    expect(stdout.replace(/自评表/g, "")).not.toMatch(/[\u4e00-\u9fa5]/);
  });

  it("follows LANG when there is no --lang, and --lang=zh overrides it", async () => {
    process.env.LANG = "en_US.UTF-8";
    const { stdout } = await run(path("batch/town.xlsx"), path("notes.xlsx"));
    for (const line of english) expect(stdout).toContain(line);
    const zh = await run("--lang=zh", path("batch/town.xlsx"));
    expect(zh.stdout).toContain("C4 错误 [funds-total] 年度资金总额的年初预算数为0，其中各项之和为90");
  });

  it("writes --json in the chosen language with the same shape", async () => {
    process.env.LC_ALL = "en_US.UTF-8";
    const [town, notes] = JSON.parse((await run("--json", path("batch/town.xlsx"), path("notes.xlsx"))).stdout).files;
    expect(town.tables[0].findings[0]).toEqual({
      rule: "funds-total",
      messageId: "mismatch",
      severity: "error",
      cell: "C4",
      message: "The funds total's initial budget is 0, but its parts add up to 90",
      expected: 90,
      actual: 0,
    });
    expect(Object.keys(town.tables[0])).toEqual(["sheet", "range", "family", "totalWeight", "totalScore", "grade", "findings"]);
    expect(notes).toEqual({ file: path("notes.xlsx"), error: "Not an .xlsx file", tables: [] });
  });

  it("refuses a --lang other than zh or en, in both languages", async () => {
    for (const args of [["--lang", "fr"], ["--lang"], ["--lang="]]) {
      const { code, stderr } = await run(...args, path("seed.xlsx"));
      expect(code).toBe(2);
      expect(stderr).toContain("--lang 只能是 zh 或 en");
      expect(stderr).toContain("--lang must be zh or en");
    }
  });
});

describe("files the system will not read", () => {
  /** Makes the next read of the file or folder fail as the system would, with the given error code. */
  function failNext(method: "readFileSync" | "readdir", code: string) {
    const error = Object.assign(new Error(`${code}: simulated`), { code });
    if (method === "readdir") return jest.spyOn(nodeFs.promises, method).mockRejectedValueOnce(error);
    // The module object itself (an `import * as` namespace cannot be spied on): checkFile reads through it.
    const fsModule: typeof nodeFs = jest.requireActual("fs");
    return jest.spyOn(fsModule, method).mockImplementationOnce(() => {
      throw error;
    });
  }

  afterEach(() => jest.restoreAllMocks());

  it.each([
    ["EACCES", "没有读取权限：请检查文件的权限或是否被其他程序锁定", "Permission denied: check the file's permissions or whether another program locks it"],
    ["EPERM", "没有读取权限：请检查文件的权限或是否被其他程序锁定", "Permission denied: check the file's permissions or whether another program locks it"],
    ["EISDIR", "这是文件夹，不是 .xlsx 文件", "This is a folder, not an .xlsx file"],
    ["ENOENT", "文件在读取时已不存在（被移动或删除）", "The file disappeared while being read (moved or deleted)"],
  ])("names %s in both languages, not a damaged file", async (code, zh, en) => {
    failNext("readFileSync", code);
    const inChinese = await run("--json", path("seed.xlsx"), path("batch/town.xlsx"));
    expect(inChinese.code).toBe(2);
    const [failed, town] = JSON.parse(inChinese.stdout).files;
    expect(failed.error).toBe(zh);
    expect(town.tables).toHaveLength(1);
    failNext("readFileSync", code);
    const inEnglish = await run("--lang", "en", path("seed.xlsx"));
    expect(inEnglish.stdout).toContain(`Cannot read: ${en}`);
    expect(inChinese.stdout + inChinese.stderr + inEnglish.stdout + inEnglish.stderr).not.toMatch(/\n\s+at |simulated/);
  });

  it("reports a folder it may not list as unreadable and checks the rest", async () => {
    failNext("readdir", "EACCES");
    const { code, stdout } = await run("--json", path("batch"), path("seed.xlsx"));
    expect(code).toBe(2);
    expect(JSON.parse(stdout).files.map((f: { file: string; error: string | null }) => [f.file, f.error])).toEqual([
      [path("batch"), "没有读取该文件夹的权限"],
      [path("seed.xlsx"), null],
    ]);
  });

  it("says permission denied for a file chmod 000", async () => {
    const locked = path("locked/locked.xlsx");
    await fs.mkdir(path("locked"));
    await fs.copyFile(path("seed.xlsx"), locked);
    await fs.chmod(locked, 0o000);
    let report: { code: number | null; stdout: string };
    if (process.getuid?.() === 0) {
      // Root reads whatever the mode says: check as the unprivileged user nobody in a child process instead.
      await fs.chmod(dir, 0o755);
      await fs.chmod(path("locked"), 0o755);
      const script = `require("./src/cli/check").check(["--json", process.argv[1]], { stdout: (t) => process.stdout.write(t), stderr: () => undefined }).then((c) => { process.exitCode = c; })`;
      const child = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script, locked], {
        cwd: join(__dirname, "../.."),
        uid: 65534,
        gid: 65534,
        encoding: "utf8",
      });
      report = { code: child.status, stdout: child.stdout };
    } else {
      report = await run("--json", locked);
    }
    expect(report.code).toBe(2);
    expect(JSON.parse(report.stdout).files[0].error).toBe("没有读取权限：请检查文件的权限或是否被其他程序锁定");
  }, 60000);
});

describe("workbooks in a .zip archive", () => {
  it("checks the workbooks in it without unpacking, GBK names shown readably, in natural order", async () => {
    const seed = await fs.readFile(path("seed.xlsx"));
    const town = await fs.readFile(path("batch/town.xlsx"));
    const archive = zipParts([
      // 单位甲.xlsx as Chinese Windows writes it: GBK, without the UTF-8 flag.
      { name: GBK_NAME, bytes: seed },
      { name: "收到的/单位10.xlsx", bytes: town },
      { name: "收到的/单位2.xlsx", bytes: Buffer.from("damaged") },
      { name: "收到的/~$单位2.xlsx", bytes: Buffer.from("lock") },
      { name: "__MACOSX/收到的/._单位2.xlsx", bytes: Buffer.from("resource fork") },
      { name: "说明.txt", bytes: Buffer.from("readme") },
    ]);
    await fs.mkdir(path("archives"));
    await fs.writeFile(path("archives/收到的.zip"), archive);
    const { code, stdout } = await run("--json", path("archives"));
    expect(code).toBe(2);
    const files = JSON.parse(stdout).files.map((f: { file: string; error: string | null; tables: unknown[] }) => [f.file, f.error, f.tables.length]);
    const zip = path("archives/收到的.zip");
    expect(files).toEqual([
      [`${zip}/单位甲.xlsx`, null, 1],
      [`${zip}/收到的/单位2.xlsx`, "不是 .xlsx 文件", 0],
      [`${zip}/收到的/单位10.xlsx`, null, 1],
    ]);
  });

  it("reports an archive it cannot read as one unreadable file", async () => {
    await fs.writeFile(path("broken.zip"), "not a zip");
    const { code, stdout } = await run("--json", path("broken.zip"));
    expect(code).toBe(2);
    expect(JSON.parse(stdout).files).toEqual([{ file: path("broken.zip"), error: "压缩包无法读取：文件已损坏，无法读取：找不到压缩目录", tables: [] }]);
  });
});
