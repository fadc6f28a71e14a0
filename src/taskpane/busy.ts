/**
 * One task at a time: while a task runs every action button is disabled and the pane is marked busy,
 * and a second click (a double click on 插入评分表) is ignored rather than inserting twice.
 */
let running = false;

export async function exclusive(root: HTMLElement, status: HTMLElement, workingText: string, task: () => Promise<void>): Promise<void> {
  if (running) return;
  running = true;
  const buttons = Array.from(root.querySelectorAll<HTMLButtonElement>("button[data-action]"));
  buttons.forEach((b) => (b.disabled = true));
  root.setAttribute("aria-busy", "true");
  status.textContent = workingText;
  status.className = "status working";
  try {
    await task();
  } finally {
    buttons.forEach((b) => (b.disabled = false));
    root.removeAttribute("aria-busy");
    running = false;
  }
}
