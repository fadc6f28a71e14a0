/**
 * Regenerates the README's pictures of the task pane from the browser harness (Debian's Chromium, the
 * office.js stand-in): for each scene of test/browser/readmePictures.ts, docs/<name>.png and beside it
 * docs/<name>.txt, the state the picture shows, which test/browser/taskpane.test.ts compares with a fresh
 * rendering. Run after changing what those scenes show:
 *   npx ts-node --transpile-only -O '{"module":"commonjs"}' scripts/make-readme-pictures.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { launchChromium, serveDirectory } from "../test/browser/paneHarness";
import { DOCS, renderScene, SCENES, stateFile } from "../test/browser/readmePictures";
import { buildAddin, bundleStandIn } from "../test/support/browserBuild";

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "jx-pictures-"));
  const [standIn] = await Promise.all([bundleStandIn(), buildAddin(dir, "development")]);
  const server = await serveDirectory(dir);
  const browser = await launchChromium();
  try {
    for (const scene of SCENES) {
      const rendered = await renderScene(browser, server.origin, standIn, scene);
      writeFileSync(join(DOCS, scene.file), rendered.png);
      writeFileSync(join(DOCS, scene.file.replace(/\.png$/, ".txt")), stateFile(rendered));
      console.log(`docs/${scene.file} (${Math.round(rendered.png.length / 1024)} KB)`);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
