/**
 * The task pane builds its DOM with these helpers only. Text is always set as text (textContent),
 * never parsed as markup, so whatever a workbook holds shows as the characters it is.
 */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

const SVG = "http://www.w3.org/2000/svg";

export function svg(tag: string, attrs: Record<string, string | number>, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const child of children) {
    if (child) node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

let announcer: HTMLElement | null = null;

/** Tells screen readers what just happened, through the page's one polite live region. */
export function announce(text: string): void {
  announcer ??= document.getElementById("announcer");
  if (!announcer) return;
  // Clearing first makes a repeated message be read again.
  announcer.textContent = "";
  window.setTimeout(() => {
    if (announcer) announcer.textContent = text;
  }, 50);
}
