/**
 * An in-memory stand-in for the part of the Excel object model the add-in uses: worksheets, ranges
 * (values, formulas, number formats, format, merges, data validation, conditional formats), Excel
 * tables, names, freeze panes, page layout and charts; and, for the tests, what a user does to a sheet
 * (insert rows or columns, which moves cells, merges, validations, conditional formats and tables as
 * Excel does). Like Office.js, a loaded property can be read only after `context.sync()`; the
 * context counts syncs and proxy calls (every method call and property write), the two costs of
 * an Excel round trip. Plain TypeScript: the jest tests and the browser tests both use it.
 */
import { rangeAddress } from "../../src/core/address";

export interface FakeCellFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  /** Border style by edge: EdgeTop, EdgeBottom, EdgeLeft, EdgeRight (inside borders land on the neighbours' edges). */
  borders: Record<string, string>;
}

export interface FakeCell {
  value: unknown;
  formula: string | null;
  numberFormat: string;
  format: FakeCellFormat;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeValidation {
  range: Rect;
  rule: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

/** A conditional format as Excel keeps it: its type, the areas it applies to, a custom rule's formula and what it shows. */
export interface FakeConditionalFormat {
  id: string;
  type: string;
  ranges: Rect[];
  formula: string | null;
  format: { fill?: string; fontColor?: string; borders: Record<string, string> };
}

/** An Excel table (ListObject) as Excel keeps it: its name, area, header row and look. */
export interface FakeTable {
  name: string;
  rect: Rect;
  hasHeaders: boolean;
  style: string;
  showFilterButton: boolean;
}

export interface FakeName {
  name: string;
  /** "Range" for a reference, "String" for a text constant. */
  type: "Range" | "String";
  formula: string;
  ref: { sheet: FakeWorksheet; rect: Rect } | null;
}

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read without load() and context.sync()`);
    this.name = "PropertyNotLoaded";
  }
}

export class FakeContext {
  syncCount = 0;
  callCount = 0;
  /** The last id Excel gave a conditional format. */
  lastId = 0;
  readonly workbook: FakeWorkbook;
  private pending: { target: Loadable; props: string[] }[] = [];

  constructor() {
    this.workbook = new FakeWorkbook(this);
  }

  /** Counts a proxy call: a method call or a property write queued for Excel. */
  call(): void {
    this.callCount++;
  }

  queueLoad(target: Loadable, props: string[]): void {
    this.pending.push({ target, props });
  }

  async sync(): Promise<void> {
    this.syncCount++;
    for (const { target, props } of this.pending) target.markLoaded(props);
    this.pending = [];
  }

  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
}

abstract class Loadable {
  private readonly loaded = new Set<string>();
  /** The sync count when the proxy was made. */
  private readonly madeAt: number;
  constructor(protected readonly ctx: FakeContext) {
    this.madeAt = ctx.syncCount;
  }

  load(props?: string | string[] | Record<string, unknown>): this {
    this.ctx.call();
    const list = props === undefined ? ["*"] : typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : Object.keys(props);
    this.ctx.queueLoad(
      this,
      list.map((p) => p.trim()),
    );
    return this;
  }

  /** "items/name" loads the collection's items and the name of each. */
  markLoaded(props: string[]): void {
    for (const p of props) {
      const [head, ...rest] = p.split("/");
      this.loaded.add(head);
      if (head === "items") for (const item of this.children()) item.markLoaded(rest.length ? [rest.join("/")] : ["*"]);
    }
  }

  /** The items of a collection. */
  protected children(): Loadable[] {
    return [];
  }

  protected need(prop: string): void {
    if (!this.loaded.has(prop) && !this.loaded.has("*")) throw new NotLoaded(`${this.constructor.name}.${prop}`);
  }

  /** isNullObject needs no load, as in Office.js: only a context.sync() after the proxy was made. */
  protected needSync(): void {
    if (this.ctx.syncCount === this.madeAt) {
      throw Object.assign(new Error(`PropertyNotLoaded: ${this.constructor.name}.isNullObject was read before context.sync()`), { name: "PropertyNotLoaded" });
    }
  }
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function rectAddress(r: Rect): string {
  return rangeAddress(r.top, r.left, r.bottom, r.right);
}

/** Parses "B2", "B2:D5", "C:C", "3:5", with or without $ and a sheet prefix. */
export function parseRect(address: string): Rect {
  const bare = address.replace(/^.*!/, "").replace(/\$/g, "").toUpperCase();
  const [a, b = a] = bare.split(":");
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(p);
    if (!m) throw new Error(`InvalidArgument: address ${address}`);
    let col = -1;
    for (const ch of m[1]) col = (col + 1) * 26 + (ch.charCodeAt(0) - 65);
    return { col: m[1] ? col : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const s = part(a);
  const e = part(b);
  return {
    top: s.row ?? 0,
    left: s.col ?? 0,
    bottom: e.row ?? FakeWorksheet.MAX_ROW,
    right: e.col ?? FakeWorksheet.MAX_COL,
  };
}

const overlaps = (a: Rect, b: Rect) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNameCollection;
  selection: { sheet: FakeWorksheet; rect: Rect } | null = null;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx, this);
    this.names = new FakeNameCollection(ctx, null);
  }

  getSelectedRange(): FakeRange {
    this.ctx.call();
    const sel = this.selection ?? { sheet: this.worksheets.active(), rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    return new FakeRange(this.ctx, sel.sheet, sel.rect);
  }

  getActiveCell(): FakeRange {
    this.ctx.call();
    const sel = this.selection ?? { sheet: this.worksheets.active(), rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    return new FakeRange(this.ctx, sel.sheet, { ...sel.rect, bottom: sel.rect.top, right: sel.rect.left });
  }
}

export class FakeWorksheetCollection extends Loadable {
  readonly sheets: FakeWorksheet[] = [];
  activeName: string | null = null;

  constructor(
    ctx: FakeContext,
    private readonly workbook: FakeWorkbook,
  ) {
    super(ctx);
  }

  get items(): FakeWorksheet[] {
    this.need("items");
    return [...this.sheets];
  }

  protected children(): Loadable[] {
    return this.sheets;
  }

  add(name?: string): FakeWorksheet {
    this.ctx.call();
    const sheetName = name ?? `Sheet${this.sheets.length + 1}`;
    if (this.find(sheetName)) throw Object.assign(new Error(`ItemAlreadyExists: ${sheetName}`), { code: "ItemAlreadyExists" });
    if (sheetName.length > 31 || /[\\/?*[\]:]/.test(sheetName)) throw Object.assign(new Error(`InvalidArgument: ${sheetName}`), { code: "InvalidArgument" });
    const sheet = new FakeWorksheet(this.ctx, this.workbook, sheetName);
    this.sheets.push(sheet);
    this.activeName ??= sheetName;
    return sheet;
  }

  find(name: string): FakeWorksheet | undefined {
    return this.sheets.find((s) => s.sheetName.toLowerCase() === name.toLowerCase());
  }

  getItem(name: string): FakeWorksheet {
    this.ctx.call();
    const sheet = this.find(name);
    if (!sheet) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: "ItemNotFound" });
    return sheet;
  }

  /** The sheet, or a null object (isNullObject true after a sync) when there is none. */
  getItemOrNullObject(name: string): FakeWorksheet | FakeNullObject {
    this.ctx.call();
    return this.find(name) ?? new FakeNullObject(this.ctx);
  }

  getActiveWorksheet(): FakeWorksheet {
    this.ctx.call();
    return this.active();
  }

  active(): FakeWorksheet {
    return this.find(this.activeName ?? "") ?? this.sheets[0];
  }
}

export class FakeWorksheet extends Loadable {
  static readonly MAX_ROW = 1048575;
  static readonly MAX_COL = 16383;
  readonly cells = new Map<string, FakeCell>();
  readonly merges: Rect[] = [];
  readonly validations: FakeValidation[] = [];
  /** In priority order, the first the highest. */
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly names: FakeNameCollection;
  readonly tables: FakeTableCollection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly charts: FakeChartCollection;

  constructor(
    ctx: FakeContext,
    readonly book: FakeWorkbook,
    public sheetName: string,
  ) {
    super(ctx);
    this.names = new FakeNameCollection(ctx, this);
    this.tables = new FakeTableCollection(ctx, this);
    this.freezePanes = new FakeFreezePanes(ctx);
    this.pageLayout = new FakePageLayout(ctx, this);
    this.charts = new FakeChartCollection(ctx);
  }

  get name(): string {
    this.need("name");
    return this.sheetName;
  }

  get isNullObject(): boolean {
    this.needSync();
    return false;
  }

  set name(value: string) {
    this.ctx.call();
    this.sheetName = value;
  }

  getRange(address?: string): FakeRange {
    this.ctx.call();
    return new FakeRange(this.ctx, this, address ? parseRect(address) : { top: 0, left: 0, bottom: FakeWorksheet.MAX_ROW, right: FakeWorksheet.MAX_COL });
  }

  /** Several areas, as a comma-separated list of addresses (ExcelApi 1.9). */
  getRanges(address: string): FakeRangeAreas {
    this.ctx.call();
    return new FakeRangeAreas(this.ctx, this, address.split(",").map(parseRect));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.ctx.call();
    return new FakeRange(this.ctx, this, { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.ctx.call();
    let rect: Rect | null = null;
    for (const [key, cell] of this.cells) {
      if (valuesOnly ? cell.value === "" && !cell.formula : false) continue;
      const [row, col] = key.split(",").map(Number);
      rect = rect
        ? { top: Math.min(rect.top, row), left: Math.min(rect.left, col), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return new FakeRange(this.ctx, this, rect ?? { top: 0, left: 0, bottom: 0, right: 0 }, rect === null);
  }

  activate(): void {
    this.ctx.call();
    this.book.worksheets.activeName = this.sheetName;
  }

  /** Test access: the cell at a 0-based position, created blank when absent. */
  cell(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "", formula: null, numberFormat: "General", format: { borders: {} } };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Test access: the cell at an A1 address, or undefined when it was never written. */
  peek(address: string): FakeCell | undefined {
    const r = parseRect(address);
    return this.cells.get(`${r.top},${r.left}`);
  }

  /** Test setup: puts values into cells without counting proxy calls. */
  seed(address: string, rows: unknown[][]): void {
    const r = parseRect(address);
    rows.forEach((row, i) => row.forEach((v, j) => (this.cell(r.top + i, r.left + j).value = v)));
  }

  /** Test access: the sheet's cells as a deep copy, to compare before and after. */
  snapshot(): string {
    return JSON.stringify({
      cells: [...this.cells.entries()].sort(),
      merges: this.merges,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats.map(({ type, ranges, formula, format }) => ({ type, ranges, formula, format })),
      tables: this.tables.list,
      names: this.names.list.map((n) => [n.name, n.formula]),
      name: this.sheetName,
    });
  }

  /**
   * Test access: inserts `count` blank rows (or columns) before the 0-based index `at`, as a user does.
   * Everything at or after it moves; an area spanning it grows, as Excel moves merges, validations,
   * conditional formats, tables and names with their cells.
   */
  insert(axis: "rows" | "columns", at: number, count: number): void {
    const [start, end] = axis === "rows" ? (["top", "bottom"] as const) : (["left", "right"] as const);
    const move = (r: Rect) => {
      if (r[start] >= at) r[start] += count;
      if (r[end] >= at) r[end] += count;
    };
    const moved = [...this.cells].map(([key, cell]) => {
      const [row, col] = key.split(",").map(Number);
      const at0 = { top: row, left: col, bottom: row, right: col };
      move(at0);
      return [`${at0.top},${at0.left}`, cell] as const;
    });
    this.cells.clear();
    for (const [key, cell] of moved) this.cells.set(key, cell);
    this.merges.forEach(move);
    this.validations.forEach((v) => move(v.range));
    this.conditionalFormats.forEach((f) => f.ranges.forEach(move));
    this.tables.list.forEach((t) => move(t.rect));
    for (const n of [...this.names.list, ...this.book.names.list]) if (n.ref?.sheet === this) move(n.ref.rect);
  }
}

type Matrix = unknown[][];

export class FakeRange extends Loadable {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;

  constructor(
    ctx: FakeContext,
    readonly sheet: FakeWorksheet,
    readonly rect: Rect,
    private readonly nullObject = false,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, this);
    this.dataValidation = new FakeDataValidation(ctx, this);
  }

  get isNullObject(): boolean {
    this.needSync();
    return this.nullObject;
  }

  /** The conditional formats that apply to any cell of the range (ExcelApi 1.6). */
  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this.formats ??= new FakeConditionalFormatCollection(this.ctx, this.sheet, [this.rect]));
  }
  private formats: FakeConditionalFormatCollection | null = null;

  get address(): string {
    this.need("address");
    return `${quoteSheet(this.sheet.sheetName)}!${rectAddress(this.rect)}`;
  }

  get rowIndex(): number {
    this.need("rowIndex");
    return this.rect.top;
  }

  get columnIndex(): number {
    this.need("columnIndex");
    return this.rect.left;
  }

  get rowCount(): number {
    this.need("rowCount");
    return this.rect.bottom - this.rect.top + 1;
  }

  get columnCount(): number {
    this.need("columnCount");
    return this.rect.right - this.rect.left + 1;
  }

  get worksheet(): FakeWorksheet {
    return this.sheet;
  }

  private read(pick: (cell: FakeCell | undefined) => unknown): Matrix {
    const out: Matrix = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c++) row.push(pick(this.sheet.cells.get(`${r},${c}`)));
      out.push(row);
    }
    return out;
  }

  /** Writes a matrix of the range's size, or one value into every cell, as Office.js accepts. */
  private write(data: unknown, put: (cell: FakeCell, v: unknown) => void): void {
    this.ctx.call();
    const rows = this.rect.bottom - this.rect.top + 1;
    const cols = this.rect.right - this.rect.left + 1;
    const matrix = Array.isArray(data) ? (data as Matrix) : null;
    if (matrix && (matrix.length !== rows || matrix.some((r) => !Array.isArray(r) || r.length !== cols))) {
      throw Object.assign(new Error(`InvalidArgument: a ${matrix.length}×${matrix[0]?.length} matrix for a ${rows}×${cols} range`), {
        code: "InvalidArgument",
      });
    }
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) put(this.sheet.cell(this.rect.top + r, this.rect.left + c), matrix ? matrix[r][c] : data);
  }

  get values(): Matrix {
    this.need("values");
    return this.read((c) => (c ? c.value : ""));
  }

  set values(data: Matrix) {
    this.write(data, (cell, v) => {
      if (v === null) return; // null leaves a cell as it is
      cell.value = v;
      cell.formula = null;
    });
  }

  get formulas(): Matrix {
    this.need("formulas");
    return this.read((c) => (c ? (c.formula ?? c.value) : ""));
  }

  set formulas(data: Matrix) {
    this.write(data, (cell, v) => {
      if (v === null) return;
      if (typeof v === "string" && v.startsWith("=")) {
        cell.formula = v;
        cell.value = "";
      } else {
        cell.formula = null;
        cell.value = v;
      }
    });
  }

  get numberFormat(): Matrix {
    this.need("numberFormat");
    return this.read((c) => (c ? c.numberFormat : "General"));
  }

  set numberFormat(data: Matrix) {
    this.write(data, (cell, v) => {
      if (v !== null) cell.numberFormat = String(v);
    });
  }

  merge(across = false): void {
    this.ctx.call();
    if (across) {
      for (let r = this.rect.top; r <= this.rect.bottom; r++) this.sheet.merges.push({ ...this.rect, top: r, bottom: r });
    } else {
      if (this.sheet.merges.some((m) => overlaps(m, this.rect)))
        throw Object.assign(new Error("InvalidOperation: merged areas overlap"), { code: "InvalidOperation" });
      this.sheet.merges.push({ ...this.rect });
    }
  }

  getCell(row: number, col: number): FakeRange {
    this.ctx.call();
    const top = this.rect.top + row;
    const left = this.rect.left + col;
    return new FakeRange(this.ctx, this.sheet, { top, left, bottom: top, right: left });
  }

  getResizedRange(deltaRows: number, deltaCols: number): FakeRange {
    this.ctx.call();
    return new FakeRange(this.ctx, this.sheet, { ...this.rect, bottom: this.rect.bottom + deltaRows, right: this.rect.right + deltaCols });
  }

  getOffsetRange(rows: number, cols: number): FakeRange {
    this.ctx.call();
    const r = this.rect;
    return new FakeRange(this.ctx, this.sheet, { top: r.top + rows, left: r.left + cols, bottom: r.bottom + rows, right: r.right + cols });
  }

  select(): void {
    this.ctx.call();
    this.sheet.book.selection = { sheet: this.sheet, rect: { ...this.rect } };
  }

  /** The merged areas overlapping the range, as one RangeAreas (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.call();
    return new FakeRangeAreas(
      this.ctx,
      this.sheet,
      this.sheet.merges.filter((m) => overlaps(m, this.rect)),
    );
  }
}

export class FakeRangeFormat {
  readonly fill: { color: string; clear(): void };
  readonly font: { bold: boolean; italic: boolean; color: string; size: number; name: string };
  readonly borders: { getItem(index: string): { style: string; color: string; weight: string } };

  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    const each = (fn: (f: FakeCellFormat) => void) => this.eachCell(fn);
    const setter = <T>(fn: (f: FakeCellFormat, v: T) => void) => ({
      set: (v: T) => {
        ctx.call();
        each((f) => fn(f, v));
      },
      get: (): T => {
        throw new NotLoaded("RangeFormat (the fake does not read formats back through the proxy; use sheet.cell())");
      },
    });
    this.fill = Object.defineProperties({} as { color: string; clear(): void }, {
      color: setter<string>((f, v) => (f.fill = v)),
      clear: { value: () => (ctx.call(), each((f) => delete f.fill)) },
    });
    this.font = Object.defineProperties({} as { bold: boolean; italic: boolean; color: string; size: number; name: string }, {
      bold: setter<boolean>((f, v) => (f.bold = v)),
      italic: setter<boolean>((f, v) => (f.italic = v)),
      color: setter<string>((f, v) => (f.fontColor = v)),
      size: setter<number>((f, v) => (f.fontSize = v)),
      name: setter<string>((f, v) => (f.fontName = v)),
    });
    this.borders = {
      getItem: (index: string) => {
        ctx.call();
        const edge = (v: string) => this.border(index, v);
        return Object.defineProperties({} as { style: string; color: string; weight: string }, {
          style: { set: (v: string) => (ctx.call(), edge(v)), get: () => undefined },
          color: { set: () => ctx.call(), get: () => undefined },
          weight: { set: () => ctx.call(), get: () => undefined },
        });
      },
    };
  }

  private eachCell(fn: (f: FakeCellFormat) => void): void {
    const r = this.range.rect;
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(this.range.sheet.cell(row, col).format);
  }

  /** Records a border on the cells it touches: an outer edge on the rim, an inside one on both neighbours. */
  private border(index: string, style: string): void {
    const r = this.range.rect;
    const sheet = this.range.sheet;
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const b = sheet.cell(row, col).format.borders;
        if (index === "EdgeTop" && row === r.top) b.EdgeTop = style;
        if (index === "EdgeBottom" && row === r.bottom) b.EdgeBottom = style;
        if (index === "EdgeLeft" && col === r.left) b.EdgeLeft = style;
        if (index === "EdgeRight" && col === r.right) b.EdgeRight = style;
        if (index === "InsideHorizontal") {
          if (row > r.top) b.EdgeTop = style;
          if (row < r.bottom) b.EdgeBottom = style;
        }
        if (index === "InsideVertical") {
          if (col > r.left) b.EdgeLeft = style;
          if (col < r.right) b.EdgeRight = style;
        }
      }
    }
  }

  set horizontalAlignment(v: string) {
    this.ctx.call();
    this.eachCell((f) => (f.horizontalAlignment = v));
  }

  set verticalAlignment(v: string) {
    this.ctx.call();
    this.eachCell((f) => (f.verticalAlignment = v));
  }

  set wrapText(v: boolean) {
    this.ctx.call();
    this.eachCell((f) => (f.wrapText = v));
  }

  /** In points, as Office.js takes it. */
  set columnWidth(v: number) {
    this.ctx.call();
    for (let c = this.range.rect.left; c <= Math.min(this.range.rect.right, 1000); c++) this.range.sheet.columnWidths.set(c, v);
  }

  set rowHeight(v: number) {
    this.ctx.call();
    for (let r = this.range.rect.top; r <= Math.min(this.range.rect.bottom, 100000); r++) this.range.sheet.rowHeights.set(r, v);
  }
}

export class FakeDataValidation {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {}

  private entry(): FakeValidation {
    const sheet = this.range.sheet;
    const rect = this.range.rect;
    let v = sheet.validations.find(
      (x) => x.range.top === rect.top && x.range.left === rect.left && x.range.bottom === rect.bottom && x.range.right === rect.right,
    );
    if (!v) {
      v = { range: { ...rect }, rule: null };
      sheet.validations.push(v);
    }
    return v;
  }

  set rule(rule: unknown) {
    this.ctx.call();
    this.entry().rule = rule;
  }

  set prompt(prompt: unknown) {
    this.ctx.call();
    this.entry().prompt = prompt;
  }

  set errorAlert(alert: unknown) {
    this.ctx.call();
    this.entry().errorAlert = alert;
  }

  clear(): void {
    this.ctx.call();
    const sheet = this.range.sheet;
    for (let i = sheet.validations.length - 1; i >= 0; i--) if (overlaps(sheet.validations[i].range, this.range.rect)) sheet.validations.splice(i, 1);
  }
}

export class FakeNameCollection extends Loadable {
  readonly list: FakeName[] = [];

  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet | null,
  ) {
    super(ctx);
  }

  get items(): FakeName[] {
    this.need("items");
    return [...this.list];
  }

  /** A Range reference, or a formula text such as '="sh-2018@1"' or "=Sheet1!$A$1". */
  add(name: string, reference: FakeRange | string, comment?: string): FakeName {
    this.ctx.call();
    void comment;
    if (this.list.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
      throw Object.assign(new Error(`ItemAlreadyExists: ${name}`), { code: "ItemAlreadyExists" });
    }
    const entry: FakeName =
      typeof reference === "string"
        ? { name, type: /^="/.test(reference) ? "String" : "Range", formula: reference, ref: null }
        : {
            name,
            type: "Range",
            formula: `=${quoteSheet(reference.sheet.sheetName)}!${rectAddress(reference.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`,
            ref: { sheet: reference.sheet, rect: { ...reference.rect } },
          };
    this.list.push(entry);
    return entry;
  }

  getItemOrNullObject(name: string): FakeName | { isNullObject: true } {
    this.ctx.call();
    return this.list.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? { isNullObject: true };
  }

  /** Which sheet the collection belongs to; null for the workbook's own names. */
  get scope(): FakeWorksheet | null {
    return this.sheet;
  }
}

export class FakeTableCollection {
  readonly list: FakeTable[] = [];

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}

  /** Like Excel: a table may not overlap another or a merged area, and is named Table1, Table2, … across the workbook. */
  add(address: FakeRange | string, hasHeaders: boolean): FakeTableItem {
    this.ctx.call();
    const rect = typeof address === "string" ? parseRect(address) : { ...address.rect };
    if ([...this.list.map((t) => t.rect), ...this.sheet.merges].some((r) => overlaps(r, rect))) {
      throw Object.assign(new Error("InvalidOperation: the table would overlap a table or a merged area"), { code: "InvalidOperation" });
    }
    const taken = new Set(this.sheet.book.worksheets.sheets.flatMap((s) => s.tables.list.map((t) => t.name)));
    let n = 1;
    while (taken.has(`Table${n}`)) n++;
    const table: FakeTable = { name: `Table${n}`, rect, hasHeaders, style: "TableStyleMedium2", showFilterButton: true };
    this.list.push(table);
    return new FakeTableItem(this.ctx, this.sheet, table);
  }
}

export class FakeTableItem {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly table: FakeTable,
  ) {}

  set style(value: string) {
    this.ctx.call();
    this.table.style = value;
  }

  set showFilterButton(value: boolean) {
    this.ctx.call();
    this.table.showFilterButton = value;
  }

  /** The rows under the header. */
  getDataBodyRange(): FakeRange {
    this.ctx.call();
    const r = this.table.rect;
    return new FakeRange(this.ctx, this.sheet, { ...r, top: r.top + (this.table.hasHeaders ? 1 : 0) });
  }

  getHeaderRowRange(): FakeRange {
    this.ctx.call();
    return new FakeRange(this.ctx, this.sheet, { ...this.table.rect, bottom: this.table.rect.top });
  }
}

export class FakeFreezePanes {
  frozenRows = 0;
  frozenColumns = 0;
  constructor(private readonly ctx: FakeContext) {}
  freezeRows(count = 1): void {
    this.ctx.call();
    this.frozenRows = count;
  }
  freezeColumns(count = 1): void {
    this.ctx.call();
    this.frozenColumns = count;
  }
  unfreeze(): void {
    this.ctx.call();
    this.frozenRows = 0;
    this.frozenColumns = 0;
  }
}

export class FakePageLayout {
  private state = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 } as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number },
  };
  printArea: string | null = null;
  printTitleRows: string | null = null;
  readonly headersFooters: { defaultForAllPages: { centerFooter: string; leftFooter: string; rightFooter: string; centerHeader: string } };

  constructor(
    private readonly ctx: FakeContext,
    readonly owner: FakeWorksheet,
  ) {
    const footers = { centerFooter: "", leftFooter: "", rightFooter: "", centerHeader: "" };
    this.headersFooters = {
      defaultForAllPages: new Proxy(footers, {
        set: (obj, prop, value) => {
          ctx.call();
          (obj as Record<string | symbol, unknown>)[prop] = value;
          return true;
        },
      }),
    };
  }

  get orientation(): string {
    return this.state.orientation;
  }
  set orientation(v: string) {
    this.ctx.call();
    this.state.orientation = v;
  }
  get paperSize(): string {
    return this.state.paperSize;
  }
  set paperSize(v: string) {
    this.ctx.call();
    this.state.paperSize = v;
  }
  get zoom(): { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } {
    return this.state.zoom;
  }
  set zoom(v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this.ctx.call();
    this.state.zoom = { ...v };
  }

  setPrintArea(area: FakeRange | string): void {
    this.ctx.call();
    this.printArea = typeof area === "string" ? area : rectAddress(area.rect);
  }

  setPrintTitleRows(rows: FakeRange | string): void {
    this.ctx.call();
    this.printTitleRows = typeof rows === "string" ? rows : rectAddress(rows.rect);
  }
}

/** A chart as the add-in makes it: its type, data range, series orientation, title and position. */
export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: { text: string };
  position: { start: string; end: string } | null;
  setPosition(start: string, end?: string): void;
}

export class FakeChartCollection {
  readonly list: FakeChart[] = [];
  constructor(private readonly ctx: FakeContext) {}

  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    this.ctx.call();
    const ctx = this.ctx;
    const titleText = { value: "" };
    const chart: FakeChart = {
      type,
      source: rectAddress(source.rect),
      seriesBy,
      title: Object.defineProperty({} as { text: string }, "text", {
        set: (v: string) => (ctx.call(), (titleText.value = v)),
        get: () => titleText.value,
        enumerable: true,
      }),
      position: null,
      setPosition(start: string, end?: string) {
        ctx.call();
        this.position = { start, end: end ?? start };
      },
    };
    this.list.push(chart);
    return chart;
  }
}

/** What a *OrNullObject method gives when there is nothing: isNullObject is true after a sync. */
export class FakeNullObject extends Loadable {
  get isNullObject(): boolean {
    this.needSync();
    return true;
  }
}

/** RangeAreas: the address lists the areas, comma-separated, each with its sheet. */
export class FakeRangeAreas extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly rects: Rect[],
  ) {
    super(ctx);
  }

  get isNullObject(): boolean {
    this.needSync();
    return this.rects.length === 0;
  }

  get address(): string {
    this.need("address");
    return this.rects.map((a) => `${quoteSheet(this.sheet.sheetName)}!${rectAddress(a)}`).join(",");
  }

  /** The conditional formats that apply to any cell of the areas; one added applies to them all. */
  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this.formats ??= new FakeConditionalFormatCollection(this.ctx, this.sheet, this.rects));
  }
  private formats: FakeConditionalFormatCollection | null = null;

  /** The areas as ranges (ExcelApi 1.9), each loadable for its position and size. */
  get areas(): FakeRangeCollection {
    return (this.collection ??= new FakeRangeCollection(
      this.ctx,
      this.rects.map((a) => new FakeRange(this.ctx, this.sheet, a, false)),
    ));
  }
  private collection: FakeRangeCollection | null = null;
}

export class FakeRangeCollection extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly ranges: FakeRange[],
  ) {
    super(ctx);
  }

  get items(): FakeRange[] {
    this.need("items");
    return this.ranges;
  }

  protected children(): Loadable[] {
    return this.ranges;
  }
}

/**
 * A range's conditional formats. Like Office.js, the items are those on the sheet when the sync that
 * loads them runs; one added takes the top priority and applies to the collection's areas.
 */
export class FakeConditionalFormatCollection extends Loadable {
  private loadedItems: FakeConditionalFormatItem[] = [];

  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly rects: Rect[],
  ) {
    super(ctx);
  }

  get items(): FakeConditionalFormatItem[] {
    this.need("items");
    return this.loadedItems;
  }

  protected children(): Loadable[] {
    return this.loadedItems;
  }

  override markLoaded(props: string[]): void {
    this.loadedItems = this.sheet.conditionalFormats
      .filter((f) => f.ranges.some((r) => this.rects.some((q) => overlaps(r, q))))
      .map((f) => new FakeConditionalFormatItem(this.ctx, this.sheet, f));
    super.markLoaded(props);
  }

  add(type: string): FakeConditionalFormatItem {
    this.ctx.call();
    const format: FakeConditionalFormat = {
      id: `{cf-${++this.ctx.lastId}}`,
      type,
      ranges: this.rects.map((r) => ({ ...r })),
      formula: null,
      format: { borders: {} },
    };
    this.sheet.conditionalFormats.unshift(format);
    return new FakeConditionalFormatItem(this.ctx, this.sheet, format);
  }
}

export class FakeConditionalFormatItem extends Loadable {
  private customFormat: FakeCustomConditionalFormat | null = null;

  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly format: FakeConditionalFormat,
  ) {
    super(ctx);
  }

  get type(): string {
    this.need("type");
    return this.format.type;
  }

  get id(): string {
    this.need("id");
    return this.format.id;
  }

  /** A custom rule's formula and look; Excel refuses it on a format of another type. */
  get custom(): FakeCustomConditionalFormat {
    if (this.format.type !== "Custom")
      throw Object.assign(new Error(`InvalidArgument: a ${this.format.type} conditional format has no custom rule`), { code: "InvalidArgument" });
    return (this.customFormat ??= new FakeCustomConditionalFormat(this.ctx, this.format));
  }

  delete(): void {
    this.ctx.call();
    const list = this.sheet.conditionalFormats;
    if (list.includes(this.format)) list.splice(list.indexOf(this.format), 1);
  }
}

class FakeConditionalRule extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly format: FakeConditionalFormat,
  ) {
    super(ctx);
  }

  get formula(): string {
    this.need("formula");
    return this.format.formula ?? "";
  }

  set formula(value: string) {
    this.ctx.call();
    this.format.formula = value;
  }
}

export class FakeCustomConditionalFormat {
  readonly rule: FakeConditionalRule;
  readonly format: {
    fill: { color: string };
    font: { color: string };
    borders: { getItem(edge: string): { style: string; color: string } };
  };

  constructor(ctx: FakeContext, target: FakeConditionalFormat) {
    this.rule = new FakeConditionalRule(ctx, target);
    const look = target.format;
    const writeOnly = <T>(put: (v: T) => void) => ({
      set: (v: T) => (ctx.call(), put(v)),
      get: () => {
        throw new NotLoaded("ConditionalRangeFormat (the fake does not read it back; use the sheet's conditionalFormats)");
      },
    });
    this.format = {
      fill: Object.defineProperty(
        {} as { color: string },
        "color",
        writeOnly<string>((v) => (look.fill = v)),
      ),
      font: Object.defineProperty(
        {} as { color: string },
        "color",
        writeOnly<string>((v) => (look.fontColor = v)),
      ),
      borders: {
        getItem: (edge: string) => {
          ctx.call();
          return Object.defineProperties({} as { style: string; color: string }, {
            style: writeOnly<string>((v) => (look.borders[edge] = v)),
            color: writeOnly<string>(() => undefined),
          });
        },
      },
    };
  }
}

/** A fresh workbook with the given sheets (the first active), and its context. */
export function fakeExcel(sheetNames: string[] = ["Sheet1"]): { context: FakeContext; workbook: FakeWorkbook } {
  const context = new FakeContext();
  for (const name of sheetNames) context.workbook.worksheets.sheets.push(new FakeWorksheet(context, context.workbook, name));
  context.workbook.worksheets.activeName = sheetNames[0] ?? null;
  return { context, workbook: context.workbook };
}

/** Office.context.requirements as a host supporting ExcelApi up to the given minor version. */
export function fakeRequirements(excelApiMinor: number): { isSetSupported(name: string, version?: string): boolean } {
  return {
    isSetSupported: (name, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1] ?? 0) <= excelApiMinor,
  };
}
