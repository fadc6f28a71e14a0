import { cellNumber, differs, sumOf } from "./support/cells";
import { Check } from "./types";

/**
 * Rulebook §4.2: a first-level weight equals the sum of its indicators' weights; so does a second-level weight
 * written in its label (数量指标（10分）), where a form states weights at three levels.
 */
export const weightSubtotal: Check<"weight-subtotal"> = {
  id: "weight-subtotal",
  severity: "error",
  meta: { description: { zh: "一级指标权重应等于其下各指标权重之和", en: "A first-level weight equals the sum of its indicators' weights" } },
  messages: {
    mismatch: {
      zh: "“{{group}}”的权重为{{actual}}，其下各指标权重之和为{{expected}}",
      en: "The weight of “{{group}}” is {{actual}}, but its indicators' weights add up to {{expected}}",
    },
  },
  check(table, report, settings) {
    for (const group of [...table.groups, ...table.groups.flatMap((g) => g.subgroups)]) {
      const stated = cellNumber(group.weight);
      if (!group.weight || stated === null || Number.isNaN(stated) || group.indicators.length === 0) continue;
      const sum = sumOf(group.indicators.map((i) => i.weight));
      if (sum === null || !differs(stated, sum, settings.sumTolerance)) continue;
      report({ messageId: "mismatch", cell: group.weight.address, data: { group: group.name, actual: stated, expected: sum }, expected: sum, actual: stated });
    }
  },
};
