import { Finding, TableSummary } from "../core/checks";
import type { Locale } from "../core/errors";
import { rulebooks } from "../core/rulebooks";
import { runSelectFinding, ValidationReport } from "../excel/validate";
import { announce, el } from "./dom";
import { explainError } from "./explainError";
import { t, totalsText } from "./i18n";

/*
 * What 校验 shows of a report. It is loaded with the checks on the first 校验, so the pane's first paint
 * does not carry the table reader and the checks.
 */

function familyName(locale: Locale, family: string): string {
  return rulebooks.find((b) => b.id === family)?.title[locale] ?? t(locale, "unknownFamily");
}

/**
 * A table with no score anywhere (just inserted, say) would list one 缺少得分 per indicator: its empty
 * scores are said once instead, pointing at the first; the counts still count each.
 */
function shownFindings(summary: TableSummary, findings: readonly Finding[]): Finding[] {
  const empty = findings.filter((f) => f.rule === "score-invalid" && f.messageId === "missing");
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

export function reportView(locale: Locale, report: ValidationReport): HTMLElement {
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
