/**
 * JX.EXECRATESCORE as Excel's web runtime meets it: the production functions.js, minified as shipped, registered in
 * Chromium (a Chromium engine like the WebView2 of Excel on Windows) and timed one cell at a time beside the same
 * arithmetic on the same varying inputs in the same page.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import type { Browser } from "playwright-core";
import { launchChromium } from "../test/browser/paneHarness";
import { buildAddin, bundleScript } from "../test/support/browserBuild";
import type { CellRates } from "./functionsPage";
import { BenchSuite, withinTimes } from "./harness";

/** The page: the stand-in and the timing first, then the add-in's functions as taskpane.html loads them. */
const CELLS_PAGE =
  '<!doctype html><meta charset="utf-8"><title>cells</title><script src="cells.js"></script><script src="runtime.js"></script><script src="functions.js"></script>';

const suite: BenchSuite = {
  title: "JX custom functions in Chromium, from the production bundle",
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "jx-bench-cells-"));
    let browser: Browser | null = null;
    try {
      const [pageScript] = await Promise.all([bundleScript("./bench/functionsPage.ts"), buildAddin(dir, "production")]);
      writeFileSync(join(dir, "cells.js"), pageScript);
      writeFileSync(join(dir, "cells.html"), CELLS_PAGE);
      browser = await launchChromium();
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(dir, "cells.html")).href);
      const rates = await page.evaluate(() => (window as unknown as { measureExecRateScore: () => CellRates }).measureExecRateScore());
      if (rates.disagreements > 0)
        throw new Error(`JX.EXECRATESCORE and its arithmetic disagree on ${rates.disagreements} inputs: the figure would time something else`);
      return [
        {
          name: "JX.EXECRATESCORE (banded), one cell, production functions.js in Chromium",
          value: rates.value,
          unit: "calls/s",
          baseline: { name: "plain JS, same arithmetic, same page", value: rates.baseline },
          ...withinTimes(rates.value, rates.baseline, 5),
        },
      ];
    } finally {
      await browser?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
