import type { Locale } from "../core/errors";
import { hasExample, rulebooks } from "../core/rulebooks";
import { el } from "./dom";
import { t } from "./i18n";
import { runTask } from "./task";

function field(id: string, label: string, input: HTMLInputElement, hint?: HTMLElement): HTMLElement {
  input.id = id;
  return el("div", { class: "field" }, el("label", { for: id }, label), input, hint);
}

/** 插入: pick a table family, type the project's fields, insert once. */
export function insertPanel(locale: Locale, root: HTMLElement): HTMLElement {
  // Radio buttons, not a drop-down: a narrow pane shows each family's whole title, wrapped.
  const families = rulebooks.map((book, i) => el("input", { type: "radio", id: `family-${book.id}`, name: "family", value: book.id, checked: i === 0 }));
  const chosenFamily = () => families.find((f) => f.checked)!.value;
  const hint = el("p", { id: "family-hint", class: "hint" });
  const example = el("input", { type: "checkbox", id: "example", name: "example" });
  // A family without example figures (the MoF framework) cannot be filled with them.
  const describe = () => {
    const book = rulebooks.find((b) => b.id === chosenFamily());
    hint.textContent = book?.description[locale] ?? "";
    example.disabled = !book || !hasExample(book);
    if (example.disabled) example.checked = false;
  };
  for (const f of families) f.addEventListener("change", describe);
  describe();

  const text = (name: string) => el("input", { name, type: "text", autocomplete: "off" });
  const projectName = text("projectName");
  const department = text("department");
  const implementer = text("implementer");
  const lastYear = String(new Date().getFullYear() - 1);
  const year = el("input", { name: "year", type: "text", inputmode: "numeric", value: lastYear, "aria-describedby": "year-error" });
  const yearError = el("p", { id: "year-error", class: "field-error", role: "alert" });
  const placeNew = el("input", { type: "radio", id: "place-new", name: "target", value: "newSheet", checked: true });
  const placeSelection = el("input", { type: "radio", id: "place-selection", name: "target", value: "selection" });
  const submit = el("button", { type: "submit", class: "primary", "data-action": "insert" }, t(locale, "insertButton"));
  const status = el("p", { class: "status", id: "insert-status" });

  const form = el(
    "form",
    { novalidate: true, "aria-labelledby": "tab-insert" },
    el(
      "fieldset",
      { "aria-describedby": "family-hint" },
      el("legend", {}, t(locale, "family")),
      ...rulebooks.map((book, i) => el("div", { class: "check" }, families[i], el("label", { for: families[i].id }, book.title[locale]))),
      hint,
    ),
    field("projectName", t(locale, "projectName"), projectName),
    field("department", t(locale, "department"), department),
    field("implementer", t(locale, "implementer"), implementer),
    field("year", t(locale, "year"), year, yearError),
    el("div", { class: "check" }, example, el("label", { for: "example" }, t(locale, "example"))),
    el(
      "fieldset",
      {},
      el("legend", {}, t(locale, "placement")),
      el("div", { class: "check" }, placeNew, el("label", { for: "place-new" }, t(locale, "placeNewSheet"))),
      el("div", { class: "check" }, placeSelection, el("label", { for: "place-selection" }, t(locale, "placeSelection"))),
    ),
    el("div", { class: "actions" }, submit),
    status,
  );

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const yearText = year.value.trim();
    if (yearText !== "" && !/^\d{4}$/.test(yearText)) {
      yearError.textContent = t(locale, "yearInvalid", { year: lastYear });
      year.setAttribute("aria-invalid", "true");
      year.focus();
      return;
    }
    yearError.textContent = "";
    year.removeAttribute("aria-invalid");
    void runTask(root, status, locale, t(locale, "inserting"), async () => {
      // The sheet plans and their writer are loaded on the first insert, not with the pane.
      const { runInsertTemplate } = await import("../excel/insertTable");
      const inserted = await runInsertTemplate({
        family: chosenFamily(),
        fields: { projectName: projectName.value.trim(), department: department.value.trim(), implementer: implementer.value.trim(), year: yearText },
        example: example.checked,
        target: placeSelection.checked ? "selection" : "newSheet",
      });
      const text = placeSelection.checked ? t(locale, "insertedAt", { range: inserted.address }) : t(locale, "inserted", { sheet: inserted.sheetName });
      return { tone: "success", text };
    });
  });
  return form;
}
