import { isNumber } from "./support/cells";
import { indicatorRows } from "./support/indicatorRows";
import { Check } from "./types";

/** Rulebook §4.4: 0 ≤ score ≤ weight on every row. */
export const scoreRange: Check<"score-range"> = {
  id: "score-range",
  severity: "error",
  meta: { description: { zh: "得分应在0与权重之间", en: "A score lies between 0 and the weight" } },
  messages: {
    negative: { zh: "“{{name}}”的得分{{actual}}小于0", en: "The score {{actual}} of “{{name}}” is below 0" },
    overWeight: { zh: "“{{name}}”的得分{{actual}}超过权重{{weight}}", en: "The score {{actual}} of “{{name}}” exceeds its weight {{weight}}" },
  },
  check(table, report) {
    const rows = indicatorRows(table);
    for (let i = 0; i < rows.length; i++) {
      const { indicator, score, weight } = rows[i];
      const cell = indicator.score;
      if (!cell || !isNumber(score)) continue;
      if (score < 0) report({ messageId: "negative", cell: cell.address, data: { name: indicator.name, actual: score }, expected: 0, actual: score });
      else if (isNumber(weight) && score > weight + 1e-9) {
        report({ messageId: "overWeight", cell: cell.address, data: { name: indicator.name, actual: score, weight }, expected: weight, actual: score });
      }
    }
  },
};
