import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { check } from "../../src/cli/check";
import { CliIo } from "../../src/cli/io";
import { template } from "../../src/cli/template";

let dir: string;
beforeAll(async () => void (dir = await fs.mkdtemp(join(tmpdir(), "jixiao-blank-"))));
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const quiet: CliIo = { stdout: () => undefined, stderr: () => undefined };

describe("jixiao check on a blank form written by jixiao template", () => {
  it.each(["sh-2018", "mof-2020-self", "mof-2020-framework"])("%s: reports errors and exits 1", async (family) => {
    const out = join(dir, `${family}.xlsx`);
    expect(await template(["--family", family, out], quiet)).toBe(0);
    let stdout = "";
    const code = await check(["--json", out], { ...quiet, stdout: (t) => void (stdout += t) });
    const [table] = JSON.parse(stdout).files[0].tables;
    expect(code).toBe(1);
    expect(table.findings.some((f: { severity: string }) => f.severity === "error")).toBe(true);
  });
});
