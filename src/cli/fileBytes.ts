/** A file's bytes for `jixiao check`, read by the main thread: it loads no reader and no check. */
import { readFileSync, statSync } from "fs";
import { JxError, Message } from "../core/errors";
import { checkFileSize, DEFAULT_XLSX_LIMITS } from "../xlsx/limits";
import { errorCode } from "./io";

/**
 * The bytes of a file, or why they cannot be had; the size is checked before anything is read. Read
 * synchronously: a workbook is small and in the page cache, and waiting on the thread pool for each of
 * open, stat, read and close left the checking thread idle a third of the time.
 */
export function readBytes(path: string | Buffer): Uint8Array | Message {
  try {
    // Only a missing file is "not found"; a denied one (EACCES on its folder) goes on to the system's own reason.
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return { zh: "找不到该文件", en: "The file does not exist" };
    if (!stat.isFile()) return { zh: "不是文件", en: "Not a file" };
    checkFileSize(stat.size, DEFAULT_XLSX_LIMITS.fileBytes);
    return readFileSync(path);
  } catch (e) {
    return e instanceof JxError ? e.text : readFailure(e);
  }
}

/** Why reading a file failed: the system's reason where it gives one, else a damaged file (never a stack trace). */
function readFailure(e: unknown): Message {
  switch (errorCode(e)) {
    case "EACCES":
    case "EPERM":
      return {
        zh: "没有读取权限：请检查文件的权限或是否被其他程序锁定",
        en: "Permission denied: check the file's permissions or whether another program locks it",
      };
    case "EISDIR":
      return { zh: "这是文件夹，不是 .xlsx 文件", en: "This is a folder, not an .xlsx file" };
    case "ENOENT":
      return { zh: "文件在读取时已不存在（被移动或删除）", en: "The file disappeared while being read (moved or deleted)" };
    default:
      return { zh: "文件无法读取", en: "The file cannot be read" };
  }
}
