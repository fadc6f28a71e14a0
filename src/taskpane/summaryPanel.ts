import type { GroupSummary, TableSummary } from "../core/checks";
import type { Locale } from "../core/errors";
import { runInsertSummaryChart } from "../excel/summaryChart";
import { el, svg } from "./dom";
import { t, totalsText } from "./i18n";
import { runTask } from "./task";

const BAR_WIDTH = 240;
const BAR_HEIGHT = 14;

/** A small bar picture: for each first-level indicator, its score drawn over its weight. */
function bars(locale: Locale, groups: readonly GroupSummary[]): HTMLElement {
  const list = el("ul", { class: "bars" });
  for (const g of groups) {
    const text = t(locale, "scoreOfWeight", { name: g.name, score: g.score ?? "—", weight: g.weight ?? "—" });
    const share = g.weight && g.score !== null ? Math.max(0, Math.min(1, g.score / g.weight)) : 0;
    const picture = svg(
      "svg",
      { width: BAR_WIDTH, height: BAR_HEIGHT, viewBox: `0 0 ${BAR_WIDTH} ${BAR_HEIGHT}`, "aria-hidden": "true", focusable: "false" },
      svg("rect", { class: "bar-weight", x: 0, y: 0, width: BAR_WIDTH, height: BAR_HEIGHT, rx: 2 }),
      svg("rect", { class: "bar-score", x: 0, y: 0, width: Math.round(BAR_WIDTH * share), height: BAR_HEIGHT, rx: 2 }),
    );
    list.append(el("li", {}, el("span", { class: "bar-label" }, text), picture));
  }
  return list;
}

function summaryView(locale: Locale, summary: TableSummary): HTMLElement {
  return el(
    "div",
    { class: "summary" },
    el("p", { class: "totals" }, totalsText(locale, summary)),
    el("h2", { class: "summary-title" }, t(locale, "summaryTitle")),
    bars(locale, summary.groups),
  );
}

/** 汇总: the active table's total and grade, each first-level indicator's score against its weight, a chart. */
export function summaryPanel(locale: Locale, root: HTMLElement): HTMLElement {
  const status = el("p", { class: "status", id: "summary-status" });
  const results = el("div", { class: "results" });
  const summaryButton = el("button", { type: "button", class: "primary", "data-action": "summary" }, t(locale, "summaryButton"));
  const chartButton = el("button", { type: "button", "data-action": "chart", hidden: true }, t(locale, "chartButton"));
  let current: TableSummary | null = null;

  summaryButton.addEventListener("click", () =>
    runTask(root, status, locale, t(locale, "working"), async () => {
      const { NO_TABLE, runValidate } = await import("../excel/validate");
      const validation = await runValidate();
      current = validation.tables[0]?.summary ?? null;
      chartButton.hidden = current === null || current.groups.length === 0;
      if (current === null) {
        results.replaceChildren();
        return { tone: "warning", text: (validation.notice ?? NO_TABLE)[locale] };
      }
      results.replaceChildren(summaryView(locale, current));
      return { tone: "success", text: t(locale, "summarized", { count: current.groups.length }) };
    }),
  );

  chartButton.addEventListener("click", () =>
    runTask(root, status, locale, t(locale, "working"), async () => {
      if (current) {
        await runInsertSummaryChart(current, {
          title: t(locale, "summaryTitle"),
          name: t(locale, "groupColumn"),
          weight: t(locale, "weightColumn"),
          score: t(locale, "scoreColumn"),
        });
      }
      return { tone: "success", text: t(locale, "chartInserted") };
    }),
  );

  return el("div", { class: "panel-body" }, el("div", { class: "actions" }, summaryButton, chartButton), status, results);
}
