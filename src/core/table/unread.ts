import { cellAt, colCount, Grid, textAt } from "../grid";
import { Header } from "./header";
import { IndicatorGroup, UnreadPart } from "./types";

/** Header words of a form that scores by shares (得分系数 × 权重, 权重占比, 折算得分), not points out of a weight. */
const SHARE_SCORING = /系数|占比|折算/;

/**
 * The parts of a table's layout that were not read (see UnreadPart): scoring by shares, named in the header or the
 * sub-header below it; a header with no row under it (the whole table unless its funds block was read); indicators
 * whose weight no column or label states.
 */
export function unreadParts(grid: Grid, header: Header, headerCell: string, lastRow: number, groups: IndicatorGroup[], funds: boolean): UnreadPart[] {
  const width = colCount(grid);
  for (let row = header.firstRow; row <= header.lastRow + 1; row++) {
    for (let col = 0; col < width; col++) {
      if (SHARE_SCORING.test(textAt(grid, row, col))) return [{ part: "share-scoring", cell: cellAt(grid, row, col).address, whole: true }];
    }
  }
  // With its funds block read, a table cut off below its header is still checked there.
  if (lastRow === header.lastRow) return [{ part: "indicator-rows", cell: headerCell, whole: !funds }];
  const unweighted = groups.flatMap((g) => g.indicators).find((i) => i.weight === null);
  return unweighted ? [{ part: "weights", cell: headerCell, whole: true }] : [];
}
