import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { SaxesParser } from "saxes";
import { tmpdir } from "os";
import { join } from "path";
import { cellAddress } from "../../src/core/address";
import { buildSheetPlan } from "../../src/core/plan";
import { getRulebook, rulebooks } from "../../src/core/rulebooks";
import { parseTemplateArgs, template } from "../../src/cli/template";
import { fileFormula } from "../../src/cli/xlsxTemplate";

const dir = mkdtempSync(join(tmpdir(), "jixiao-template-"));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await template(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

async function open(path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets[0];
}

const FIELD_ARGS = ["--name", "信息化运行维护", "--department=上海市崇明区人民检察院", "--implementer", "检务保障部", "--year", "2018"];

describe("jixiao template --example (sh-2018)", () => {
  const out = join(dir, "sh.xlsx");
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const result = await run(["--example", ...FIELD_ARGS, out]);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toBe(`已写入 ${out}（sh-2018@1，总分 97.00，等级 优秀）\n`);
    sheet = await open(out);
  });

  it("writes the table with the project's fields", () => {
    expect(sheet.name).toBe("绩效自评表");
    expect(sheet.getCell("A1").value).toBe("项目支出绩效自评指标评分表（2018年度）");
    expect(sheet.getCell("B2").value).toBe("信息化运行维护");
    expect(sheet.getCell("E2").value).toBe("上海市崇明区人民检察院");
    expect(sheet.getCell("B6").value).toBe("项目设立的规范性");
  });

  it("keeps each formula with the value the core computed, so the file shows 97 before any recalculation", () => {
    expect(sheet.getCell("F23").value).toEqual({ formula: "SUM(F5,F12,F17)", result: 97 });
    expect(sheet.getCell("F8").value).toEqual({ formula: 'IF(OR(G3="",E8="",D8=""),"",_xldudf_JX_RULESCORE(G3,E8,D8))', result: 8 });
    expect(sheet.getCell("F24").value).toMatchObject({ result: "优秀" });
    const plan = buildSheetPlan(getRulebook("sh-2018"), { projectName: "", department: "", implementer: "", year: "" }, { example: true });
    plan.blocks[0].cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell?.formula) return;
        const value = sheet.getCell(cellAddress(r, c)).value as ExcelJS.CellFormulaValue;
        expect([cellAddress(r, c), value.formula, value.result ?? ""]).toEqual([cellAddress(r, c), fileFormula(cell.formula), cell.value]);
      }),
    );
  });

  it("keeps merges, number formats, fills and validations", () => {
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(["A1:G1", "A5:A11", "A12:A16", "A17:A22"]));
    expect(sheet.getCell("F6").numFmt).toBe("0.00");
    expect(sheet.getCell("G3").numFmt).toBe("0.00%");
    expect(sheet.getCell("B3").numFmt).toBe("#,##0.00");
    expect(sheet.getCell("F13").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    // ExcelJS reads a validation back cell by cell and cannot read a formula bound: see the XML below.
    expect(validations.F14).toMatchObject({ type: "decimal", operator: "between" });
    expect(validations.F14.error).toContain("自评分");
    expect(validations.I6).toMatchObject({ type: "list", formulae: ['"✓,✗"'] });
    for (const v of Object.values(validations)) expect(JSON.stringify(v.formulae)).not.toMatch(/JX/);
  });

  it("bounds each typed score by its row's weight, relative to the range's first cell", async () => {
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toMatch(/<dataValidation type="decimal"[^>]*sqref="F13:F16"[^>]*>\s*<formula1>0<\/formula1>\s*<formula2>D13<\/formula2>/);
  });

  it("prints A4 landscape, one page wide, the header repeated, page numbers in the footer; freezes the header", () => {
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "4:4" });
    expect(sheet.pageSetup.printArea).toBe("A1:G24");
    expect(sheet.headerFooter.oddFooter).toContain("&P");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  });

  it("names the total, the grade and the template, scoped to the sheet", async () => {
    const zip = await JSZip.loadAsync(readFileSync(out));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toContain(`<definedName name="JX_TOTAL" localSheetId="0">&apos;绩效自评表&apos;!$F$23</definedName>`);
    expect(workbookXml).toContain(`<definedName name="JX_GRADE" localSheetId="0">&apos;绩效自评表&apos;!$F$24</definedName>`);
    expect(workbookXml).toContain(`<definedName name="JX_TEMPLATE" localSheetId="0">&quot;sh-2018@1&quot;</definedName>`);
    expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;绩效自评表&apos;!$A$1:$G$24</definedName>`);
  });
});

describe("jixiao template, other families", () => {
  it("writes mof-2020-self with its example total", async () => {
    const out = join(dir, "mof.xlsx");
    const result = await run(["--family", "mof-2020-self", "--example", out]);
    expect(result.code).toBe(0);
    const sheet = await open(out);
    expect(sheet.getCell("H23").value).toMatchObject({ result: 96.44 });
    expect(sheet.getCell("I5").value).toMatchObject({ formula: expect.stringContaining('_xldudf_JX_EXECRATESCORE(F5,E5,G5,"比例")'), result: 10 });
  });

  it("writes an empty template without example figures and without errors", async () => {
    const out = join(dir, "framework.xlsx");
    const result = await run(["--family=mof-2020-framework", out]);
    expect(result.code).toBe(0);
    expect(result.out).not.toContain("总分");
    const sheet = await open(out);
    expect(sheet.getCell("A1").value).toBe("项目支出绩效评价指标评分表");
  });
});

describe("jixiao template refuses bad arguments with a Chinese usage message, exit 2", () => {
  it.each([
    [["--family", "sh-2099", join(dir, "x.xlsx")], /没有名为“sh-2099”的评分表模板/],
    [["--colour", "red", join(dir, "x.xlsx")], /未知选项“--colour”/],
    [["--example"], /缺少输出文件/],
    [[join(dir, "a.xlsx"), join(dir, "b.xlsx")], /只能给一个输出文件/],
    [[join(dir, "table.csv")], /应以 \.xlsx 结尾/],
    [["--name"], /--name 缺少取值/],
    [["--family", "--example", join(dir, "x.xlsx")], /--family 缺少取值/],
    [["--family", "mof-2020-framework", "--example", join(dir, "x.xlsx")], /没有示例数据/],
  ])("%p", async (args, message) => {
    const result = await run(args as string[]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toContain("用法：jixiao template");
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  it("prints help on --help", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("mof-2020-self");
  });

  it("reports a file it cannot write, exit 1", async () => {
    const result = await run([join(dir, "no-such-folder", "x.xlsx")]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/无法写入.*ENOENT/);
  });

  it("reads --flag value and --flag=value alike", () => {
    expect(parseTemplateArgs(["--year=2024", "--name", "项目", "o.xlsx"])).toMatchObject({
      family: "sh-2018",
      example: false,
      fields: { year: "2024", projectName: "项目" },
      out: "o.xlsx",
    });
  });
});

describe("jixiao template never overwrites", () => {
  const fresh = () => mkdtempSync(join(tmpdir(), "jixiao-template-safe-"));

  it("refuses an existing file, leaves it as it was, and replaces it only with --force", async () => {
    const folder = fresh();
    const out = join(folder, "已填写.xlsx");
    writeFileSync(out, "a filled-in table");
    const refused = await run([out]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`“${out}”已存在，没有覆盖它；如确要覆盖，请加 --force`);
    expect(readFileSync(out, "utf8")).toBe("a filled-in table");
    const forced = await run(["--force", out]);
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    // No temporary file is left beside it.
    expect(readdirSync(folder)).toEqual(["已填写.xlsx"]);
  });

  it("does not write through a symbolic link, even a dangling one", async () => {
    const folder = fresh();
    const target = join(folder, "target.xlsx");
    const link = join(folder, "link.xlsx");
    symlinkSync(target, link);
    expect((await run([link])).code).toBe(1);
    expect(existsSync(target)).toBe(false);
    writeFileSync(target, "kept");
    expect((await run(["--force", link])).code).toBe(0);
    // --force replaces the link itself with the new file; the file it pointed to is untouched.
    expect(readFileSync(target, "utf8")).toBe("kept");
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
  });

  it("speaks English with --lang en and prints its version", async () => {
    const out = join(fresh(), "t.xlsx");
    expect((await run(["--lang", "en", out])).out).toBe(`Wrote ${out} (sh-2018@1)\n`);
    expect((await run(["--lang=en", out])).err).toBe(`"${out}" exists and was not overwritten; add --force to replace it\n`);
    expect((await run(["--version"])).out).toMatch(/^jixiao \d+\.\d+\.\d+\n$/);
  });
});

/**
 * The enumerations and attributes ECMA-376 (sml.xsd) allows on the elements the template writes with
 * choices: a file that breaks them is refused by strict readers (openpyxl) and "repaired" by Excel.
 */
const SCHEMA: Record<string, Record<string, readonly string[] | "boolean" | "text">> = {
  dataValidation: {
    type: ["none", "whole", "decimal", "list", "date", "time", "textLength", "custom"],
    errorStyle: ["stop", "warning", "information"],
    imeMode: ["noControl", "off", "on", "disabled", "hiragana", "fullKatakana", "halfKatakana", "fullAlpha", "halfAlpha", "fullHangul", "halfHangul"],
    operator: ["between", "notBetween", "equal", "notEqual", "lessThan", "lessThanOrEqual", "greaterThan", "greaterThanOrEqual"],
    allowBlank: "boolean",
    showDropDown: "boolean",
    showInputMessage: "boolean",
    showErrorMessage: "boolean",
    errorTitle: "text",
    error: "text",
    promptTitle: "text",
    prompt: "text",
    sqref: "text",
  },
  pageSetup: {
    orientation: ["default", "portrait", "landscape"],
    paperSize: "text",
    fitToWidth: "text",
    fitToHeight: "text",
    scale: "text",
    horizontalDpi: "text",
    verticalDpi: "text",
    "r:id": "text",
  },
  pane: {
    state: ["split", "frozen", "frozenSplit"],
    activePane: ["bottomRight", "topRight", "bottomLeft", "topLeft"],
    xSplit: "text",
    ySplit: "text",
    topLeftCell: "text",
  },
};

function schemaViolations(xml: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    const allowed = SCHEMA[tag.name];
    if (!allowed) return;
    for (const [name, value] of Object.entries(tag.attributes as Record<string, string>)) {
      const rule = allowed[name];
      if (!rule) problems.push(`${tag.name}@${name} is not in the schema`);
      else if (rule === "boolean" ? !["0", "1", "true", "false"].includes(value) : rule !== "text" && !rule.includes(value)) {
        problems.push(`${tag.name}@${name}="${value}"`);
      }
    }
  });
  parser.write(xml).close();
  return problems;
}

describe("a template file passes a strict reader", () => {
  it.each(rulebooks.map((r) => r.id))("%s: every validation, page setup and pane uses the schema's own values", async (family) => {
    const out = join(mkdtempSync(join(tmpdir(), "jixiao-template-strict-")), "t.xlsx");
    expect((await run(["--family", family, out])).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toContain("<dataValidation ");
    expect(schemaViolations(xml)).toEqual([]);
    // The check catches what it is for: the errorStyle ExcelJS was once given.
    expect(schemaViolations('<dataValidation type="list" errorStyle="error" sqref="A1"/>')).toEqual(['dataValidation@errorStyle="error"']);
  });
});
