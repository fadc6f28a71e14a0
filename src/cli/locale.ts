import { Locale } from "../core/errors";

/**
 * The user's language from the locale variables, in POSIX order (LC_ALL, then LC_MESSAGES, then LANG):
 * Chinese, the product's first language, when none is set, for the C/POSIX locale and for zh_*; else English.
 */
export function envLocale(env: Record<string, string | undefined>): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return value === "" || /^(C|POSIX)([._@]|$)/.test(value) || /^zh/i.test(value) ? "zh" : "en";
}

/** English for a count of things: "1 file", "2 files". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** Control characters and bidirectional overrides a terminal would act on, shown as \xNN / \uNNNN instead. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a file (a name, a cell, a sheet) made safe to print on one line of a terminal. */
export function sanitise(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0").toUpperCase()}` : `\\u${code.toString(16).toUpperCase()}`;
  });
}

/**
 * Compares names the way a person counts: 单位2 before 单位10. Runs of digits compare by value, the rest by
 * code point, so the order is the same on every machine whatever its locale.
 */
export function naturalCompare(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const xDigits = /^\d/.test(x);
    const yDigits = /^\d/.test(y);
    if (xDigits && yDigits) {
      const xs = x.replace(/^0+(?=\d)/, "");
      const ys = y.replace(/^0+(?=\d)/, "");
      if (xs.length !== ys.length) return xs.length - ys.length;
      if (xs !== ys) return xs < ys ? -1 : 1;
      // Equal values: fewer leading zeros first, so 2 comes before 02 and the order stays total.
      return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}
