/**
 * The README's pictures of the task pane: each a scene in the browser harness (a workbook, what the user
 * does) and what it shows. Beside each picture, docs/<name>.txt holds the state the picture was taken
 * from (viewport, theme, language, the pane's visible text) and the picture's SHA-256. Pixels vary with
 * font hinting from machine to machine; that state does not, so a test renders each scene again and
 * fails when the state differs from the committed one (the picture is stale) or the picture is not the
 * one the state was written with. scripts/make-readme-pictures.ts writes both.
 */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import { join, resolve } from "path";
import type { Browser, Page } from "playwright-core";
import { seedGrid } from "../fixtures/seed";
import { withCell } from "../fixtures/tables";
import type { StandInConfig } from "../support/officeStandIn";
import { paneContext, paneSession } from "./paneHarness";
import { gridSheet } from "./workbooks";

export const DOCS = resolve(__dirname, "../../docs");

/** Sharp enough for the README at the pane's width. */
const SCALE = 2;

export interface Scene {
  /** The picture's file in docs/. */
  file: string;
  config: StandInConfig;
  /** What the user does before the picture is taken; it resolves once the pane shows the result. */
  act(page: Page): Promise<void>;
}

/** The seed's table with one planted error (a first-level score that is not the sum of its indicators'). */
const planted = (): StandInConfig => ({
  host: "Excel",
  displayLanguage: "zh-CN",
  excelApiMinor: 13,
  sheets: [{ name: "封面", values: [["封面"]] }, gridSheet(withCell(seedGrid(), "F12", 35), "自评表")],
  active: "自评表",
});

export const SCENES: Scene[] = [
  {
    file: "taskpane-zh.png",
    config: planted(),
    async act(page) {
      await page.getByRole("tab", { name: "校验" }).click();
      await page.getByRole("button", { name: "校验工作表" }).click();
      await page.locator(".findings.error .finding").waitFor();
      await page.locator("#check-status:not(.working):not(:empty)").waitFor();
    },
  },
];

export interface Rendered {
  png: Buffer;
  /** The state file's text without its picture line. */
  state: string;
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** The state text as the state file holds it: the scene's state, then the picture's hash. */
export function stateFile(rendered: Rendered): string {
  return `${rendered.state}picture sha256: ${sha256(rendered.png)}\n`;
}

/** The committed state file of a scene split into its state and the hash it gives for the picture. */
export function committed(scene: Scene): { state: string; pictureSha: string | null; actualSha: string } {
  const text = readFileSync(join(DOCS, scene.file.replace(/\.png$/, ".txt")), "utf8");
  const match = /^picture sha256: (\w+)\n$/m.exec(text);
  return { state: match ? text.slice(0, match.index) : text, pictureSha: match?.[1] ?? null, actualSha: sha256(readFileSync(join(DOCS, scene.file))) };
}

/** Renders a scene in its own browser context: the picture of the pane's content and the state it shows. */
export async function renderScene(browser: Browser, origin: string, standIn: string, scene: Scene): Promise<Rendered> {
  const context = await paneContext(browser, SCALE);
  try {
    const { page, pageErrors } = await paneSession(context, { standIn, config: scene.config });
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForSelector("main#app:not([aria-busy])");
    await scene.act(page);
    if (pageErrors.length > 0) throw new Error(`the pane failed while rendering ${scene.file}: ${pageErrors.join("; ")}`);
    // No hover on the button just clicked; the pane's content only, without the empty viewport below it.
    const viewport = page.viewportSize()!;
    await page.mouse.move(viewport.width - 1, viewport.height - 1);
    const main = page.locator("main");
    const png = await main.screenshot({ animations: "disabled" });
    const html = page.locator("html");
    const state = [
      `picture: docs/${scene.file}`,
      `viewport: ${viewport.width}x${viewport.height} at ${SCALE}x, theme ${await html.getAttribute("data-theme")}, language ${await html.getAttribute("lang")}`,
      `status lines: ${(await page.locator("main .status:not(:empty)").evaluateAll((els) => els.map((e) => e.className))).join(", ")}`,
      `shows:`,
      ...(await main.innerText())
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => `  ${line}`),
      "",
    ].join("\n");
    return { png, state };
  } finally {
    await context.close();
  }
}
