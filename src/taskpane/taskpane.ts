import type { Locale } from "../core/errors";
import { checkPanel } from "./checkPanel";
import { el } from "./dom";
import { explainError } from "./explainError";
import { localeOf, MessageId, t } from "./i18n";
import { insertPanel } from "./insertPanel";
import { summaryPanel } from "./summaryPanel";
import { tabs } from "./tabs";
import { MIN_EXCEL_API } from "../excel/excelApi";

/** The ExcelApi set the pane's features need (data validation, page layout, cell properties). */

/** Dark when Office's theme has a dark background; without Office's theme, the system's preference. */
function applyTheme(): void {
  const background = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  const match = background ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(background) : null;
  const dark = match
    ? (parseInt(match[1], 16) * 299 + parseInt(match[2], 16) * 587 + parseInt(match[3], 16) * 114) / 1000 < 128
    : (window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}

function setLanguage(locale: Locale): void {
  document.documentElement.lang = locale === "zh" ? "zh-CN" : "en-US";
  document.title = t(locale, "appTitle");
}

/**
 * Office shows the add-in's name above the pane already: the page's h1 is for screen readers and the
 * outline only, not a second large title.
 */
function render(...children: HTMLElement[]): HTMLElement {
  const app = document.getElementById("app")!;
  app.removeAttribute("aria-busy");
  app.replaceChildren(el("h1", { class: "visually-hidden" }, document.title), ...children);
  return app;
}

function showNotice(locale: Locale, title: MessageId, body: MessageId): void {
  setLanguage(locale);
  render(el("section", { class: "notice", role: "alert" }, el("h2", {}, t(locale, title)), el("p", {}, t(locale, body))));
}

function showApp(locale: Locale): void {
  setLanguage(locale);
  const app = document.getElementById("app")!;
  render(
    tabs(t(locale, "appTitle"), [
      { id: "insert", label: t(locale, "tabInsert"), panel: insertPanel(locale, app) },
      { id: "check", label: t(locale, "tabCheck"), panel: checkPanel(locale, app) },
      { id: "summary", label: t(locale, "tabSummary"), panel: summaryPanel(locale, app) },
      {
        id: "review",
        label: t(locale, "tabReview"),
        // 批量审核's code (the panel, the run, the writer) is loaded when its tab is first opened, not with the pane.
        panel: () =>
          import("./reviewPanel").then(
            ({ reviewPanel }) => reviewPanel(locale, app),
            (e: unknown) => el("p", { class: "status error", role: "alert" }, explainError(locale, e)),
          ),
      },
    ]),
  );
  // A file dropped anywhere on the pane must not replace the pane with the file; dragged text still drops into fields.
  for (const type of ["dragover", "drop"]) {
    document.addEventListener(type, (event) => {
      if ((event as DragEvent).dataTransfer?.types.includes("Files")) event.preventDefault();
    });
  }
}

/** office.js is missing or the page is not hosted by Excel: say where to open it instead of showing nothing. */
function start(): void {
  // legacy.js found this engine too old and shows its own message.
  if (document.documentElement.dataset.engine === "legacy") return;
  // First, as legacy.js takes a page without data-theme for one whose bundle could not run.
  applyTheme();
  const browserLocale = localeOf(navigator.language);
  if (typeof Office === "undefined") {
    showNotice(browserLocale, "notInExcelTitle", "notInExcelBody");
    return;
  }
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      showNotice(browserLocale, "notInExcelTitle", "notInExcelBody");
      return;
    }
    applyTheme();
    const locale = localeOf(Office.context.displayLanguage);
    if (!Office.context.requirements.isSetSupported("ExcelApi", MIN_EXCEL_API)) showNotice(locale, "tooOldTitle", "tooOldBody");
    else showApp(locale);
  });
}

start();
