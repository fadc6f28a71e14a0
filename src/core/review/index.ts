/** 批量审核: many workbooks checked with the core, as the rows of two Excel sheets. Pure: no Office, DOM or Node. */
export { projectFields } from "./fields";
export type { ProjectFields } from "./fields";
export { reviewGrids, unreadableFile } from "./review";
export type { FileReview, ReviewedTable } from "./review";
export { reviewWorkbook, SUMMARY_SHEET, DETAIL_SHEET } from "./sheets";
export type { ReviewColumn, ReviewSheet, ReviewTotals, ReviewValue, ReviewWorkbook, RowHighlight } from "./sheets";
