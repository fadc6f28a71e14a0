import { fail, quote } from "../errors";
import { mof2020Framework } from "./mof2020Framework";
import { mof2020Self } from "./mof2020Self";
import { sh2018 } from "./sh2018";
import { Rulebook } from "./types";

export * from "./types";

/** The built-in table families (rulebook §1), the seed's first. */
export const rulebooks: readonly Rulebook[] = [sh2018, mof2020Self, mof2020Framework];

export function getRulebook(id: string): Rulebook {
  const found = rulebooks.find((r) => r.id === id.trim().toLowerCase());
  if (!found) {
    const ids = rulebooks.map((r) => r.id);
    fail("value", `没有名为${quote(id)}的评分表模板，可选：${ids.join("、")}`, `No table family named ${quote(id)}; choose one of ${ids.join(", ")}`);
  }
  return found;
}
