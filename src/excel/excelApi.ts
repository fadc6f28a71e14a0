/**
 * The ExcelApi requirement set the add-in needs, defined once: 插入评分表 writes data validation (1.8),
 * page layout and print titles (1.9); marking findings (conditional formats over several areas, Worksheet.getRanges) and the pane's version check ask for the same set.
 */
export const MIN_EXCEL_API = "1.9";
