import type ExcelJS from "exceljs";
import { cellAddress, rangeAddress } from "../core/address";
import { CellStyle, PlanCell, PlanValidation, Rect, SheetPlan } from "../core/plan";

/**
 * Writes a sheet plan into an ExcelJS workbook: the same cells, formats, merges, validations, names
 * and print setup the add-in writes, each formula with the value the core computed for it, so the
 * file shows the right numbers before Excel recalculates (and in viewers that never do).
 */
export function addPlanSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(plan.sheetName, {
    views: [{ state: "frozen", xSplit: 0, ySplit: plan.freezeRows, topLeftCell: cellAddress(plan.freezeRows, 0) }],
  });
  for (const { col, width } of plan.columnWidths) sheet.getColumn(col + 1).width = width;
  for (const { row, height } of plan.rowHeights) sheet.getRow(row + 1).height = height;

  for (const block of plan.blocks) {
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (!cell) return;
        const target = sheet.getCell(block.top + r + 1, block.left + c + 1);
        target.value = fileValue(cell);
        if (cell.numberFormat) target.numFmt = cell.numberFormat;
      }),
    );
  }
  for (const area of plan.areas) styleArea(sheet, area.range, plan.styles[area.style]);
  for (const m of plan.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const v of plan.validations) addValidation(sheet, v);

  const { titleRows } = plan.print;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: plan.print.orientation,
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: plan.print.fitToPagesWide,
    fitToHeight: 0,
    printTitlesRow: `${titleRows.top + 1}:${titleRows.bottom + 1}`,
    horizontalCentered: true,
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: `&C${plan.print.footer}` };
  addSheetNames(workbook, sheet, plan);
  return sheet;
}

/**
 * How Excel itself saves a custom function in a file: JX.GRADE( becomes _xldudf_JX_GRADE(. Excel
 * maps it back to the add-in's function when the add-in is loaded.
 */
export function fileFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(/\bJX\.([A-Z]+)\(/g, "_xldudf_JX_$1(");
}

function fileValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell.formula) return { formula: fileFormula(cell.formula), result: cell.value ?? "" } as ExcelJS.CellFormulaValue;
  return cell.value;
}

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

function styleArea(sheet: ExcelJS.Worksheet, r: Rect, style: CellStyle): void {
  const font: Partial<ExcelJS.Font> = { name: "宋体", size: style.fontSize ?? 11, bold: style.bold ?? false };
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  const alignment: Partial<ExcelJS.Alignment> = {
    horizontal: style.horizontal,
    vertical: style.vertical === "center" ? "middle" : "top",
    wrapText: style.wrap,
  };
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const cell = sheet.getCell(row + 1, col + 1);
      cell.font = font;
      cell.alignment = alignment;
      if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
      if (style.border) cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    }
  }
}

function addValidation(sheet: ExcelJS.Worksheet, v: PlanValidation): void {
  const rule = v.rule;
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: "填写说明 Input help",
    prompt: `${v.prompt.zh}\n${v.prompt.en}`.slice(0, 255),
    showErrorMessage: true,
    // No errorStyle: the schema's values are stop, warning and information, and stop (refuse the entry) is its default.
    errorTitle: "输入有误 Invalid entry",
    error: `${v.error.zh}\n${v.error.en}`.slice(0, 255),
  };
  const validation: ExcelJS.DataValidation =
    rule.kind === "list"
      ? { ...common, type: "list", formulae: [`"${rule.items.join(",")}"`] }
      : { ...common, type: "decimal", operator: "between", formulae: [rule.min, "maxFormula" in rule ? rule.maxFormula.replace(/^=/, "") : rule.max] };
  const { top, left, bottom, right } = v.range;
  (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    rangeAddress(top, left, bottom, right),
    validation,
  );
}

/**
 * ExcelJS writes workbook-wide names only, of ranges only; the plan's names are sheet-scoped and the
 * marker is a text. They are added to what ExcelJS renders into workbook.xml, with the sheet's index.
 */
function addSheetNames(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const localSheetId = workbook.worksheets.indexOf(sheet);
  const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
  const extra = plan.names.map((n) => ({
    name: n.name,
    localSheetId,
    ranges: ["ref" in n ? `${quoted}!${absolute(n.ref)}` : `"${n.text.replace(/"/g, '""')}"`],
  }));
  // ExcelJS would write the print area as $A1:$G24; written here it is fully absolute, as Excel writes it.
  extra.push({ name: "_xlnm.Print_Area", localSheetId, ranges: [`${quoted}!${absolute(plan.print.printArea)}`] });
  const names = workbook.definedNames as unknown as { model: unknown[] };
  const own = Object.getOwnPropertyDescriptor(names, "model");
  const inherited = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(names), "model")!;
  const base = own?.get ?? inherited.get!;
  Object.defineProperty(names, "model", {
    configurable: true,
    get() {
      return [...base.call(this), ...extra];
    },
    set(value: unknown) {
      inherited.set!.call(this, value);
    },
  });
}

function absolute(r: Rect): string {
  return rangeAddress(r.top, r.left, r.bottom, r.right).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}
