/**
 * How tall a row must be for its wrapped text to be read. Excel measures a column in widths of the
 * digit "0"; a Han character or full-width sign takes a little over two of them.
 */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2460-\u2473“”‘’—…]/u;
const LINE_HEIGHT = 14.5;
const PADDING = 4;
export const MIN_ROW_HEIGHT = 20;

export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2.1 : 1.1;
  return width;
}

/** Lines the text wraps into in a column this wide (one character is lost to padding). */
export function wrappedLines(text: string, columnWidth: number): number {
  const usable = Math.max(columnWidth - 1, 1);
  return text.split("\n").reduce((lines, part) => lines + Math.max(1, Math.ceil(textWidth(part) / usable)), 0);
}

export function rowHeightFor(lines: number): number {
  return Math.max(MIN_ROW_HEIGHT, Math.ceil(lines * LINE_HEIGHT + PADDING));
}
