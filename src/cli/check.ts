/**
 * `jixiao check [--format text|json|csv] [--json] [--jobs N] [--lang zh|en] <file-or-folder>...`: every
 * table of every sheet of every .xlsx (folders searched recursively, in natural order; .zip archives
 * looked into) read and checked
 * in a pool of worker threads, reported in the user's language in the order of the arguments. Exit 0: no
 * error found; 1: an error found; 2: a file could not be read (the others are still checked and
 * reported), no .xlsx file was found, or the arguments are wrong.
 */
import { availableParallelism } from "os";
import { Message } from "../core/errors";
import { closeArchives, readArchiveEntry } from "./archive";
import { parseCommand, version } from "./args";
import type { Checked, FileCheck } from "./checkFile";
import { readBytes } from "./fileBytes";
import { Target, xlsxTargets } from "./files";
import { Command } from "./io";
import { sanitise } from "./locale";
import { csvReport, exitCode, fileReport, jsonReport, textReport } from "./report";

export { envLocale } from "./locale";
export type { FileReport, FindingReport, TableReport } from "./report";
export type { FileCheck } from "./checkFile";

export const CHECK_USAGE = [
  "用法：jixiao check [--format text|json|csv] [--json] [--jobs N] [--lang zh|en] <文件、文件夹或 .zip 压缩包>...",
  "  --format  报告格式：text（默认）、json，或 csv（每个表一行，可用 Excel 打开）；--json 即 --format json",
  "  --jobs    同时检查的文件数，默认为处理器核数；每个文件在单独的线程中检查，内存和时间有上限（--jobs 1 时在主线程中检查）",
  "  --lang    报告的语言；默认随 LC_ALL / LC_MESSAGES / LANG，未设置或为 C 时用中文",
  "Usage: jixiao check [--format text|json|csv] [--json] [--jobs N] [--lang zh|en] <file, folder or .zip archive>...",
  "  --format  text (default), json, or csv (one row per table, opens in Excel); --json is --format json",
  "  --jobs    files checked at once, by default the number of cores, each in a thread whose memory and time are capped (--jobs 1: in the main thread)",
  "  --lang    language of the report; by default from LC_ALL / LC_MESSAGES / LANG, Chinese when unset or C",
  "",
].join("\n");

const FORMATS = ["text", "json", "csv"] as const;
type Format = (typeof FORMATS)[number];

const OPTIONS = {
  json: { type: "boolean" },
  format: { type: "string" },
  jobs: { type: "string" },
} as const;

export const check: Command = async (args, io) => {
  const parsed = parseCommand(args, OPTIONS);
  const refuse = (problem: Message) => {
    io.stderr(`${sanitise(`${problem.zh} (${problem.en})`)}\n${CHECK_USAGE}`);
    return 2;
  };
  if ("zh" in parsed) return refuse(parsed);
  const { values, positionals: paths, locale } = parsed;
  if (values.help || values.version) {
    io.stdout(values.help ? CHECK_USAGE : version());
    return 0;
  }
  const format = (values.json ? "json" : (values.format ?? "text")) as Format;
  if (!FORMATS.includes(format))
    return refuse({ zh: `--format 只能是 text、json 或 csv，而不是“${format}”。`, en: `--format must be text, json or csv, not "${format}".` });
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    return refuse({ zh: `--jobs 应为正整数，而不是“${values.jobs}”。`, en: `--jobs must be a whole number of at least 1, not "${values.jobs}".` });
  if (paths.length === 0) return refuse({ zh: "请给出要检查的文件或文件夹。", en: "Give the files or folders to check." });

  const targets = (await Promise.all(paths.map(xlsxTargets))).flat();
  if (targets.length === 0) {
    io.stderr(`${sanitise(noXlsxFound(paths)[locale])}\n`);
    if (format === "json") io.stdout(jsonReport([]));
    return 2;
  }
  let done = 0;
  const checked = await checkAll(targets, jobs, (file) => io.stderr(`[${++done}/${targets.length}] ${sanitise(file)}\n`));
  const reports = checked.map((c) => fileReport(c, locale));
  io.stdout(format === "json" ? jsonReport(reports) : format === "csv" ? csvReport(reports, locale) : textReport(reports, locale));
  return exitCode(reports);
};

function noXlsxFound(paths: string[]): Message {
  return { zh: `未找到 .xlsx 文件：${paths.join("、")}`, en: `No .xlsx files found in ${paths.join(", ")}` };
}

/**
 * Checks the targets `jobs` at a time, each file read once (by this thread) and checked in a worker
 * thread, whose memory and time per file are capped (see pool.ts), even when there is one file; only
 * `--jobs 1` checks here, in the main thread, without those caps. The results keep the targets' order
 * whatever order they finish in.
 */
async function checkAll(targets: Target[], jobs: number, progress: (file: string) => void): Promise<FileCheck[]> {
  const lanes = Math.min(jobs, targets.length);
  // Loaded for the lane that needs it: the main thread of a pool reads files and loads no reader or check.
  const pool = jobs > 1 ? new (await import("./pool")).CheckPool(lanes) : null;
  const checkHere = pool ? null : (await import("./checkFile")).checkBytes;
  const results: FileCheck[] = new Array(targets.length);
  let next = 0;
  const lane = async () => {
    while (next < targets.length) {
      const i = next++;
      const { file, path, error, entry } = targets[i];
      const bytes = error ?? (entry ? readArchiveEntry(path, entry) : readBytes(path));
      let outcome: Checked;
      if (!(bytes instanceof Uint8Array)) outcome = { error: bytes, tables: [] };
      else outcome = pool ? await pool.check(bytes) : checkHere!(bytes);
      results[i] = { file, ...outcome };
      progress(file);
    }
  };
  try {
    await Promise.all(Array.from({ length: lanes }, lane));
  } finally {
    closeArchives();
    await pool?.close();
  }
  return results;
}
