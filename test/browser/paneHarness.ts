/**
 * What the browser tests and the task-pane benchmark share: a static server for the built add-in,
 * a Chromium-based browser found on this machine and driven by playwright-core, and a page of the
 * task pane whose office.js request is answered with the stand-in (or a 404), recording every
 * request, page error and dialog.
 */
import { createReadStream, existsSync, statSync } from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { delimiter, extname, join, normalize } from "path";
import { Browser, BrowserContext, chromium, LaunchOptions, Page } from "playwright-core";
import type { StandInConfig } from "../support/officeStandIn";

/** Browser commands looked up on the PATH, in this order. */
const PATH_COMMANDS = ["chromium", "chromium-browser", "google-chrome", "microsoft-edge"];
/** Then the browsers playwright-core knows by channel at their usual install places (every Windows machine has Edge). */
const CHANNELS = ["msedge", "chrome"];

export const NO_BROWSER_MESSAGE = [
  "找不到用于任务窗格测试的浏览器（Chromium、Chrome 或 Edge）。",
  "No browser for the task-pane tests (Chromium, Chrome or Edge) was found. Looked at:",
  "  CHROMIUM_PATH (not set), " + PATH_COMMANDS.join(", ") + " on the PATH, and playwright's " + CHANNELS.join(" and ") + " channels.",
  "Install one: Debian/Ubuntu `sudo apt-get install chromium fonts-noto-cjk`; Windows has Edge; macOS/others: install",
  "Google Chrome or Microsoft Edge, or set CHROMIUM_PATH to a Chromium-based browser's executable.",
  "`npm run test:unit` runs every test that needs no browser.",
].join("\n");

/** The first file named `command` on the PATH (with Windows' executable extensions), if any. */
function onPath(command: string): string | undefined {
  const extensions = process.platform === "win32" ? (process.env.PATHEXT ?? ".EXE").split(";") : [""];
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    for (const ext of extensions) {
      const file = join(dir, command + ext);
      if (existsSync(file) && statSync(file).isFile()) return file;
    }
  }
  return undefined;
}

/** What launches the browser: CHROMIUM_PATH, else a browser command on the PATH, else undefined (try the channels). */
function browserOnPath(): string | undefined {
  const named = process.env.CHROMIUM_PATH;
  if (named) {
    if (!existsSync(named)) throw new Error(`CHROMIUM_PATH names no file: ${named}`);
    return named;
  }
  for (const command of PATH_COMMANDS) {
    const file = onPath(command);
    if (file) return file;
  }
  return undefined;
}

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves a directory on 127.0.0.1 at a free port, files only. */
export function serveDirectory(dir: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    const file = join(dir, path);
    if (path.startsWith("..") || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}

/**
 * The first browser found (see PATH_COMMANDS and CHANNELS), headless; playwright gives every launch a fresh
 * temporary profile. Throws NO_BROWSER_MESSAGE when there is none.
 */
export async function launchChromium(): Promise<Browser> {
  const options: LaunchOptions = { headless: true, args: CHROMIUM_ARGS };
  const executablePath = browserOnPath();
  if (executablePath) return chromium.launch({ ...options, executablePath });
  for (const channel of CHANNELS) {
    try {
      return await chromium.launch({ ...options, channel });
    } catch (e) {
      // playwright resolves each channel's usual install place itself and says when nothing is there.
      if (!/is not found at/.test(String(e))) throw e;
    }
  }
  throw new Error(NO_BROWSER_MESSAGE);
}

/** The office.js the page gets: the stand-in with its configuration, or a 404 as when office.js cannot be loaded. */
export type OfficeJs = { standIn: string; config: StandInConfig } | "404";

export function standInScript(standIn: string, config: StandInConfig): string {
  return `var __JX_STAND_IN__ = ${JSON.stringify(config)};\n${standIn}`;
}

export interface PaneSession {
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  pageErrors: string[];
  dialogs: string[];
}

/** Where a test can load axe-core from: the page's own origin, so its CSP lets the script run. */
export const AXE_PATH = "/__test__/axe.js";

/** A browser context of the pane's default width; the pages of one test file share it. Scale 2 makes sharp screenshots. */
export function paneContext(browser: Browser, deviceScaleFactor = 1): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 340, height: 900 }, deviceScaleFactor, locale: "zh-CN" });
}

/** A new page, office.js answered as asked, recording what it does. Does not navigate. */
export async function paneSession(context: BrowserContext, officeJs: OfficeJs): Promise<PaneSession> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const session: PaneSession = { page, requests: [], pageErrors: [], dialogs: [] };
  page.on("request", (r) => session.requests.push(r.url()));
  page.on("pageerror", (e) => session.pageErrors.push(String(e)));
  page.on("dialog", (d) => {
    session.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route("**/office-js/office.js", (route) =>
    officeJs === "404"
      ? route.fulfill({ status: 404, body: "" })
      : route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: standInScript(officeJs.standIn, officeJs.config) }),
  );
  await page.route(`**${AXE_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", path: require.resolve("axe-core/axe.min.js") }),
  );
  return session;
}
