/// <reference types="office-js" />
import { columnLetters, parseCellAddress, rangeAddress } from "../core/address";
import type { TableSummary } from "../core/checks";
import { JxError } from "../core/errors";
import { isBlank } from "../core/numbers";

export interface ChartLabels {
  title: string;
  name: string;
  weight: string;
  score: string;
}

/** Where the chart's data goes: two columns right of the table, level with its first row. */
function dataBlock(summary: TableSummary): { top: number; left: number; rows: number } {
  const [start, end] = summary.range.split(":");
  const topLeft = parseCellAddress(start)!;
  const bottomRight = parseCellAddress(end ?? start)!;
  return { top: topLeft.row, left: bottomRight.col + 2, rows: summary.groups.length + 1 };
}

/**
 * 插入图表: a native bar chart of each first-level indicator's score against its weight. Its data is a
 * small block of formulas beside the table that link to the table's own cells, so the chart follows
 * every change. The block must be empty: nothing the user typed is overwritten. Two syncs.
 */
export async function insertSummaryChart(context: Excel.RequestContext, summary: TableSummary, labels: ChartLabels): Promise<string> {
  const sheet = context.workbook.worksheets.getItem(summary.sheet);
  const { top, left, rows } = dataBlock(summary);
  const block = sheet.getRangeByIndexes(top, left, rows, 3);
  block.load("formulas");
  await context.sync();
  const address = rangeAddress(top, left, top + rows - 1, left + 2);
  if (block.formulas.some((row) => row.some((v) => !isBlank(v)))) {
    throw new JxError("value", {
      zh: `图表数据需要的区域 ${address} 中已有内容，为避免覆盖，没有插入图表。请清空该区域后重试。`,
      en: `The chart's data needs ${address}, which is not empty, so no chart was inserted to avoid overwriting it. Clear that area and try again.`,
    });
  }
  const link = (cell: string | null, value: number | null) => (cell ? `=${cell}` : value ?? "");
  // Names go in as values, never formulas, so a name that starts with "=" stays text.
  sheet.getRangeByIndexes(top, left, rows, 1).values = [[labels.name], ...summary.groups.map((g) => [g.name])];
  sheet.getRangeByIndexes(top, left + 1, rows, 2).formulas = [
    [labels.weight, labels.score],
    ...summary.groups.map((g) => [link(g.weightCell, g.weight), link(g.scoreCell, g.score)]),
  ];
  const chart = sheet.charts.add(Excel.ChartType.barClustered, block, Excel.ChartSeriesBy.columns);
  chart.title.text = labels.title;
  const below = top + rows + 1;
  chart.setPosition(`${columnLetters(left)}${below + 1}`, `${columnLetters(left + 6)}${below + 15}`);
  await context.sync();
  return address;
}

export function runInsertSummaryChart(summary: TableSummary, labels: ChartLabels): Promise<string> {
  return Excel.run((context) => insertSummaryChart(context, summary, labels));
}
