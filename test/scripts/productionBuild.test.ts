import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/manifest-checks");

const root = join(__dirname, "../..");
const BASE = "https://oa.example.gov.cn/jixiao/";

describe("the production build with a base URL", () => {
  const out = mkdtempSync(join(tmpdir(), "jixiao-dist-"));

  beforeAll(() => {
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out], {
      cwd: root,
      env: { ...process.env, ADDIN_BASE_URL: BASE },
      stdio: "pipe",
    });
  }, 240_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("points every URL of dist/manifest.xml at that base, and nowhere else", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    const urls = manifest.match(/https?:\/\/[^"<\s]+/g)!.filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith(BASE))).toEqual([]);
    expect(manifest).not.toContain("localhost");
  });

  it("builds every file the manifest names, so the built manifest passes the checks", async () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(await checkManifest(manifest, { distDir: out, baseUrl: BASE })).toEqual([]);
  });

  it("ships a local office.js without debug files, loaded by the task pane", () => {
    expect(existsSync(join(out, "office-js/office.js"))).toBe(true);
    expect(existsSync(join(out, "office-js/office.debug.js"))).toBe(false);
    expect(readFileSync(join(out, "taskpane.html"), "utf8")).toMatch(/src="?office-js\/office\.js/);
  });

  it("emits Chinese and English function metadata", () => {
    const zh = JSON.parse(readFileSync(join(out, "functions.json"), "utf8"));
    const en = JSON.parse(readFileSync(join(out, "functions.en-us.json"), "utf8"));
    expect(zh.functions.length).toBe(en.functions.length);
    expect(zh.functions[0].description).toMatch(/[\u4e00-\u9fff]/);
    expect(en.functions[0].description).not.toMatch(/[\u4e00-\u9fff]{3}/);
  });
});

describe("the build options", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { officeJsSource, addinBaseUrl } = require("../../scripts/build-options");

  it("choose where office.js comes from", () => {
    expect(officeJsSource(undefined).local).toBe(true);
    expect(officeJsSource("microsoft").url).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(officeJsSource("21Vianet").url).toContain("office365.cn");
    expect(() => officeJsSource("cdn")).toThrow("OFFICE_JS 只能是");
  });

  it("accept only an https base URL, and end it with a slash", () => {
    expect(addinBaseUrl("https://oa.example.gov.cn/jixiao")).toBe(BASE);
    expect(() => addinBaseUrl("http://oa.example.gov.cn/")).toThrow("https://");
  });
});
