import { grade, GRADE_LABELS_LONG, GRADE_LABELS_SHORT, GradeLabels } from "../rules";
import { attempt, cellNumber, isNumber } from "./support/cells";
import { expectedTotal } from "./support/totals";
import { Check } from "./types";

const LABEL_SETS: readonly GradeLabels[] = [GRADE_LABELS_SHORT, GRADE_LABELS_LONG];
/** A grade cell may say more than its label (优秀（97分）): the longest label it starts with is the grade. */
const LABELS_LONGEST_FIRST = LABEL_SETS.flat().sort((a, b) => b.length - a.length);

/** Rulebook §3, §4.10: the grade label agrees with the total. */
export const gradeCheck: Check<"grade"> = {
  id: "grade",
  severity: "error",
  meta: { description: { zh: "等级应与总分相符", en: "The grade agrees with the total" } },
  messages: {
    mismatch: { zh: "总分{{total}}对应的等级为“{{expected}}”，表中为“{{actual}}”", en: "A total of {{total}} is graded “{{expected}}”, not “{{actual}}”" },
    unknown: {
      zh: "无法识别的等级“{{actual}}”：应为优/良/中/差或优秀/良好/合格/不合格",
      en: "Unknown grade “{{actual}}”: use 优/良/中/差 or 优秀/良好/合格/不合格",
    },
  },
  check(table, report, settings) {
    const cell = table.grade;
    if (!cell || typeof cell.value !== "string" || cell.value.trim() === "") return;
    const text = cell.value.normalize("NFKC").replace(/\s+/g, "");
    const label = LABELS_LONGEST_FIRST.find((l) => text.startsWith(l));
    if (!label) {
      report({ messageId: "unknown", cell: cell.address, data: { actual: text }, actual: text });
      return;
    }
    const labels = LABEL_SETS.find((set) => set.includes(label))!;
    const stated = cellNumber(table.total?.score ?? null);
    const total = isNumber(stated) ? stated : expectedTotal(table);
    if (total === null) return;
    const expected = attempt(() => grade(total, labels, settings.gradeCutoffs));
    if (expected === null || expected === label) return;
    report({ messageId: "mismatch", cell: cell.address, data: { total, expected, actual: label }, expected, actual: label });
  },
};
