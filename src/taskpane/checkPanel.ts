import type { Finding } from "../core/checks";
import type { Locale } from "../core/errors";
import { rulebooks } from "../core/rulebooks";
import { runClearMarks, runMarkFindings } from "../excel/markFindings";
import { runSelectFinding, runValidate, ValidationReport } from "../excel/validate";
import { exclusive } from "./busy";
import { announce, el } from "./dom";
import { explainError } from "./explainError";
import { formatValue, t } from "./i18n";

function familyName(locale: Locale, family: string): string {
  return rulebooks.find((b) => b.id === family)?.title[locale] ?? t(locale, "unknownFamily");
}

function findingList(locale: Locale, sheet: string, findings: readonly Finding[], severity: Finding["severity"]): HTMLElement | null {
  const chosen = findings.filter((f) => f.severity === severity);
  if (chosen.length === 0) return null;
  const heading = `${t(locale, severity === "error" ? "errors" : "warnings")}（${chosen.length}）`;
  const list = el("ul", { class: `findings ${severity}` });
  for (const finding of chosen) {
    const message = finding.message[locale];
    const button = el(
      "button",
      { type: "button", class: "finding", "aria-label": t(locale, "goToCell", { cell: finding.cell, message }) },
      el("span", { class: "cell" }, finding.cell),
      el("span", { class: "message" }, message),
    );
    button.addEventListener("click", () => {
      runSelectFinding(sheet, finding.cell).catch((e) => announce(explainError(locale, e)));
    });
    list.append(el("li", {}, button));
  }
  return el("section", { class: "finding-group" }, el("h3", {}, heading), list);
}

function reportView(locale: Locale, report: ValidationReport): HTMLElement {
  const view = el("div", { class: "report" });
  for (const { summary, findings } of report.tables) {
    view.append(
      el("h3", { class: "table-heading" }, t(locale, "tableHeading", { sheet: summary.sheet, range: summary.range, family: familyName(locale, summary.family) })),
      el(
        "p",
        { class: "totals" },
        t(locale, "totalAndGrade", {
          total: summary.totalScore === null ? "—" : formatValue(locale, summary.totalScore),
          grade: summary.grade ?? t(locale, "noGrade"),
        }),
      ),
    );
    if (findings.length === 0) view.append(el("p", { class: "ok" }, t(locale, "noFindings")));
    view.append(...[findingList(locale, summary.sheet, findings, "error"), findingList(locale, summary.sheet, findings, "warning")].filter((x): x is HTMLElement => x !== null));
  }
  return view;
}

/** 校验: check the active sheet, list what is wrong, go to a cell, mark and clear. */
export function checkPanel(locale: Locale, root: HTMLElement): HTMLElement {
  const status = el("p", { class: "status", id: "check-status" });
  const results = el("div", { class: "results" });
  const checkButton = el("button", { type: "button", class: "primary", "data-action": "check" }, t(locale, "checkButton"));
  const markButton = el("button", { type: "button", "data-action": "mark", hidden: true }, t(locale, "markButton"));
  const clearButton = el("button", { type: "button", "data-action": "clear" }, t(locale, "clearButton"));
  let last: ValidationReport | null = null;

  const report = (className: string, text: string) => {
    status.className = `status ${className}`;
    status.textContent = text;
    announce(text);
  };

  checkButton.addEventListener("click", () =>
    exclusive(root, status, t(locale, "checking"), async () => {
      try {
        last = await runValidate();
        results.replaceChildren(reportView(locale, last));
        const { errors, warnings } = last.summary;
        markButton.hidden = errors + warnings === 0;
        if (last.notice) report("warning", last.notice[locale]);
        else report(errors > 0 ? "error" : warnings > 0 ? "warning" : "success", t(locale, "checkSummary", { tables: last.tables.length, errors, warnings }));
      } catch (e) {
        report("error", explainError(locale, e));
      }
    }),
  );

  markButton.addEventListener("click", () =>
    exclusive(root, status, t(locale, "working"), async () => {
      if (!last) return;
      try {
        const count = await runMarkFindings(last.sheet, last.tables.flatMap((x) => x.findings));
        report("success", t(locale, "marked", { count }));
      } catch (e) {
        report("error", explainError(locale, e));
      }
    }),
  );

  clearButton.addEventListener("click", () =>
    exclusive(root, status, t(locale, "working"), async () => {
      try {
        await runClearMarks();
        report("success", t(locale, "cleared"));
      } catch (e) {
        report("error", explainError(locale, e));
      }
    }),
  );

  return el("div", { class: "panel-body" }, el("div", { class: "actions" }, checkButton, markButton, clearButton), status, results);
}
