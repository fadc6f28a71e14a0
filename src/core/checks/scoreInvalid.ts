import { cellNumber, indicatorsOf, notApplicable, showsFormulaError } from "./support/cells";
import { Check } from "./types";

/** Rulebook §4.4: every scored indicator has a score and it is a number. */
export const scoreInvalid: Check = {
  id: "score-invalid",
  severity: "error",
  meta: { description: { zh: "每项指标都应有数字形式的得分", en: "Every indicator has a score that is a number" } },
  messages: {
    missing: { zh: "“{{name}}”缺少得分", en: "“{{name}}” has no score" },
    notNumber: { zh: "“{{name}}”的得分{{value}}不是数字", en: "The score {{value}} of “{{name}}” is not a number" },
  },
  check(table, report) {
    if (table.columns.score === undefined) return;
    for (const indicator of indicatorsOf(table)) {
      const cell = indicator.score!;
      if (notApplicable(indicator) || showsFormulaError(cell)) continue;
      const n = cellNumber(cell);
      if (n === null) report({ messageId: "missing", cell: cell.address, data: { name: indicator.name } });
      else if (Number.isNaN(n)) report({ messageId: "notNumber", cell: cell.address, data: { name: indicator.name, value: `“${String(cell.value)}”` } });
    }
  },
};
