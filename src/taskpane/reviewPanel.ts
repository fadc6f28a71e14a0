import type { Locale } from "../core/errors";
import { announce, el } from "./dom";
import { t } from "./i18n";
import type { ChosenFile as Chosen } from "./review.worker";
import { reviewFiles } from "./reviewRun";
import { Outcome, runTask, showStatus } from "./task";

/** How often, at most, the progress is read out: each file's name would drown a screen reader. */
const ANNOUNCE_EVERY_MS = 2000;

const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);

/** The .xlsx files among those given, by path; Excel's ~$ lock files, which sit beside open workbooks, left out. */
function xlsxOnly(files: Chosen[]): Chosen[] {
  return files.filter((f) => /\.xlsx$/i.test(f.name) && !baseName(f.name).startsWith("~$")).sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
}

const chosenFrom = (files: FileList | null): Chosen[] => Array.from(files ?? [], (file) => ({ name: file.webkitRelativePath || file.name, file }));

/** Every file under a dropped entry, folders read recursively. */
async function entryFiles(entry: FileSystemEntry): Promise<Chosen[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [{ name: entry.fullPath.replace(/^\//, ""), file }];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries gives a folder's entries in batches, then an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  return (await Promise.all(children.map(entryFiles))).flat();
}

/** What was dropped: files, and the files inside dropped folders where the host lets a page read them. */
async function droppedFiles(data: DataTransfer): Promise<Chosen[]> {
  // Entries must be taken before the first await: the drop's data is gone after the event.
  const entries = Array.from(data.items, (item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null)) return chosenFrom(data.files);
  return (await Promise.all(entries.map((e) => entryFiles(e!)))).flat();
}

/** 批量审核: choose, or drop, many .xlsx files; each is read and checked in a worker, and the results become two new sheets. */
export function reviewPanel(locale: Locale, root: HTMLElement): HTMLElement {
  const status = el("p", { class: "status", id: "review-status" });
  const filesInput = el("input", {
    type: "file",
    id: "review-files",
    multiple: true,
    accept: ".xlsx",
    class: "visually-hidden",
    tabindex: "-1",
    "aria-hidden": "true",
  });
  const folderInput = el("input", {
    type: "file",
    id: "review-folder",
    webkitdirectory: true,
    class: "visually-hidden",
    tabindex: "-1",
    "aria-hidden": "true",
  });
  const filesButton = el("button", { type: "button", class: "primary", "data-action": "review-files" }, t(locale, "reviewFiles"));
  // A folder picker only where the host's browser has one.
  const folderButton = el(
    "button",
    { type: "button", "data-action": "review-folder", hidden: !("webkitdirectory" in HTMLInputElement.prototype) },
    t(locale, "reviewFolder"),
  );
  const progressText = el("p", { id: "review-progress-text" });
  const progress = el("progress", { id: "review-progress", "aria-labelledby": "review-progress-text", max: "1", value: "0" });
  const cancelButton = el("button", { type: "button", id: "review-cancel" }, t(locale, "reviewCancel"));
  const progressBox = el("div", { class: "review-progress", hidden: true }, progressText, progress, el("div", { class: "actions" }, cancelButton));
  let cancel: AbortController | null = null;

  cancelButton.addEventListener("click", () => cancel?.abort());
  filesButton.addEventListener("click", () => filesInput.click());
  folderButton.addEventListener("click", () => folderInput.click());

  const review = (given: Chosen[]) => {
    const files = xlsxOnly(given);
    if (files.length === 0) {
      showStatus(status, { tone: "warning", text: t(locale, "reviewNoXlsx") });
      return;
    }
    void runTask(root, status, locale, t(locale, "reviewStarting"), async (): Promise<Outcome> => {
      const controller = (cancel = new AbortController());
      let announcedAt = -Infinity;
      const onReading = (index: number, name: string) => {
        const text = t(locale, "reviewProgress", { n: index + 1, total: files.length, file: name });
        progress.max = files.length;
        progress.value = index;
        progressText.textContent = text;
        if (performance.now() - announcedAt >= ANNOUNCE_EVERY_MS) {
          announcedAt = performance.now();
          announce(text);
        }
      };
      progressText.textContent = t(locale, "reviewStarting");
      progress.removeAttribute("value");
      cancelButton.hidden = false;
      progressBox.hidden = false;
      try {
        const onWriting = () => {
          // Excel's write cannot be stopped half way: from here on there is nothing to cancel.
          cancelButton.hidden = true;
          progress.value = files.length;
          progressText.textContent = t(locale, "reviewWriting");
        };
        const result = await reviewFiles(files, locale, { onReading, onWriting }, controller.signal);
        if (result === null) return { tone: "warning", text: t(locale, "reviewCancelled") };
        const { totals, written } = result;
        const tone = totals.errors > 0 || totals.unreadable > 0 ? "error" : totals.warnings > 0 ? "warning" : "success";
        return { tone, text: t(locale, "reviewDone", { ...totals, summary: written.summarySheet, detail: written.detailSheet }) };
      } finally {
        cancel = null;
        progressBox.hidden = true;
      }
    });
  };

  for (const input of [filesInput, folderInput]) {
    input.addEventListener("change", () => {
      const given = chosenFrom(input.files);
      // Emptied, so that choosing the same files again is a change too.
      input.value = "";
      review(given);
    });
  }

  const body = el(
    "div",
    { class: "panel-body review-drop" },
    el("p", { class: "hint" }, t(locale, "reviewIntro")),
    el("div", { class: "actions" }, filesButton, folderButton),
    filesInput,
    folderInput,
    el("p", { class: "hint" }, t(locale, "reviewDrop")),
    progressBox,
    status,
  );
  body.addEventListener("dragover", (event) => {
    event.preventDefault();
    body.classList.add("dragging");
  });
  body.addEventListener("dragleave", () => body.classList.remove("dragging"));
  body.addEventListener("drop", (event) => {
    event.preventDefault();
    body.classList.remove("dragging");
    if (event.dataTransfer) void droppedFiles(event.dataTransfer).then(review, () => review(chosenFrom(event.dataTransfer!.files)));
  });
  return body;
}
