/** One file read and checked: the part `jixiao check` runs in its worker threads, and in-process for a single file. */
import { promises as fs } from "fs";
import { checkGrid, CheckedTable } from "../core/checks";
import { JxError, Message } from "../core/errors";
import { checkFileSize, DEFAULT_XLSX_LIMITS, readXlsx } from "../xlsx";
import { errorCode } from "./files";

/** A file as checked, its texts still in both languages. */
export interface FileCheck {
  file: string;
  error: Message | null;
  tables: CheckedTable[];
}

export type Checked = Omit<FileCheck, "file">;

/** The bytes of a file, or why they cannot be had; the size is checked before anything is read. */
export async function readBytes(path: string | Buffer): Promise<Uint8Array | Message> {
  try {
    // Only a missing file is "not found"; a denied one (EACCES on its folder) goes on to the system's own reason.
    const stat = await fs.stat(path).catch((e: unknown) => (errorCode(e) === "ENOENT" || errorCode(e) === "ENOTDIR" ? null : Promise.reject(e)));
    if (!stat) return { zh: "找不到该文件", en: "The file does not exist" };
    if (!stat.isFile()) return { zh: "不是文件", en: "Not a file" };
    checkFileSize(stat.size, DEFAULT_XLSX_LIMITS.fileBytes);
    return await fs.readFile(path);
  } catch (e) {
    return e instanceof JxError ? e.text : readFailure(e);
  }
}

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

/** Why reading a file failed: the system's reason where it gives one, else a damaged file (never a stack trace). */
function readFailure(e: unknown): Message {
  switch (errorCode(e)) {
    case "EACCES":
    case "EPERM":
      return { zh: "没有读取权限：请检查文件的权限或是否被其他程序锁定", en: "Permission denied: check the file's permissions or whether another program locks it" };
    case "EISDIR":
      return { zh: "这是文件夹，不是 .xlsx 文件", en: "This is a folder, not an .xlsx file" };
    case "ENOENT":
      return { zh: "文件在读取时已不存在（被移动或删除）", en: "The file disappeared while being read (moved or deleted)" };
    default:
      return { zh: "文件无法读取", en: "The file cannot be read" };
  }
}
