import type ExcelJS from "exceljs";
import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import { basename, dirname, join } from "path";
import { JxError, Locale, Message } from "../core/errors";
import { buildSheetPlan, GRADE_NAME, planCell, PlanFields, SheetPlan, TOTAL_NAME } from "../core/plan";
import { getRulebook, rulebooks } from "../core/rulebooks";
import { parseCommand, version } from "./args";
import { Command, errorCode } from "./io";
import { sanitise } from "./locale";
import { addPlanSheet } from "./xlsxTemplate";

/**
 * `jixiao template [--family sh-2018] [--example] [--name …] [--department …] [--implementer …] [--year …] [--force] out.xlsx`:
 * writes the scoring table of a family as an .xlsx file, the same sheet the add-in inserts. An existing
 * file is never overwritten unless --force says so, and even then the new file is written beside it and
 * renamed over it, so an interrupted run leaves the old file whole.
 */
const FAMILIES = rulebooks.map((r) => r.id).join("|");

export const TEMPLATE_USAGE = [
  "用法：jixiao template [--family 模板] [--example] [--name 项目名称] [--department 主管部门] [--implementer 实施单位] [--year 年度] [--force] [--lang zh|en] 输出.xlsx",
  `  --family   评分表模板：${FAMILIES}（默认 sh-2018）`,
  "  --example  填入模板自带的示例数据",
  "  --force    输出文件已存在时覆盖它（默认拒绝覆盖）",
  ...rulebooks.map((r) => `  ${r.id.padEnd(20)}${r.description.zh}`),
  "Usage: jixiao template [--family id] [--example] [--name …] [--department …] [--implementer …] [--year …] [--force] [--lang zh|en] out.xlsx",
  `  --family   table family: ${FAMILIES} (default sh-2018); --example fills in the family's example figures`,
  "  --force    replace the output file if it exists (by default an existing file is refused)",
  "",
].join("\n");

const OPTIONS = {
  family: { type: "string", default: "sh-2018" },
  example: { type: "boolean" },
  force: { type: "boolean" },
  name: { type: "string" },
  department: { type: "string" },
  implementer: { type: "string" },
  year: { type: "string" },
} as const;

interface TemplateArgs {
  family: string;
  example: boolean;
  force: boolean;
  fields: PlanFields;
  out: string;
  locale: Locale;
}

/** The arguments; "help" or "version" when asked for; or what is wrong with them, in both languages. */
export function parseTemplateArgs(args: string[]): TemplateArgs | "help" | "version" | Message {
  const parsed = parseCommand(args, OPTIONS);
  if ("zh" in parsed) return parsed;
  const { values, positionals: outs, locale } = parsed;
  if (values.help) return "help";
  if (values.version) return "version";
  if (outs.length !== 1) {
    return outs.length === 0
      ? { zh: "缺少输出文件。", en: "No output file given." }
      : { zh: `只能给一个输出文件：${outs.join("、")}`, en: `One output file only: ${outs.join(", ")}` };
  }
  if (!/\.xlsx$/i.test(outs[0])) return { zh: `输出文件应以 .xlsx 结尾：“${outs[0]}”`, en: `The output file must end in .xlsx: "${outs[0]}"` };
  const fields = { projectName: values.name ?? "", department: values.department ?? "", implementer: values.implementer ?? "", year: values.year ?? "" };
  return { family: values.family ?? "sh-2018", example: !!values.example, force: !!values.force, fields, out: outs[0], locale };
}

/** The workbook of a template, ready to write (ExcelJS is loaded here, not when jixiao starts). */
export function templateWorkbook(plan: SheetPlan): ExcelJS.Workbook {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Workbook } = require("exceljs") as typeof ExcelJS;
  const workbook = new Workbook();
  workbook.creator = "绩效自评助手 jixiao";
  addPlanSheet(workbook, plan);
  return workbook;
}

export const template: Command = async (args, io) => {
  const request = parseTemplateArgs(args);
  if (request === "help" || request === "version") {
    io.stdout(request === "help" ? TEMPLATE_USAGE : version());
    return 0;
  }
  if ("zh" in request) return usage(io, request);
  let plan: SheetPlan;
  try {
    plan = buildSheetPlan(getRulebook(request.family), request.fields, { example: request.example });
  } catch (e) {
    if (e instanceof JxError) return usage(io, e.text);
    throw e;
  }
  const bytes = Buffer.from((await templateWorkbook(plan).xlsx.writeBuffer()) as ArrayBuffer);
  const failure = await writeNew(request.out, bytes, request.force);
  if (failure) {
    io.stderr(`${sanitise(failure[request.locale])}\n`);
    return 1;
  }
  io.stdout(`${sanitise(summary(plan, request.out)[request.locale])}\n`);
  return 0;
};

/**
 * Writes the file under a temporary name in the same folder (O_EXCL: never through a symbolic link), then
 * moves it into place: by a hard link, which fails when the name exists (even as a dangling link), or
 * with --force by a rename, which replaces the name itself and never the file a link points to.
 */
async function writeNew(out: string, bytes: Buffer, force: boolean): Promise<Message | null> {
  const temporary = join(dirname(out), `.${basename(out)}.${randomBytes(6).toString("hex")}.tmp`);
  const exists: Message = {
    zh: `“${out}”已存在，没有覆盖它；如确要覆盖，请加 --force`,
    en: `"${out}" exists and was not overwritten; add --force to replace it`,
  };
  try {
    await fs.writeFile(temporary, bytes, { flag: "wx" });
    if (force) await fs.rename(temporary, out);
    else {
      try {
        await fs.link(temporary, out);
      } catch (e) {
        if (errorCode(e) === "EEXIST") return exists;
        // A file system without hard links: check, then rename (the check and the rename are not one step).
        if (
          await fs.lstat(out).then(
            () => true,
            () => false,
          )
        )
          return exists;
        await fs.rename(temporary, out);
      }
    }
    return null;
  } catch (e) {
    const reason = String(errorCode(e) ?? e);
    return { zh: `无法写入“${out}”：${reason}`, en: `Cannot write "${out}": ${reason}` };
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

function usage(io: { stderr(text: string): void }, problem: Message): number {
  io.stderr(`${sanitise(`${problem.zh} (${problem.en})`)}\n${TEMPLATE_USAGE}`);
  return 2;
}

function summary(plan: SheetPlan, out: string): Message {
  const value = (name: string) => {
    const n = plan.names.find((x) => x.name === name);
    return n && "ref" in n ? planCell(plan, n.ref.top, n.ref.left)?.value : null;
  };
  const total = value(TOTAL_NAME);
  const grade = value(GRADE_NAME);
  const scored = typeof total === "number" && !!grade;
  return {
    zh: `已写入 ${out}（${plan.marker}${scored ? `，总分 ${total.toFixed(2)}，等级 ${grade}` : ""}）`,
    en: `Wrote ${out} (${plan.marker}${scored ? `, total ${total.toFixed(2)}, grade ${grade}` : ""})`,
  };
}
