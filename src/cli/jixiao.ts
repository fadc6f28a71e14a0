#!/usr/bin/env node
/**
 * `jixiao`: the command line over .xlsx files, for a finance bureau that receives hundreds of tables.
 *   jixiao template [--family sh-2018] [--example] [--name …] [--department …] [--implementer …] [--year …] [--force] out.xlsx
 *   jixiao check [--format text|json|csv] [--jobs N] [--lang zh|en] <file-or-folder>...
 * Each command is loaded when it is run, so `jixiao --help` does not wait for ExcelJS.
 */
import { version } from "./args";
import { Command, CliIo, processIo } from "./io";
import { sanitise } from "./locale";

const COMMANDS: Record<string, () => Promise<Command>> = {
  template: async () => (await import("./template")).template,
  check: async () => (await import("./check")).check,
};

export const USAGE = [
  "用法：",
  "  jixiao template [--family sh-2018|mof-2020-self|mof-2020-framework] [--example] [--force]",
  "                  [--name 项目名称] [--department 主管部门] [--implementer 实施单位] [--year 年度] 输出.xlsx",
  "  jixiao check [--format text|json|csv] [--jobs N] [--lang zh|en] <文件或文件夹>...",
  "  jixiao <命令> --help 查看命令的说明；jixiao --version 查看版本",
  "",
  "Usage:",
  "  jixiao template [--family …] [--example] [--force] [--name …] out.xlsx   write a scoring table (as above)",
  "  jixiao check [--format text|json|csv] [--jobs N] [--lang zh|en] <file-or-folder>...",
  "                                                                          check .xlsx files",
  "  jixiao <command> --help for a command's options; jixiao --version for the version",
  "",
].join("\n");

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(version());
    return 0;
  }
  const load = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr(`${sanitise(`未知命令“${name}”。 (Unknown command "${name}".)`)}\n${USAGE}`);
    return 2;
  }
  try {
    return await (
      await load()
    )(args, io);
  } catch (e) {
    // The commands report their own problems; anything that still escapes is a defect, shown without a stack trace.
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr(`jixiao 出错：${detail}\njixiao failed: ${detail}\n`);
    return 2;
  }
}

if (require.main === module) {
  // A reader that stops early (| head) closes the pipe: that is no error of ours.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
  });
  // Not process.exit(): it would cut off output still queued for a pipe. The process ends once stdout has drained.
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
