import { cellAt, colCount, Grid, textAt } from "../grid";
import { FundsBlock } from "./funds";
import { Header } from "./header";
import { FUNDS_TOTAL, fundsColumn } from "./headerWords";
import { IndicatorGroup, UnreadPart } from "./types";

/** Header words of a form that scores by shares (得分系数 × 权重, 权重占比, 折算得分), not points out of a weight. */
const SHARE_SCORING = /系数|占比|折算/;

/** What the reader made of one table, to say which part of its layout it did not read. */
export interface ReadTable {
  header: Header;
  /** The header's first named cell, where a part of the whole table is reported. */
  headerCell: string;
  /** The first row of the table's heading (项目名称 …, the funds block): the row after the previous table. */
  headingTop: number;
  lastRow: number;
  groups: IndicatorGroup[];
  funds: FundsBlock | null;
}

/**
 * The parts of a table's layout that were not read (see UnreadPart): scoring by shares, named in the header or the
 * sub-header below it; a header with no row under it (the whole table unless its funds block was read); indicators
 * whose weight no column or label states; a funds block in the heading whose layout was not read.
 */
export function unreadParts(grid: Grid, read: ReadTable): UnreadPart[] {
  const { header, headerCell, lastRow, groups } = read;
  const shares = findCell(grid, header.firstRow, header.lastRow + 1, (text) => SHARE_SCORING.test(text));
  if (shares) return [{ part: "share-scoring", cell: shares, whole: true }];
  const fundsRead = (read.funds?.rows.length ?? 0) > 0;
  // With its funds block read, a table cut off below its header is still checked there.
  if (lastRow === header.lastRow) return [{ part: "indicator-rows", cell: headerCell, whole: !fundsRead }];
  if (groups.some((g) => g.indicators.some((i) => i.weight === null))) return [{ part: "weights", cell: headerCell, whole: true }];
  const funds = fundsRead ? null : findCell(grid, read.headingTop, header.firstRow - 1, namesMoney);
  return funds ? [{ part: "funds", cell: funds, whole: false }] : [];
}

/** A heading word of a funds block: an amount column (年初预算数, 全年执行数) or the 年度资金总额 label. */
function namesMoney(text: string): boolean {
  const column = fundsColumn(text);
  return column === "initialBudget" || column === "budget" || column === "executed" || FUNDS_TOTAL.test(text);
}

/** The address of the first cell in the rows (inclusive) whose text passes the test, or null. */
function findCell(grid: Grid, firstRow: number, lastRow: number, test: (text: string) => boolean): string | null {
  const width = colCount(grid);
  for (let row = Math.max(firstRow, 0); row <= lastRow && row < grid.values.length; row++) {
    for (let col = 0; col < width; col++) if (test(textAt(grid, row, col))) return cellAt(grid, row, col).address;
  }
  return null;
}
