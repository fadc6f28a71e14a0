/**
 * The parts of an .xlsx's zip, each inflated in bounded steps so that a zip bomb is stopped after a few
 * megabytes, not after it has filled the memory. Pure: bytes in, bytes out.
 */
import { Inflate } from "fflate";
import { fail, JxError } from "../core/errors";
import { ZipArchive } from "./directory";
import { damaged, partTooLarge, ratioTooHigh, workbookTooLarge, XlsxLimits } from "./limits";

const LOCAL = 0x04034b50;
const ENCRYPTED_FLAG = 0x1;

/**
 * Inflates a whole raw-deflate part, or returns null as soon as its output would pass `maxBytes`. A host
 * may supply its platform's own (Node's zlib is several times faster than fflate on the small parts of a
 * workbook); without one, parts stream through fflate.
 */
export type RawInflater = (data: Uint8Array, maxBytes: number) => Uint8Array | null;

let platformInflater: RawInflater | null = null;

export function useRawInflater(inflater: RawInflater | null): void {
  platformInflater = inflater;
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
  if (platformInflater) {
    const byRatio = Math.max(RATIO_FLOOR, limits.ratio * (end - start));
    const room = Math.min(limits.partBytes, limits.totalBytes - budget.total, byRatio);
    let whole: Uint8Array | null;
    try {
      whole = room > 0 ? platformInflater(bytes.subarray(start, end), room) : null;
    } catch {
      return damaged(`“${entry.name}”无法解压`, `"${entry.name}" cannot be inflated`);
    }
    if (whole === null) {
      if (room === limits.partBytes) partTooLarge(entry.name, limits.partBytes);
      if (room === byRatio) ratioTooHigh(entry.name, limits.ratio);
      workbookTooLarge(limits.totalBytes);
    }
    take(whole);
    return true;
  }
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
