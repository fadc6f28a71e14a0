/// <reference types="office-js" />
import { columnLetters, parseCellAddress, rangeAddress } from "../core/address";
import type { TableSummary } from "../core/checks";
import { asText } from "./applyPlan";

export interface ChartLabels {
  title: string;
  name: string;
  weight: string;
  score: string;
}

/**
 * 插入图表: a native bar chart of each first-level indicator's score against its weight. Its data is a
 * small block of formulas that link to the table's own cells, so the chart follows every change. The
 * block goes two columns right of everything the sheet holds (a template's tick columns included),
 * level with the table's first row: cells that are empty by definition, so nothing the user typed is
 * overwritten. Two syncs: find the sheet's extent, then write.
 */
export async function insertSummaryChart(context: Excel.RequestContext, summary: TableSummary, labels: ChartLabels): Promise<string> {
  const sheet = context.workbook.worksheets.getItem(summary.sheet);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("columnIndex,columnCount");
  await context.sync();
  const [start, end] = summary.range.split(":");
  const top = parseCellAddress(start)!.row;
  const tableRight = parseCellAddress(end ?? start)!.col;
  const left = Math.max(tableRight, used.isNullObject ? 0 : used.columnIndex + used.columnCount - 1) + 2;
  const rows = summary.groups.length + 1;
  const link = (cell: string | null, value: number | null) => (cell ? `=${cell}` : (value ?? ""));
  // A name that starts like a formula ("=…") must stay text, or Excel would compute it.
  sheet.getRangeByIndexes(top, left, rows, 3).formulas = [
    [labels.name, labels.weight, labels.score],
    ...summary.groups.map((g) => [asText(g.name), link(g.weightCell, g.weight), link(g.scoreCell, g.score)]),
  ];
  const chart = sheet.charts.add("BarClustered", sheet.getRangeByIndexes(top, left, rows, 3), "Columns");
  chart.title.text = labels.title;
  const below = top + rows + 1;
  chart.setPosition(`${columnLetters(left)}${below + 1}`, `${columnLetters(left + 6)}${below + 15}`);
  await context.sync();
  return rangeAddress(top, left, top + rows - 1, left + 2);
}

export function runInsertSummaryChart(summary: TableSummary, labels: ChartLabels): Promise<string> {
  return Excel.run((context) => insertSummaryChart(context, summary, labels));
}
