/**
 * The marker a template leaves on its sheet: a sheet-scoped defined name `JX_TEMPLATE` whose value
 * is the text "<family>@<version>" (e.g. "sh-2018@1"). The checks read it to know which rulebook,
 * and which edition of it, made the table, instead of guessing from the header words.
 */
export const TEMPLATE_MARKER_NAME = "JX_TEMPLATE";
/** Sheet-scoped names a template gives its total and grade cells, so readers find them however the table moves. */
export const TOTAL_NAME = "JX_TOTAL";
export const GRADE_NAME = "JX_GRADE";

export interface TemplateMarker {
  family: string;
  version: number;
}

const FAMILY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function formatTemplateMarker(marker: TemplateMarker): string {
  return `${marker.family}@${marker.version}`;
}

/**
 * Reads the marker text, tolerating the quotes and leading "=" a defined name's formula carries
 * (`="sh-2018@1"`). Returns null for anything else, so a hand-made name never passes for a marker.
 */
export function parseTemplateMarker(text: unknown): TemplateMarker | null {
  if (typeof text !== "string") return null;
  const bare = text
    .trim()
    .replace(/^=/, "")
    .replace(/^"(.*)"$/, "$1")
    .trim();
  const at = bare.lastIndexOf("@");
  if (at <= 0) return null;
  const family = bare.slice(0, at);
  const versionText = bare.slice(at + 1);
  if (!FAMILY.test(family) || !/^\d{1,6}$/.test(versionText)) return null;
  return { family, version: Number(versionText) };
}
