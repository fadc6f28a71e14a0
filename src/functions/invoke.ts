import { JxError, Message } from "../core/errors";
import { CellValue, isBlank, readNumber, requireNumber } from "../core/numbers";

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
  compute(args: unknown[]): number | string;
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

function coerce(param: ParamSpec, value: unknown): unknown {
  switch (param.type) {
    case "number":
      if (param.default !== undefined) return readNumber(value, param.label) ?? param.default;
      return requireNumber(value, param.label);
    case "text":
      if (isBlank(value)) return param.default ?? null;
      return typeof value === "string" ? value : String(value);
    case "value":
      return value as CellValue;
    case "list":
      return isMatrix(value) ? flatten(value) : isBlank(value) ? [] : [value];
  }
}

function asJxError(e: unknown): JxError {
  if (e instanceof JxError) return e;
  // A defect must still show as an error in the cell, never as a number or a crash.
  const detail = e instanceof Error ? e.message : String(e);
  return new JxError("value", { zh: `计算出错：${detail}`, en: `Calculation failed: ${detail}` });
}

const isOneByOne = (v: unknown) => !Array.isArray(v) || (v.length === 1 && (!Array.isArray(v[0]) || v[0].length === 1));

/** True when every per-row argument is a single value or a 1×1 range. */
function singleCell(params: readonly ParamSpec[], raw: readonly unknown[]): boolean {
  for (let i = 0; i < params.length; i++) if (params[i].type !== "list" && !isOneByOne(raw[i])) return false;
  return true;
}

/** `args` is reused from cell to cell: compute functions read their arguments and keep none. */
function computeOne<E>(spec: JxFunctionSpec, raw: readonly unknown[], args: unknown[], row: number, col: number, onError: (e: JxError) => E): Result<E> {
  try {
    const { params } = spec;
    for (let i = 0; i < params.length; i++) {
      const v = raw[i];
      const param = params[i];
      if (param.type !== "list" && isMatrix(v)) {
        const r = v.length === 1 ? v[0] : v[row];
        args[i] = coerce(param, r.length === 1 ? r[0] : r[col]);
      } else {
        args[i] = coerce(param, v);
      }
    }
    const result = spec.compute(args);
    if (typeof result === "number" && !Number.isFinite(result)) {
      throw new JxError("num", { zh: "结果不是有限的数", en: "The result is not a finite number" });
    }
    return result;
  } catch (e) {
    return onError(asJxError(e));
  }
}

/**
 * Calls a JX function over its arguments as Excel passes them (scalars, null for an omitted
 * argument, or matrices) and returns the result matrix: 1×1 for scalars, one cell per row (and
 * column) when a per-row parameter is given a range. Ranges must agree in size or be single cells.
 * Failures come back as values made by onError, inside the matrix, cell by cell.
 */
export function invoke<E>(spec: JxFunctionSpec, raw: readonly unknown[], onError: (e: JxError) => E): Result<E>[][] {
  // One cell, the usual call (Excel passes a cell as a 1×1 range): nothing to size, nothing to spill.
  if (singleCell(spec.params, raw)) return [[computeOne(spec, raw, new Array<unknown>(spec.params.length), 0, 0, onError)]];
  let rows = 1;
  let cols = 1;
  for (let i = 0; i < spec.params.length; i++) {
    const v = raw[i];
    if (spec.params[i].type === "list" || !isMatrix(v)) continue;
    const r = v.length;
    const c = v[0].length;
    if ((r !== 1 && rows !== 1 && r !== rows) || (c !== 1 && cols !== 1 && c !== cols)) {
      return [
        [
          onError(
            new JxError("value", {
              zh: `参数“${spec.params[i].label.zh}”的区域大小与其他参数不一致`,
              en: `The range given for ${spec.params[i].label.en} does not match the size of the others`,
            }),
          ),
        ],
      ];
    }
    if (r !== 1) rows = r;
    if (c !== 1) cols = c;
  }
  const out = new Array<Result<E>[]>(rows);
  const args = new Array<unknown>(spec.params.length);
  for (let r = 0; r < rows; r++) {
    const line = new Array<Result<E>>(cols);
    for (let c = 0; c < cols; c++) line[c] = computeOne(spec, raw, args, r, c, onError);
    out[r] = line;
  }
  return out;
}
