import { qualitativeTier, QualitativeTier, tierBounds } from "../rules";
import { isNumber } from "./support/cells";
import { indicatorRows } from "./support/indicatorRows";
import { targetOf } from "./support/indicatorValues";
import { Check } from "./types";

const TIER_NAMES: Record<QualitativeTier, { zh: string; en: string }> = {
  achieved: { zh: "达成", en: "achieved" },
  partial: { zh: "部分达成", en: "partly achieved" },
  missed: { zh: "未达成", en: "not achieved" },
};

/** Rulebook §2.5, §4.7: a qualitative indicator's score lies inside the tier its 实际完成值 names. */
export const qualitativeTierCheck: Check<"qualitative-tier"> = {
  id: "qualitative-tier",
  severity: "error",
  meta: { description: { zh: "定性指标得分应在实际完成情况对应的档次内", en: "A qualitative score lies inside the tier of what was achieved" } },
  messages: {
    outside: {
      zh: "“{{name}}”为“{{tier}}”，得分应在{{min}}至{{max}}之间{{open}}，实际为{{actual}}",
      en: "“{{name}}” is {{tierEn}}: its score must lie from {{min}} to {{max}}{{openEn}}, not {{actual}}",
    },
  },
  check(table, report) {
    const rows = indicatorRows(table);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const { indicator, score, weight } = row;
      if (typeof indicator.actual?.value !== "string" || targetOf(row)?.kind === "quantitative") continue;
      const tier = qualitativeTier(indicator.actual.value);
      const scoreCell = indicator.score;
      if (!tier || !scoreCell || !isNumber(score) || !isNumber(weight) || weight <= 0) continue;
      const { min, max, maxInclusive } = tierBounds(tier, weight);
      const inside = score >= min - 1e-9 && (maxInclusive ? score <= max + 1e-9 : score < max - 1e-9);
      if (inside) continue;
      report({
        messageId: "outside",
        cell: scoreCell.address,
        data: {
          name: indicator.name,
          tier: TIER_NAMES[tier].zh,
          tierEn: TIER_NAMES[tier].en,
          min,
          max,
          open: maxInclusive ? "" : "（不含）",
          openEn: maxInclusive ? "" : " (exclusive)",
          actual: score,
        },
        expected: `${min}–${max}`,
        actual: score,
      });
    }
  },
};
