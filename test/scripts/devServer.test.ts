import { ChildProcess, spawn } from "child_process";
import { readFileSync } from "fs";
import { get } from "https";
import { createServer } from "net";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { caCertificatePath } = require("../../scripts/dev-certs");

const root = join(__dirname, "../..");

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

describe("npm start on Linux", () => {
  let server: ChildProcess;
  let output = "";
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    server = spawn(process.execPath, [join(root, "scripts/start.js")], {
      cwd: root,
      env: { ...process.env, PORT: String(port) },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${output}`)), 170_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Upload My Add-in")) {
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
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  });

  it("prints how to sideload, in Chinese and English", () => {
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
