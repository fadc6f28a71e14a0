import { UnreadPart } from "../table";
import { Check } from "./types";

/** What each unread part keeps from being checked, in the reviewer's words. */
const PART_MESSAGES: Record<UnreadPart["part"], string> = {
  "share-scoring": "shareScoring",
  "indicator-rows": "noRows",
  weights: "noWeights",
  funds: "fundsUnread",
};

/**
 * The first law, said once per part: a layout the reader only partly understood is flagged where it was not read,
 * instead of being judged from the part that was (a table with a whole part unread gets no other check at all).
 */
export const layout: Check<"layout"> = {
  id: "layout",
  severity: "info",
  meta: { description: { zh: "表格格式未能完整读取时说明未检查的部分", en: "Says which part of a table's layout was not read, so not checked" } },
  messages: {
    shareScoring: {
      zh: "本表按得分系数或权重占比折算得分，不是本工具核对的格式：未检查",
      en: "This table scores by coefficients or weight shares, a layout this tool does not check: not checked",
    },
    noRows: {
      zh: "表头下没有指标行（表格可能不完整）：指标部分未检查",
      en: "No indicator row below the header (the table may be incomplete): the indicators were not checked",
    },
    fundsUnread: {
      zh: "未能读取项目资金部分的格式：预算执行率得分、权重合计和总分未检查",
      en: "The layout of the funds block was not read: the execution-rate score, the weight total and the total score were not checked",
    },
    noWeights: {
      zh: "本表没有分值（权重）列，指标名称中也没有写分值：无法核对权重和得分，未检查",
      en: "This table has no weight column and its indicator names state no weight: weights and scores cannot be checked, not checked",
    },
  },
  check(table, report) {
    for (const part of table.unread) report({ messageId: PART_MESSAGES[part.part], cell: part.cell });
  },
};
