import { cellNumber, differs } from "./support/cells";
import { groupRows, scoreSum } from "./support/indicatorRows";
import { Check } from "./types";

/** Rulebook §4.5: a first-level score equals the sum of its indicators' scores. */
export const scoreSubtotal: Check<"score-subtotal"> = {
  id: "score-subtotal",
  severity: "error",
  meta: { description: { zh: "一级指标得分应等于其下各指标得分之和", en: "A first-level score equals the sum of its indicators' scores" } },
  messages: {
    mismatch: {
      zh: "“{{group}}”的得分为{{actual}}，其下各指标得分之和为{{expected}}",
      en: "The score of “{{group}}” is {{actual}}, but its indicators' scores add up to {{expected}}",
    },
  },
  check(table, report, settings) {
    for (const group of table.groups) {
      const stated = cellNumber(group.score);
      if (!group.score || stated === null || Number.isNaN(stated) || group.indicators.length === 0) continue;
      const sum = scoreSum(groupRows(table, group));
      if (sum === null || !differs(stated, sum, settings.sumTolerance)) continue;
      report({ messageId: "mismatch", cell: group.score.address, data: { group: group.name, actual: stated, expected: sum }, expected: sum, actual: stated });
    }
  },
};
