import type { Locale } from "../core/errors";
import { runClearMarks, runMarkFindings } from "../excel/markFindings";
import type { ValidationReport } from "../excel/validate";
import { el } from "./dom";
import { t } from "./i18n";
import { runTask } from "./task";

/** 校验: check the active sheet, list what is wrong, go to a cell, mark and clear. */
export function checkPanel(locale: Locale, root: HTMLElement): HTMLElement {
  const status = el("p", { class: "status", id: "check-status" });
  // Marking and clearing say how they went on a line of their own, so the check's counts stay in view.
  const markStatus = el("p", { class: "status", id: "mark-status" });
  const results = el("div", { class: "results" });
  const checkButton = el("button", { type: "button", class: "primary", "data-action": "check" }, t(locale, "checkButton"));
  const markButton = el("button", { type: "button", "data-action": "mark", hidden: true }, t(locale, "markButton"));
  const clearButton = el("button", { type: "button", "data-action": "clear" }, t(locale, "clearButton"));
  let last: ValidationReport | null = null;

  checkButton.addEventListener("click", () =>
    runTask(root, status, locale, t(locale, "checking"), async () => {
      markStatus.replaceChildren();
      markStatus.className = "status";
      const [{ runValidate }, { reportView }] = await Promise.all([import("../excel/validate"), import("./checkReport")]);
      last = await runValidate();
      results.replaceChildren(reportView(locale, last));
      const { errors, warnings } = last.summary;
      markButton.hidden = errors + warnings === 0;
      if (last.notice) return { tone: "warning", text: last.notice[locale] };
      const tone = errors > 0 ? "error" : warnings > 0 ? "warning" : "success";
      return { tone, text: t(locale, "checkSummary", { tables: last.tables.length, errors, warnings }) };
    }),
  );

  markButton.addEventListener("click", () =>
    runTask(root, markStatus, locale, t(locale, "working"), async () => {
      const count = last
        ? await runMarkFindings(
            last.sheet,
            last.tables.flatMap((x) => x.findings),
          )
        : 0;
      return { tone: "success", text: t(locale, "marked", { count }) };
    }),
  );

  clearButton.addEventListener("click", () =>
    runTask(root, markStatus, locale, t(locale, "working"), async () => {
      await runClearMarks();
      return { tone: "success", text: t(locale, "cleared") };
    }),
  );

  return el("div", { class: "panel-body" }, el("div", { class: "actions" }, checkButton, markButton, clearButton), status, markStatus, results);
}
