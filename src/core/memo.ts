/**
 * Remembers what a function of a text returned. A sheet repeats the same text down a column (a rule
 * text, a 年度指标值, a keyword), and Excel calls a function once per cell, so each text is read once.
 * The oldest entry leaves when `limit` texts are held, which bounds memory over any sheet.
 * Making a cache does nothing else, so the minifier may drop one a bundle never calls (the annotation).
 */
/*#__NO_SIDE_EFFECTS__*/
export function memoized<T>(read: (text: string) => T, limit = 1000): (text: string) => T {
  const held = new Map<string, T>();
  return (text) => {
    const hit = held.get(text);
    if (hit !== undefined || held.has(text)) return hit as T;
    const value = read(text);
    if (held.size >= limit) held.delete(held.keys().next().value as string);
    held.set(text, value);
    return value;
  };
}
