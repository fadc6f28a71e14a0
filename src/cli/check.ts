/**
 * `jixiao check [--json] [--lang zh|en] <file-or-folder>...`: every table of every sheet of every .xlsx
 * (folders searched recursively) read and checked, reported in the user's language. Exit 0: no error
 * found; 1: an error found; 2: a file could not be read (the others are still checked and reported), no
 * .xlsx file was found, or the arguments are wrong.
 */
import { promises as fs } from "fs";
import { join } from "path";
import { checkGrid, CheckedTable, Finding, TableSummary } from "../core/checks";
import { JxError, Locale, Message } from "../core/errors";
import { rulebooks } from "../core/rulebooks";
import { Command } from "./io";
import { readXlsxGrids } from "./xlsxRead";

const USAGE = [
  "用法：jixiao check [--json] [--lang zh|en] <文件或文件夹>...",
  "  --lang  报告的语言；默认随 LC_ALL / LC_MESSAGES / LANG，未设置或为 C 时用中文",
  "Usage: jixiao check [--json] [--lang zh|en] <file-or-folder>...",
  "  --lang  language of the report; by default from LC_ALL / LC_MESSAGES / LANG, Chinese when unset or C",
  "",
].join("\n");

/** One finding as the JSON report writes it: the message in the report's language. */
export interface FindingReport {
  rule: string;
  severity: Finding["severity"];
  cell: string;
  message: string;
  expected?: number | string;
  actual?: number | string;
}

export interface TableReport {
  sheet: string;
  range: string;
  family: TableSummary["family"];
  totalWeight: number | null;
  totalScore: number | null;
  grade: string | null;
  findings: FindingReport[];
}

export interface FileReport {
  file: string;
  /** Why the file could not be read, in the report's language, or null. */
  error: string | null;
  tables: TableReport[];
}

/** A file as checked, its texts still in both languages. */
export interface FileCheck {
  file: string;
  error: Message | null;
  tables: CheckedTable[];
}

interface CheckOptions {
  json: boolean;
  locale: Locale;
  paths: string[];
}

export const check: Command = async (args, io) => {
  const options = checkOptions(args, process.env);
  if ("zh" in options) {
    io.stderr(`${options.zh} (${options.en})\n${USAGE}`);
    return 2;
  }
  const { json, locale, paths } = options;
  const targets = (await Promise.all(paths.map(xlsxTargets))).flat();
  if (targets.length === 0) {
    io.stderr(`${noXlsxFound(paths)[locale]}\n`);
    if (json) io.stdout(`${JSON.stringify({ files: [] })}\n`);
    return 2;
  }
  const checked: FileCheck[] = [];
  for (const [i, target] of targets.entries()) {
    io.stderr(`[${i + 1}/${targets.length}] ${target.file}\n`);
    checked.push(target.error ? { file: target.file, error: target.error, tables: [] } : await checkFile(target.file));
  }
  const reports = checked.map((c) => fileReport(c, locale));
  io.stdout(json ? `${JSON.stringify({ files: reports })}\n` : textReport(reports, locale));
  return exitCode(reports);
};

/** The options, or what is wrong with them (both languages: the language itself may be what is wrong). */
function checkOptions(args: string[], env: Record<string, string | undefined>): CheckOptions | Message {
  const options: CheckOptions = { json: false, locale: envLocale(env), paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--json") options.json = true;
    else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const value = arg === "--lang" ? args[++i] : arg.slice("--lang=".length);
      if (value !== "zh" && value !== "en") {
        return { zh: `--lang 只能是 zh 或 en，而不是“${value ?? ""}”。`, en: `--lang must be zh or en, not "${value ?? ""}".` };
      }
      options.locale = value;
    } else if (arg.startsWith("-")) return { zh: `未知选项“${arg}”。`, en: `Unknown option "${arg}".` };
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) return { zh: "请给出要检查的文件或文件夹。", en: "Give the files or folders to check." };
  return options;
}

/**
 * The user's language from the locale variables, in POSIX order (LC_ALL, then LC_MESSAGES, then LANG):
 * Chinese, the product's first language, when none is set, for the C/POSIX locale and for zh_*; else English.
 */
export function envLocale(env: Record<string, string | undefined>): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return value === "" || /^(C|POSIX)([._@]|$)/.test(value) || /^zh/i.test(value) ? "zh" : "en";
}

function noXlsxFound(paths: string[]): Message {
  return { zh: `未找到 .xlsx 文件：${paths.join("、")}`, en: `No .xlsx files found in ${paths.join(", ")}` };
}

/** A file to check, or a folder that could not be listed (reported like a file that could not be read). */
interface Target {
  file: string;
  error: Message | null;
}

/** A path given on the command line: a folder gives its .xlsx files, recursively; a file is taken as it is. */
async function xlsxTargets(path: string): Promise<Target[]> {
  const stat = await fs.stat(path).catch(() => null);
  if (!stat?.isDirectory()) return [{ file: path, error: null }];
  const entries = await fs.readdir(path, { withFileTypes: true }).catch((e: unknown) => e);
  if (!Array.isArray(entries)) return [{ file: path, error: folderFailure(entries) }];
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const found: Target[] = [];
  for (const entry of entries) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) found.push(...(await xlsxTargets(full)));
    // Excel's ~$ lock files sit beside open workbooks and are not workbooks.
    else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$")) found.push({ file: full, error: null });
  }
  return found;
}

export async function checkFile(file: string): Promise<FileCheck> {
  try {
    const grids = await readXlsxGrids(file);
    const tables = grids.flatMap((grid) => checkGrid(grid));
    return { file, error: null, tables };
  } catch (e) {
    return { file, error: e instanceof JxError ? e.text : readFailure(e), tables: [] };
  }
}

const DAMAGED: Message = { zh: "文件已损坏，无法读取", en: "The file is damaged and cannot be read" };

const DENIED: Message = { zh: "没有读取权限：请检查文件的权限或是否被其他程序锁定", en: "Permission denied: check the file's permissions or whether another program locks it" };

/** Why reading a file failed: the system's reason where it gives one, else a damaged file (never a stack trace). */
function readFailure(e: unknown): Message {
  switch (errorCode(e)) {
    case "EACCES":
    case "EPERM":
      return DENIED;
    case "EISDIR":
      return { zh: "这是文件夹，不是 .xlsx 文件", en: "This is a folder, not an .xlsx file" };
    case "ENOENT":
      return { zh: "文件在读取时已不存在（被移动或删除）", en: "The file disappeared while being read (moved or deleted)" };
    default:
      // Whatever else a damaged file makes a library throw is still a damaged file.
      return DAMAGED;
  }
}

function folderFailure(e: unknown): Message {
  const code = errorCode(e);
  if (code === "EACCES" || code === "EPERM") {
    return { zh: "没有读取该文件夹的权限", en: "Permission denied: the folder cannot be read" };
  }
  return { zh: "无法读取该文件夹", en: "The folder cannot be read" };
}

function errorCode(e: unknown): unknown {
  return typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
}

function fileReport(c: FileCheck, locale: Locale): FileReport {
  const tables = c.tables.map(({ summary: { sheet, range, family, totalWeight, totalScore, grade }, findings }) => ({
    sheet,
    range,
    family,
    totalWeight,
    totalScore,
    grade,
    findings: findings.map((f) => findingReport(f, locale)),
  }));
  return { file: c.file, error: c.error ? c.error[locale] : null, tables };
}

function findingReport(f: Finding, locale: Locale): FindingReport {
  const report: FindingReport = { rule: f.rule, severity: f.severity, cell: f.cell, message: f.message[locale] };
  if (f.expected !== undefined) report.expected = f.expected;
  if (f.actual !== undefined) report.actual = f.actual;
  return report;
}

function exitCode(reports: FileReport[]): number {
  if (reports.some((r) => r.error !== null)) return 2;
  return reports.some((r) => r.tables.some((t) => t.findings.some((f) => f.severity === "error"))) ? 1 : 0;
}

/** The words of the text report in each language. */
const WORDS = {
  zh: {
    unreadable: "无法读取：",
    noTable: "未找到指标评分表",
    unknownFamily: "未识别的表式",
    table: (weight: string, score: string, grade: string | null) => `：权重合计 ${weight}，总分 ${score}${grade ? `，等级 ${grade}` : ""}`,
    clean: "未发现问题",
    severity: { error: "错误", warning: "警告", info: "提示" },
    summary: (files: number, errors: number, warnings: number, unread: number) =>
      `共 ${files} 个文件：${errors} 个错误，${warnings} 个警告，${unread} 个文件无法读取。`,
  },
  en: {
    unreadable: "Cannot read: ",
    noTable: "No indicator scoring table found",
    unknownFamily: "Unrecognised table layout",
    table: (weight: string, score: string, grade: string | null) => `: total weight ${weight}, total score ${score}${grade ? `, grade ${grade}` : ""}`,
    clean: "No problems found",
    severity: { error: "error", warning: "warning", info: "note" },
    summary: (files: number, errors: number, warnings: number, unread: number) =>
      `Files: ${files}; errors: ${errors}; warnings: ${warnings}; files that could not be read: ${unread}.`,
  },
} as const;

function familyName(family: TableSummary["family"], locale: Locale): string {
  return rulebooks.find((r) => r.id === family)?.title[locale] ?? WORDS[locale].unknownFamily;
}

function textReport(reports: FileReport[], locale: Locale): string {
  const words = WORDS[locale];
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(report.file);
    if (report.error) lines.push(`  ${words.unreadable}${report.error}`);
    else if (report.tables.length === 0) lines.push(`  ${words.noTable}`);
    for (const t of report.tables) {
      const totals = words.table(String(t.totalWeight ?? "—"), String(t.totalScore ?? "—"), t.grade);
      lines.push(`  ${t.sheet}!${t.range} ${familyName(t.family, locale)}${totals}`);
      if (t.findings.length === 0) lines.push(`    ${words.clean}`);
      for (const f of t.findings) lines.push(`    ${f.cell} ${words.severity[f.severity]} [${f.rule}] ${f.message}`);
    }
  }
  const all = reports.flatMap((r) => r.tables.flatMap((t) => t.findings));
  const unread = reports.filter((r) => r.error !== null).length;
  const errors = all.filter((f) => f.severity === "error").length;
  const warnings = all.filter((f) => f.severity === "warning").length;
  lines.push(words.summary(reports.length, errors, warnings, unread));
  return `${lines.join("\n")}\n`;
}
