import { checklistItems, parseRuleTextCached } from "../ruleText";
import { attempt, differs, isNumber, tidy } from "./support/cells";
import { indicatorRows } from "./support/indicatorRows";
import { Check } from "./types";

/** Rulebook §2.6, §4.3: the points of a checklist rule's items add up to the row's weight. */
export const rulePoints: Check<"rule-points"> = {
  id: "rule-points",
  severity: "error",
  meta: { description: { zh: "评分规则各项分值之和应等于权重", en: "A checklist rule's item points add up to the weight" } },
  messages: {
    mismatch: {
      zh: "“{{name}}”的评分规则各项分值之和为{{actual}}，权重为{{expected}}",
      en: "The items of the rule of “{{name}}” add up to {{actual}} points, but its weight is {{expected}}",
    },
  },
  check(table, report, settings) {
    // Without a 评分规则 column no row has a rule text (most MoF forms score by their 年度指标值).
    if (table.columns.rule === undefined) return;
    const rows = indicatorRows(table);
    for (let i = 0; i < rows.length; i++) {
      const { indicator, weight } = rows[i];
      const ruleCell = indicator.rule;
      const text = ruleCell?.value;
      if (!ruleCell || typeof text !== "string" || !isNumber(weight)) continue;
      // A banded or deduction rule lists its items with scores too; only a checklist's points add up.
      if (parseRuleTextCached(text).kind !== "unreadable") continue;
      const checklist = attempt(() => checklistItems(text));
      // A checklist with an item the parser could not read is not added up from the items it could; items without
      // ①/1、 markers may be alternatives (到位及时(2分) 不及时(1分)), whose points are not added.
      if (!checklist || checklist.items.length === 0 || checklist.issues.some((i) => i.kind === "unreadable")) continue;
      if (checklist.items.some((item) => item.marker === "")) continue;
      const total = tidy(checklist.total);
      if (!differs(total, weight, settings.sumTolerance)) continue;
      report({
        messageId: "mismatch",
        cell: ruleCell.address,
        data: { name: indicator.name, actual: total, expected: weight },
        expected: weight,
        actual: total,
      });
    }
  },
};
