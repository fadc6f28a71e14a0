import { FundsRow } from "../table";
import { cellNumber, differs, fundsTotalRow, isFilled, isNumber, sumOf } from "./support/cells";
import { Check } from "./types";

const AMOUNTS: readonly { key: "initialBudget" | "budget" | "executed"; zh: string; en: string }[] = [
  { key: "initialBudget", zh: "年初预算数", en: "initial budget" },
  { key: "budget", zh: "全年预算数", en: "annual budget" },
  { key: "executed", zh: "全年执行数", en: "amount executed" },
];

/** Rulebook §4.9: 年度资金总额 = Σ of its 其中 rows, for each amount column. */
export const fundsTotal: Check<"funds-total"> = {
  id: "funds-total",
  severity: "error",
  meta: { description: { zh: "年度资金总额应等于其中各项之和", en: "The annual funds total equals the sum of its parts" } },
  messages: {
    mismatch: {
      zh: "年度资金总额的{{column}}为{{actual}}，其中各项之和为{{expected}}",
      en: "The funds total's {{columnEn}} is {{actual}}, but its parts add up to {{expected}}",
    },
  },
  check(table, report, settings) {
    const total = fundsTotalRow(table);
    const parts = table.funds.filter((r) => r.kind === "part");
    if (!total || parts.length === 0) return;
    for (const { key, zh, en } of AMOUNTS) {
      const cell = total[key];
      const partCells = parts.map((p: FundsRow) => p[key]);
      if (!cell || !partCells.some(isFilled)) continue;
      const stated = cellNumber(cell) ?? 0;
      const sum = sumOf(partCells);
      if (!isNumber(stated) || sum === null || !differs(stated, sum, settings.sumTolerance)) continue;
      report({ messageId: "mismatch", cell: cell.address, data: { column: zh, columnEn: en, actual: stated, expected: sum }, expected: sum, actual: stated });
    }
  },
};
