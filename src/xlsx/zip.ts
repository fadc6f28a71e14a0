/**
 * The zip container of an .xlsx: its central directory, and each part inflated in bounded steps so that
 * a zip bomb is stopped after a few megabytes, not after it has filled the memory. Pure: bytes in, bytes out.
 */
import { Inflate } from "fflate";
import { fail, JxError } from "../core/errors";
import { damaged, partTooLarge, ratioTooHigh, workbookTooLarge, XlsxLimits } from "./limits";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

export interface ZipArchive {
  bytes: Uint8Array;
  /** Entries by lower-case name: part names in a package are case-insensitive. */
  entries: Map<string, ZipEntry>;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UTF8_FLAG = 0x800;
const ENCRYPTED_FLAG = 0x1;

const utf8 = new TextDecoder("utf-8", { fatal: true });
const gbk = new TextDecoder("gbk");

/**
 * A file name as bytes shown as text: UTF-8 when it is (or says it is), else GBK — what Chinese Windows
 * writes into zips without the UTF-8 flag, and what such zips leave on disk when unpacked elsewhere.
 */
export function decodeName(bytes: Uint8Array, flaggedUtf8 = false): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return flaggedUtf8 ? new TextDecoder("utf-8").decode(bytes) : gbk.decode(bytes);
  }
}

export function openZip(bytes: Uint8Array): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : damaged("压缩目录不完整", "the zip directory is cut short"));
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : damaged("压缩目录不完整", "the zip directory is cut short"));
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) damaged("找不到压缩目录", "no zip directory");
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === EOCD64_LOCATOR) {
    const record = u64(eocd - 12);
    if (u32(record) !== EOCD64) damaged("压缩目录不完整", "the zip64 directory is missing");
    count = u64(record + 32);
    offset = u64(record + 48);
  }
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL) damaged("压缩目录不完整", "the zip directory is cut short");
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let compressedSize = u32(at + 20);
    let localOffset = u32(at + 42);
    if (at + 46 + nameLength > bytes.length) damaged("压缩目录不完整", "the zip directory is cut short");
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & UTF8_FLAG) !== 0);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      [compressedSize, localOffset] = zip64Sizes(bytes, view, at, nameLength, extraLength, compressedSize, localOffset);
    }
    entries.set(name.toLowerCase(), { name, method: u16(at + 10), flags, compressedSize, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { bytes, entries };
}

/** The zip64 extra field holds, in order, whichever of the sizes and the offset did not fit in 32 bits. */
function zip64Sizes(bytes: Uint8Array, view: DataView, at: number, nameLength: number, extraLength: number, compressed: number, offset: number): [number, number] {
  const uncompressed = view.getUint32(at + 24, true);
  let field = at + 46 + nameLength;
  const end = field + extraLength;
  while (field + 4 <= end && field + 4 <= bytes.length) {
    const id = view.getUint16(field, true);
    const size = view.getUint16(field + 2, true);
    if (id === 1) {
      let p = field + 4;
      const next = () => {
        if (p + 8 > Math.min(end, bytes.length)) damaged("压缩目录不完整", "the zip64 sizes are cut short");
        const v = view.getUint32(p, true) + view.getUint32(p + 4, true) * 2 ** 32;
        p += 8;
        return v;
      };
      if (uncompressed === 0xffffffff) next();
      if (compressed === 0xffffffff) compressed = next();
      if (offset === 0xffffffff) offset = next();
      return [compressed, offset];
    }
    field += 4 + size;
  }
  return damaged("压缩目录不完整", "the zip64 sizes are missing");
}

/** What all the parts read from one file have inflated to so far. */
export interface InflateBudget {
  total: number;
}

/** Input fed to the inflater per step: each step inflates to at most ~1,032× this, so a bomb is seen early. */
const STEP = 16 * 1024;
const RATIO_FLOOR = 1024 * 1024;

/**
 * Inflates one part, handing its bytes to `sink` as they come, and stops at the first limit passed.
 * Returns false when the package has no such part.
 */
export function readEntry(zip: ZipArchive, name: string, limits: XlsxLimits, budget: InflateBudget, sink: (chunk: Uint8Array) => void): boolean {
  const entry = zip.entries.get(name.toLowerCase());
  if (!entry) return false;
  if (entry.flags & ENCRYPTED_FLAG) {
    fail("value", "文件已加密：请在 Excel 中取消密码并另存为 .xlsx", "The file is encrypted: remove the password and save it as .xlsx");
  }
  const { bytes } = zip;
  const local = entry.localOffset;
  if (local + 30 > bytes.length || new DataView(bytes.buffer, bytes.byteOffset + local, 4).getUint32(0, true) !== LOCAL) {
    damaged(`找不到“${entry.name}”的数据`, `the data of "${entry.name}" is missing`);
  }
  const header = new DataView(bytes.buffer, bytes.byteOffset + local, 30);
  const start = local + 30 + header.getUint16(26, true) + header.getUint16(28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) damaged(`“${entry.name}”的数据不完整`, `the data of "${entry.name}" is cut short`);
  let inflated = 0;
  // What the sink threw (the XML was bad) passes through as it is; anything else the inflater throws is bad data.
  let sinkError: unknown = null;
  // Compressed bytes handed to the inflater so far: the ratio is of what has been inflated from them, so a
  // bomb is stopped after its first megabyte, not after the ratio times its whole compressed size.
  let consumed = end - start;
  const take = (chunk: Uint8Array) => {
    inflated += chunk.length;
    budget.total += chunk.length;
    if (inflated > limits.partBytes) partTooLarge(entry.name, limits.partBytes);
    if (budget.total > limits.totalBytes) workbookTooLarge(limits.totalBytes);
    if (inflated > RATIO_FLOOR && inflated > limits.ratio * Math.max(1, consumed)) ratioTooHigh(entry.name, limits.ratio);
    if (chunk.length === 0) return;
    try {
      sink(chunk);
    } catch (e) {
      sinkError = e;
      throw e;
    }
  };
  if (entry.method === 0) {
    take(bytes.subarray(start, end));
    return true;
  }
  if (entry.method !== 8) damaged(`“${entry.name}”使用了不支持的压缩方式`, `"${entry.name}" uses an unsupported compression method`);
  const inflater = new Inflate((chunk) => take(chunk));
  try {
    for (let at = start; at < end; at += STEP) {
      const stop = Math.min(at + STEP, end);
      consumed = stop - start;
      inflater.push(bytes.subarray(at, stop), stop === end);
    }
    if (start === end) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof JxError || e === sinkError) throw e;
    damaged(`“${entry.name}”无法解压`, `"${entry.name}" cannot be inflated`);
  }
  return true;
}
