import { cellNumber, differs, fundsTotalRow, isFilled, leftUnread } from "./support/cells";
import { indicatorRows } from "./support/indicatorRows";
import { weightSum } from "./support/totals";
import { Check } from "./types";

const FULL_MARKS = 100;

/**
 * Rulebook §4.1: the first-level weights add up to 100, and the total row says what they add up to.
 * A table without a single indicator (a blank form) is an error too: a bureau checking files in bulk
 * must not pass an unfilled form as "no finding".
 */
export const weightTotal: Check<"weight-total"> = {
  id: "weight-total",
  severity: "error",
  meta: { description: { zh: "一级指标权重合计应为100，合计行应等于各权重之和", en: "First-level weights add up to 100 and the total row shows their sum" } },
  messages: {
    not100: { zh: "权重合计为{{sum}}，应为100", en: "The weights add up to {{sum}}, not 100" },
    mismatch: { zh: "合计行权重为{{actual}}，各项权重之和为{{expected}}", en: "The total row's weight is {{actual}}, but the weights add up to {{expected}}" },
    noIndicator: { zh: "未填写任何指标：表格尚未填写", en: "No indicator is filled in: the form is blank" },
  },
  check(table, report, settings) {
    const rows = indicatorRows(table);
    if (rows.length === 0) {
      // A header with no row under it at all is the layout check's to report: the form may be cut off, not blank.
      if (leftUnread(table, "indicator-rows")) return;
      report({ messageId: "noIndicator", cell: table.groups[0]?.label?.address ?? table.total?.label.address ?? table.range.split(":")[0] });
      return;
    }
    const sum = weightSum(table);
    // Without its funds block the sum lacks the funds weight: the layout check says the block was not read.
    if (sum === null || leftUnread(table, "funds")) return;
    const totalCell = table.total?.weight ?? null;
    const total = cellNumber(totalCell);
    // Without a total row, the first weight in reading order: the funds row's, a group's, an indicator's.
    const firstWeight = [fundsTotalRow(table)?.weight ?? null, table.groups[0]?.weight ?? null, rows[0].indicator.weight].find(isFilled);
    const cell = totalCell?.address ?? firstWeight?.address;
    if (!cell) return;
    if (totalCell && total !== null && !Number.isNaN(total) && differs(total, sum, settings.sumTolerance)) {
      report({ messageId: "mismatch", cell, data: { actual: total, expected: sum }, expected: sum, actual: total });
    }
    if (differs(sum, FULL_MARKS, settings.sumTolerance)) {
      report({ messageId: "not100", cell, data: { sum }, expected: FULL_MARKS, actual: sum });
    }
  },
};
