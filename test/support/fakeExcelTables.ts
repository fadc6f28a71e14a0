/**
 * Adds to the Excel stand-in of fakeExcel.ts what 批量审核 writes: Excel tables (ListObjects) on a sheet
 * and conditional formats on a range. Kept apart from fakeExcel.ts and joined to its classes when this
 * module is imported; every table and conditional format made is recorded in `reviewRecords` for the
 * tests to look at. As in fakeExcel.ts, every method call and property write counts as a proxy call.
 */
import { rangeAddress } from "../../src/core/address";
import { FakeContext, FakeRange, FakeWorksheet, Rect } from "./fakeExcel";

export interface FakeTable {
  sheet: FakeWorksheet;
  name: string;
  rect: Rect;
  hasHeaders: boolean;
  style: string;
  showFilterButton: boolean;
}

export interface FakeConditionalFormat {
  sheet: FakeWorksheet;
  rect: Rect;
  type: string;
  custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
}

export const reviewRecords = { tables: [] as FakeTable[], conditionalFormats: [] as FakeConditionalFormat[] };

const contextOf = (o: FakeWorksheet | FakeRange) => (o as unknown as { ctx: FakeContext }).ctx;

const overlaps = (a: Rect, b: Rect) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** A plain object whose property writes count as proxy calls, its nested objects too. */
function counted<T extends object>(ctx: FakeContext, target: T): T {
  return new Proxy(target, {
    get: (obj, prop) => {
      const value = (obj as Record<string | symbol, unknown>)[prop];
      return typeof value === "object" && value !== null ? counted(ctx, value) : value;
    },
    set: (obj, prop, value) => {
      ctx.call();
      (obj as Record<string | symbol, unknown>)[prop] = value;
      return true;
    },
  });
}

class FakeTableCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}

  /** Like Excel: a table may not overlap another, and gets the next free name Table1, Table2, … */
  add(address: FakeRange | string, hasHeaders: boolean) {
    this.ctx.call();
    const rect = typeof address === "string" ? this.sheet.getRange(address).rect : address.rect;
    if (reviewRecords.tables.some((t) => t.sheet === this.sheet && overlaps(t.rect, rect))) {
      throw Object.assign(new Error("InvalidOperation: tables overlap"), { code: "InvalidOperation" });
    }
    const name = `Table${reviewRecords.tables.filter((t) => t.sheet.book === this.sheet.book).length + 1}`;
    const table: FakeTable = { sheet: this.sheet, name, rect: { ...rect }, hasHeaders, style: "TableStyleMedium2", showFilterButton: true };
    reviewRecords.tables.push(table);
    const ctx = this.ctx;
    const sheet = this.sheet;
    return Object.assign(counted(ctx, table), {
      getDataBodyRange: () => (ctx.call(), new FakeRange(ctx, sheet, { ...rect, top: rect.top + (hasHeaders ? 1 : 0) })),
      getHeaderRowRange: () => (ctx.call(), new FakeRange(ctx, sheet, { ...rect, bottom: rect.top })),
    });
  }
}

class FakeConditionalFormatCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {}

  add(type: string) {
    this.ctx.call();
    const format: FakeConditionalFormat = {
      sheet: this.range.sheet,
      rect: { ...this.range.rect },
      type,
      custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: { color: "" } } },
    };
    reviewRecords.conditionalFormats.push(format);
    return counted(this.ctx, format);
  }
}

const tableCollections = new WeakMap<FakeWorksheet, FakeTableCollection>();

Object.defineProperty(FakeWorksheet.prototype, "tables", {
  configurable: true,
  get(this: FakeWorksheet) {
    let tables = tableCollections.get(this);
    if (!tables) tableCollections.set(this, (tables = new FakeTableCollection(contextOf(this), this)));
    return tables;
  },
});

Object.defineProperty(FakeRange.prototype, "conditionalFormats", {
  configurable: true,
  get(this: FakeRange) {
    return new FakeConditionalFormatCollection(contextOf(this), this);
  },
});

/** The tables and conditional formats of a sheet, as plain data with A1 addresses. */
export function reviewFormatting(sheetName: string) {
  const on = <T extends { sheet: FakeWorksheet }>(list: T[]) => list.filter((x) => x.sheet.sheetName === sheetName);
  const address = (r: Rect) => rangeAddress(r.top, r.left, r.bottom, r.right);
  return {
    frozenRows: on(reviewRecords.tables)[0]?.sheet.freezePanes.frozenRows ?? 0,
    tables: on(reviewRecords.tables).map((t) => ({ name: t.name, address: address(t.rect), hasHeaders: t.hasHeaders, style: t.style, showFilterButton: t.showFilterButton })),
    conditionalFormats: on(reviewRecords.conditionalFormats).map((f) => ({
      address: address(f.rect),
      type: f.type,
      formula: f.custom.rule.formula,
      fill: f.custom.format.fill.color,
      font: f.custom.format.font.color,
    })),
  };
}
