import ExcelJS from "exceljs";
import { cellAddress } from "../../src/core/address";
import { buildSheetPlan } from "../../src/core/plan";
import { hasExample, rulebooks } from "../../src/core/rulebooks";
import { templateWorkbook } from "../../src/cli/template";
import { fileFormula } from "../../src/cli/xlsxTemplate";
import { applyPlan } from "../../src/excel/applyPlan";
import { fakeExcel } from "../support/fakeExcel";

const FIELDS = { projectName: "项目", department: "部门", implementer: "单位", year: "2024" };

/** The add-in and the CLI write one plan; read back, their sheets must hold the same cells. */
describe.each(rulebooks.map((r) => [r.id, r] as const))("%s: the Excel writer and the .xlsx writer agree", (_id, rulebook) => {
  it("on every cell's formula or value, number format and merge", async () => {
    const plan = buildSheetPlan(rulebook, FIELDS, { example: hasExample(rulebook) });
    const { context } = fakeExcel([]);
    const fake = context.workbook.worksheets.add(plan.sheetName);
    applyPlan(fake as unknown as Excel.Worksheet, plan, { sheetSetup: true });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await templateWorkbook(plan).xlsx.writeBuffer());
    const file = workbook.worksheets[0];

    const differences: string[] = [];
    for (let row = plan.extent.top; row <= plan.extent.bottom; row++) {
      for (let col = plan.extent.left; col <= plan.extent.right; col++) {
        const address = cellAddress(row, col);
        const inExcel = fake.peek(address);
        const inFile = file.getCell(address);
        // ExcelJS shows a merged area's value in each of its cells; only its first cell holds it.
        const own = inFile.master === inFile;
        const fileContent = !own ? "" : inFile.formula ? `=${inFile.formula}` : (inFile.value ?? "");
        const excelContent = inExcel?.formula ? fileFormula(inExcel.formula).replace(/^/, "=") : (inExcel?.value ?? "");
        if (fileContent !== excelContent) differences.push(`${address}: file ${JSON.stringify(fileContent)} vs Excel ${JSON.stringify(excelContent)}`);
        const format = (inExcel?.numberFormat ?? "General") === "General" ? undefined : inExcel?.numberFormat;
        if (own && (inFile.numFmt || undefined) !== format) differences.push(`${address}: format ${inFile.numFmt} vs ${format}`);
      }
    }
    expect(differences).toEqual([]);
    const fileMerges = (file.model as unknown as { merges: string[] }).merges.sort();
    const excelMerges = fake.merges.map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).sort();
    expect(fileMerges).toEqual(excelMerges);
  });
});
