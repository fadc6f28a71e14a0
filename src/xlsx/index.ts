/**
 * The streaming .xlsx reader behind `jixiao check` and the task pane's file check: bytes in, one Grid
 * per worksheet out, reading only what the checks need (the workbook, its sheets, shared strings, number
 * formats, merges and defined names). No Node and no DOM: it runs in Node, a browser and a Web Worker.
 * Anything unreadable or over a limit is a JxError with a message in both languages, never another error.
 */
import { fail, JxError } from "../core/errors";
import { Grid } from "../core/grid";
import { checkFileSize, damaged, DEFAULT_XLSX_LIMITS, XlsxLimits } from "./limits";
import { readCellFormats, readSharedStrings, readWorkbook } from "./package";
import { readSheet } from "./sheet";
import { openZip } from "./directory";

export { DEFAULT_XLSX_LIMITS, checkFileSize } from "./limits";
export type { XlsxLimits } from "./limits";
export { zipEntries } from "./directory";
export type { ZipEntry } from "./directory";
export { decodeName } from "./names";
export { useRawInflater } from "./zip";
export type { RawInflater } from "./zip";

const ZIP_MAGIC = 0x04034b50;
const EMPTY_ZIP_MAGIC = 0x06054b50;
/** Compound File Binary: an encrypted .xlsx (Excel wraps it in one) or a legacy .xls. */
const CFB_MAGIC = 0xe011cfd0;

export function readXlsx(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): Grid[] {
  const all: XlsxLimits = { ...DEFAULT_XLSX_LIMITS, ...limits };
  try {
    return readChecked(bytes, all);
  } catch (e) {
    if (e instanceof JxError) throw e;
    // Whatever else a damaged file makes the parsers throw (a stack overflow, a bad typed-array offset) is still a damaged file.
    return damaged("内容无法解析", "its contents cannot be parsed");
  }
}

function readChecked(bytes: Uint8Array, limits: XlsxLimits): Grid[] {
  checkFileSize(bytes.length, limits.fileBytes);
  const magic = bytes.length >= 4 ? new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) : 0;
  if (magic === CFB_MAGIC) {
    fail(
      "value",
      "文件已加密或为旧版 .xls 格式：请在 Excel 中取消密码并另存为 .xlsx",
      "The file is encrypted or a legacy .xls: remove the password and save it as .xlsx",
    );
  }
  if (magic !== ZIP_MAGIC && magic !== EMPTY_ZIP_MAGIC) fail("value", "不是 .xlsx 文件", "Not an .xlsx file");
  const reader = { zip: openZip(bytes), limits, budget: { total: 0 } };
  const workbook = readWorkbook(reader);
  const context = {
    strings: workbook.sharedStringsPart ? readSharedStrings(reader, workbook.sharedStringsPart) : null,
    formats: workbook.stylesPart ? readCellFormats(reader, workbook.stylesPart) : null,
    date1904: workbook.date1904,
    cells: { count: 0 },
  };
  const grids: Grid[] = [];
  workbook.sheets.forEach((sheet, i) => {
    if (sheet.part) grids.push(readSheet(reader, sheet.name, sheet.part, workbook.names[i], context));
  });
  return grids;
}
