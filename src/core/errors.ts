/**
 * The one error type of the core. Every rule fails with a JxError carrying an
 * Excel-like code and a message in both languages, so that the custom
 * functions, the checks and the CLI can show it without knowing the rule.
 */
export type JxErrorCode = "value" | "div0" | "num" | "na";

/** A user-visible text in both languages the product speaks. */
export interface Message {
  zh: string;
  en: string;
}

export type Locale = "zh" | "en";

export class JxError extends Error {
  readonly code: JxErrorCode;
  readonly text: Message;

  constructor(code: JxErrorCode, text: Message) {
    super(text.zh);
    this.name = "JxError";
    this.code = code;
    this.text = text;
  }

  messageIn(locale: Locale): string {
    return this.text[locale];
  }
}

/** Throws a JxError; typed `never` so callers can use it in expressions. */
export function fail(code: JxErrorCode, zh: string, en: string): never {
  throw new JxError(code, { zh, en });
}

/** Shows a value the user typed inside a message, quoted and shortened. */
export function quote(value: unknown): string {
  // Objects are named by their tag: one without a prototype, or with a throwing toString, must not crash a message.
  const opaque = (typeof value === "object" && value !== null) || typeof value === "function";
  const text = typeof value === "string" ? value : opaque ? Object.prototype.toString.call(value) : String(value);
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `“${short}”`;
}
