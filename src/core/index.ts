/**
 * The host-independent core of 绩效自评助手, for other programs: `import { execRateScore } from "jixiao-addin"`.
 * Everything here is pure TypeScript with no Office, DOM or Node imports.
 */
export * from "./errors";
export * from "./numbers";
export * from "./round";
export * from "./address";
export * from "./bands";
export * from "./rules";
export * from "./ruleText";
export * from "./templateMarker";
export { rulebooks, getRulebook, isGroup, hasExample } from "./rulebooks";
export type { Rulebook, Indicator, IndicatorGroup, IndicatorRule, CheckId } from "./rulebooks";
export { buildSheetPlan, planCell, uniqueSheetName } from "./plan";
export type { SheetPlan, PlanCell, PlanFields } from "./plan";
export * from "./grid";
export { readTables, guessFamily, markedFamily } from "./table";
export type { IndicatorTable, TableFamily, FundsRow, ColumnRole, Indicator as TableIndicator, IndicatorGroup as TableGroup } from "./table";
export * from "./checks";
