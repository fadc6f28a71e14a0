import { GridCell } from "../grid";
import { roundHalfUp } from "../round";
import { cellNumber, fundsTotalRow, isNumber, shownDecimals } from "./support/cells";
import { accepts, fundsExpectation, fundsRates, indicatorExpectation } from "./support/expectedScore";
import { Expectation, indicatorRows } from "./support/indicatorRows";
import { asFraction } from "./support/indicatorValues";
import { Check, Reporter } from "./types";

/** Shows what a rule allows: one number, or the band's interval. */
function allowed(expectation: Expectation): string {
  const shown = expectation.accepted.map(({ min, max }) => (min === max ? min.toFixed(2) : `${min.toFixed(2)}–${max.toFixed(2)}`));
  return [...new Set(shown)].join(" / ");
}

/**
 * Rulebook §4.6: a score agrees with what its rule computes — the execution-rate rule on the funds row,
 * completion / reverse / equal on an indicator with a target, or the band its rule text puts the value in.
 */
export const scoreRule: Check<"score-rule"> = {
  id: "score-rule",
  severity: "error",
  meta: { description: { zh: "得分应与评分规则的计算结果一致", en: "A score agrees with what its rule computes" } },
  messages: {
    mismatch: { zh: "“{{name}}”得分为{{actual}}，按评分规则应为{{allowed}}", en: "“{{name}}” is scored {{actual}}; its rule gives {{allowed}}" },
    rate: { zh: "执行率为{{actual}}，按全年执行数/全年预算数应为{{expected}}", en: "The execution rate is {{actual}}; executed / budget gives {{expected}}" },
  },
  check(table, report, settings) {
    const rows = indicatorRows(table);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const cell = row.indicator.score;
      const { score } = row;
      if (!cell || !isNumber(score) || row.notApplicable) continue;
      const expectation = indicatorExpectation(row, table);
      if (expectation) compare(row.indicator.name, cell.address, score, expectation, settings.ruleTolerance, report);
    }
    const funds = fundsTotalRow(table);
    const fundsScore = cellNumber(funds?.score ?? null);
    const expectation = fundsExpectation(table, settings);
    if (funds?.score && isNumber(fundsScore) && expectation) {
      compare("预算执行率", funds.score.address, fundsScore, expectation, settings.ruleTolerance, report);
    }
    checkRateCell(table, report);
  },
};

function compare(name: string, cell: string, score: number, expectation: Expectation, tolerance: number, report: Reporter): void {
  if (accepts(expectation, score, tolerance)) return;
  report({ messageId: "mismatch", cell, data: { name, actual: score, allowed: allowed(expectation) }, expected: expectation.score, actual: score });
}

/** A typed 执行率 may be rounded to a tenth of a percentage point, and may be written in points (94.76). */
const RATE_TOLERANCE = 0.0005;

/**
 * How far a printed rate may lie from the true one: half a unit of its last shown digit (86% for 86.2%, 95.8% for
 * 95.86%), never less than RATE_TOLERANCE. The digits are the cell's number format's, else those it was typed with.
 */
function rateTolerance(cell: GridCell, fraction: number, stated: number): number {
  const decimals = shownDecimals(cell);
  if (decimals === null) return RATE_TOLERANCE;
  // The printed digits are of the stated number; in fraction terms they shift by its scale (94.76 points → 0.9476).
  const scale = stated === 0 ? 1 : fraction / stated;
  return Math.max(RATE_TOLERANCE, 0.5 * 10 ** -decimals * scale);
}

function checkRateCell(table: Parameters<Check["check"]>[0], report: Reporter): void {
  const cell = fundsTotalRow(table)?.rate ?? null;
  const stated = cellNumber(cell);
  const rates = fundsRates(table);
  if (!cell || !isNumber(stated) || rates.length === 0) return;
  const statedRate = asFraction(stated, cell);
  if (rates.some((rate) => Math.abs(statedRate - rate) <= rateTolerance(cell, statedRate, stated) + 1e-12)) return;
  const [rate] = rates;
  const expected = roundHalfUp(rate, 4);
  report({
    messageId: "rate",
    cell: cell.address,
    data: { actual: `${roundHalfUp(statedRate * 100, 2)}%`, expected: `${roundHalfUp(rate * 100, 2)}%` },
    expected,
    actual: stated,
  });
}
