/**
 * 批量审核 in Debian's Chromium: the built pane, office.js answered by the stand-in, .xlsx files made by
 * ExcelJS given through the file input as a user chooses them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { makeGrid } from "../../src/core/grid";
import { FileReview, reviewGrids, reviewWorkbook, unreadableFile, ReviewSheet } from "../../src/core/review";
import { readXlsx } from "../../src/xlsx";
import { mofGrid, TOWN_FORM_CLEAN } from "../fixtures/mof";
import { seedGrid } from "../fixtures/seed";
import { withCell } from "../fixtures/tables";
import { xlsxBuffer } from "../fixtures/xlsx";
import { buildAddin, bundleStandIn } from "../support/browserBuild";
import type { StandInConfig, StandInProbe } from "../support/officeStandIn";
import { AXE_PATH, launchChromium, paneContext, paneSession, PaneSession, serveDirectory, StaticServer } from "./paneHarness";

const root = resolve(__dirname, "../..");
const artifacts = join(root, "test-artifacts");

let dir: string;
let files: string;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let standIn: string;
const sessions: PaneSession[] = [];

const NAMED_SEED = seedGrid({
  sheet: "指标评分表",
  above: [["1. 指标评分表"], ["项目名称", null, "社区养老服务", "实施单位", "街道办"], ["主管部门：民政局"]],
});

/** The files a reviewer received: two good, one with a planted error, one broken, and two that are not workbooks to review. */
const RECEIVED: Record<string, () => Promise<Buffer>> = {
  "甲镇-委托业务.xlsx": () => xlsxBuffer([mofGrid(TOWN_FORM_CLEAN)]),
  "乙街道-养老服务.xlsx": () => xlsxBuffer([makeGrid({ sheet: "封面", values: [["封面"]] }), NAMED_SEED]),
  "丙局-小计有误.xlsx": () => xlsxBuffer([withCell(NAMED_SEED, "F12", 35)]),
  // The first 300 bytes of a workbook: a zip cut off, as an interrupted download leaves it.
  "丁所-下载中断.xlsx": async () => (await xlsxBuffer([NAMED_SEED])).subarray(0, 300),
  "~$甲镇-委托业务.xlsx": async () => Buffer.from([1, 2, 3]),
  "说明.docx": async () => Buffer.from("not a workbook"),
};
const REVIEWED = ["丙局-小计有误.xlsx", "丁所-下载中断.xlsx", "甲镇-委托业务.xlsx", "乙街道-养老服务.xlsx"].sort((a, b) => a.localeCompare(b, "zh-CN"));

/** Big enough that reading it takes a while: the pane stays responsive while the worker is busy with it. */
const BIG = "000-大表.xlsx";

/** What the pane should write, worked out in Node with the same reader and core. */
let expected: ReturnType<typeof reviewWorkbook>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "jx-review-"));
  files = mkdtempSync(join(tmpdir(), "jx-review-files-"));
  const big = Array.from({ length: 30_000 }, (_, i) => [`第${i}行`, i, i * 1.5, "文字"]);
  const [built] = await Promise.all([
    Promise.all([bundleStandIn(), buildAddin(dir, "development")]),
    (async () => {
      for (const [name, make] of Object.entries(RECEIVED)) writeFileSync(join(files, name), await make());
      writeFileSync(join(files, BIG), await xlsxBuffer([makeGrid({ sheet: "大表", values: big })]));
    })(),
  ]);
  standIn = built[0];
  const reviews: FileReview[] = REVIEWED.map((name) => {
    try {
      return reviewGrids(name, readXlsx(readFileSync(join(files, name))));
    } catch (e) {
      return unreadableFile(name, e);
    }
  });
  expected = reviewWorkbook(reviews, "zh");
  server = await serveDirectory(dir);
  browser = await launchChromium();
  context = await paneContext(browser);
  mkdirSync(artifacts, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const d of [dir, files]) if (d) rmSync(d, { recursive: true, force: true });
});

const WORKBOOK: StandInConfig = {
  host: "Excel",
  displayLanguage: "zh-CN",
  excelApiMinor: 13,
  sheets: [
    { name: "封面", values: [["2025 年度绩效自评审核"], ["经办人", "张三"]] },
    { name: "审核汇总", values: [["上一轮的审核结果"]] },
  ],
};

/** Records, in the page, every text the live region and the progress line show, in order. */
function recordTexts(): void {
  const w = window as unknown as { shown: { announced: string[]; progress: string[] } };
  w.shown = { announced: [], progress: [] };
  const note = (list: string[], text: string | null | undefined) => {
    if (text && list[list.length - 1] !== text) list.push(text);
  };
  new MutationObserver(() => {
    note(w.shown.announced, document.getElementById("announcer")?.textContent);
    note(w.shown.progress, document.getElementById("review-progress-text")?.textContent);
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Keeps the worker's "done" from the pane, so a review cannot finish before the test cancels it, however fast
 * the machine: the pane sees each file read, then waits as if the last file were still being read.
 */
function withholdWorkerDone(): void {
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    set onmessage(handler: ((event: MessageEvent) => void) | null) {
      super.onmessage = handler && ((event: MessageEvent) => (event.data?.kind === "done" ? undefined : handler.call(this, event)));
    }
  };
}

async function openPane(config: StandInConfig, tab = "批量审核", initScripts: (() => void)[] = []): Promise<PaneSession> {
  await sessions[sessions.length - 1]?.page.close();
  const session = await paneSession(context, { standIn, config });
  sessions.push(session);
  for (const script of [recordTexts, ...initScripts]) await session.page.addInitScript(script);
  await session.page.goto(`${server.origin}/taskpane.html`);
  await session.page.waitForSelector("main#app:not([aria-busy])");
  await session.page.getByRole("tab", { name: tab }).click();
  // The review's code is loaded when its tab is first opened.
  await session.page.locator("#panel-review:not([aria-busy]) .review-drop").waitFor();
  return session;
}

const probe = <T>(page: Page, read: (p: StandInProbe) => T): Promise<T> => page.evaluate(`(${read.toString()})(window.jxStandIn)`) as Promise<T>;
const snapshot = (page: Page, sheet: string) => page.evaluate((name) => (window as unknown as { jxStandIn: StandInProbe }).jxStandIn.snapshot(name), sheet);
const tables = (page: Page, sheet: string) => page.evaluate((name) => (window as unknown as { jxStandIn: StandInProbe }).jxStandIn.tables(name), sheet);
const shown = (page: Page) => page.evaluate(() => (window as unknown as { shown: { announced: string[]; progress: string[] } }).shown);

/** A sheet of the stand-in as rows of values, A1 to the given size. */
async function sheetRows(page: Page, sheet: string, rows: number, cols: number): Promise<unknown[][]> {
  const cells = new Map<string, { value: unknown; numberFormat: string }>(JSON.parse(await snapshot(page, sheet)).cells);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cells.get(`${r},${c}`)?.value ?? ""));
}

const asWritten = (sheet: ReviewSheet) => [sheet.columns.map((c) => c.header), ...sheet.rows.map((row) => row.map((v) => v ?? ""))];

async function statusAfter(page: Page, act: () => Promise<unknown>): Promise<string> {
  const before = await page.locator("#review-status").textContent();
  await act();
  await page.waitForFunction((previous) => {
    const el = document.getElementById("review-status");
    return el !== null && !el.classList.contains("working") && el.textContent !== "" && el.textContent !== previous;
  }, before);
  return (await page.locator("#review-status").textContent()) ?? "";
}

const TONES = { error: "background:#FFC7CE;color:#9C0006", warning: "background:#FFEB9C;color:#9C5700" };

/** A cell as Excel shows it under the column's number format. */
function shownValue(value: unknown, numberFormat: string): string {
  if (typeof value !== "number") return String(value ?? "");
  if (numberFormat === "0.00%") return `${(value * 100).toFixed(2)}%`;
  if (numberFormat === "0.00") return value.toFixed(2);
  return String(value);
}

/**
 * A picture of a written sheet for the README: its cells as Excel shows them, the table's header and bands
 * (TableStyleMedium2), and each row in the colour its conditional formats give (a row that errs red, one
 * with warnings only yellow, as the two formulas say). Chromium renders it; Excel itself is not here.
 */
async function screenshotSheet(rows: unknown[][], sheet: ReviewSheet, path: string): Promise<void> {
  const [header, ...body] = rows;
  const errors = sheet.columns.findIndex((c) => c.header === "错误");
  const status = sheet.columns.findIndex((c) => c.header === "状态");
  const tone = (row: unknown[]) => (Number(row[errors]) > 0 || row[status] === "无法读取" ? TONES.error : Number(row[errors + 1]) > 0 ? TONES.warning : "");
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const html = [
    '<!doctype html><meta charset="utf-8"><style>',
    "body{margin:8px;font:13px 'Noto Sans CJK SC',sans-serif}table{border-collapse:collapse}",
    "th{background:#4472C4;color:#fff;text-align:left;padding:3px 8px;white-space:nowrap}th::after{content:' ▾';font-size:10px}",
    "td{padding:3px 8px;border-bottom:1px solid #8EA9DB;white-space:nowrap}tr:nth-child(even) td{background:#D9E1F2}td.n{text-align:right}",
    "</style><table><tr>",
    ...header.map((h) => `<th>${escape(String(h))}</th>`),
    "</tr>",
    ...body.map(
      (row) =>
        `<tr>${row.map((v, c) => `<td class="${typeof v === "number" ? "n" : ""}" style="${tone(row)}">${escape(shownValue(v, sheet.columns[c].numberFormat))}</td>`).join("")}</tr>`,
    ),
    "</table>",
  ].join("");
  const page = await browser.newPage({ viewport: { width: 1500, height: 200 }, deviceScaleFactor: 2 });
  await page.setContent(html);
  writeFileSync(path, await page.locator("table").screenshot());
  await page.close();
}

describe("批量审核", () => {
  it("reviews the chosen files in a worker and writes 审核汇总 and 审核明细, changing nothing else, in at most three syncs", async () => {
    const { page, pageErrors, requests } = await openPane(WORKBOOK);
    const before = await Promise.all(["封面", "审核汇总"].map((s) => snapshot(page, s)));
    const chosen = Object.keys(RECEIVED).map((name) => join(files, name));
    const outcome = await statusAfter(page, () => page.locator("#review-files").setInputFiles(chosen));

    expect(outcome).toBe("已审核 4 个文件、3 张表：错误 1 个，警告 0 个，1 个文件无法读取。结果见工作表“审核汇总 (2)”和“审核明细”。");
    await expect(page.locator("#review-status").getAttribute("class")).resolves.toBe("status error");
    expect(await probe(page, (p) => p.sheetNames())).toEqual(["封面", "审核汇总", "审核汇总 (2)", "审核明细"]);
    expect(await Promise.all(["封面", "审核汇总"].map((s) => snapshot(page, s)))).toEqual(before);
    expect(await probe(page, (p) => p.activeSheet())).toBe("审核汇总 (2)");
    const runs = await probe(page, (p) => p.runs);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ failed: false });
    expect(runs[0].syncs).toBeLessThanOrEqual(3);

    // The summary: one row per table, the broken file's row saying why, as the same reader and core give in Node.
    const summary = await sheetRows(page, "审核汇总 (2)", 6, 14);
    expect(summary).toEqual([...asWritten(expected.summary), Array(14).fill("")]);
    const byFile = new Map(summary.slice(1).map((row) => [row[0], row]));
    expect(byFile.get("甲镇-委托业务.xlsx")!.slice(3, 6)).toEqual(["委托业务项目", "某镇规划建设中心", "某镇人民政府"]);
    expect(byFile.get("甲镇-委托业务.xlsx")![9]).toBe(1);
    expect(byFile.get("乙街道-养老服务.xlsx")!.slice(1, 13)).toEqual([
      "指标评分表",
      "A4:G23",
      "社区养老服务",
      "街道办",
      "民政局",
      "上海 指标评分表（投入/产出/效果）",
      97,
      "优秀（按总分）",
      "",
      0,
      0,
      "通过",
    ]);
    expect(byFile.get("丙局-小计有误.xlsx")!.slice(10, 13)).toEqual([1, 0, "有错误"]);
    expect(byFile.get("丁所-下载中断.xlsx")![12]).toBe("无法读取");
    expect(byFile.get("丁所-下载中断.xlsx")![13]).toMatch(/^文件已损坏，无法读取/);
    expect(await probe(page, (p) => p.frozenRows("审核汇总 (2)"))).toBe(1);
    expect(await tables(page, "审核汇总 (2)")).toMatchObject([{ address: "A1:N5", hasHeaders: true, showFilterButton: true }]);
    // Highest priority first: each one added goes on top. The two never hold for the same row.
    expect(await probe(page, (p) => p.conditionalFormats("审核汇总 (2)"))).toMatchObject([
      { ranges: ["A2:N5"], formula: "=AND($K2=0,$L2>0)", format: { fill: "#FFEB9C" } },
      { ranges: ["A2:N5"], formula: '=OR($K2>0,$M2="无法读取")', format: { fill: "#FFC7CE" } },
    ]);

    // The details: one row per finding, the planted subtotal among them.
    const detail = await sheetRows(page, "审核明细", expected.detail.rows.length + 2, 8);
    expect(detail).toEqual([...asWritten(expected.detail), Array(8).fill("")]);
    expect(detail.slice(1).map((row) => row.slice(0, 3))).toContainEqual(["丙局-小计有误.xlsx", "指标评分表", "F12"]);
    expect((await tables(page, "审核明细")).map((t) => t.address)).toEqual([`A1:H${expected.detail.rows.length + 1}`]);

    // Progress: each file in turn on the progress line; the first and the outcome read out (the live region
    // takes its text a moment after the status line, so wait for it).
    await page.waitForFunction((text) => document.getElementById("announcer")?.textContent === text, outcome);
    const { announced, progress } = await shown(page);
    const steps = REVIEWED.map((name, i) => `正在审核 ${i + 1} / 4：${name}`);
    expect(progress.filter((p) => p.startsWith("正在审核"))).toEqual(steps);
    expect(progress[progress.length - 1]).toBe("正在写入审核结果…");
    expect(announced[0]).toBe(steps[0]);
    expect(announced[announced.length - 1]).toBe(outcome);

    await screenshotSheet(summary.slice(0, 5), expected.summary, join(artifacts, "review-summary-zh.png"));

    // Nothing left the machine: every request went to the add-in's own origin.
    expect(requests.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("cancels while the worker reads, keeps the pane responsive meanwhile, and leaves the workbook as it was", async () => {
    const { page, pageErrors } = await openPane(WORKBOOK, "批量审核", [withholdWorkerDone]);
    const before = await Promise.all(["封面", "审核汇总"].map((s) => snapshot(page, s)));
    const outcome = statusAfter(page, async () => {
      await page.locator("#review-files").setInputFiles([BIG, ...REVIEWED].map((name) => join(files, name)));
      await page.waitForFunction(() => document.getElementById("review-progress-text")?.textContent?.startsWith("正在审核 1 / "));
      // The pane answers while the worker reads: another tab opens and closes at once.
      await page.getByRole("tab", { name: "校验" }).click();
      await expect(page.getByRole("tab", { name: "校验" }).getAttribute("aria-selected")).resolves.toBe("true");
      await page.getByRole("tab", { name: "批量审核" }).click();
      await page.getByRole("button", { name: "取消" }).click();
    });
    await expect(outcome).resolves.toBe("已取消审核，工作簿未改动。");
    const { progress } = await shown(page);
    // Cancelled before the results were written.
    expect(progress).not.toContain("正在写入审核结果…");
    expect(await probe(page, (p) => p.sheetNames())).toEqual(["封面", "审核汇总"]);
    expect(await Promise.all(["封面", "审核汇总"].map((s) => snapshot(page, s)))).toEqual(before);
    expect(await probe(page, (p) => p.runs)).toEqual([]);
    await expect(page.getByRole("button", { name: "选择文件…" }).isEnabled()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("says so when none of the chosen files is an .xlsx, and writes nothing", async () => {
    const { page } = await openPane(WORKBOOK);
    const outcome = await statusAfter(page, () => page.locator("#review-files").setInputFiles([join(files, "说明.docx"), join(files, "~$甲镇-委托业务.xlsx")]));
    expect(outcome).toBe("所选文件中没有 .xlsx 文件。");
    expect(await probe(page, (p) => p.runs)).toEqual([]);
  });

  it("takes files dropped onto the pane, in English Excel, and names the sheets in English", async () => {
    const { page } = await openPane({ ...WORKBOOK, displayLanguage: "en-US" }, "Review");
    const names = ["乙街道-养老服务.xlsx", "丙局-小计有误.xlsx"];
    const contents = names.map((name) => [...readFileSync(join(files, name))]);
    const outcome = await statusAfter(page, () =>
      page.evaluate(
        ([dropped, bytes]) => {
          const data = new DataTransfer();
          dropped.forEach((name, i) => data.items.add(new File([new Uint8Array(bytes[i])], name)));
          document.querySelector(".review-drop")!.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
        },
        [names, contents] as const,
      ),
    );
    expect(outcome).toBe(
      "Reviewed 2 file(s), 2 table(s): 1 error(s), 0 warning(s), 0 file(s) could not be read. See the sheets “Review summary” and “Review findings”.",
    );
    expect(await probe(page, (p) => p.sheetNames())).toEqual(["封面", "审核汇总", "Review summary", "Review findings"]);
    const summary = await sheetRows(page, "Review summary", 3, 14);
    expect(summary[0].slice(0, 3)).toEqual(["File", "Sheet", "Range"]);
    expect(summary.slice(1).map((row) => [row[0], row[12]])).toEqual([
      ["丙局-小计有误.xlsx", "Errors"],
      ["乙街道-养老服务.xlsx", "Passed"],
    ]);
  });

  it.each([
    ["light", undefined],
    ["dark", "#292929"],
  ])("has nothing serious for axe-core in the review activity, before and after a review (%s theme)", async (theme, bodyBackgroundColor) => {
    interface AxeResults {
      passes: unknown[];
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    }
    const { page } = await openPane({ ...WORKBOOK, bodyBackgroundColor });
    await expect(page.locator("html").getAttribute("data-theme")).resolves.toBe(theme);
    const serious = async () => {
      await page.addScriptTag({ url: AXE_PATH });
      const results = (await page.evaluate(() =>
        (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResults> } }).axe.run(document, { resultTypes: ["violations"] }),
      )) as AxeResults;
      expect(results.passes.length).toBeGreaterThan(10);
      return results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    };
    expect(await serious()).toEqual([]);
    await statusAfter(page, () => page.locator("#review-files").setInputFiles(REVIEWED.map((name) => join(files, name))));
    expect(await serious()).toEqual([]);
    await page.screenshot({ path: join(artifacts, `taskpane-zh-review-${theme}.png`), fullPage: true });
  });
});
