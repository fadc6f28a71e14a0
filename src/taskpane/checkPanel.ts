import { builtinChecks, Finding, TableSummary } from "../core/checks";
import type { Locale } from "../core/errors";
import { rulebooks } from "../core/rulebooks";
import { runClearMarks, runMarkFindings } from "../excel/markFindings";
import { runSelectFinding, runValidate, ValidationReport } from "../excel/validate";
import { announce, el } from "./dom";
import { explainError } from "./explainError";
import { t, totalsText } from "./i18n";
import { runTask } from "./task";

function familyName(locale: Locale, family: string): string {
  return rulebooks.find((b) => b.id === family)?.title[locale] ?? t(locale, "unknownFamily");
}

/** score-invalid's "no score" message as a pattern, any indicator's name in place of its {{name}}. */
const NO_SCORE = new RegExp(
  `^${builtinChecks
    .find((c) => c.id === "score-invalid")!
    .messages.missing.zh.split(/\{\{\w+\}\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".+")}$`,
);

/**
 * A table with no score anywhere (just inserted, say) would list one 缺少得分 per indicator: its empty
 * scores are said once instead, pointing at the first; the counts still count each.
 */
function shownFindings(summary: TableSummary, findings: readonly Finding[]): Finding[] {
  const empty = findings.filter((f) => f.rule === "score-invalid" && NO_SCORE.test(f.message.zh));
  const unscored = !summary.totalScore && summary.groups.every((g) => !g.score);
  if (!unscored || empty.length < 2) return [...findings];
  const count = empty.length;
  const grouped: Finding = { ...empty[0], message: { zh: t("zh", "unfilled", { count }), en: t("en", "unfilled", { count }) } };
  return findings.filter((f) => !empty.includes(f) || f === empty[0]).map((f) => (f === empty[0] ? grouped : f));
}

function findingList(locale: Locale, sheet: string, findings: readonly Finding[], severity: Finding["severity"], count: number): HTMLElement | null {
  const chosen = findings.filter((f) => f.severity === severity);
  if (chosen.length === 0) return null;
  const kind = severity === "error" ? "errors" : severity === "warning" ? "warnings" : "notes";
  const heading = t(locale, "findingGroup", { kind: t(locale, kind), count });
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
      el(
        "h2",
        { class: "table-heading" },
        t(locale, "tableHeading", { sheet: summary.sheet, range: summary.range, family: familyName(locale, summary.family) }),
      ),
      el("p", { class: "totals" }, totalsText(locale, summary)),
    );
    if (findings.length === 0) view.append(el("p", { class: "ok" }, t(locale, "noFindings")));
    const shown = shownFindings(summary, findings);
    const list = (severity: Finding["severity"]) => findingList(locale, summary.sheet, shown, severity, findings.filter((f) => f.severity === severity).length);
    view.append(...[list("error"), list("warning"), list("info")].filter((x): x is HTMLElement => x !== null));
  }
  return view;
}

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
