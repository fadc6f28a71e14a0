import { JxError, Locale } from "../core/errors";
import { t } from "./i18n";

/** Office's error codes that have a plain answer: what happened and what to do next. */
const KNOWN_CODES: Record<string, "excelBusy" | "sheetProtected"> = {
  InvalidOperationInCellEditMode: "excelBusy",
  ActivityLimitReached: "excelBusy",
  AccessDenied: "sheetProtected",
};

/**
 * Any failure as one sentence in the pane's language: the core's and the writers' own bilingual
 * messages as they are, Excel's errors in plain words with the next step, never a stack trace.
 */
export function explainError(locale: Locale, error: unknown): string {
  if (error instanceof JxError) return error.messageIn(locale);
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === "string" && code in KNOWN_CODES) return t(locale, KNOWN_CODES[code]);
  const detail = error instanceof Error ? error.message : typeof error === "string" ? error : String(code ?? error);
  return t(locale, "excelError", { detail: detail.replace(/[。.]+$/, "") });
}
