/// <reference types="office-js" />
import type { ReviewSheet, ReviewValue, ReviewWorkbook } from "../core/review";
import { uniqueSheetName } from "../core/plan";
import { asText, widthInPoints } from "./applyPlan";

/** Where the review went: the names the two new sheets got (审核汇总 (2) when 审核汇总 is taken). */
export interface WrittenReview {
  summarySheet: string;
  detailSheet: string;
}

/**
 * How many characters of cell text one request may carry. Excel on the web takes at most 5 MB per
 * request; a Chinese character is 3 bytes of UTF-8, and the rest of the request needs room too.
 */
export const MAX_REQUEST_CHARS = 1_000_000;

/** Excel's own "light red fill with dark red text" and its yellow counterpart. */
const TONES = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
} as const;

const TABLE_STYLE = "TableStyleMedium2";

/** A cell as Excel gets it: empty is "", and a text that starts like a formula stays text. */
const cellValue = (v: ReviewValue) => (v === null ? "" : typeof v === "string" ? asText(v) : v);

const charsOf = (row: ReviewValue[]) => row.reduce<number>((n, v) => n + (v === null ? 0 : String(v).length + 8), 0);

/** Rows of one of the review's sheets, from its data row `start`: the part of that sheet one request carries. */
interface Block {
  sheet: number;
  start: number;
  rows: ReviewValue[][];
}

/**
 * The review's rows, sheet after sheet, as requests to Excel that each stay within the budget (a row larger than
 * the budget goes alone): one request for any review of ordinary size, a sheet split across requests only when needed.
 */
function requestsOf(contents: readonly ReviewSheet[], budget: number): Block[][] {
  const requests: Block[][] = [[]];
  let used = 0;
  contents.forEach((content, sheet) => {
    content.rows.forEach((row, i) => {
      const size = charsOf(row);
      let request = requests[requests.length - 1];
      if (used > 0 && used + size > budget) {
        requests.push((request = []));
        used = 0;
      }
      const last = request[request.length - 1];
      if (last?.sheet === sheet) last.rows.push(row);
      else request.push({ sheet, start: i, rows: [row] });
      used += size;
    });
  });
  return requests;
}

/** The header and its formats, the column widths: what every sheet of the review gets first. */
function writeHeader(sheet: Excel.Worksheet, content: ReviewSheet): void {
  const header = sheet.getRangeByIndexes(0, 0, 1, content.columns.length);
  header.numberFormat = [content.columns.map(() => "@")];
  header.values = [content.columns.map((c) => c.header)];
  content.columns.forEach((c, i) => (sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthInPoints(c.width)));
}

function writeRows(sheet: Excel.Worksheet, content: ReviewSheet, block: Block): void {
  const range = sheet.getRangeByIndexes(1 + block.start, 0, block.rows.length, content.columns.length);
  // Number formats before values, so a text column keeps 001 or 1-2 as typed.
  range.numberFormat = block.rows.map(() => content.columns.map((c) => c.numberFormat));
  range.values = block.rows.map((row) => row.map(cellValue));
}

/** Makes the written block an Excel table (filters, banded rows), colours its rows, freezes its header. */
function finishSheet(sheet: Excel.Worksheet, content: ReviewSheet): void {
  const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, Math.max(content.rows.length, 1) + 1, content.columns.length), true);
  table.style = TABLE_STYLE;
  table.showFilterButton = true;
  const body = table.getDataBodyRange();
  for (const h of content.highlights) {
    const format = body.conditionalFormats.add("Custom");
    format.custom.rule.formula = h.formula;
    format.custom.format.fill.color = TONES[h.tone].fill;
    format.custom.format.font.color = TONES[h.tone].font;
  }
  sheet.freezePanes.freezeRows(1);
}

/**
 * 批量审核's result as two new sheets, 审核汇总 then 审核明细, each an Excel table with filters, number formats,
 * a frozen header and red/yellow rows for errors/warnings. Never overwrites: the names are made unique
 * among the workbook's sheets, and nothing else in the workbook is touched. Two syncs (the sheet names,
 * then everything) unless the rows exceed one request, when each further request adds one.
 */
export async function writeReview(context: Excel.RequestContext, review: ReviewWorkbook, maxRequestChars = MAX_REQUEST_CHARS): Promise<WrittenReview> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const taken = sheets.items.map((s) => s.name);
  const summarySheet = uniqueSheetName(review.summary.name, taken);
  const detailSheet = uniqueSheetName(review.detail.name, [...taken, summarySheet]);
  const written = [
    { sheet: sheets.add(summarySheet), content: review.summary },
    { sheet: sheets.add(detailSheet), content: review.detail },
  ];
  for (const { sheet, content } of written) writeHeader(sheet, content);
  const write = (request: Block[]) => request.forEach((block) => writeRows(written[block.sheet].sheet, written[block.sheet].content, block));
  const [first, ...further] = requestsOf(
    written.map((w) => w.content),
    maxRequestChars,
  );
  write(first);
  for (const request of further) {
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request of at most maxRequestChars: Excel on the web refuses a request over 5 MB, and a review of ordinary size has no further request
    await context.sync();
    write(request);
  }
  for (const { sheet, content } of written) finishSheet(sheet, content);
  written[0].sheet.activate();
  await context.sync();
  return { summarySheet, detailSheet };
}

export function runWriteReview(review: ReviewWorkbook): Promise<WrittenReview> {
  return Excel.run((context) => writeReview(context, review));
}
