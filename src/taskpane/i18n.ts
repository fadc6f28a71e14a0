/** Every string the task pane shows, one catalog per language; zh-CN first. */
import type { Locale } from "../core/errors";

const zh = {
  appTitle: "绩效自评助手",
  loading: "正在加载…",
  notInExcelTitle: "请在 Excel 中打开",
  notInExcelBody: "绩效自评助手是 Excel 加载项，需要在 Excel 中使用：在“开始”选项卡的“绩效自评”组中点击“绩效自评助手”。直接在浏览器中打开此页面无法操作工作簿。",
  tooOldTitle: "Excel 版本过旧",
  tooOldBody: "此功能需要 Microsoft 365、Excel 2021 或更高版本，或网页版 Excel。Excel 2016/2019 批量许可版和 WPS 无法运行本加载项。",
};

export type MessageId = keyof typeof zh;
type Catalog = Record<MessageId, string>;

const en: Catalog = {
  appTitle: "Self-Evaluation Assistant",
  loading: "Loading…",
  notInExcelTitle: "Open this in Excel",
  notInExcelBody: "The Self-Evaluation Assistant is an Excel add-in: open it from the Self-evaluation group on Excel's Home tab. Opened directly in a browser, this page cannot work on a workbook.",
  tooOldTitle: "This Excel is too old",
  tooOldBody: "This needs Microsoft 365, Excel 2021 or later, or Excel on the web. Volume-licensed Excel 2016/2019 and WPS cannot run this add-in.",
};

const catalogs: Record<Locale, Catalog> = { zh, en };

/** Chinese unless the language given (Office's display language, or the browser's) is another. */
export function localeOf(language: string | undefined | null): Locale {
  return !language || language.toLowerCase().startsWith("zh") ? "zh" : "en";
}

export function t(locale: Locale, id: MessageId): string {
  return catalogs[locale][id];
}
