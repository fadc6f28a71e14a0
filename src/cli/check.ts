/**
 * `jixiao check [--json] <file-or-folder>...`: every table of every sheet of every .xlsx (folders
 * searched recursively) read and checked. Exit 0: no error found; 1: an error found; 2: a file could not
 * be read (the others are still checked and reported) or the arguments are wrong.
 */
import { promises as fs } from "fs";
import { join } from "path";
import { checkTable, Finding, summariseTable, TableSummary } from "../core/checks";
import { JxError } from "../core/errors";
import { rulebooks } from "../core/rulebooks";
import { readTables } from "../core/table";
import { Command } from "./io";
import { readXlsxGrids } from "./xlsxRead";

const USAGE = "用法：jixiao check [--json] <文件或文件夹>...\nUsage: jixiao check [--json] <file-or-folder>...\n";

/** One finding as the JSON report writes it: the message in Chinese. */
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
  /** Why the file could not be read (Chinese), or null. */
  error: string | null;
  tables: TableReport[];
}

export const check: Command = async (args, io) => {
  const json = args.includes("--json");
  const paths = args.filter((a) => a !== "--json");
  const unknown = paths.find((a) => a.startsWith("-"));
  if (unknown !== undefined || paths.length === 0) {
    io.stderr(`${unknown ? `未知选项“${unknown}”。 (Unknown option "${unknown}".)\n` : ""}${USAGE}`);
    return 2;
  }
  const files = (await Promise.all(paths.map(xlsxFiles))).flat();
  const reports: FileReport[] = [];
  for (const [i, file] of files.entries()) {
    io.stderr(`[${i + 1}/${files.length}] ${file}\n`);
    reports.push(await checkFile(file));
  }
  io.stdout(json ? `${JSON.stringify({ files: reports })}\n` : textReport(reports));
  return exitCode(reports);
};

/** A path given on the command line: a folder gives its .xlsx files, recursively; a file is taken as it is. */
async function xlsxFiles(path: string): Promise<string[]> {
  const stat = await fs.stat(path).catch(() => null);
  if (!stat?.isDirectory()) return [path];
  const entries = await fs.readdir(path, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const found: string[] = [];
  for (const entry of entries) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) found.push(...(await xlsxFiles(full)));
    // Excel's ~$ lock files sit beside open workbooks and are not workbooks.
    else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$")) found.push(full);
  }
  return found;
}

export async function checkFile(file: string): Promise<FileReport> {
  try {
    const grids = await readXlsxGrids(file);
    const tables = grids.flatMap(readTables).map((table) => {
      const findings = checkTable(table);
      const { sheet, range, family, totalWeight, totalScore, grade } = summariseTable(table, findings);
      return { sheet, range, family, totalWeight, totalScore, grade, findings: findings.map(findingReport) };
    });
    return { file, error: null, tables };
  } catch (e) {
    if (e instanceof JxError) return { file, error: e.text.zh, tables: [] };
    // Whatever else a damaged file makes a library throw is still a damaged file, not a stack trace.
    return { file, error: "文件已损坏，无法读取", tables: [] };
  }
}

function findingReport(f: Finding): FindingReport {
  const report: FindingReport = { rule: f.rule, severity: f.severity, cell: f.cell, message: f.message.zh };
  if (f.expected !== undefined) report.expected = f.expected;
  if (f.actual !== undefined) report.actual = f.actual;
  return report;
}

function exitCode(reports: FileReport[]): number {
  if (reports.some((r) => r.error !== null)) return 2;
  return reports.some((r) => r.tables.some((t) => t.findings.some((f) => f.severity === "error"))) ? 1 : 0;
}

const SEVERITY_WORD = { error: "错误", warning: "警告" } as const;

function familyName(family: TableSummary["family"]): string {
  return rulebooks.find((r) => r.id === family)?.title.zh ?? "未识别的表式";
}

function textReport(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(report.file);
    if (report.error) lines.push(`  无法读取：${report.error}`);
    else if (report.tables.length === 0) lines.push("  未找到指标评分表");
    for (const t of report.tables) {
      const grade = t.grade ? `，等级 ${t.grade}` : "";
      lines.push(`  ${t.sheet}!${t.range} ${familyName(t.family)}：权重合计 ${t.totalWeight ?? "—"}，总分 ${t.totalScore ?? "—"}${grade}`);
      if (t.findings.length === 0) lines.push("    未发现问题");
      for (const f of t.findings) lines.push(`    ${f.cell} ${SEVERITY_WORD[f.severity]} [${f.rule}] ${f.message}`);
    }
  }
  const all = reports.flatMap((r) => r.tables.flatMap((t) => t.findings));
  const unread = reports.filter((r) => r.error !== null).length;
  const errors = all.filter((f) => f.severity === "error").length;
  lines.push(`共 ${reports.length} 个文件：${errors} 个错误，${all.length - errors} 个警告，${unread} 个文件无法读取。`);
  return `${lines.join("\n")}\n`;
}
