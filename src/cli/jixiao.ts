#!/usr/bin/env node
/**
 * `jixiao`: the command line over .xlsx files, for a finance bureau that receives hundreds of tables.
 *   jixiao template [--family sh-2018] [--example] [--name …] [--department …] [--implementer …] [--year …] out.xlsx
 *   jixiao check [--json] [--lang zh|en] <file-or-folder>...
 */
import { check } from "./check";
import { Command, CliIo, processIo } from "./io";
import { template } from "./template";

const COMMANDS: Record<string, Command> = { template, check };

export const USAGE = [
  "用法：",
  "  jixiao template [--family sh-2018|mof-2020-self|mof-2020-framework] [--example]",
  "                  [--name 项目名称] [--department 主管部门] [--implementer 实施单位] [--year 年度] 输出.xlsx",
  "  jixiao check [--json] [--lang zh|en] <文件或文件夹>...",
  "",
  "Usage:",
  "  jixiao template [--family …] [--example] [--name …] out.xlsx   write a scoring table (as above)",
  "  jixiao check [--json] [--lang zh|en] <file-or-folder>...       check .xlsx files (report language: --lang, else LC_ALL/LC_MESSAGES/LANG)",
  "",
].join("\n");

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`未知命令“${name}”。 (Unknown command "${name}".)\n${USAGE}`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (e) {
    // The commands report their own problems; anything that still escapes is a defect, shown without a stack trace.
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr(`jixiao 出错：${detail}\njixiao failed: ${detail}\n`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
