import { SaxesParser } from "saxes";
import { JxError } from "../core/errors";
import { damaged, XlsxLimits } from "./limits";
import { ZipArchive } from "./directory";
import { InflateBudget, readEntry } from "./zip";

export interface XmlHandlers {
  /** An element opens; `name` without its namespace prefix (x:c and c are the same cell). */
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Streams one part of the package through an XML parser as it inflates: the part is never held whole,
 * and a malformed one is a damaged file. Returns false when the package has no such part.
 */
export function readXmlPart(zip: ZipArchive, part: string, limits: XlsxLimits, budget: InflateBudget, handlers: XmlHandlers): boolean {
  const parser = new SaxesParser({ position: false });
  parser.on("opentag", (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  if (handlers.text) parser.on("text", handlers.text);
  const decoder = new TextDecoder("utf-8");
  try {
    const found = readEntry(zip, part, limits, budget, (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
    if (found) parser.write(decoder.decode()).close();
    return found;
  } catch (e) {
    if (e instanceof JxError) throw e;
    return damaged(`“${part}”不是有效的 XML`, `"${part}" is not valid XML`);
  }
}
