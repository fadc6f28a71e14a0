/** One file checked from its bytes: what `jixiao check` runs in its worker threads (in the main thread with --jobs 1). */
import { inflateRawSync } from "zlib";
import { checkGrid, CheckedTable } from "../core/checks";
import { JxError, Message } from "../core/errors";
import { readXlsx, useRawInflater } from "../xlsx";
import { errorCode } from "./io";

// Node's own inflate, stopped by zlib itself at the limit: several times faster than fflate on small parts.
useRawInflater((data, maxBytes) => {
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (e) {
    if (errorCode(e) === "ERR_BUFFER_TOO_LARGE") return null;
    throw e;
  }
});

/** A file as checked, its texts still in both languages. */
export interface FileCheck {
  file: string;
  error: Message | null;
  tables: CheckedTable[];
}

export type Checked = Omit<FileCheck, "file">;

/** Reads and checks an .xlsx held in memory: every table of every sheet, or why the file cannot be read. */
export function checkBytes(bytes: Uint8Array): Checked {
  try {
    return { error: null, tables: readXlsx(bytes).flatMap((grid) => checkGrid(grid)) };
  } catch (e) {
    if (e instanceof JxError) return { error: e.text, tables: [] };
    // A defect in a check, not in the file: still one file's message, never the batch's end or a stack trace.
    const detail = e instanceof Error ? e.message : String(e);
    return { error: { zh: `检查时出错：${detail}`, en: `The check failed: ${detail}` }, tables: [] };
  }
}
