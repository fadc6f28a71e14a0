/// <reference types="office-js" />
import { checkGrid, CheckedTable } from "../core/checks";
import { Message } from "../core/errors";
import { Grid } from "../core/grid";
import { gridFrom, officeRequirements, queueGridRead, Requirements } from "./readGrid";

/** What 校验 shows: every table of the sheet with its findings, and a summary of the first table. */
export interface ValidationReport {
  sheet: string;
  tables: CheckedTable[];
  summary: { total: number | null; grade: string | null; errors: number; warnings: number };
  /** Set when the sheet holds no indicator table. */
  notice: Message | null;
}

export const NO_TABLE: Message = {
  zh: "当前工作表中未找到指标评分表：表头应包含“指标名称/三级指标”和“权重/分值”等列名。",
  en: "No indicator table on this sheet: its header needs columns such as 指标名称/三级指标 and 权重/分值.",
};

/** 校验: reads the active sheet's used range in one context.sync() and checks every table on it. */
export async function validateActiveSheet(context: Excel.RequestContext, requirements: Requirements | null = officeRequirements()): Promise<ValidationReport> {
  const queued = queueGridRead(context.workbook.worksheets.getActiveWorksheet(), requirements);
  await context.sync();
  return validationReport(gridFrom(queued));
}

function validationReport(grid: Grid): ValidationReport {
  const tables = checkGrid(grid);
  const first = tables[0]?.summary;
  const all = tables.flatMap((t) => t.findings);
  const errors = all.filter((f) => f.severity === "error").length;
  return {
    sheet: grid.sheet,
    tables,
    summary: { total: first?.totalScore ?? null, grade: first?.grade ?? null, errors, warnings: all.filter((f) => f.severity === "warning").length },
    notice: tables.length === 0 ? NO_TABLE : null,
  };
}

/** Selects a finding's cell (and shows its sheet) so the user sees what is wrong. */
export async function selectFinding(context: Excel.RequestContext, sheetName: string, cell: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
}

export function runValidate(): Promise<ValidationReport> {
  return Excel.run((context) => validateActiveSheet(context));
}

export function runSelectFinding(sheetName: string, cell: string): Promise<void> {
  return Excel.run((context) => selectFinding(context, sheetName, cell));
}
