import { isFilled, isNumber } from "./support/cells";
import { indicatorExpectation } from "./support/expectedScore";
import { indicatorRows } from "./support/indicatorRows";
import { Check } from "./types";

/**
 * Rulebook §4.8: where the table has a 偏差原因分析及改进措施 column, a row that lost points — or whose
 * target was not met by its own rule — explains why.
 */
export const deviationReason: Check<"deviation-reason"> = {
  id: "deviation-reason",
  severity: "warning",
  meta: { description: { zh: "未得满分或未达成指标值时应填写偏差原因", en: "A row below full marks or below its target states the reason" } },
  messages: {
    missing: {
      zh: "“{{name}}”未得满分或未达成年度指标值，未填写偏差原因分析及改进措施",
      en: "“{{name}}” is below full marks or its target, but no reason for the deviation is given",
    },
  },
  check(table, report) {
    if (table.columns.reason === undefined) return;
    const rows = indicatorRows(table);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const { weight, score } = row;
      if (row.notApplicable || !isNumber(weight)) continue;
      const lostPoints = isNumber(score) && score < weight - 1e-9;
      const expected = lostPoints ? null : indicatorExpectation(row, table);
      if (!lostPoints && !(expected && expected.score < weight - 1e-9)) continue;
      // The reason cell is looked at last: on most rows nothing is lost, and no reason is needed.
      const { reason } = row.indicator;
      if (!reason || isFilled(reason)) continue;
      report({ messageId: "missing", cell: reason.address, data: { name: row.indicator.name } });
    }
  },
};
