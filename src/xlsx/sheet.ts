/**
 * One worksheet's XML streamed into a Grid. Cells are kept sparse while reading (a value in XFD1048576
 * costs one cell), then laid out densely over the rectangle the used cells span, because the core reads
 * a Grid as values[row][col] and scans its rows × columns.
 *
 * Why a rectangle and a limit, not several blocks: the Grid has one origin, so a table at A1 and a stray
 * value at XFD1048576 can only share one Grid through the 16,384 × 1,048,576 slots between them. Splitting
 * the sheet into blocks would check the table while silently ignoring a cell on the same sheet; the first
 * law says refuse instead. So the span of the used cells (rows, columns, and their product as cells) has a
 * limit, checked as the cells stream in, and a sheet over it is refused with its used area named, which
 * points the user at the stray cell. Cells with only a style (no value, no formula) are not "used": Excel
 * writes such cells far out whenever a whole row or column is formatted.
 */
import { cellAddress, parseCellAddress } from "../core/address";
import { Grid, makeGrid, MergedArea } from "../core/grid";
import { CellValue } from "../core/numbers";
import { damaged, sheetTooLarge, textTooLong, tooManyCells, XlsxLimits } from "./limits";
import { PackageReader, unescapeText } from "./package";
import { readXmlPart } from "./xml";

export interface SheetContext {
  /** Shared strings, or null when the package has none. */
  strings: string[] | null;
  /** The number format of each cell style, or null when the package has no styles. */
  formats: (string | null)[] | null;
  date1904: boolean;
  /** Cells kept so far in the whole workbook (the limit is per workbook). */
  cells: { count: number };
}

/** What a cell is being read: nothing, its value, its formula, or the text of an inline string. */
const enum Capture {
  None,
  Value,
  Formula,
  Inline,
}

interface SharedFormula {
  formula: string;
  row: number;
  col: number;
}

/** "B12" → 0-based row and column, without a regular expression: it runs once per cell. */
function parseRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  let row = 0;
  const digits = i;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  if (digits === 0 || i === digits || col > 16384 || row < 1 || row > 1048576) return null;
  return { row: row - 1, col: col - 1 };
}

export function readSheet(reader: PackageReader, name: string, part: string, names: Record<string, string>, context: SheetContext): Grid {
  const { limits } = reader;
  const rows: number[] = [];
  const cols: number[] = [];
  const values: CellValue[] = [];
  const formulas: (string | null)[] = [];
  const formats: (string | null)[] = [];
  const mergeRefs: string[] = [];
  const shared = new Map<string, SharedFormula>();
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;

  let row = -1;
  let col = -1;
  let type = "";
  let style = 0;
  let capture = Capture.None;
  let phonetic = 0;
  let value: string | null = null;
  let formula: string | null = null;
  let sharedIndex: string | null = null;
  let inline: string | null = null;

  const address = () => cellAddress(row, col);
  const span = () => `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
  const checkText = (text: string) => {
    if (text.length > limits.textLength) textTooLong(name, address(), limits.textLength);
    return text;
  };

  const cellValue = (format: string | null): CellValue => {
    if (inline !== null) return checkText(unescapeText(inline));
    if (value === null) return null;
    switch (type) {
      case "s": {
        if (!context.strings) damaged("缺少共享字符串部件", "the shared strings part is missing");
        const text = context.strings[Number(value)];
        if (text === undefined) damaged(`${name}!${address()} 引用的共享字符串不存在`, `${name}!${address()} refers to a shared string that does not exist`);
        return checkText(text);
      }
      case "str":
      case "inlineStr":
        return checkText(unescapeText(value));
      case "b":
        return value === "1" || value === "true";
      case "e":
        return value;
      case "d":
        return value.slice(0, 10);
      default: {
        const n = value.trim() === "" ? NaN : Number(value);
        if (!Number.isFinite(n))
          damaged(`${name}!${address()} 的数字“${value.slice(0, 20)}”无法读取`, `the number "${value.slice(0, 20)}" in ${name}!${address()} cannot be read`);
        return format !== null && isDateFormat(format) ? isoDate(n, context.date1904) : n;
      }
    }
  };

  const commit = () => {
    if (value === null && formula === null && inline === null) return;
    if (++context.cells.count > limits.cells) tooManyCells(limits.cells);
    if (style > 0 && !context.formats) damaged("缺少样式部件", "the styles part is missing");
    const format = style > 0 ? context.formats![style] : null;
    if (format === undefined) damaged(`${name}!${address()} 的样式不存在`, `the style of ${name}!${address()} does not exist`);
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
    if (bottom - top + 1 > limits.rows)
      sheetTooLarge(name, span(), `跨 ${bottom - top + 1} 行，上限 ${limits.rows} 行`, `${bottom - top + 1} rows; the limit is ${limits.rows}`);
    if (right - left + 1 > limits.columns)
      sheetTooLarge(name, span(), `跨 ${right - left + 1} 列，上限 ${limits.columns} 列`, `${right - left + 1} columns; the limit is ${limits.columns}`);
    let text = formula;
    if (sharedIndex !== null) {
      const master = shared.get(sharedIndex);
      if (text !== null && text !== "") shared.set(sharedIndex, { formula: text, row, col });
      else if (master) text = shiftFormula(master.formula, row - master.row, col - master.col);
      else damaged(`${name}!${address()} 的共享公式不存在`, `the shared formula of ${name}!${address()} does not exist`);
    }
    rows.push(row);
    cols.push(col);
    values.push(cellValue(format));
    formulas.push(text ? `=${checkText(text)}` : null);
    formats.push(format);
  };

  const found = readXmlPart(reader.zip, part, limits, reader.budget, {
    open(tag, a) {
      switch (tag) {
        case "row": {
          const r = a.r === undefined ? row + 1 : Number(a.r) - 1;
          if (!(r >= 0 && r < 1048576)) damaged(`工作表“${name}”的行号“${a.r}”无效`, `sheet "${name}" has an invalid row number "${a.r}"`);
          row = r;
          col = -1;
          break;
        }
        case "c": {
          if (a.r === undefined) col++;
          else {
            const at = parseRef(a.r);
            if (!at) damaged(`工作表“${name}”的单元格地址“${a.r.slice(0, 20)}”无效`, `sheet "${name}" has an invalid cell address "${a.r.slice(0, 20)}"`);
            row = at.row;
            col = at.col;
          }
          if (row < 0) row = 0;
          type = a.t ?? "n";
          style = a.s === undefined ? 0 : Number(a.s);
          value = formula = sharedIndex = inline = null;
          break;
        }
        case "v":
          capture = Capture.Value;
          value = "";
          break;
        case "f":
          capture = Capture.Formula;
          formula = "";
          if (a.t === "shared") sharedIndex = a.si ?? "";
          break;
        case "is":
          inline = "";
          break;
        case "t":
          if (inline !== null && phonetic === 0) capture = Capture.Inline;
          break;
        case "rPh":
          phonetic++;
          break;
        case "mergeCell":
          if (a.ref) mergeRefs.push(a.ref);
          break;
      }
    },
    text(t) {
      if (capture === Capture.Value) value += t;
      else if (capture === Capture.Formula) formula += t;
      else if (capture === Capture.Inline) inline += t;
    },
    close(tag) {
      if (tag === "c") commit();
      else if (tag === "v" || tag === "f" || tag === "t") capture = Capture.None;
      else if (tag === "rPh") phonetic--;
    },
  });
  if (!found) damaged(`工作表“${name}”的数据缺失`, `the data of sheet "${name}" is missing`);
  if (bottom < 0) return makeGrid({ sheet: name, values: [], names });
  return layOut(name, { top, left, bottom, right }, { rows, cols, values, formulas, formats }, mergeRefs, names, limits);
}

interface SparseCells {
  rows: number[];
  cols: number[];
  values: CellValue[];
  formulas: (string | null)[];
  formats: (string | null)[];
}

/** The sparse cells laid out over the rectangle they and the merged areas reaching them span; merges' inner cells blank. */
function layOut(name: string, used: MergedArea, cells: SparseCells, mergeRefs: string[], names: Record<string, string>, limits: XlsxLimits): Grid {
  const maxCells = limits.cells;
  const areas = mergeRefs.flatMap((ref) => {
    const [from, to] = ref.split(":").map((a) => parseCellAddress(a));
    return from && to
      ? [{ top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) }]
      : [];
  });
  // A merged area that reaches the used cells belongs to the table's layout (a first level merged down over
  // rows left blank): the grid grows to hold it, as Excel's used range does; unless that passes a limit, and
  // then it is cut to the used cells, its far part holding no value.
  const grown = { ...used };
  for (const a of areas) {
    if (a.bottom < used.top || a.top > used.bottom || a.right < used.left || a.left > used.right) continue;
    grown.top = Math.min(grown.top, a.top);
    grown.left = Math.min(grown.left, a.left);
    grown.bottom = Math.max(grown.bottom, a.bottom);
    grown.right = Math.max(grown.right, a.right);
  }
  const [grownHeight, grownWidth] = [grown.bottom - grown.top + 1, grown.right - grown.left + 1];
  const box = grownHeight <= limits.rows && grownWidth <= limits.columns && grownHeight * grownWidth <= maxCells ? grown : used;
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  if (height * width > maxCells) {
    sheetTooLarge(
      name,
      `${cellAddress(box.top, box.left)}:${cellAddress(box.bottom, box.right)}`,
      `${height} 行 × ${width} 列，上限 ${maxCells} 格`,
      `${height} rows × ${width} columns; the limit is ${maxCells} cells`,
    );
  }
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const formulas: (string | null)[][] = [];
  const formats: (string | null)[][] = [];
  const at = <T>(grid: (T | null)[][], r: number) => {
    while (grid.length <= r) grid.push([]);
    if (grid[r].length === 0) grid[r] = new Array<T | null>(width).fill(null);
    return grid[r];
  };
  for (let i = 0; i < cells.rows.length; i++) {
    const r = cells.rows[i] - box.top;
    const c = cells.cols[i] - box.left;
    values[r][c] = cells.values[i];
    if (cells.formulas[i] !== null) at(formulas, r)[c] = cells.formulas[i];
    if (cells.formats[i] !== null) at(formats, r)[c] = cells.formats[i];
  }
  const merges: MergedArea[] = [];
  let covered = 0;
  for (const a of areas) {
    const area = {
      top: Math.max(a.top, box.top) - box.top,
      left: Math.max(a.left, box.left) - box.left,
      bottom: Math.min(a.bottom, box.bottom) - box.top,
      right: Math.min(a.right, box.right) - box.left,
    };
    if (area.top > area.bottom || area.left > area.right) continue;
    // Merged areas do not overlap, so together they cover at most the grid: more is a damaged file.
    covered += (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (covered > height * width) damaged(`工作表“${name}”的合并单元格互相重叠`, `sheet "${name}" has overlapping merged cells`);
    // Only the top-left cell of a merged area holds its value; Excel shows nothing from the others.
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        if (r === area.top && c === area.left) continue;
        values[r][c] = null;
        if (formulas[r]?.length) formulas[r][c] = null;
      }
    }
    merges.push(area);
  }
  return makeGrid({ sheet: name, origin: { row: box.top, col: box.left }, values, formulas, formats, merges, names });
}

const dateFormats = new Map<string, boolean>();

/** Whether a number format shows a date: a d or y outside quoted text, escapes and [colour]/[$-locale] parts. */
function isDateFormat(format: string): boolean {
  let known = dateFormats.get(format);
  if (known === undefined) {
    const bare = format.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, "");
    known = /[dy]/i.test(bare) || /年|月|日/.test(format);
    dateFormats.set(format, known);
  }
  return known;
}

/** A date serial as yyyy-mm-dd (days since 1899-12-30, or since 1904-01-01 in a 1904 workbook). */
function isoDate(serial: number, date1904: boolean): string {
  const days = serial + (date1904 ? 1462 : 0);
  const ms = Math.round((days - 25569) * 86400000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

/**
 * A shared formula as it reads in a cell `dRow` rows and `dCol` columns from the cell that holds it: each
 * relative reference moves by as much (string literals and $-anchored parts stay).
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(
            /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g,
            (ref, colAnchor: string, letters: string, rowAnchor: string, digits: string) => {
              const at = parseCellAddress(`${letters}${digits}`);
              if (!at) return ref;
              const r = rowAnchor ? at.row : at.row + dRow;
              const c = colAnchor ? at.col : at.col + dCol;
              if (r < 0 || c < 0) return "#REF!";
              const moved = cellAddress(r, c);
              const split = moved.search(/\d/);
              return `${colAnchor}${moved.slice(0, split)}${rowAnchor}${moved.slice(split)}`;
            },
          ),
    )
    .join("");
}
