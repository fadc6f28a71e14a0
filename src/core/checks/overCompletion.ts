import { isNumber } from "./support/cells";
import { indicatorRows } from "./support/indicatorRows";
import { actualForTarget, targetOf } from "./support/indicatorValues";
import { Check } from "./types";

/** Rulebook §2.8, §4.11: far above a higher-is-better target, the target may have been set too low. */
export const overCompletion: Check<"over-completion"> = {
  id: "over-completion",
  severity: "warning",
  meta: { description: { zh: "实际完成值远超年度指标值时应说明原因", en: "An actual value far above its target needs an explanation" } },
  messages: {
    over: {
      zh: "“{{name}}”实际完成值达到年度指标值的{{ratio}}倍（超过{{limit}}倍），指标值可能设置偏低，请说明原因",
      en: "The actual value of “{{name}}” is {{ratio}} times its target (more than {{limit}}): the target may be too low; please explain",
    },
  },
  check(table, report, settings) {
    const rows = indicatorRows(table);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const { indicator } = row;
      const target = targetOf(row);
      if (target?.kind !== "quantitative" || (target.comparator !== ">=" && target.comparator !== ">") || target.value <= 0) continue;
      const actual = actualForTarget(row);
      if (!indicator.actual || !isNumber(actual) || actual < settings.overCompletionRatio * target.value - 1e-12) continue;
      const ratio = Math.round((actual / target.value) * 100) / 100;
      report({
        messageId: "over",
        cell: indicator.actual.address,
        data: { name: indicator.name, ratio, limit: settings.overCompletionRatio },
        expected: target.value,
        actual,
      });
    }
  },
};
