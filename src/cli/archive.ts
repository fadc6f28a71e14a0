/**
 * Workbooks inside a .zip, as units send them in one archive: checked without unpacking. Names written by
 * Chinese Windows carry no UTF-8 flag and are GBK; they are shown readably. Each archive is opened once:
 * its directory is read when the files are listed, each workbook's bytes when it is checked.
 */
import { closeSync, fstatSync, openSync, readSync } from "fs";
import { inflateRawSync } from "zlib";
import { JxError, Message } from "../core/errors";
import { zipEntries, ZipEntry } from "../xlsx/directory";
import { checkFileSize, DEFAULT_XLSX_LIMITS } from "../xlsx/limits";
import { errorCode } from "./io";

const open = new Map<string, number>();

/** The end of a zip that holds its directory: 64 KiB of comment at most, then the 22-byte end record. */
const TAIL = 65_535 + 22;
/** A directory of 64 MiB lists about a million files: more is not a batch of workbooks. */
const MAX_DIRECTORY = 64 * 1024 * 1024;

function descriptor(path: string | Buffer): number {
  const key = Buffer.from(path).toString("hex");
  let fd = open.get(key);
  if (fd === undefined) {
    fd = openSync(path, "r");
    open.set(key, fd);
  }
  return fd;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, bytes, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return bytes.subarray(0, done);
}

/** The workbooks an archive holds (not Excel's ~$ lock files, nor macOS's __MACOSX copies), or why it cannot be read. */
export function archiveEntries(path: string | Buffer): ZipEntry[] | Message {
  try {
    const fd = descriptor(path);
    const size = fstatSync(fd).size;
    const tail = readAt(fd, Math.max(0, size - TAIL), Math.min(size, TAIL));
    const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    let end = -1;
    for (let at = tail.length - 22; at >= 0 && end < 0; at--) if (view.getUint32(at, true) === 0x06054b50) end = at;
    const start = end < 0 ? size - tail.length : view.getUint32(end + 16, true);
    if (size - start > MAX_DIRECTORY) return { zh: "压缩包的目录过大", en: "The archive's directory is too large" };
    const entries = [...zipEntries(readAt(fd, start, size - start), start).values()];
    return entries.filter(({ name }) => /\.xlsx$/i.test(name) && !name.split("/").pop()!.startsWith("~$") && !name.startsWith("__MACOSX/"));
  } catch (e) {
    if (e instanceof JxError) return { zh: `压缩包无法读取：${e.text.zh}`, en: `The archive cannot be read: ${e.text.en}` };
    return { zh: `压缩包无法读取（${String(errorCode(e) ?? e)}）`, en: `The archive cannot be read (${String(errorCode(e) ?? e)})` };
  }
}

/** One workbook's bytes out of an archive, inflated by zlib up to the file size limit, or why not. */
export function readArchiveEntry(path: string | Buffer, entry: ZipEntry): Uint8Array | Message {
  try {
    if (entry.flags & 1) return { zh: "压缩包中的该文件已加密", en: "The file is encrypted in the archive" };
    const limit = DEFAULT_XLSX_LIMITS.fileBytes;
    checkFileSize(entry.compressedSize, limit);
    const fd = descriptor(path);
    const header = readAt(fd, entry.localOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50)
      return { zh: "压缩包已损坏，无法取出该文件", en: "The archive is damaged: the file cannot be taken out" };
    const data = readAt(fd, entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28), entry.compressedSize);
    if (entry.method === 0) return data;
    if (entry.method !== 8) return { zh: "压缩包中的该文件使用了不支持的压缩方式", en: "The file uses an unsupported compression method in the archive" };
    try {
      return inflateRawSync(data, { maxOutputLength: limit });
    } catch (e) {
      if (errorCode(e) === "ERR_BUFFER_TOO_LARGE")
        return { zh: `文件过大（解压后超过 ${limit / 1024 / 1024} MB）`, en: `The file is too large (over ${limit / 1024 / 1024} MB inflated)` };
      return { zh: "压缩包已损坏，无法取出该文件", en: "The archive is damaged: the file cannot be taken out" };
    }
  } catch (e) {
    if (e instanceof JxError) return e.text;
    return { zh: `无法从压缩包中读取该文件（${String(errorCode(e) ?? e)}）`, en: `The file cannot be read from the archive (${String(errorCode(e) ?? e)})` };
  }
}

export function closeArchives(): void {
  for (const fd of open.values()) closeSync(fd);
  open.clear();
}
