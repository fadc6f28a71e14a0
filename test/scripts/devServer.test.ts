import { ChildProcess, spawn } from "child_process";
import { readFileSync } from "fs";
import { get } from "https";
import { createServer } from "net";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { caCertificatePath, ensureCertificates } = require("../../scripts/dev-certs");

const root = join(__dirname, "../..");
/**
 * On Windows and macOS `npm start` trusts its CA, sideloads the manifest and opens Excel: no test may do
 * that, so there only the server it starts is tested, with a certificate made but not trusted.
 */
const desktop = process.platform === "win32" || process.platform === "darwin";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Fetches over https, trusting only the CA that `npm start` made. */
function fetchStatus(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { ca: readFileSync(caCertificatePath) }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

/** npm start on Linux; webpack's dev server alone on Windows and macOS. */
function startServer(port: number): ChildProcess {
  const args = desktop ? [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"] : [join(root, "scripts/start.js")];
  return spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    // Its own process group, so the whole tree can be stopped; Windows stops a tree by taskkill.
    detached: process.platform !== "win32",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function stopServer(server: ChildProcess): void {
  if (!server.pid) return;
  if (process.platform === "win32") spawn("taskkill", ["/pid", String(server.pid), "/t", "/f"]);
  else process.kill(-server.pid, "SIGTERM");
}

/** What the server prints once it serves: npm start's sideloading steps, or webpack's first compile. */
const ready = (output: string) => (desktop ? /compiled (successfully|with \d+ warning)/.test(output) : output.includes("Upload My Add-in"));

describe(desktop ? "the dev server npm start runs" : "npm start on Linux", () => {
  let server: ChildProcess;
  let output = "";
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    if (desktop) await ensureCertificates({ trust: false });
    server = startServer(port);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${output}`)), 170_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (ready(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      server.stdout!.on("data", onData);
      server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      server.on("exit", (code) => reject(new Error(`dev server exited with ${code}:\n${output}`)));
    });
  }, 180_000);

  afterAll(() => {
    if (server) stopServer(server);
  });

  (desktop ? it.skip : it)("prints how to sideload, in Chinese and English", () => {
    expect(output).toContain("上传我的加载项");
    expect(output).toContain("Upload My Add-in");
  });

  it.each(["taskpane.html", "functions.js", "functions.json", "functions.en-us.json", "office-js/office.js", "assets/icon-32.png"])(
    "serves %s with HTTP 200 over https",
    async (file) => {
      const { status } = await fetchStatus(`https://localhost:${port}/${file}`);
      expect(status).toBe(200);
    },
  );

  it("serves metadata naming the JX functions", async () => {
    const { body } = await fetchStatus(`https://localhost:${port}/functions.json`);
    expect(JSON.parse(body).functions.map((f: { id: string }) => f.id)).toContain("EXECRATESCORE");
  });
});
