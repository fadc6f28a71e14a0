/** A1-style cell addresses: rows and columns are 0-based inside the core, 1-based in A1 text. */

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function columnLetters(col: number): string {
  // A table's columns are nearly always A–Z: every cell the reader makes names one.
  if (col >= 0 && col < 26) return LETTERS.charAt(col);
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const start = cellAddress(top, left);
  return top === bottom && left === right ? start : `${start}:${cellAddress(bottom, right)}`;
}

/** Parses "B12" (or "$B$12") into 0-based row and column; null when it is not an address. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
