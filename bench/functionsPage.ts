/**
 * The page side of functions-browser.bench.ts, loaded before the production runtime.js and functions.js: it stands
 * in for Excel's CustomFunctions (keeping what functions.js registers) and times a registered JX.EXECRATESCORE cell
 * against its plain arithmetic, with the harness the Node figures use.
 */
import { banded, executedAt, rate } from "./arithmetic";
import { compareRates, INPUTS } from "./timing";

type Registered = (...args: unknown[]) => unknown[][];
const registered: Record<string, Registered> = {};

class CellError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}
Object.assign(window, { CustomFunctions: { associate: (id: string, fn: Registered) => (registered[id] = fn), Error: CellError } });

/** A cell of every other JX function, as a workbook that uses several calls them. */
const OTHER_CELLS: [string, unknown[]][] = [
  ["EXECRATE", [[[50]], [[100]]]],
  ["COMPLETIONSCORE", [[[50]], [[100]], [[10]]]],
  ["REVERSESCORE", [[[50]], [[60]], [[6]], null]],
  ["INDICATORSCORE", [[["≥80个"]], [[50]], [[8]], null]],
  [
    "CHECKLISTSCORE",
    [
      [["是"], ["否"]],
      [[1], [2]],
    ],
  ],
  ["RULESCORE", [[[0.8]], [["≥90%得8分"]], null]],
  ["RULEPOINTS", [[["①（2分）"]]]],
  ["GRADE", [[[95]], null]],
];

export interface CellRates {
  /** EXECRATESCORE cells per second, and the plain arithmetic's. */
  value: number;
  baseline: number;
  /** Inputs on which the registered function and the arithmetic disagree (0, or the figure times something else). */
  disagreements: number;
}

function measureExecRateScore(): CellRates {
  const executed = Array.from({ length: INPUTS }, (_, i) => executedAt(i));
  const cells = executed.map((e) => [[e]]);
  const [budget, weight, rule] = [[[100]], [[8]], [["区间"]]];
  const cell = (i: number) => registered.EXECRATESCORE(cells[i], budget, weight, rule);
  const arithmetic = (i: number) => banded(rate(executed[i], 100), 8);
  // Every function is called before any is timed, as functions.bench.ts does.
  for (let i = 0; i < INPUTS; i++) for (const [id, args] of OTHER_CELLS) registered[id](...args);
  let disagreements = 0;
  for (let i = 0; i < INPUTS; i++) if (cell(i)[0][0] !== arithmetic(i)) disagreements++;
  return { ...compareRates(cell, arithmetic), disagreements };
}

Object.assign(window, { measureExecRateScore });
