import type { Locale } from "../core/errors";
import { localeOf, MessageId, t } from "./i18n";

/** Builds an element whose text is set only as text: workbook content never becomes markup. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function showNotice(locale: Locale, title: MessageId, body: MessageId): void {
  const app = document.getElementById("app")!;
  document.documentElement.lang = locale === "zh" ? "zh-CN" : "en-US";
  app.replaceChildren(el("h1", { class: "title" }, t(locale, "appTitle")), el("section", { class: "notice", role: "alert" }));
  const notice = app.querySelector(".notice")!;
  notice.append(el("h2", {}, t(locale, title)), el("p", {}, t(locale, body)));
}

/** office.js is missing or the page is not hosted by Office: say where to open it instead of showing nothing. */
function start(): void {
  const browserLocale = localeOf(navigator.language);
  if (typeof Office === "undefined") {
    showNotice(browserLocale, "notInExcelTitle", "notInExcelBody");
    return;
  }
  Office.onReady((info) => {
    const locale = localeOf(Office.context?.displayLanguage ?? navigator.language);
    if (info.host !== Office.HostType.Excel) {
      showNotice(browserLocale, "notInExcelTitle", "notInExcelBody");
    } else if (!Office.context.requirements.isSetSupported("ExcelApi", "1.9")) {
      showNotice(locale, "tooOldTitle", "tooOldBody");
    } else {
      document.getElementById("loading")?.remove();
    }
  });
}

start();
