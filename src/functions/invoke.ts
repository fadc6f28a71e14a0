import { JxError, Message } from "../core/errors";
import { isBlank, isSpaceCode, readNumber, requireNumber } from "../core/numbers";

/**
 * How the JX functions take their arguments, declared once per parameter (as HyperFormula's
 * function plugins do) so no function repeats argument checking:
 * - number: read as people type it (94.76%, 75.81万元); a blank takes the default or is "missing";
 * - text: a string (a number is taken as its text); a blank takes the default or null;
 * - value: the cell value as it is, for the rule to read (a 年度指标值 such as "≥50个" or 100);
 * - list: the whole range, flattened row by row (a checklist's flags and points).
 * Every parameter but a list is per row: given a range, the function scores each row and spills.
 */
export type ParamType = "number" | "text" | "value" | "list";

export interface ParamSpec {
  name: string;
  type: ParamType;
  label: Message;
  /** Present on optional parameters; Excel passes an omitted one as null. */
  default?: number | string | null;
}

export interface JxFunctionSpec {
  /** The function id in the JX namespace, e.g. "EXECRATESCORE". */
  id: string;
  params: readonly ParamSpec[];
  /** Takes the arguments read, one per parameter in order (positional: destructuring an array costs a cell a third more). */
  compute(...args: unknown[]): number | string;
}

/**
 * Reads one argument as its parameter declares. Few and shared by all parameters (not a closure per
 * parameter), so that the engine can inline them into the call.
 */
type Reader = (value: unknown, param: ParamSpec) => unknown;

/** A JX function ready to call: its spec, with each parameter's reader chosen once. */
export interface JxFunction extends JxFunctionSpec {
  readonly readers: readonly Reader[];
  /** Which parameters take the whole range rather than a value per row. */
  readonly isList: readonly boolean[];
}

export type Result<E> = number | string | E;

const isMatrix = (v: unknown): v is unknown[][] => Array.isArray(v) && Array.isArray(v[0]);

/** A range's cells row by row; a plain loop, as Array.prototype.flat took 60% of a 100,000-row checklist. */
function flatten(matrix: unknown[][]): unknown[] {
  const cells: unknown[] = [];
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r];
    for (let c = 0; c < row.length; c++) cells.push(row[c]);
  }
  return cells;
}

const asIs: Reader = (value) => value;
const asList: Reader = (value) => (isMatrix(value) ? flatten(value) : isBlank(value) ? [] : [value]);
const asNumber: Reader = (value, param) => requireNumber(value, param.label);
const asNumberOr: Reader = (value, param) => readNumber(value, param.label) ?? param.default;
const readText: Reader = (value, param) => (isBlank(value) ? (param.default ?? null) : typeof value === "string" ? value : String(value));
// A string that starts with anything but white space, the usual word, is taken as typed without asking whether it is blank.
const asText: Reader = (value, param) => (typeof value === "string" && value.length > 0 && !isSpaceCode(value.charCodeAt(0)) ? value : readText(value, param));

const READERS: Readonly<Record<ParamType, Reader>> = { number: asNumber, text: asText, value: asIs, list: asList };
const readerOf = (param: ParamSpec): Reader => (param.type === "number" && param.default !== undefined ? asNumberOr : READERS[param.type]);

/** The most parameters a JX function takes: invoke reads a single cell's arguments one by one, unrolled. */
export const MAX_PARAMS = 4;

/** Reads a parameter a function does not have: invoke's single-cell path reads MAX_PARAMS arguments, always. */
const absent: Reader = () => undefined;

/** A spec made callable by invoke: the JX table holds only these. */
export function defineJx<Id extends string>(spec: JxFunctionSpec & { id: Id }): JxFunction & { id: Id } {
  if (spec.params.length > MAX_PARAMS) throw new Error(`JX.${spec.id} declares ${spec.params.length} parameters; invoke reads at most ${MAX_PARAMS}`);
  const padding = Array.from({ length: MAX_PARAMS - spec.params.length }, () => absent);
  // The readers are frozen so that the engine may take them as constants (the function's own fields, compute among
  // them, it takes as constants already; the function is frozen so that nothing replaces them): a wrapper that names
  // its JX function (functions.ts) then compiles to that function's own reads and compute, where a call through the
  // table every function shares cannot be inlined. The params array is left as it is: frozen, it read slower.
  return Object.freeze({ ...spec, readers: Object.freeze([...spec.params.map(readerOf), ...padding]), isList: spec.params.map((p) => p.type === "list") });
}

function asJxError(e: unknown): JxError {
  if (e instanceof JxError) return e;
  // A defect must still show as an error in the cell, never as a number or a crash.
  const detail = e instanceof Error ? e.message : String(e);
  return new JxError("value", { zh: `计算出错：${detail}`, en: `Calculation failed: ${detail}` });
}

const notFiniteResult = (): never => {
  throw new JxError("num", { zh: "结果不是有限的数", en: "The result is not a finite number" });
};

function finite(result: number | string): number | string {
  return typeof result === "string" || Number.isFinite(result) ? result : notFiniteResult();
}

/** Stands for an argument of more than one cell: a range that makes the call spill, or a list to read whole. */
const RANGE = Symbol("range");

/**
 * The one value of a single value or a 1×1 range (as Excel passes a cell); RANGE for a larger range and for a bare
 * list, which spread reads (a one-cell list as its cell). Excel passes no bare list; one holding null throws, inside
 * invoke's try. One expression, as it is inlined once per argument.
 */
function soleValue(v: unknown): unknown {
  return Array.isArray(v) ? (v.length === 1 && v[0].length === 1 ? v[0][0] : RANGE) : v;
}

/** The value of a per-row argument for the cell at (row, col): a single cell serves every row and column. */
function valueAt(v: unknown, row: number, col: number): unknown {
  if (!isMatrix(v)) return Array.isArray(v) && v.length === 1 ? v[0] : v;
  const r = v.length === 1 ? v[0] : v[row];
  return r.length === 1 ? r[0] : r[col];
}

/**
 * Calls a JX function over its arguments as Excel passes them (scalars, null for an omitted
 * argument, or matrices) and returns the result matrix: 1×1 for scalars, one cell per row (and
 * column) when a per-row parameter is given a range. Ranges must agree in size or be single cells.
 * Failures come back as values made by onError, inside the matrix, cell by cell. The arguments come one by
 * one, a0 for the first parameter (MAX_PARAMS at most), not in an array: a single cell's call makes none.
 */
export function invoke<E>(fn: JxFunction, onError: (e: JxError) => E, a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): Result<E>[][] {
  try {
    const v0 = soleValue(a0);
    const v1 = soleValue(a1);
    const v2 = soleValue(a2);
    const v3 = soleValue(a3);
    // A range, given to a per-row parameter (the call spills) or to a list (the call reads it whole).
    if (v0 === RANGE || v1 === RANGE || v2 === RANGE || v3 === RANGE) return spread(fn, onError, a0, a1, a2, a3);
    // One cell, the usual call: straight-line code with each read a call site of its own (MAX_PARAMS), no array.
    const { readers, params } = fn;
    return [[finite(fn.compute(readers[0](v0, params[0]), readers[1](v1, params[1]), readers[2](v2, params[2]), readers[3](v3, params[3])))]];
  } catch (e) {
    return [[onError(asJxError(e))]];
  }
}

/** The spilled call: one result per row (and column) of the ranges given to per-row parameters. */
function spread<E>(fn: JxFunction, onError: (e: JxError) => E, a0: unknown, a1: unknown, a2: unknown, a3: unknown): Result<E>[][] {
  const { params, readers, isList } = fn;
  const raw = [a0, a1, a2, a3];
  let rows = 1;
  let cols = 1;
  for (let i = 0; i < params.length; i++) {
    const v = raw[i];
    if (isList[i] || !isMatrix(v)) continue;
    const r = v.length;
    const c = v[0].length;
    if ((r !== 1 && rows !== 1 && r !== rows) || (c !== 1 && cols !== 1 && c !== cols)) {
      const { zh, en } = params[i].label;
      return [
        [onError(new JxError("value", { zh: `参数“${zh}”的区域大小与其他参数不一致`, en: `The range given for ${en} does not match the size of the others` }))],
      ];
    }
    if (r !== 1) rows = r;
    if (c !== 1) cols = c;
  }
  // Reused from cell to cell: compute functions read their arguments and keep none.
  const args = new Array<unknown>(params.length);
  const out = new Array<Result<E>[]>(rows);
  for (let r = 0; r < rows; r++) {
    const line = new Array<Result<E>>(cols);
    for (let c = 0; c < cols; c++) {
      try {
        for (let i = 0; i < params.length; i++) args[i] = readers[i](isList[i] ? raw[i] : valueAt(raw[i], r, c), params[i]);
        line[c] = finite(fn.compute(...args));
      } catch (e) {
        line[c] = onError(asJxError(e));
      }
    }
    out[r] = line;
  }
  return out;
}
