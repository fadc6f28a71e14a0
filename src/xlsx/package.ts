/**
 * The workbook-level parts the checks need: the sheets and where they are, the defined names, the number
 * formats of the cell styles, and the shared strings.
 */
import { fail } from "../core/errors";
import { damaged, XlsxLimits } from "./limits";
import { readXmlPart } from "./xml";
import { ZipArchive } from "./directory";
import { InflateBudget } from "./zip";

export interface PackageReader {
  zip: ZipArchive;
  limits: XlsxLimits;
  budget: InflateBudget;
}

export interface SheetRef {
  name: string;
  /** The part holding the sheet, or null for a chart sheet or macro sheet (no cells to check). */
  part: string | null;
}

export interface WorkbookParts {
  sheets: SheetRef[];
  /** The names each sheet sees, by position in `sheets`: the workbook's overlaid by the sheet's own. */
  names: Record<string, string>[];
  /** Dates count from 1904 (old Mac workbooks) instead of 1900. */
  date1904: boolean;
  sharedStringsPart: string | null;
  stylesPart: string | null;
}

interface Relationship {
  type: string;
  target: string;
}

/** A relationship's target as a part name: relative to the source part's folder, or absolute from the root. */
function resolvePart(from: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `${from.slice(0, from.lastIndexOf("/") + 1)}${target}`;
  const parts: string[] = [];
  for (const p of path.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

function relationships(reader: PackageReader, part: string): Map<string, Relationship> | null {
  const slash = part.lastIndexOf("/");
  const relsPart = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const rels = new Map<string, Relationship>();
  const found = readXmlPart(reader.zip, relsPart, reader.limits, reader.budget, {
    open(name, a) {
      // External targets (a linked workbook) are not parts of this package.
      if (name === "Relationship" && a.Id && a.Target && a.TargetMode !== "External")
        rels.set(a.Id, { type: a.Type ?? "", target: resolvePart(part, a.Target) });
    },
  });
  return found ? rels : null;
}

/** The relationship types end the same in transitional and strict OOXML, whose namespaces differ. */
const isType = (rel: Relationship, kind: string) => rel.type.endsWith(`/${kind}`);

const NOT_XLSX = () => fail("value", "不是 .xlsx 文件", "Not an .xlsx file");

export function readWorkbook(reader: PackageReader): WorkbookParts {
  const root = relationships(reader, "");
  const office = root && [...root.values()].find((r) => isType(r, "officeDocument"));
  const workbookPart = office?.target ?? "xl/workbook.xml";
  const sheets: { name: string; rid: string }[] = [];
  const defined: { name: string; sheet: number | null; text: string }[] = [];
  let date1904 = false;
  let current: { name: string; sheet: number | null; text: string } | null = null;
  const found = readXmlPart(reader.zip, workbookPart, reader.limits, reader.budget, {
    open(name, a) {
      if (name === "sheet") {
        const rid = Object.entries(a).find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1] ?? "";
        sheets.push({ name: a.name ?? "", rid });
      } else if (name === "definedName" && a.name) {
        current = { name: a.name, sheet: a.localSheetId === undefined ? null : Number(a.localSheetId), text: "" };
      } else if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
    },
    text(text) {
      if (current) current.text += text;
    },
    close(name) {
      if (name === "definedName" && current) {
        defined.push(current);
        current = null;
      }
    },
  });
  // A .docx or any other zip renamed to .xlsx has no workbook.
  if (!found) NOT_XLSX();
  const rels = relationships(reader, workbookPart);
  if (!rels) damaged("缺少工作簿的关系部件", "the workbook's relationships part is missing");
  const refs: SheetRef[] = sheets.map((s) => {
    const rel = rels.get(s.rid);
    if (!rel) damaged(`找不到工作表“${s.name}”`, `sheet "${s.name}" is missing`);
    return { name: s.name, part: isType(rel, "worksheet") ? rel.target : null };
  });
  const global: Record<string, string> = {};
  for (const d of defined) if (d.sheet === null) global[d.name] = d.text;
  const names = refs.map((_, i) => {
    const own: Record<string, string> = { ...global };
    for (const d of defined) if (d.sheet === i) own[d.name] = d.text;
    return own;
  });
  const relOf = (kind: string) => [...rels.values()].find((r) => isType(r, kind))?.target ?? null;
  return { sheets: refs, names, date1904, sharedStringsPart: relOf("sharedStrings"), stylesPart: relOf("styles") };
}

/** Text of the shared strings, rich runs joined, phonetic guides (rPh) left out as Excel shows them. */
export function readSharedStrings(reader: PackageReader, part: string): string[] {
  const strings: string[] = [];
  let text: string | null = null;
  let inText = false;
  let phonetic = 0;
  const found = readXmlPart(reader.zip, part, reader.limits, reader.budget, {
    open(name) {
      if (name === "si") text = "";
      else if (name === "t") inText = phonetic === 0;
      else if (name === "rPh") phonetic++;
    },
    text(t) {
      if (inText && text !== null) text += t;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" && text !== null) {
        // A string table longer than the cells allowed is not a table's: it only costs memory.
        if (strings.length >= reader.limits.cells) damaged("共享字符串过多", "too many shared strings");
        strings.push(unescapeText(text));
        text = null;
      }
    },
  });
  if (!found) damaged("缺少共享字符串部件", "the shared strings part is missing");
  return strings;
}

/**
 * Text as Excel stores it: a character XML cannot hold (a control character) is written _xHHHH_, and an
 * underscore that would read as such an escape is written _x005F_. Decoded here, so a cell shows what
 * Excel shows; what it shows is the report's to make safe.
 */
export function unescapeText(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** The number format of each cell style (cellXfs), by the style's index; null for General. */
export function readCellFormats(reader: PackageReader, part: string): (string | null)[] {
  const custom = new Map<number, string>();
  const formats: (string | null)[] = [];
  let inCellXfs = false;
  const found = readXmlPart(reader.zip, part, reader.limits, reader.budget, {
    open(name, a) {
      if (name === "numFmt" && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        formats.push(custom.get(id) ?? BUILTIN_FORMATS[id] ?? null);
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  if (!found) damaged("缺少样式部件", "the styles part is missing");
  return formats;
}

/** The number formats every spreadsheet knows by id (ECMA-376 §18.8.30); 0 is General. */
const BUILTIN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  // The Chinese (zh-CN) built-in dates and times: the ids Chinese Excel saves without a format code.
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};
