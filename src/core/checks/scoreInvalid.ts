import { GridCell } from "../grid";
import { cellNumber, fundsTotalRow, isNumber, showsFormulaError } from "./support/cells";
import { indicatorRows } from "./support/indicatorRows";
import { Check, Reporter } from "./types";

/**
 * Rulebook §4.4: every scored row has a score and it is a number — each indicator, the funds row when it carries a
 * weight, and the total of a filled-in table: a published table with a blank total or funds score is not finished.
 */
export const scoreInvalid: Check<"score-invalid"> = {
  id: "score-invalid",
  severity: "error",
  meta: { description: { zh: "每项指标都应有数字形式的得分", en: "Every indicator has a score that is a number" } },
  messages: {
    missing: { zh: "“{{name}}”缺少得分", en: "“{{name}}” has no score" },
    totalMissing: { zh: "总分未填写", en: "The total score is blank" },
    notNumber: { zh: "“{{name}}”的得分{{value}}不是数字", en: "The score {{value}} of “{{name}}” is not a number" },
  },
  check(table, report) {
    if (table.columns.score === undefined) return;
    const rows = indicatorRows(table);
    // A blank form (no indicator) is weight-total's one finding; its blank funds and total scores are no news.
    if (rows.length === 0) return;
    const funds = fundsTotalRow(table);
    const fundsWeight = cellNumber(funds?.weight ?? null);
    if (funds?.score && isNumber(fundsWeight) && fundsWeight > 0) checkScore(funds.score, cellNumber(funds.score), funds.label, report);
    for (let i = 0; i < rows.length; i++) {
      const { indicator, score, notApplicable } = rows[i];
      if (!notApplicable) checkScore(indicator.score!, score, indicator.name, report);
    }
    const total = table.total?.score;
    if (total && cellNumber(total) === null && !showsFormulaError(total)) report({ messageId: "totalMissing", cell: total.address });
  },
};

/** Reports a score cell that is blank or holds no number; `n` is its number (see cellNumber). */
function checkScore(cell: GridCell, n: number | null, name: string, report: Reporter): void {
  // A score that is a number is fine; an error value a formula shows is formula-error's to report.
  if ((n !== null && !Number.isNaN(n)) || showsFormulaError(cell)) return;
  if (n === null) report({ messageId: "missing", cell: cell.address, data: { name } });
  else if (Number.isNaN(n)) report({ messageId: "notNumber", cell: cell.address, data: { name, value: `“${String(cell.value)}”` } });
}
