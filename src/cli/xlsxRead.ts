/**
 * Reads the worksheets of an .xlsx file as Grids for the core: values (a formula's cached result),
 * number formats (a %-formatted 1.6 is 160 %), formulas (the `_xldudf_JX_` spelling normalised by makeGrid), merged areas, and the defined names each
 * sheet sees. ExcelJS drops sheet-scoped and constant names (the JX_TEMPLATE marker is both), so the
 * names are read from xl/workbook.xml directly.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import JSZip from "jszip";
import { fail } from "../core/errors";
import { Grid, makeGrid, MergedArea } from "../core/grid";
import { parseCellAddress } from "../core/address";
import { CellValue } from "../core/numbers";

/** Beyond this an .xlsx is not an indicator table; refusing it keeps a batch run from exhausting memory. */
export const MAX_XLSX_BYTES = 50 * 1024 * 1024;

const ZIP_MAGIC = "504b0304";
/** Compound File Binary: an encrypted .xlsx or a legacy .xls. */
const CFB_MAGIC = "d0cf11e0";

export async function readXlsxGrids(path: string): Promise<Grid[]> {
  const buffer = await readChecked(path);
  const workbook = new ExcelJS.Workbook();
  const zip = await JSZip.loadAsync(buffer).catch(() => null);
  // A .docx or any other zip renamed to .xlsx has no workbook part.
  if (zip && !zip.file("xl/workbook.xml")) fail("value", "不是 .xlsx 文件", "Not an .xlsx file");
  const loaded = zip && (await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer).then(() => true, () => false));
  if (!zip || !loaded) fail("value", "文件已损坏，无法读取", "The file is damaged and cannot be read");
  const names = await sheetNames(zip);
  return workbook.worksheets.map((sheet) => sheetGrid(sheet, names.get(sheet.name) ?? names.get("") ?? {}));
}

async function readChecked(path: string): Promise<Buffer> {
  // Only a missing file is "not found"; a denied one (EACCES on its folder) goes on to the caller's own message.
  const stat = await fs.stat(path).catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" || e.code === "ENOTDIR" ? null : Promise.reject(e)));
  if (!stat) fail("value", "找不到该文件", "The file does not exist");
  if (!stat.isFile()) fail("value", "不是文件", "Not a file");
  if (stat.size > MAX_XLSX_BYTES) {
    const mb = (stat.size / 1024 / 1024).toFixed(1);
    fail("value", `文件过大（${mb} MB，上限 ${MAX_XLSX_BYTES / 1024 / 1024} MB）`, `The file is too large (${mb} MB; the limit is ${MAX_XLSX_BYTES / 1024 / 1024} MB)`);
  }
  const buffer = await fs.readFile(path);
  const magic = buffer.subarray(0, 4).toString("hex");
  if (magic === CFB_MAGIC) {
    fail("value", "文件已加密或为旧版 .xls 格式：请在 Excel 中取消密码并另存为 .xlsx", "The file is encrypted or a legacy .xls: remove the password and save it as .xlsx");
  }
  if (magic !== ZIP_MAGIC) fail("value", "不是 .xlsx 文件", "Not an .xlsx file");
  return buffer;
}

function sheetGrid(sheet: ExcelJS.Worksheet, names: Record<string, string>): Grid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const formats: (string | null)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Inside a merged area only the top-left cell holds the value; ExcelJS repeats it in the others.
      if (cell.isMerged && cell.master !== cell) return;
      const c = colNumber - 1;
      (values[r] ??= [])[c] = cellValue(cell.value);
      if (cell.formula) (formulas[r] ??= [])[c] = `=${cell.formula}`;
      if (cell.numFmt) (formats[r] ??= [])[c] = cell.numFmt;
    });
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return makeGrid({
    sheet: sheet.name,
    values: fillRows(values),
    formulas: fillRows(formulas),
    formats: fillRows(formats),
    merges: sheetMerges(sheet),
    names,
  });
}

/** Sparse rows made dense: a hole reads as a blank cell. */
function fillRows<T>(rows: (T | null)[][]): (T | null)[][] {
  return Array.from({ length: rows.length }, (_, r) => Array.from({ length: rows[r]?.length ?? 0 }, (_, c) => rows[r]?.[c] ?? null));
}

function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  return null;
}

function sheetMerges(sheet: ExcelJS.Worksheet): MergedArea[] {
  const merges: string[] = (sheet.model as unknown as { merges?: string[] }).merges ?? [];
  return merges.flatMap((range) => {
    const [from, to] = range.split(":").map((a) => parseCellAddress(a));
    return from && to ? [{ top: from.row, left: from.col, bottom: to.row, right: to.col }] : [];
  });
}

const XML_ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
const unescapeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (e) => XML_ENTITIES[e]);

/**
 * The defined names each sheet sees, keyed by sheet name ("" holds the workbook-wide names): the
 * workbook's names overlaid by the sheet's own (localSheetId is the sheet's position in <sheets>).
 */
async function sheetNames(zip: JSZip): Promise<Map<string, Record<string, string>>> {
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const sheets = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unescapeXml(m[1]));
  const global: Record<string, string> = {};
  const local = new Map<string, Record<string, string>>();
  for (const m of xml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    if (!name) continue;
    const sheetId = /\blocalSheetId="(\d+)"/.exec(m[1])?.[1];
    const text = unescapeXml(m[2]);
    if (sheetId === undefined) global[unescapeXml(name)] = text;
    else {
      const sheet = sheets[Number(sheetId)];
      if (sheet !== undefined) local.set(sheet, { ...local.get(sheet), [unescapeXml(name)]: text });
    }
  }
  const result = new Map<string, Record<string, string>>([["", global]]);
  for (const sheet of sheets) result.set(sheet, { ...global, ...local.get(sheet) });
  return result;
}
