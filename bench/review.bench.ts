/**
 * 批量审核 in the pane: 200 workbooks given through the file input of a production build in Debian's
 * Chromium (office.js answered by the stand-in), read and checked in the worker and written as 审核汇总 and
 * 审核明细. The time from choosing the files to the outcome, per file, beside the same files read and checked
 * in Node on one thread; and the syncs of the whole write.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser } from "playwright-core";
import { makeGrid } from "../src/core/grid";
import { reviewGrids, unreadableFile } from "../src/core/review";
import { readXlsx } from "../src/xlsx";
import { launchChromium, paneSession, serveDirectory, StaticServer } from "../test/browser/paneHarness";
import { mofGrid, TOWN_FORM, TOWN_FORM_CLEAN } from "../test/fixtures/mof";
import { seedGrid } from "../test/fixtures/seed";
import { withCell } from "../test/fixtures/tables";
import { xlsxBuffer } from "../test/fixtures/xlsx";
import { buildAddin, bundleStandIn } from "../test/support/browserBuild";
import type { StandInConfig, StandInProbe } from "../test/support/officeStandIn";
import { BenchSuite, Figure } from "./harness";

const FILES = 200;
const RUNS = 3;
const TARGET_MS = 10_000;
const TARGET_SYNCS = 3;

const CONFIG: StandInConfig = { host: "Excel", displayLanguage: "zh-CN", excelApiMinor: 13, sheets: [{ name: "Sheet1" }] };

/** The kinds of workbook a reviewer receives, in turn: clean and wrong forms of both families, and a damaged file now and then. */
async function workbooks(): Promise<Buffer[]> {
  const named = seedGrid({ sheet: "指标评分表", above: [["1. 指标评分表"], ["项目名称", null, "社区养老服务", "实施单位", "街道办"], ["主管部门：民政局"]] });
  const kinds = await Promise.all([
    xlsxBuffer([mofGrid(TOWN_FORM_CLEAN)]),
    xlsxBuffer([makeGrid({ sheet: "封面", values: [["封面"]] }), named]),
    xlsxBuffer([withCell(named, "F12", 35)]),
    xlsxBuffer([mofGrid(TOWN_FORM)]),
  ]);
  return [...kinds, kinds[0].subarray(0, 300)];
}

/** Milliseconds from choosing the files to the outcome on the status line, and the syncs of the write. */
async function reviewInPane(browser: Browser, origin: string, standIn: string, paths: string[]): Promise<{ ms: number; syncs: number }> {
  const context = await browser.newContext({ viewport: { width: 340, height: 900 } });
  try {
    const { page } = await paneSession(context, { standIn, config: CONFIG });
    page.setDefaultTimeout(120_000);
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("tab", { name: "批量审核" }).click();
    // The tab's code loads when it is opened, before any file is chosen.
    await page.locator("#panel-review:not([aria-busy]) .review-drop").waitFor();
    const start = performance.now();
    await page.locator("#review-files").setInputFiles(paths);
    await page.waitForFunction(() => document.getElementById("review-status")?.textContent?.startsWith("已审核"));
    const ms = performance.now() - start;
    const runs = (await page.evaluate(() => (window as unknown as { jxStandIn: StandInProbe }).jxStandIn.runs)) as StandInProbe["runs"];
    if (runs.length !== 1 || runs[0].failed) throw new Error(`the review wrote in ${runs.length} run(s)`);
    return { ms, syncs: runs[0].syncs };
  } finally {
    await context.close();
  }
}

/** The same files read and checked in Node, one after another: the work without the browser, worker and Excel. */
function reviewInNode(paths: string[]): number {
  const start = performance.now();
  for (const path of paths) {
    try {
      reviewGrids(path, readXlsx(readFileSync(path)));
    } catch (e) {
      unreadableFile(path, e);
    }
  }
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const suite: BenchSuite = {
  title: `批量审核: ${FILES} workbooks reviewed in the task pane`,
  async run() {
    const dist = mkdtempSync(join(tmpdir(), "jx-bench-review-"));
    const files = mkdtempSync(join(tmpdir(), "jx-bench-review-files-"));
    let browser: Browser | null = null;
    let server: StaticServer | null = null;
    try {
      const [[standIn], kinds] = await Promise.all([Promise.all([bundleStandIn(), buildAddin(dist, "production")]), workbooks()]);
      const paths = Array.from({ length: FILES }, (_, i) => join(files, `单位${String(i + 1).padStart(3, "0")}.xlsx`));
      paths.forEach((path, i) => writeFileSync(path, kinds[i % kinds.length]));
      server = await serveDirectory(dist);
      browser = await launchChromium();
      const pane: { ms: number; syncs: number }[] = [];
      const node: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        pane.push(await reviewInPane(browser, server.origin, standIn, paths));
        node.push(reviewInNode(paths));
      }
      const ms = median(pane.map((p) => p.ms));
      const syncs = Math.max(...pane.map((p) => p.syncs));
      const figures: Figure[] = [
        {
          name: `${FILES} files chosen → sheets written (Chromium, stand-in)`,
          value: ms,
          unit: "ms",
          baseline: { name: "read and checked in Node, one thread", value: median(node) },
          target: `≤ ${TARGET_MS.toLocaleString("en-US")} ms`,
          met: ms <= TARGET_MS,
        },
        { name: "time per file in the pane", value: ms / FILES, unit: "ms", baseline: { name: "in Node", value: median(node) / FILES } },
        { name: "syncs for the whole write", value: syncs, unit: "syncs", target: `≤ ${TARGET_SYNCS}`, met: syncs <= TARGET_SYNCS },
      ];
      return figures;
    } finally {
      await browser?.close();
      await server?.close();
      rmSync(dist, { recursive: true, force: true });
      rmSync(files, { recursive: true, force: true });
    }
  },
};

export default suite;
