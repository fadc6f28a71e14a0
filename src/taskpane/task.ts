import type { Locale } from "../core/errors";
import { announce } from "./dom";
import { explainError } from "./explainError";

/** What a finished task tells the user. */
export interface Outcome {
  tone: "success" | "warning" | "error";
  text: string;
}

let running = false;

export function showStatus(status: HTMLElement, outcome: Outcome): void {
  status.className = `status ${outcome.tone}`;
  status.textContent = outcome.text;
  announce(outcome.text);
}

/**
 * Runs one task at a time: while it runs every action button is disabled, the pane is marked busy and
 * the status shows progress; a second click (a double click on 插入评分表) is ignored rather than doing
 * the work twice. Whatever happens ends as one status line, read out to screen readers: the task's own
 * outcome, or its failure explained in plain words.
 */
export async function runTask(root: HTMLElement, status: HTMLElement, locale: Locale, workingText: string, task: () => Promise<Outcome>): Promise<void> {
  if (running) return;
  running = true;
  const buttons = Array.from(root.querySelectorAll<HTMLButtonElement>("button[data-action]"));
  buttons.forEach((b) => (b.disabled = true));
  root.setAttribute("aria-busy", "true");
  status.className = "status working";
  status.textContent = workingText;
  try {
    showStatus(status, await task());
  } catch (e) {
    showStatus(status, { tone: "error", text: explainError(locale, e) });
  } finally {
    buttons.forEach((b) => (b.disabled = false));
    root.removeAttribute("aria-busy");
    running = false;
  }
}
