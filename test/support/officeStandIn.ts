/**
 * A test-only stand-in for office.js in the task pane's page: the globals `Office` and `Excel` over the
 * in-memory workbook of fakeExcel.ts, configured by the test (host, language, theme, ExcelApi version,
 * what the workbook holds). The browser tests serve it, bundled, in place of office-js/office.js; it
 * is never shipped. `window.jxStandIn` lets the test look into the workbook and at each Excel.run.
 */
import { rangeAddress } from "../../src/core/address";
import { fakeExcel, FakeCell, FakeCellFormat, FakeConditionalFormat, FakeContext, FakeWorksheet, fakeRequirements, parseRect, Rect } from "./fakeExcel";

export type StandInValue = string | number | boolean | null;

export interface StandInSheet {
  name: string;
  /** Top-left cell of `values`, A1 when absent. */
  origin?: string;
  values?: StandInValue[][];
  /** Formulas by cell, e.g. { "F23": "=SUM(F5:F22)" }; the cell's value stays the cached one in `values`. */
  formulas?: Record<string, string>;
  merges?: string[];
  /** Sheet-scoped names, e.g. { JX_TEMPLATE: '="sh-2018@1"' }. */
  names?: Record<string, string>;
  /** The user's own formats, by range address. */
  formats?: Record<string, Partial<FakeCellFormat>>;
  /** The user's own conditional formats, highest priority first; `ranges` is a comma-separated address list. */
  conditionalFormats?: (Omit<StandInConditionalFormat, "ranges"> & { ranges: string })[];
}

export interface StandInConditionalFormat {
  type: string;
  /** The areas, as addresses. */
  ranges: string[];
  formula: string | null;
  format: FakeConditionalFormat["format"];
}

/** A workbook as a file keeps it: reopened, every sheet is as it was, and Excel gives its objects new ids. */
export interface SavedSheet {
  name: string;
  cells: [string, FakeCell][];
  merges: Rect[];
  conditionalFormats: Omit<FakeConditionalFormat, "id">[];
  names: { name: string; type: "Range" | "String"; formula: string }[];
}

export interface StandInConfig {
  /** Office.HostType of the page's host: "Excel" for the real case. */
  host: string;
  displayLanguage: string;
  /** Office's theme background; undefined leaves officeTheme unset. */
  bodyBackgroundColor?: string;
  /** The highest ExcelApi 1.x the host supports. */
  excelApiMinor: number;
  sheets: StandInSheet[];
  /** A saved workbook to open instead of `sheets`, as StandInProbe.save() gave it. */
  saved?: SavedSheet[];
  /** The active sheet; the first when absent. */
  active?: string;
  /** The selected range on the active sheet; A1 when absent. */
  selection?: string;
}

/** What one Excel.run cost, and whether it threw. */
export interface RunRecord {
  syncs: number;
  calls: number;
  failed: boolean;
}

export interface StandInCell {
  value: unknown;
  formula: string | null;
  format: FakeCellFormat;
}

/** What the tests read through page.evaluate: plain data only. */
export interface StandInProbe {
  runs: RunRecord[];
  /** The custom function ids the page registered with CustomFunctions.associate, in order. */
  associated: string[];
  /** Calls a registered custom function as Excel would, with its arguments. */
  callFunction(id: string, ...args: unknown[]): unknown;
  sheetNames(): string[];
  activeSheet(): string;
  cell(sheet: string, address: string): StandInCell | null;
  /** Every cell of the sheet with its value and format, to compare before and after. */
  snapshot(sheet: string): string;
  selection(): { sheet: string; address: string } | null;
  /** The sheet's conditional formats, highest priority first. */
  conditionalFormats(sheet: string): StandInConditionalFormat[];
  /** The sheet's Excel tables, their areas as addresses. */
  tables(sheet: string): { name: string; address: string; hasHeaders: boolean; style: string; showFilterButton: boolean }[];
  frozenRows(sheet: string): number;
  /** What a user does: types a value into a cell. */
  type(sheet: string, address: string, value: StandInValue): void;
  /** What a user does: renames a sheet. */
  renameSheet(from: string, to: string): void;
  /** What a user does: inserts blank rows or columns before the 0-based index `at`. */
  insert(sheet: string, axis: "rows" | "columns", at: number, count: number): void;
  /** The workbook as saved to a file, to reopen in a new pane (StandInConfig.saved). */
  save(): SavedSheet[];
  charts(sheet: string): { type: string; source: string; seriesBy: string; title: string; position: { start: string; end: string } | null }[];
  /** Makes every context.sync() wait, as a slow round trip to Excel does, until releaseSyncs(). */
  holdSyncs(): void;
  releaseSyncs(): void;
  /** Makes the next context.sync() fail as Excel does, with an OfficeExtension.Error-like code. */
  failNextSync(code: string, message: string): void;
}

function colLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function fillSheet(sheet: FakeWorksheet, contents: StandInSheet): void {
  const origin = parseRect(contents.origin ?? "A1");
  (contents.values ?? []).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== "") sheet.cell(origin.top + r, origin.left + c).value = value;
    }),
  );
  for (const [address, formula] of Object.entries(contents.formulas ?? {})) {
    const at = parseRect(address);
    sheet.cell(at.top, at.left).formula = formula;
  }
  sheet.merges.push(...(contents.merges ?? []).map(parseRect));
  for (const [name, formula] of Object.entries(contents.names ?? {}))
    sheet.names.list.push({ name, type: /^="/.test(formula) ? "String" : "Range", formula, ref: null });
  for (const [address, format] of Object.entries(contents.formats ?? {})) {
    const r = parseRect(address);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const cell = sheet.cell(row, col);
        cell.format = { ...cell.format, ...format, borders: { ...cell.format.borders, ...format.borders } };
      }
    }
  }
  for (const [i, { ranges, ...rule }] of (contents.conditionalFormats ?? []).entries()) {
    sheet.conditionalFormats.push({ id: `{user-${i}}`, ...rule, ranges: ranges.split(",").map(parseRect) });
  }
}

function reopenSheet(sheet: FakeWorksheet, saved: SavedSheet, context: FakeContext): void {
  for (const [key, cell] of saved.cells) sheet.cells.set(key, cell);
  sheet.merges.push(...saved.merges);
  sheet.conditionalFormats.push(...saved.conditionalFormats.map((f) => ({ ...f, id: `{cf-${++context.lastId}}` })));
  sheet.names.list.push(...saved.names.map((n) => ({ ...n, ref: null })));
}

const address = (r: Rect) => rangeAddress(r.top, r.left, r.bottom, r.right);

function workbookFrom(config: StandInConfig): FakeContext {
  const { saved } = config;
  const { context, workbook } = fakeExcel((saved ?? config.sheets).map((s) => s.name));
  if (saved) saved.forEach((contents) => reopenSheet(workbook.worksheets.find(contents.name)!, contents, context));
  else config.sheets.forEach((contents) => fillSheet(workbook.worksheets.find(contents.name)!, contents));
  if (config.active) workbook.worksheets.activeName = config.active;
  if (config.selection) workbook.selection = { sheet: workbook.worksheets.active(), rect: parseRect(config.selection) };
  return context;
}

const HOST_TYPES = { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" };

export function installStandIn(config: StandInConfig, scope: Record<string, unknown>): StandInProbe {
  const context = workbookFrom(config);
  const sheets = context.workbook.worksheets;
  let held: { released: Promise<void>; release(): void } | null = null;
  let failure: { code: string; message: string } | null = null;
  const instantSync = context.sync.bind(context);
  context.sync = async () => {
    if (held) await held.released;
    if (failure) {
      const { code, message } = failure;
      failure = null;
      throw Object.assign(new Error(message), { name: "RichApi.Error", code });
    }
    await instantSync();
  };
  const runs: RunRecord[] = [];
  const associated: string[] = [];
  const registered = new Map<string, (...args: unknown[]) => unknown>();

  const info = { host: config.host, platform: "PC" };
  scope.Office = {
    HostType: HOST_TYPES,
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    context: {
      displayLanguage: config.displayLanguage,
      officeTheme: config.bodyBackgroundColor ? { bodyBackgroundColor: config.bodyBackgroundColor } : undefined,
      requirements: fakeRequirements(config.excelApiMinor),
    },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      // Office answers once its host has loaded: never before the page's own scripts have run.
      return new Promise((resolve) =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0),
      );
    },
  };
  // The shared runtime's CustomFunctions: the functions bundle registers each JX function here.
  scope.CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => {
      associated.push(id);
      registered.set(id, fn);
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    Error: class {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    },
  };
  scope.Excel = {
    ChartType: { barClustered: "BarClustered", columnClustered: "ColumnClustered" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    async run<T>(batch: (ctx: FakeContext) => Promise<T>): Promise<T> {
      const before = { syncs: context.syncCount, calls: context.callCount };
      const record = (failed: boolean) => runs.push({ syncs: context.syncCount - before.syncs, calls: context.callCount - before.calls, failed });
      try {
        const result = await batch(context);
        record(false);
        return result;
      } catch (e) {
        record(true);
        throw e;
      }
    },
  };

  const sheet = (name: string) => {
    const found = sheets.find(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  return {
    runs,
    associated,
    callFunction: (id, ...args) => registered.get(id)!(...args),
    sheetNames: () => sheets.sheets.map((s) => s.sheetName),
    activeSheet: () => sheets.active().sheetName,
    cell: (name, address) => {
      const cell = sheet(name).peek(address);
      return cell ? { value: cell.value, formula: cell.formula, format: cell.format } : null;
    },
    snapshot: (name) => sheet(name).snapshot(),
    selection: () => {
      const sel = context.workbook.selection;
      if (!sel) return null;
      const { top, left, bottom, right } = sel.rect;
      const a = `${colLetters(left)}${top + 1}`;
      return { sheet: sel.sheet.sheetName, address: top === bottom && left === right ? a : `${a}:${colLetters(right)}${bottom + 1}` };
    },
    conditionalFormats: (name) =>
      sheet(name).conditionalFormats.map(({ type, ranges, formula, format }) => ({ type, ranges: ranges.map(address), formula, format })),
    tables: (name) => sheet(name).tables.list.map(({ rect, ...table }) => ({ ...table, address: address(rect) })),
    frozenRows: (name) => sheet(name).freezePanes.frozenRows,
    type: (name, at, value) => {
      const { top, left } = parseRect(at);
      Object.assign(sheet(name).cell(top, left), { value, formula: null });
    },
    renameSheet: (from, to) => (sheet(from).sheetName = to),
    insert: (name, axis, at, count) => sheet(name).insert(axis, at, count),
    save: () =>
      JSON.parse(
        JSON.stringify(
          sheets.sheets.map((s) => ({
            name: s.sheetName,
            cells: [...s.cells],
            merges: s.merges,
            conditionalFormats: s.conditionalFormats.map(({ id, ...rest }) => (void id, rest)),
            names: s.names.list.map(({ name, type, formula }) => ({ name, type, formula })),
          })),
        ),
      ),
    charts: (name) => sheet(name).charts.list.map((c) => ({ type: c.type, source: c.source, seriesBy: c.seriesBy, title: c.title.text, position: c.position })),
    holdSyncs: () => {
      let release = () => undefined as void;
      const released = new Promise<void>((resolve) => (release = resolve));
      held ??= { released, release };
    },
    releaseSyncs: () => {
      held?.release();
      held = null;
    },
    failNextSync: (code, message) => (failure = { code, message }),
  };
}

declare const __JX_STAND_IN__: StandInConfig | undefined;

// In the page: the test puts its configuration in front of this bundle.
if (typeof window !== "undefined" && typeof __JX_STAND_IN__ !== "undefined") {
  const scope = window as unknown as Record<string, unknown>;
  scope.jxStandIn = installStandIn(__JX_STAND_IN__, scope);
}
