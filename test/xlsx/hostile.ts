/**
 * Workbooks a finance bureau may receive that are broken or hostile, made on the fly and small on disk:
 * zip bombs (a 1 MiB run deflates to about 1 KiB, and a deflate stream may repeat such runs), a sheet of
 * a million rows, a rule of a million characters, a value in XFD1048576, parts missing, control
 * characters in cells, an encrypted file, and a name in GBK as Chinese Windows zips leave it.
 */
import { promises as fs } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { constants, crc32, deflateRawSync } from "zlib";
import { seedGrid } from "../fixtures/seed";
import { withCell } from "../fixtures/tables";
import { xlsxBuffer } from "../fixtures/xlsx";

interface Part {
  /** The entry's name: text (flagged UTF-8), or bytes written as they are, without the flag (as Chinese Windows writes GBK). */
  name: string | Buffer;
  /** The part's bytes, deflated here. */
  bytes?: Uint8Array;
  /** A part deflated already (a bomb), with the size it claims. */
  deflated?: { bytes: Buffer; size: number };
}

/** A zip of the parts. */
export function zipParts(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const flags = typeof part.name === "string" ? 0x800 : 0;
    const data = part.deflated?.bytes ?? deflateRawSync(part.bytes!);
    const size = part.deflated?.size ?? part.bytes!.length;
    const crc = part.bytes ? crc32(part.bytes) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of an .xlsx, by name. */
export async function partsOf(xlsx: Buffer): Promise<Part[]> {
  const zip = await JSZip.loadAsync(xlsx);
  return Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map(async (f) => ({ name: f.name, bytes: await f.async("uint8array") })),
  );
}

const MIB = 1024 * 1024;

/** `head` then `mib` MiB of `fill`, as one deflate stream of separately flushed runs (each run a copy of one). */
export function deflateBomb(head: string, fill: number, mib: number): { bytes: Buffer; size: number } {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const run = deflateRawSync(Buffer.alloc(MIB, fill), flush);
  // 03 00: a last, empty block, which ends the stream.
  const bytes = Buffer.concat([deflateRawSync(Buffer.from(head), flush), ...Array<Buffer>(mib).fill(run), Buffer.from([0x03, 0x00])]);
  return { bytes, size: Buffer.byteLength(head) + mib * MIB };
}

function replacePart(parts: Part[], name: string, part: Omit<Part, "name"> | null): Part[] {
  const kept = parts.filter((p) => p.name !== name);
  return part ? [...kept, { name, ...part }] : kept;
}

const text = (part: Part) => Buffer.from(part.bytes!).toString("utf8");

/** "单位甲.xlsx" as Chinese Windows writes it (GBK), which is no valid UTF-8. */
export const GBK_NAME = Buffer.concat([Buffer.from("b5a5cebbbcd7", "hex"), Buffer.from(".xlsx")]);

export interface HostileFile {
  /** The name on disk: text, or bytes for the GBK name. */
  name: string | Buffer;
  /** The name as the report shows it. */
  shown: string;
  /** What the report says: the error it gives, or null for a file whose table is checked. */
  error: RegExp | null;
}

/**
 * Writes the hostile files, and three good ones among them, into `dir`; returns what the report must say
 * of each. On disk the whole batch is about 5 MB.
 */
export async function writeHostileBatch(dir: string): Promise<HostileFile[]> {
  const good = await xlsxBuffer([seedGrid({ sheet: "指标评分表" })]);
  const parts = await partsOf(good);
  const sheet = parts.find((p) => p.name === "xl/worksheets/sheet1.xml")!;
  const sheetName = "xl/worksheets/sheet1.xml";
  const open = text(sheet).slice(0, text(sheet).indexOf("<sheetData>") + "<sheetData>".length);
  const rows = Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}"><c><v>1</v></c></row>`).join("");
  const files: [string | Buffer, Buffer, RegExp | null][] = [
    ["单位1.xlsx", good, null],
    // Never read: the checks need no theme, so the bomb in it costs nothing and the table is checked.
    ["单位2-主题炸弹.xlsx", zipParts(replacePart(parts, "xl/theme/theme1.xml", { deflated: deflateBomb("<a:theme>", 0x20, 640) })), null],
    [
      "单位3-工作表炸弹.xlsx",
      zipParts(replacePart(parts, "xl/worksheets/sheet1.xml", { deflated: deflateBomb(open, 0x20, 640) })),
      /“xl\/worksheets\/sheet1.xml”解压后超过 32 MB，已停止读取/,
    ],
    [
      "单位4-百万行.xlsx",
      zipParts(replacePart(parts, "xl/worksheets/sheet1.xml", { bytes: Buffer.from(`${open}${rows}</sheetData></worksheet>`) })),
      /“xl\/worksheets\/sheet1.xml”解压后超过 32 MB，已停止读取/,
    ],
    [
      "单位5-百万字规则.xlsx",
      await xlsxBuffer([withCell(seedGrid({ sheet: "指标评分表" }), "E8", "预算执行率90%及以上得8分；".repeat(80_000))]),
      /E8 文字超过 32,767 个字符/,
    ],
    [
      "单位6-远处单元格.xlsx",
      zipParts(
        replacePart(parts, sheetName, {
          bytes: Buffer.from(text(sheet).replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')),
        }),
      ),
      /已用区域 A1:XFD1048576 过大/,
    ],
    ["单位7-缺工作表.xlsx", zipParts(replacePart(parts, sheetName, null)), /工作表“指标评分表”的数据缺失/],
    ["单位8-缺共享字符串.xlsx", zipParts(replacePart(parts, "xl/sharedStrings.xml", null)), /缺少共享字符串部件/],
    ["单位9-控制字符.xlsx", await xlsxBuffer([withCell(seedGrid({ sheet: "指标评分表" }), "F7", "_x001B_]0;pwned_x0007__x001B_[2J8分")]), null],
    ["单位10-加密.xlsx", Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(4096)]), /文件已加密/],
    [GBK_NAME, good, null],
    ["单位11.xlsx", good, null],
  ];
  const written: HostileFile[] = [];
  for (const [name, bytes, error] of files) {
    await fs.writeFile(typeof name === "string" ? join(dir, name) : Buffer.concat([Buffer.from(`${dir}/`), name]), bytes);
    written.push({ name, shown: join(dir, typeof name === "string" ? name : "单位甲.xlsx"), error });
  }
  return written;
}
