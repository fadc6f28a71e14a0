import { readFileSync } from "fs";
import { join } from "path";
import { builtinChecks, CHECK_IDS } from "../../../src/core/checks";

const README = readFileSync(join(__dirname, "../../../README.md"), "utf8");

/** The ids in the README's 校验规则 table: every `id` in its first column (a row may name two). */
function documentedIds(): string[] {
  const section = README.split("## 校验规则")[1].split("\n## ")[0];
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) => [...line.split("|")[1].matchAll(/`([\w-]+)`/g)].map((m) => m[1]));
}

/** The ids the English summary lists after **Checks:**, up to the first bracket. */
function englishIds(): string[] {
  const list = README.split("**Checks:**")[1].split("(")[0];
  return list
    .split(/,|\band\b/)
    .map((id) => id.trim())
    .filter(Boolean);
}

describe("check ids, defined once", () => {
  it("the runner's checks are exactly CHECK_IDS", () => {
    expect(builtinChecks.map((c) => c.id).sort()).toEqual([...CHECK_IDS].sort());
  });

  it("the README's 校验规则 table documents the same set", () => {
    expect(documentedIds().sort()).toEqual([...CHECK_IDS].sort());
  });

  it("the README's English summary names the same set", () => {
    expect(englishIds().sort()).toEqual([...CHECK_IDS].sort());
  });
});
