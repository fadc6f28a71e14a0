import { rangeAddress, cellAddress } from "../address";
import { Message } from "../errors";
import { rowHeightFor, wrappedLines } from "./textSize";
import { CellBlock, PlanCell, PlanName, PlanValidation, Rect, StyledArea, StyleName, ValidationRule } from "./types";

/** A validation asked for one cell; runs of equal requests in a column become one range. */
type CellValidation =
  { kind: "score"; weightCol: number; prompt: Message; error: Message } | { kind: "fixed"; rule: ValidationRule; prompt: Message; error: Message };

/**
 * Collects a sheet plan's cells in coordinates relative to the plan's origin, then emits them in
 * sheet coordinates. Formulas are written through `at`/`range`, which add the origin, so a plan
 * can be placed anywhere. Cached values are looked up here, so a SUM's value is the sum of what
 * the cells it names hold.
 */
export class SheetBuilder {
  private readonly rows: (PlanCell | null)[][] = [];
  private readonly merges: Rect[] = [];
  private readonly cellValidations = new Map<string, CellValidation>();
  private readonly names: PlanName[] = [];
  private readonly minHeights = new Map<number, number>();

  constructor(
    private readonly origin: { row: number; col: number },
    private readonly widths: readonly number[],
  ) {}

  get rowCount(): number {
    return this.rows.length;
  }

  put(row: number, col: number, cell: PlanCell): void {
    while (this.rows.length <= row) this.rows.push([]);
    this.rows[row][col] = cell;
  }

  /** A text or number cell in one style; merged over the rectangle when it is larger than one cell. */
  text(row: number, col: number, value: string | number | null, style: StyleName, span?: { rows?: number; cols?: number }): void {
    const bottom = row + (span?.rows ?? 1) - 1;
    const right = col + (span?.cols ?? 1) - 1;
    for (let r = row; r <= bottom; r++) for (let c = col; c <= right; c++) this.put(r, c, { value: null, style });
    this.put(row, col, { value, style });
    if (bottom > row || right > col) this.merges.push({ top: row, left: col, bottom, right });
  }

  get(row: number, col: number): PlanCell | null {
    return this.rows[row]?.[col] ?? null;
  }

  /** The A1 address of a cell, the origin added. */
  at(row: number, col: number): string {
    return cellAddress(row + this.origin.row, col + this.origin.col);
  }

  range(r: Rect): string {
    return rangeAddress(r.top + this.origin.row, r.left + this.origin.col, r.bottom + this.origin.row, r.right + this.origin.col);
  }

  /** SUM over the given rectangles, with the sum of the numbers they hold as its value. */
  sum(rects: readonly Rect[], numberFormat: string): PlanCell {
    let total = 0;
    for (const r of rects) {
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const v = this.get(row, col)?.value;
          if (typeof v === "number") total += v;
        }
      }
    }
    return { value: total, formula: `=SUM(${rects.map((r) => this.range(r)).join(",")})`, numberFormat, style: "center" };
  }

  /** A score typed by hand must lie between 0 and the weight in the same row. */
  scoreValidation(row: number, col: number, weightCol: number, prompt: Message, error: Message): void {
    this.cellValidations.set(`${row},${col}`, { kind: "score", weightCol, prompt, error });
  }

  validation(row: number, col: number, rule: ValidationRule, prompt: Message, error: Message): void {
    this.cellValidations.set(`${row},${col}`, { kind: "fixed", rule, prompt, error });
  }

  /** Room to write in a row whose input cells start empty. */
  minHeight(row: number, height: number): void {
    this.minHeights.set(row, height);
  }

  name(name: PlanName): void {
    this.names.push(name);
  }

  /** Sheet coordinates of a rectangle relative to the origin. */
  place(r: Rect): Rect {
    const { row, col } = this.origin;
    return { top: r.top + row, left: r.left + col, bottom: r.bottom + row, right: r.right + col };
  }

  columnCount(): number {
    return Math.max(this.widths.length, ...this.rows.map((r) => r.length));
  }

  block(): CellBlock {
    const cols = this.columnCount();
    const cells = this.rows.map((r) => Array.from({ length: cols }, (_, c) => r[c] ?? null));
    return { top: this.origin.row, left: this.origin.col, cells };
  }

  placedMerges(): Rect[] {
    return this.merges.map((m) => this.place(m));
  }

  placedNames(): PlanName[] {
    return this.names.map((n) => ("ref" in n ? { name: n.name, ref: this.place(n.ref) } : n));
  }

  /** Styled areas: runs of one style along a row, stacked where consecutive rows repeat them. */
  areas(): StyledArea[] {
    const open = new Map<string, StyledArea>();
    const done: StyledArea[] = [];
    this.rows.forEach((cells, row) => {
      const seen = new Set<string>();
      let col = 0;
      while (col < cells.length) {
        const style = cells[col]?.style;
        if (!style) {
          col++;
          continue;
        }
        let right = col;
        while (cells[right + 1]?.style === style) right++;
        const key = `${col}:${right}:${style}`;
        seen.add(key);
        const prev = open.get(key);
        if (prev && prev.range.bottom === row - 1) prev.range.bottom = row;
        else {
          if (prev) done.push(prev);
          open.set(key, { range: { top: row, left: col, bottom: row, right }, style });
        }
        col = right + 1;
      }
      for (const [key, area] of open) {
        if (!seen.has(key)) {
          done.push(area);
          open.delete(key);
        }
      }
    });
    done.push(...open.values());
    return done.map((a) => ({ range: this.place(a.range), style: a.style }));
  }

  /** Equal validations in consecutive rows of a column become one range, its weight reference relative. */
  validations(): PlanValidation[] {
    const entries = [...this.cellValidations.entries()]
      .map(([key, v]) => {
        const [row, col] = key.split(",").map(Number);
        return { row, col, v };
      })
      .sort((a, b) => a.col - b.col || a.row - b.row);
    const out: { rect: Rect; v: CellValidation }[] = [];
    for (const { row, col, v } of entries) {
      const last = out[out.length - 1];
      if (last && last.rect.left === col && last.rect.bottom === row - 1 && sameValidation(last.v, v)) last.rect.bottom = row;
      else out.push({ rect: { top: row, left: col, bottom: row, right: col }, v });
    }
    // Then runs side by side over the same rows, such as a row of tick cells, become one rectangle.
    const merged: { rect: Rect; v: CellValidation }[] = [];
    for (const run of out.sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left)) {
      const left = merged.find(
        (m) =>
          m.rect.top === run.rect.top &&
          m.rect.bottom === run.rect.bottom &&
          m.rect.right === run.rect.left - 1 &&
          m.v.kind === "fixed" &&
          sameValidation(m.v, run.v),
      );
      if (left) left.rect.right = run.rect.right;
      else merged.push(run);
    }
    return merged.map(({ rect, v }) => ({
      range: this.place(rect),
      rule: v.kind === "score" ? { kind: "decimal", min: 0, maxFormula: `=${this.at(rect.top, v.weightCol)}` } : v.rule,
      prompt: v.prompt,
      error: v.error,
    }));
  }

  /** Heights that show every wrapped text whole; merged cells count with their merged width. */
  rowHeights(): { row: number; height: number }[] {
    const spanOf = new Map<string, Rect>();
    for (const m of this.merges) spanOf.set(`${m.top},${m.left}`, m);
    return this.rows.map((cells, row) => {
      let lines = 1;
      cells.forEach((cell, col) => {
        if (!cell || typeof cell.value !== "string" || cell.formula) return;
        const span = spanOf.get(`${row},${col}`);
        if (span && span.bottom > span.top) return; // a tall merged cell has room of its own
        const right = span?.right ?? col;
        let width = 0;
        for (let c = col; c <= right; c++) width += this.widths[c] ?? 9;
        lines = Math.max(lines, wrappedLines(cell.value, width));
      });
      return { row: row + this.origin.row, height: Math.max(rowHeightFor(lines), this.minHeights.get(row) ?? 0) };
    });
  }
}

function sameValidation(a: CellValidation, b: CellValidation): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Consecutive numbers as [first, last] runs. */
export function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}
