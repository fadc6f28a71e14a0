import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/jixiao";

function capture(): CliIo & { out: string; err: string } {
  const io = { out: "", err: "", stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe("jixiao", () => {
  it("prints its usage in Chinese and English", async () => {
    const io = capture();
    expect(await main(["--help"], io)).toBe(0);
    expect(io.out).toContain("用法");
    expect(io.out).toContain("Usage");
    expect(await main([], capture())).toBe(2);
  });

  it("refuses an unknown command with exit code 2 and no stack trace", async () => {
    const io = capture();
    expect(await main(["verify", "a.xlsx"], io)).toBe(2);
    expect(io.err).toContain("未知命令“verify”");
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  it("writes a template and checks it clean, end to end through the built command", () => {
    const bin = join(__dirname, "../../lib/cli/jixiao.js");
    if (!existsSync(bin)) execFileSync(process.execPath, [join(__dirname, "../../scripts/build-lib.js")]);
    // npx runs the file itself: it must be executable (tsc alone leaves it 644).
    if (process.platform !== "win32") expect(statSync(bin).mode & 0o111).not.toBe(0);
    const dir = mkdtempSync(join(tmpdir(), "jixiao-cli-"));
    try {
      const out = join(dir, "seed.xlsx");
      const made = spawnSync(process.execPath, [bin, "template", "--family", "sh-2018", "--example", out], { encoding: "utf8" });
      expect(made.status).toBe(0);
      const checked = spawnSync(process.execPath, [bin, "check", "--json", out], { encoding: "utf8" });
      expect(checked.status).toBe(0);
      const report = JSON.parse(checked.stdout);
      expect(report.files[0].tables[0]).toMatchObject({ family: "sh-2018", totalWeight: 100, totalScore: 97, findings: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
