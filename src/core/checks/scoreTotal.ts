import { cellNumber, differs, isNumber, leftUnread } from "./support/cells";
import { expectedTotal } from "./support/totals";
import { Check } from "./types";

/** Rulebook §4.5: the total equals the sum of all indicator scores plus the funds row. */
export const scoreTotal: Check<"score-total"> = {
  id: "score-total",
  severity: "error",
  meta: { description: { zh: "总分应等于各指标得分之和", en: "The total equals the sum of the indicators' scores" } },
  messages: {
    mismatch: { zh: "总分为{{actual}}，各项得分之和为{{expected}}", en: "The total is {{actual}}, but the scores add up to {{expected}}" },
  },
  check(table, report, settings) {
    const cell = table.total?.score;
    const stated = cellNumber(cell ?? null);
    // Without its funds block the sum lacks the funds score: the layout check says the block was not read.
    if (!cell || !isNumber(stated) || leftUnread(table, "funds")) return;
    const expected = expectedTotal(table);
    if (expected === null || !differs(stated, expected, settings.sumTolerance)) return;
    report({ messageId: "mismatch", cell: cell.address, data: { actual: stated, expected }, expected, actual: stated });
  },
};
