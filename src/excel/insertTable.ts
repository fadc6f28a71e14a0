/// <reference types="office-js" />
import { rangeAddress } from "../core/address";
import { JxError } from "../core/errors";
import { isBlank } from "../core/numbers";
import { buildSheetPlan, GRADE_NAME, PlanFields, planCell, PlanValue, SheetPlan, TOTAL_NAME, uniqueSheetName } from "../core/plan";
import { getRulebook } from "../core/rulebooks";
import { applyPlan } from "./applyPlan";
import { MIN_EXCEL_API } from "./excelApi";
import { officeRequirements, Requirements } from "./readGrid";

/**
 * 插入评分表: writes a rulebook's sheet plan into a new worksheet (never touching another sheet), or
 * at the selection when the cells it needs are empty. Two context.sync() calls whatever the size:
 * one to read what must be known (sheet names, or the target cells), one to write everything.
 */
export interface InsertRequest {
  family: string;
  fields: PlanFields;
  example: boolean;
  /** newSheet: a new worksheet named 绩效自评表 (2)… as needed; selection: at the selected cell of the active sheet. */
  target: "newSheet" | "selection";
}

export interface Inserted {
  sheetName: string;
  /** The table's cells, e.g. A1:G24. */
  address: string;
  total: PlanValue;
  grade: PlanValue;
}

export async function insertTemplate(
  context: Excel.RequestContext,
  request: InsertRequest,
  requirements: Requirements | null = officeRequirements(),
): Promise<Inserted> {
  if (!requirements?.isSetSupported("ExcelApi", MIN_EXCEL_API)) {
    throw new JxError("value", {
      zh: `此 Excel 版本过旧，无法插入评分表：需要 ExcelApi ${MIN_EXCEL_API} 或更高（Microsoft 365、Excel 2021 及以上或网页版 Excel）。`,
      en: `This version of Excel is too old to insert the table: it needs ExcelApi ${MIN_EXCEL_API} or later (Microsoft 365, Excel 2021 or later, or Excel on the web).`,
    });
  }
  const rulebook = getRulebook(request.family);
  // What Excel itself refuses (cell-edit mode, a protected sheet) propagates with its code, for the pane to explain.
  return insertSheetPlan(context, (origin) => buildSheetPlan(rulebook, request.fields, { example: request.example, origin }), request.target);
}

/** A plan for a given top-left cell (A1 when none is given). */
export type PlanAt = (origin?: { row: number; col: number }) => SheetPlan;

/** Writes a plan where the request says; insertTemplate's work once the rulebook is known. */
export function insertSheetPlan(context: Excel.RequestContext, planAt: PlanAt, target: InsertRequest["target"]): Promise<Inserted> {
  return target === "selection" ? insertAtSelection(context, planAt) : insertAsNewSheet(context, planAt);
}

/** For the task pane: runs insertTemplate in its own Excel.run batch. */
export function runInsertTemplate(request: InsertRequest): Promise<Inserted> {
  return Excel.run((context) => insertTemplate(context, request));
}

async function insertAsNewSheet(context: Excel.RequestContext, planAt: PlanAt): Promise<Inserted> {
  const plan = planAt();
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const name = uniqueSheetName(
    plan.sheetName,
    sheets.items.map((s) => s.name),
  );
  const sheet = sheets.add(name);
  applyPlan(sheet, plan, { sheetSetup: true });
  sheet.activate();
  sheet.getRange("A1").select();
  await context.sync();
  return summary(plan, name);
}

async function insertAtSelection(context: Excel.RequestContext, planAt: PlanAt): Promise<Inserted> {
  // The plan's size does not depend on where it goes, so the target can be read relative to the
  // selection before its position is known: one read for position, contents and names.
  const size = planAt().extent;
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const anchor = context.workbook.getSelectedRange().getCell(0, 0);
  const target = anchor.getResizedRange(size.bottom - size.top, size.right - size.left);
  anchor.load("rowIndex,columnIndex");
  target.load("formulas,address");
  sheet.load("name");
  sheet.names.load("items/name");
  await context.sync();

  const plan = planAt({ row: anchor.rowIndex, col: anchor.columnIndex });
  const address = rangeAddress(plan.extent.top, plan.extent.left, plan.extent.bottom, plan.extent.right);
  if (target.formulas.some((row) => row.some((v) => !isBlank(v)))) {
    throw new JxError("value", {
      zh: `所选位置需要的区域 ${address} 中已有内容，插入会覆盖它们，已取消。请选择一块空白区域，或插入到新工作表。`,
      en: `The cells the table needs (${address}) are not empty, and inserting would overwrite them, so nothing was changed. Select an empty area, or insert into a new worksheet.`,
    });
  }
  const taken = new Set(sheet.names.items.map((n) => n.name.toUpperCase()));
  const clash = plan.names.find((n) => taken.has(n.name.toUpperCase()));
  if (clash) {
    throw new JxError("value", {
      zh: `工作表“${sheet.name}”中已有一张评分表（名称 ${clash.name} 已存在），已取消。请插入到新工作表。`,
      en: `Worksheet “${sheet.name}” already holds a scoring table (the name ${clash.name} exists), so nothing was changed. Insert into a new worksheet.`,
    });
  }
  applyPlan(sheet, plan, { sheetSetup: false });
  await context.sync();
  return summary(plan, sheet.name);
}

function summary(plan: SheetPlan, sheetName: string): Inserted {
  const at = (name: string) => {
    const n = plan.names.find((x) => x.name === name);
    return n && "ref" in n ? (planCell(plan, n.ref.top, n.ref.left)?.value ?? null) : null;
  };
  const { top, left, bottom, right } = plan.print.printArea;
  return { sheetName, address: rangeAddress(top, left, bottom, right), total: at(TOTAL_NAME), grade: at(GRADE_NAME) };
}
