/** Names as bytes made text, for the reader's zip entries and the CLI's folder listings alike. */
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A file name as bytes shown as text: UTF-8 when it is (or says it is), else GBK — what Chinese Windows
 * writes into zips without the UTF-8 flag, and what such zips leave on disk when unpacked elsewhere.
 */
export function decodeName(bytes: Uint8Array, flaggedUtf8 = false): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return new TextDecoder(flaggedUtf8 ? "utf-8" : "gbk").decode(bytes);
  }
}
