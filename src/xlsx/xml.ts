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
 * One parser and one decoder serve every part, one part at a time: a workbook has several small parts and
 * making them anew for each was a good part of reading one. Both start afresh after a part that failed.
 */
const fresh = () => ({ parser: new SaxesParser({ position: false }), decoder: new TextDecoder("utf-8") });
let reusable: ReturnType<typeof fresh> | null = null;

/**
 * Streams one part of the package through an XML parser as it inflates: the part is never held whole,
 * and a malformed one is a damaged file. Returns false when the package has no such part.
 */
export function readXmlPart(zip: ZipArchive, part: string, limits: XlsxLimits, budget: InflateBudget, handlers: XmlHandlers): boolean {
  const { parser, decoder } = reusable ?? fresh();
  reusable = null;
  parser.on("opentag", (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  const { close, text } = handlers;
  if (close) parser.on("closetag", (tag) => close(localName(tag.name)));
  else parser.off("closetag");
  if (text) parser.on("text", text);
  else parser.off("text");
  try {
    const found = readEntry(zip, part, limits, budget, (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
    if (found) parser.write(decoder.decode()).close();
    // Only a part read to its end (or not there) leaves both ready for the next.
    reusable = { parser, decoder };
    return found;
  } catch (e) {
    if (e instanceof JxError) throw e;
    return damaged(`“${part}”不是有效的 XML`, `"${part}" is not valid XML`);
  }
}
