import { showsFormulaError } from "./support/cells";
import { Check } from "./types";

/** Rulebook §4.13: a formula cell shows an error value (#VALUE!, #NAME?, #DIV/0!, …). */
export const formulaError: Check<"formula-error"> = {
  id: "formula-error",
  severity: "error",
  meta: { description: { zh: "公式单元格不应显示错误值", en: "No formula cell shows an error value" } },
  messages: {
    error: { zh: "公式结果为错误值{{value}}：{{formula}}", en: "The formula shows the error {{value}}: {{formula}}" },
  },
  check(table, report) {
    for (const cell of table.formulaCells) {
      if (!showsFormulaError(cell)) continue;
      report({ messageId: "error", cell: cell.address, data: { value: String(cell.value), formula: cell.formula! }, actual: String(cell.value) });
    }
  },
};
