/**
 * A HyperFormula engine with the JX functions registered over the same function table the Excel
 * add-in uses, so a template's formulas can be evaluated end to end without Excel.
 * HyperFormula is GPL-3.0: it stays here, in the tests, out of every shipped bundle.
 */
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, ImplementedFunctions, SimpleRangeValue } from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { JxErrorCode } from "../../src/core/errors";
import { invoke, JxFunction } from "../../src/functions/invoke";
import { JX, JxId } from "../../src/functions/jxFunctions";

const ERROR_TYPES: Record<JxErrorCode, ErrorType> = {
  value: ErrorType.VALUE,
  div0: ErrorType.DIV_BY_ZERO,
  num: ErrorType.NUM,
  na: ErrorType.NA,
};

/** HyperFormula's internal values as the JX functions take them: blanks are null, rich numbers plain. */
function plain(value: unknown): unknown {
  if (typeof value === "symbol") return null;
  if (value instanceof CellError) return value;
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val;
  return value;
}

function fromHf(value: unknown): unknown {
  return value instanceof SimpleRangeValue ? value.data.map((row) => row.map(plain)) : plain(value);
}

class JxPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {};

  /** The result is one cell per row (and column) of the largest per-row range argument. */
  jxArraySize(ast: ProcedureAst, state: InterpreterState): ArraySize {
    const spec = JX[ast.procedureName.replace(/^JX\./, "") as JxId];
    let width = 1;
    let height = 1;
    ast.args.forEach((arg, i) => {
      if (spec.params[i]?.type === "list") return;
      const size = this.arraySizeForAst(arg, state);
      width = Math.max(width, size.width);
      height = Math.max(height, size.height);
    });
    return new ArraySize(width, height);
  }
}

function register(spec: JxFunction): void {
  const name = `JX.${spec.id}`;
  const method = `jx_${spec.id}`;
  JxPlugin.implementedFunctions[name] = {
    method,
    parameters: spec.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.default !== undefined })),
    vectorizationForbidden: true,
    sizeOfResultArrayMethod: "jxArraySize",
  };
  (JxPlugin.prototype as unknown as Record<string, unknown>)[method] = function (this: JxPlugin, ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
      const result = invoke(spec, (e) => new CellError(ERROR_TYPES[e.code], e.text.zh), ...args.map(fromHf));
      return result.length === 1 && result[0].length === 1 ? result[0][0] : SimpleRangeValue.onlyValues(result as never);
    });
  };
}

Object.values(JX).forEach(register);
const names = Object.fromEntries(Object.keys(JxPlugin.implementedFunctions).map((n) => [n, n]));
HyperFormula.registerFunctionPlugin(JxPlugin, { enGB: names, enUS: names });

export type SheetData = (string | number | boolean | null)[][];

/** Builds an engine over named sheets of raw cell contents (formulas as "=…" text). */
export function buildEngine(sheets: Record<string, SheetData>): HyperFormula {
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", language: "enGB" });
}

/** Evaluates one formula on an otherwise empty sheet and returns its value (a matrix when it spills). */
export function evaluateFormula(formula: string, data: SheetData = []): unknown {
  const rows = data.length;
  const engine = buildEngine({ Sheet1: [...data.map((r) => [...r]), [formula]] });
  const sheet = engine.getSheetId("Sheet1")!;
  const value = engine.getCellValue({ sheet, row: rows, col: 0 });
  const spill = engine
    .getSheetValues(sheet)
    .slice(rows)
    .map((r) => r[0])
    .filter((v) => v !== null && v !== undefined);
  engine.destroy();
  return spill.length > 1 ? spill : value;
}
