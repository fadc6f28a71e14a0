/**
 * The task pane's weight and start-up: the minified size of each script the page loads (office.js
 * excluded) and of them all together, each beside its gzip size, and the pane's time to interactive
 * in Debian's Chromium from local files, beside a blank page loaded the same way.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import { gzipSync } from "zlib";
import type { Browser } from "playwright-core";
import { launchChromium, standInScript } from "../test/browser/paneHarness";
import { buildAddin, bundleStandIn } from "../test/support/browserBuild";
import type { StandInConfig } from "../test/support/officeStandIn";
import { BenchSuite, Figure } from "./harness";

const KB = 1024;
/**
 * The page's own scripts together (the limit). functions.js has no limit of its own: it is the entry that
 * carries the core the task pane shares (webpack.config.js), and the shared runtime loads the whole page.
 */
const PAGE_TARGET_KB = 130;
const RUNS = 7;

const PANE_CONFIG: StandInConfig = { host: "Excel", displayLanguage: "zh-CN", excelApiMinor: 13, sheets: [{ name: "Sheet1" }] };

/** A page with nothing but an enabled tab list: what loading any page from disk costs. */
const BLANK_PAGE = '<!doctype html><meta charset="utf-8"><title>blank</title><div role="tablist"><button role="tab">x</button></div>';

/** The scripts taskpane.html loads, in order, without office.js (the host's, not ours). */
function pageScripts(dir: string): string[] {
  const html = readFileSync(join(dir, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !src.includes("office-js/"));
}

function sizeFigure(dir: string, name: string, files: string[], targetKb?: number): Figure {
  const bytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
  return {
    name: `${name} minified`,
    value: bytes / KB,
    unit: "KB",
    baseline: { name: "its gzip size", value: gzip / KB },
    ...(targetKb === undefined ? {} : { target: `≤ ${targetKb} KB`, met: bytes <= targetKb * KB }),
  };
}

const INTERACTIVE = '[role="tablist"] [role="tab"]:not([disabled])';

/** Notes, in the page, the moment an enabled tab first appears, without waiting on the test's round trips. */
function noteInteractive(selector: string): void {
  const w = window as unknown as { interactiveAt?: number };
  new MutationObserver((_, observer) => {
    if (!document.querySelector(selector)) return;
    w.interactiveAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

/** Milliseconds from navigation start until an enabled tab is on the page; the median of RUNS fresh pages. */
async function timeToInteractive(browser: Browser, url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const page = await browser.newPage({ viewport: { width: 340, height: 900 } });
    await page.addInitScript(noteInteractive, INTERACTIVE);
    await page.goto(url, { waitUntil: "commit" });
    const at = await page.waitForFunction(() => (window as unknown as { interactiveAt?: number }).interactiveAt, undefined, { timeout: 30_000 });
    const ms = (await at.jsonValue()) as number;
    await page.close();
    if (i > 0) times.push(ms); // the first load warms the disk cache
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const suite: BenchSuite = {
  title: "Task pane: bundle sizes and time to interactive",
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "jx-bench-pane-"));
    let browser: Browser | null = null;
    try {
      const [standIn] = await Promise.all([bundleStandIn(), buildAddin(dir, "production")]);
      const scripts = pageScripts(dir);
      const figures = [
        ...scripts.map((file) => sizeFigure(dir, file, [file])),
        sizeFigure(dir, `the page's scripts together (${scripts.join(" + ")})`, scripts, PAGE_TARGET_KB),
        sizeFigure(
          dir,
          "what the custom functions run on (all but taskpane.js)",
          scripts.filter((f) => f !== "taskpane.js"),
        ),
      ];
      // The page loads office-js/office.js beside it: from disk, that is the stand-in.
      writeFileSync(join(dir, "office-js", "office.js"), standInScript(standIn, PANE_CONFIG));
      writeFileSync(join(dir, "blank.html"), BLANK_PAGE);
      browser = await launchChromium();
      const pane = await timeToInteractive(browser, pathToFileURL(join(dir, "taskpane.html")).href);
      const blank = await timeToInteractive(browser, pathToFileURL(join(dir, "blank.html")).href);
      figures.push({ name: "task pane time to interactive (file://, Chromium)", value: pane, unit: "ms", baseline: { name: "blank page", value: blank } });
      return figures;
    } finally {
      await browser?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
