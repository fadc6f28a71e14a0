import { fail } from "../core/errors";

/**
 * How much of a workbook the reader will take in before it refuses the file. Each limit is far above
 * any indicator table (a few hundred cells) and below what would make one file cost a batch its memory
 * or its minutes; going over one is a clear error for that file, never a partly read workbook.
 */
export interface XlsxLimits {
  /** Bytes of the .xlsx file itself. */
  fileBytes: number;
  /** Bytes one part (a sheet's XML, the shared strings) may inflate to. */
  partBytes: number;
  /** Bytes all the parts read may inflate to together. */
  totalBytes: number;
  /** Inflated bytes per compressed byte of a part, counted as it inflates, once past 1 MiB (real sheets stay far below it). */
  ratio: number;
  /**
   * Cells with a value or formula in the workbook, and slots of one sheet's grid (its used rows × used
   * columns): the grid is what the checks scan.
   */
  cells: number;
  /** Rows one sheet's used cells span, first to last. */
  rows: number;
  /** Columns one sheet's used cells span, first to last: a far cell counts where it is, not 16,384 times. */
  columns: number;
  /** Characters of text in one cell (Excel itself holds at most 32,767). */
  textLength: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = Object.freeze({
  fileBytes: 50 * 1024 * 1024,
  partBytes: 32 * 1024 * 1024,
  totalBytes: 64 * 1024 * 1024,
  ratio: 200,
  cells: 1_000_000,
  rows: 100_000,
  columns: 2_000,
  textLength: 32_767,
});

const MIB = 1024 * 1024;
const count = (n: number) => n.toLocaleString("en-US");

/** Refuses a file over the size limit, naming both sizes (the CLI says it before reading the file). */
export function checkFileSize(bytes: number, limit: number): void {
  if (bytes <= limit) return;
  const mb = (bytes / MIB).toFixed(1);
  const max = +(limit / MIB).toFixed(1);
  fail("value", `文件过大（${mb} MB，上限 ${max} MB）`, `The file is too large (${mb} MB; the limit is ${max} MB)`);
}

export function damaged(zhWhy: string, enWhy: string): never {
  fail("value", `文件已损坏，无法读取：${zhWhy}`, `The file is damaged and cannot be read: ${enWhy}`);
}

export function partTooLarge(part: string, limit: number): never {
  const max = +(limit / MIB).toFixed(1);
  fail("value", `文件中的“${part}”解压后超过 ${max} MB，已停止读取`, `The part "${part}" inflates past ${max} MB; reading stopped`);
}

export function workbookTooLarge(limit: number): never {
  const max = +(limit / MIB).toFixed(1);
  fail("value", `文件解压后超过 ${max} MB，已停止读取`, `The file inflates past ${max} MB; reading stopped`);
}

export function ratioTooHigh(part: string, limit: number): never {
  fail(
    "value",
    `文件中的“${part}”压缩比超过 ${limit}:1，可能是压缩炸弹，已停止读取`,
    `The part "${part}" is compressed more than ${limit}:1 (a zip bomb?); reading stopped`,
  );
}

export function tooManyCells(limit: number): never {
  fail("value", `单元格过多（上限 ${count(limit)} 个），不是指标评分表`, `Too many cells (the limit is ${count(limit)}): not an indicator table`);
}

/** A sheet whose used cells span more rows or columns than allowed; names the span so the user can find the stray cell. */
export function sheetTooLarge(sheet: string, span: string, zhWhat: string, enWhat: string): never {
  fail(
    "value",
    `工作表“${sheet}”的已用区域 ${span} 过大（${zhWhat}）：请删除表格以外远处的单元格`,
    `The used area ${span} of sheet "${sheet}" is too large (${enWhat}): delete the cells far outside the table`,
  );
}

export function textTooLong(sheet: string, cell: string, limit: number): never {
  fail(
    "value",
    `工作表“${sheet}”的 ${cell} 文字超过 ${count(limit)} 个字符`,
    `The text in ${cell} of sheet "${sheet}" is longer than ${count(limit)} characters`,
  );
}
