/**
 * The .xlsx files a `jixiao check` argument names. Folders are listed as bytes: a zip made on Chinese
 * Windows and unpacked elsewhere leaves names in GBK, which are no valid UTF-8 and would be "not found"
 * if listed as strings. Each file keeps its path as the system gave it, and a name a person can read.
 */
import { promises as fs } from "fs";
import { sep } from "path";
import { Message } from "../core/errors";
import type { ZipEntry } from "../xlsx/directory";
import { decodeName } from "../xlsx/names";
import { archiveEntries } from "./archive";
import { errorCode } from "./io";
import { naturalCompare } from "./locale";

export interface Target {
  /** The path as shown in the report. */
  file: string;
  /** The path as the system knows it (bytes when the name is not UTF-8). */
  path: string | Buffer;
  /** Why a folder or archive could not be listed (reported like a file that could not be read), or null. */
  error: Message | null;
  /** The workbook's entry when `path` is the .zip archive holding it. */
  entry?: ZipEntry;
}

interface ByteEntry {
  name: Buffer;
  isDirectory(): boolean;
}

/**
 * A path given on the command line: a folder gives its .xlsx files, recursively, in natural order; a .zip
 * gives the workbooks in it; a file is taken as it is.
 */
export async function xlsxTargets(path: string): Promise<Target[]> {
  const stat = await fs.stat(path).catch(() => null);
  if (stat?.isDirectory()) return folderTargets(path, Buffer.from(path));
  return stat && isArchive(path) ? archiveTargets(path, path) : [{ file: path, path, error: null }];
}

const isArchive = (name: string) => /\.zip$/i.test(name);

function archiveTargets(shown: string, path: string | Buffer): Target[] {
  const entries = archiveEntries(path);
  if (!Array.isArray(entries)) return [{ file: shown, path, error: entries }];
  return entries.map((entry) => ({ file: `${shown}/${entry.name}`, path, error: null, entry })).sort((a, b) => naturalCompare(a.file, b.file));
}

async function folderTargets(shown: string, path: Buffer): Promise<Target[]> {
  const listed = await fs.readdir(path, { withFileTypes: true, encoding: "buffer" }).catch((e: unknown) => e);
  if (!Array.isArray(listed)) return [{ file: shown, path, error: folderFailure(listed) }];
  const entries = (listed as ByteEntry[]).map((entry) => ({ entry, name: decodeName(entry.name) }));
  entries.sort((a, b) => naturalCompare(a.name, b.name));
  const separator = Buffer.from(sep);
  const found: Target[] = [];
  for (const { entry, name } of entries) {
    const full = Buffer.concat([path, path.at(-1) === separator[0] ? Buffer.alloc(0) : separator, entry.name]);
    const display = shown.endsWith(sep) ? `${shown}${name}` : `${shown}${sep}${name}`;
    // Symbolic links to folders are not followed: a link back up would list the same files forever.
    if (entry.isDirectory()) found.push(...(await folderTargets(display, full)));
    // Excel's ~$ lock files sit beside open workbooks and are not workbooks.
    else if (/\.xlsx$/i.test(name) && !name.startsWith("~$"))
      found.push({ file: display, path: Buffer.from(display).equals(full) ? display : full, error: null });
    else if (isArchive(name)) found.push(...archiveTargets(display, full));
  }
  return found;
}

function folderFailure(e: unknown): Message {
  const code = errorCode(e);
  if (code === "EACCES" || code === "EPERM") return { zh: "没有读取该文件夹的权限", en: "Permission denied: the folder cannot be read" };
  return { zh: "无法读取该文件夹", en: "The folder cannot be read" };
}
