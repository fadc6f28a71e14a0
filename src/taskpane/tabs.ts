import { el } from "./dom";

export interface Tab {
  id: string;
  label: string;
  panel: HTMLElement;
}

/** An ARIA tab list: one tab stop, arrow keys (and Home/End) move between tabs, the panel follows. */
export function tabs(label: string, items: readonly Tab[]): HTMLElement {
  const list = el("div", { role: "tablist", "aria-label": label, class: "tabs" });
  const buttons = items.map((item, i) =>
    el("button", { type: "button", role: "tab", id: `tab-${item.id}`, "aria-controls": `panel-${item.id}`, "aria-selected": String(i === 0), tabindex: i === 0 ? "0" : "-1" }, item.label),
  );
  const panels = items.map((item, i) => {
    const panel = el("section", { role: "tabpanel", id: `panel-${item.id}`, "aria-labelledby": `tab-${item.id}`, tabindex: "0", hidden: i !== 0 }, item.panel);
    return panel;
  });
  const select = (index: number, focus: boolean) => {
    buttons.forEach((b, i) => {
      b.setAttribute("aria-selected", String(i === index));
      b.tabIndex = i === index ? 0 : -1;
      panels[i].hidden = i !== index;
    });
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
