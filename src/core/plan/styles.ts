import { Message } from "../errors";
import { CellStyle, StyleName } from "./types";

/** The look of the official forms: thin borders, a shaded header, and a light fill on every cell the user fills in. */
export const INPUT_FILL = "#FFF2CC";
export const HEADER_FILL = "#D9E1F2";

export const STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { bold: true, fontSize: 16, horizontal: "center", vertical: "center", wrap: false, border: false },
  label: { bold: true, horizontal: "center", vertical: "center", wrap: true, border: true },
  header: { bold: true, fill: HEADER_FILL, horizontal: "center", vertical: "center", wrap: true, border: true },
  text: { horizontal: "left", vertical: "center", wrap: true, border: true },
  center: { horizontal: "center", vertical: "center", wrap: true, border: true },
  input: { fill: INPUT_FILL, horizontal: "center", vertical: "center", wrap: true, border: true },
  inputText: { fill: INPUT_FILL, horizontal: "left", vertical: "center", wrap: true, border: true },
  total: { bold: true, horizontal: "center", vertical: "center", wrap: true, border: true },
  note: { fontColor: "#595959", horizontal: "left", vertical: "top", wrap: true, border: false },
  helper: { fontColor: "#595959", horizontal: "center", vertical: "center", wrap: false, border: true },
};

export const SCORE_PROMPT: Message = {
  zh: "请输入自评分：0 到本行权重（分值）之间",
  en: "Enter the score: between 0 and this row's weight",
};
export const SCORE_ERROR: Message = {
  zh: "自评分应在 0 到本行权重（分值）之间，不能超过权重分",
  en: "The score must be between 0 and this row's weight",
};
export const WEIGHT_PROMPT: Message = { zh: "请输入权重（分值）：0 到 100", en: "Enter the weight: 0 to 100" };
export const WEIGHT_ERROR: Message = { zh: "权重（分值）应在 0 到 100 之间", en: "The weight must be between 0 and 100" };
export const MONEY_PROMPT: Message = { zh: "请输入金额（万元）", en: "Enter the amount (10,000 yuan)" };
export const MONEY_ERROR: Message = { zh: "金额应为不小于 0 的数", en: "The amount must be a number not below 0" };
export const TICK_PROMPT: Message = { zh: "该项达到填 ✓，未达到填 ✗", en: "✓ when the item holds, ✗ when it does not" };
export const TICK_ERROR: Message = { zh: "请从列表中选择 ✓ 或 ✗", en: "Choose ✓ or ✗ from the list" };
export const TICKS = ["✓", "✗"] as const;
