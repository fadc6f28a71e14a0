import { el } from "./dom";

export interface Tab {
  id: string;
  label: string;
  /**
   * The panel's content; or what makes it the first time its tab is selected, for a panel whose code is
   * loaded only then (it must resolve, with a message in place of the panel if it cannot be made).
   */
  panel: HTMLElement | (() => Promise<HTMLElement>);
}

/** An ARIA tab list: one tab stop, arrow keys (and Home/End) move between tabs, the panel follows. */
export function tabs(label: string, items: readonly Tab[]): HTMLElement {
  const list = el("div", { role: "tablist", "aria-label": label, class: "tabs" });
  const buttons = items.map((item, i) =>
    el(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${item.id}`,
        "aria-controls": `panel-${item.id}`,
        "aria-selected": String(i === 0),
        tabindex: i === 0 ? "0" : "-1",
      },
      item.label,
    ),
  );
  const panels = items.map((item, i) =>
    el(
      "section",
      { role: "tabpanel", id: `panel-${item.id}`, "aria-labelledby": `tab-${item.id}`, tabindex: "0", hidden: i !== 0 },
      item.panel instanceof HTMLElement && item.panel,
    ),
  );
  /** The panels still to be made, by index. */
  const unmade = items.map((item) => (item.panel instanceof HTMLElement ? null : item.panel));
  const make = (index: number) => {
    const panel = unmade[index];
    if (!panel) return;
    unmade[index] = null;
    panels[index].setAttribute("aria-busy", "true");
    void panel().then((content) => {
      panels[index].append(content);
      panels[index].removeAttribute("aria-busy");
    });
  };
  const select = (index: number, focus: boolean) => {
    buttons.forEach((b, i) => {
      b.setAttribute("aria-selected", String(i === index));
      b.tabIndex = i === index ? 0 : -1;
      panels[i].hidden = i !== index;
    });
    make(index);
    if (focus) buttons[index].focus();
  };
  buttons.forEach((button, index) => {
    button.addEventListener("click", () => select(index, false));
    button.addEventListener("keydown", (event) => {
      const last = buttons.length - 1;
      const next: Record<string, number> = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last };
      if (event.key in next) {
        event.preventDefault();
        select(next[event.key], true);
      }
    });
  });
  list.append(...buttons);
  return el("div", { class: "tabbed" }, list, ...panels);
}
