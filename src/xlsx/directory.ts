/**
 * A zip's central directory: the entries, their names (GBK when not flagged UTF-8), sizes and offsets.
 * Pure and without the inflater, so that listing an archive loads nothing else.
 */
import { damaged } from "./limits";
import { decodeName } from "./names";

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
const UTF8_FLAG = 0x800;

export function openZip(bytes: Uint8Array): ZipArchive {
  return { bytes, entries: zipEntries(bytes) };
}

/**
 * The entries of a zip's central directory. `bytes` holds the end of the zip from file offset `base` on
 * (all of it for a workbook in memory; from the directory on for an archive read from disk).
 */
export function zipEntries(bytes: Uint8Array, base = 0): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const inside = (at: number, size: number) => at >= base && at - base + size <= bytes.length;
  const u32 = (at: number) => (inside(at, 4) ? view.getUint32(at - base, true) : damaged("压缩目录不完整", "the zip directory is cut short"));
  const u16 = (at: number) => (inside(at, 2) ? view.getUint16(at - base, true) : damaged("压缩目录不完整", "the zip directory is cut short"));
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = base + at;
      break;
    }
  }
  if (eocd < 0) damaged("找不到压缩目录", "no zip directory");
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && inside(eocd - 20, 20) && u32(eocd - 20) === EOCD64_LOCATOR) {
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
    if (!inside(at + 46, nameLength + extraLength)) damaged("压缩目录不完整", "the zip directory is cut short");
    const name = decodeName(bytes.subarray(at - base + 46, at - base + 46 + nameLength), (flags & UTF8_FLAG) !== 0);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      [compressedSize, localOffset] = zip64Sizes(bytes, view, at - base, nameLength, extraLength, compressedSize, localOffset);
    }
    entries.set(name.toLowerCase(), { name, method: u16(at + 10), flags, compressedSize, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The zip64 extra field holds, in order, whichever of the sizes and the offset did not fit in 32 bits. */
function zip64Sizes(
  bytes: Uint8Array,
  view: DataView,
  at: number,
  nameLength: number,
  extraLength: number,
  compressed: number,
  offset: number,
): [number, number] {
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
