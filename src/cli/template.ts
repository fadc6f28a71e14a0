import ExcelJS from "exceljs";
import { writeFile } from "fs/promises";
import { JxError } from "../core/errors";
import { buildSheetPlan, planCell, PlanFields, SheetPlan } from "../core/plan";
import { getRulebook, rulebooks } from "../core/rulebooks";
import { Command, CliIo } from "./io";
import { addPlanSheet } from "./xlsxTemplate";

/**
 * `jixiao template [--family sh-2018] [--example] [--name …] [--department …] [--implementer …] [--year …] out.xlsx`:
 * writes the scoring table of a family as an .xlsx file, the same sheet the add-in inserts.
 */
const FAMILIES = rulebooks.map((r) => r.id).join("|");

export const TEMPLATE_USAGE = [
  "用法：jixiao template [--family 模板] [--example] [--name 项目名称] [--department 主管部门] [--implementer 实施单位] [--year 年度] 输出.xlsx",
  `  --family   评分表模板：${FAMILIES}（默认 sh-2018）`,
  "  --example  填入模板自带的示例数据",
  ...rulebooks.map((r) => `  ${r.id.padEnd(20)}${r.description.zh}`),
  "Usage: jixiao template [--family id] [--example] [--name …] [--department …] [--implementer …] [--year …] out.xlsx",
  `  --family   table family: ${FAMILIES} (default sh-2018); --example fills in the family's example figures`,
  "",
].join("\n");

const FIELD_FLAGS: Record<string, keyof PlanFields> = {
  "--name": "projectName",
  "--department": "department",
  "--implementer": "implementer",
  "--year": "year",
};

interface TemplateArgs {
  family: string;
  example: boolean;
  fields: PlanFields;
  out: string;
}

class UsageError extends Error {}

/** Reads the arguments; `--flag value` and `--flag=value` both work. */
export function parseTemplateArgs(args: readonly string[]): TemplateArgs | "help" {
  const parsed = { family: "sh-2018", example: false, fields: { projectName: "", department: "", implementer: "", year: "" }, out: "" };
  const outs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith("--") && args[i].includes("=") ? [args[i].slice(0, args[i].indexOf("=")), args[i].slice(args[i].indexOf("=") + 1)] : [args[i], undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || (inline === undefined && v.startsWith("--"))) throw new UsageError(`${flag} 缺少取值 (${flag} needs a value)`);
      return v;
    };
    if (flag === "--help" || flag === "-h") return "help";
    else if (flag === "--example") parsed.example = true;
    else if (flag === "--family") parsed.family = value();
    else if (flag in FIELD_FLAGS) parsed.fields[FIELD_FLAGS[flag]] = value();
    else if (flag.startsWith("-")) throw new UsageError(`未知选项“${flag}” (unknown option "${flag}")`);
    else outs.push(flag);
  }
  if (outs.length !== 1) throw new UsageError(outs.length === 0 ? "缺少输出文件 (no output file given)" : `只能给一个输出文件：${outs.join("、")} (one output file only)`);
  if (!/\.xlsx$/i.test(outs[0])) throw new UsageError(`输出文件应以 .xlsx 结尾：“${outs[0]}” (the output file must end in .xlsx)`);
  parsed.out = outs[0];
  return parsed;
}

/** The workbook of a template, ready to write. */
export function templateWorkbook(plan: SheetPlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "绩效自评助手 jixiao";
  addPlanSheet(workbook, plan);
  return workbook;
}

export const template: Command = async (args, io) => {
  let request: TemplateArgs | "help";
  let plan: SheetPlan;
  try {
    request = parseTemplateArgs(args);
    if (request === "help") {
      io.stdout(TEMPLATE_USAGE);
      return 0;
    }
    plan = buildSheetPlan(getRulebook(request.family), request.fields, { example: request.example });
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e.message);
    if (e instanceof JxError) return usage(io, `${e.text.zh} (${e.text.en})`);
    throw e;
  }
  const buffer = await templateWorkbook(plan).xlsx.writeBuffer();
  try {
    await writeFile(request.out, Buffer.from(buffer as ArrayBuffer));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    io.stderr(`无法写入“${request.out}”：${reason}\nCannot write "${request.out}": ${reason}\n`);
    return 1;
  }
  io.stdout(`${summary(plan, request.out)}\n`);
  return 0;
};

function usage(io: CliIo, problem: string): number {
  io.stderr(`${problem}\n${TEMPLATE_USAGE}`);
  return 2;
}

function summary(plan: SheetPlan, out: string): string {
  const value = (name: string) => {
    const n = plan.names.find((x) => x.name === name);
    return n && "ref" in n ? planCell(plan, n.ref.top, n.ref.left)?.value : null;
  };
  const total = value("JX_TOTAL");
  const grade = value("JX_GRADE");
  const scored = typeof total === "number" && grade ? `，总分 ${total.toFixed(2)}，等级 ${grade}` : "";
  const scoredEn = typeof total === "number" && grade ? `, total ${total.toFixed(2)}, grade ${grade}` : "";
  return `已写入 ${out}（${plan.marker}${scored}）\nWrote ${out} (${plan.marker}${scoredEn})`;
}
