/**
 * The office.js stand-in with what 批量审核 writes (Excel tables, conditional formats), for the review's
 * browser tests and benchmark: `window.jxReviewProbe.formatting(sheet)` shows a sheet's tables, conditional
 * formats and frozen rows. Never shipped.
 */
import { reviewFormatting } from "./fakeExcelTables";
import "./officeStandIn";

export interface ReviewProbe {
  formatting: typeof reviewFormatting;
}

if (typeof window !== "undefined") (window as unknown as { jxReviewProbe: ReviewProbe }).jxReviewProbe = { formatting: reviewFormatting };
