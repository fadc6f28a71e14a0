/** What every subcommand shares: `node:util` parseArgs, --help, --version and --lang, and usage errors in both languages. */
import { readFileSync } from "fs";
import { join } from "path";
import { parseArgs, ParseArgsConfig } from "util";
import { Locale, Message } from "../core/errors";
import { envLocale } from "./locale";

type Options = NonNullable<ParseArgsConfig["options"]>;

export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
  lang: { type: "string" },
} as const satisfies Options;

export interface Parsed<O extends Options> {
  values: { [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string } & { help?: boolean; version?: boolean };
  positionals: string[];
  locale: Locale;
}

/** The arguments, or what is wrong with them (in both languages: the language itself may be what is wrong). */
export function parseCommand<O extends Options>(args: string[], options: O): Parsed<O> | Message {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    return usageProblem(e);
  }
  const lang = (parsed.values as { lang?: string }).lang;
  if (lang !== undefined && lang !== "zh" && lang !== "en") {
    return { zh: `--lang 只能是 zh 或 en，而不是“${lang}”。`, en: `--lang must be zh or en, not "${lang}".` };
  }
  return { values: parsed.values as Parsed<O>["values"], positionals: parsed.positionals, locale: (lang as Locale | undefined) ?? envLocale(process.env) };
}

function usageProblem(e: unknown): Message {
  const code = (e as { code?: string }).code;
  const option = /'(-[^' ]+)/.exec(String((e as Error).message))?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return { zh: `未知选项“${option}”。`, en: `Unknown option "${option}".` };
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (option === "--lang") return { zh: "--lang 只能是 zh 或 en，而不是“”。", en: '--lang must be zh or en, not "".' };
    if (/does not take/.test(String((e as Error).message))) return { zh: `${option} 不带取值。`, en: `${option} takes no value.` };
    return { zh: `${option} 缺少取值。`, en: `${option} needs a value.` };
  }
  return { zh: "参数有误。", en: "The arguments are wrong." };
}

export function version(): string {
  const { version } = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string };
  return `jixiao ${version}\n`;
}
