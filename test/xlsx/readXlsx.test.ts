import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkTable } from "../../src/core/checks";
import { JxError } from "../../src/core/errors";
import { readTables } from "../../src/core/table";
import { decodeName, readXlsx, XlsxLimits } from "../../src/xlsx";
import { mofGrid, MofTable, PER_ROW_CASE } from "../fixtures/mof";
import { seedGrid } from "../fixtures/seed";
import { withFormat } from "../fixtures/tables";
import { writeXlsx, xlsxBuffer } from "../fixtures/xlsx";
import { deflateBomb, GBK_NAME, zipParts } from "./hostile";

let dir: string;
beforeAll(async () => void (dir = await fs.mkdtemp(join(tmpdir(), "jixiao-read-"))));
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The smallest package the reader accepts: a workbook, its relationships, the sheets and whatever else is given. */
function workbook(sheets: Record<string, string>, extra: { sharedStrings?: string; styles?: string; names?: string } = {}): Buffer {
  const entries = Object.entries(sheets);
  const rels = entries.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (extra.sharedStrings) rels.push(`<Relationship Id="rS" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/>`);
  if (extra.styles) rels.push(`<Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/>`);
  const parts = [
    {
      name: "xl/workbook.xml",
      bytes: Buffer.from(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${entries.map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>${extra.names ?? ""}</workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      bytes: Buffer.from(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`),
    },
    ...entries.map(([, xml], i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      bytes: Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData>${xml}</sheetData></worksheet>`),
    })),
  ];
  if (extra.sharedStrings) parts.push({ name: "xl/sharedStrings.xml", bytes: Buffer.from(`<sst xmlns="${MAIN}">${extra.sharedStrings}</sst>`) });
  if (extra.styles) parts.push({ name: "xl/styles.xml", bytes: Buffer.from(`<styleSheet xmlns="${MAIN}">${extra.styles}</styleSheet>`) });
  return zipParts(parts);
}

function refusal(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): string {
  try {
    readXlsx(bytes, limits);
  } catch (e) {
    expect(e).toBeInstanceOf(JxError);
    expect((e as JxError).code).toBe("value");
    return `${(e as JxError).text.zh} | ${(e as JxError).text.en}`;
  }
  throw new Error("the file was read");
}

describe("reading an .xlsx's number formats", () => {
  it("keeps each cell's format, so a %-formatted 1.6 checks as 160 %", async () => {
    const table: MofTable = JSON.parse(JSON.stringify(PER_ROW_CASE));
    table.rows[3] = { ...table.rows[3], target: "≥100%", actual: 1.6, reason: "超额完成" };
    await writeXlsx(join(dir, "rate.xlsx"), [withFormat(mofGrid(table), "F11", "0%")]);
    const [grid] = readXlsx(await fs.readFile(join(dir, "rate.xlsx")));
    expect(grid.formats[10][5]).toBe("0%");
    expect(grid.formats[10][4] ?? null).toBeNull();
    const findings = checkTable(readTables(grid)[0]);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([["over-completion", "F11"]]);
  });

  it("knows the built-in formats by id and reads date-formatted numbers as dates", () => {
    const styles = `<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>`;
    const [grid] = readXlsx(
      workbook(
        { S: '<row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>0.25</v></c><c r="C1" s="3"><v>45292</v></c><c r="D1"><v>7</v></c></row>' },
        { styles },
      ),
    );
    expect(grid.values[0]).toEqual([0.5, 0.25, "2024-01-01", 7]);
    expect(grid.formats[0]).toEqual(["0.00%", "0.0%", "mm-dd-yy", null]);
  });
});

describe("reading cells", () => {
  it("reads shared and inline strings (without phonetic guides), booleans, errors, dates and Excel's _xHHHH_ escapes", () => {
    const sharedStrings = `<si><t>权重</t></si><si><r><t>自评</t></r><r><rPr/><t>分</t></r><rPh><t>じひょう</t></rPh></si><si><t>a_x0009_b_x005F_x0041_</t></si>`;
    const [grid] = readXlsx(
      workbook(
        {
          S: [
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
            '<row r="2"><c r="A2" t="inlineStr"><is><t>行内</t></is></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="d"><v>2024-03-01T00:00:00</v></c></row>',
          ].join(""),
        },
        { sharedStrings },
      ),
    );
    expect(grid.values).toEqual([
      ["权重", "自评分", "a\tb_x0041_", null],
      ["行内", true, "#N/A", "2024-03-01"],
    ]);
  });

  it("gives each cell of a shared formula its own references, and spells add-in functions as Excel shows them", () => {
    const [grid] = readXlsx(
      workbook({
        S: [
          '<row r="1"><c r="C1"><f t="shared" si="0" ref="C1:C3">A1+$B$1+"A1"+SUM(A1:B1)</f><v>1</v></c></row>',
          '<row r="2"><c r="C2"><f t="shared" si="0"/><v>2</v></c></row>',
          '<row r="3"><c r="C3"><f t="shared" si="0"/><v>3</v></c><c r="D3"><f>_xldudf_JX_GRADE(C3)</f><v>0</v></c></row>',
        ].join(""),
      }),
    );
    expect(grid.origin).toEqual({ row: 0, col: 2 });
    expect(grid.formulas.map((row) => row[0])).toEqual(['=A1+$B$1+"A1"+SUM(A1:B1)', '=A2+$B$1+"A1"+SUM(A2:B2)', '=A3+$B$1+"A1"+SUM(A3:B3)']);
    expect(grid.formulas[2][1]).toBe("=JX.GRADE(C3)");
  });

  it("lays out only the rectangle the used cells span, with rows and cells that carry no address", () => {
    const [grid] = readXlsx(
      workbook({
        S: '<row r="5"><c r="C5"><v>1</v></c><c><v>2</v></c></row><row><c r="C6" s="0"/><c r="D6"><v>4</v></c></row><row r="9"><c r="XFD9" s="0"/></row>',
      }),
    );
    expect(grid.origin).toEqual({ row: 4, col: 2 });
    expect(grid.values).toEqual([
      [1, 2],
      [null, 4],
    ]);
  });

  /** One sheet's cells and, after them, its merged areas. */
  function mergedSheet(cells: string, refs: string[]): Buffer {
    const merges = `<mergeCells count="${refs.length}">${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`;
    return zipParts([
      {
        name: "xl/workbook.xml",
        bytes: Buffer.from(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      },
      {
        name: "xl/_rels/workbook.xml.rels",
        bytes: Buffer.from(`<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
      },
      { name: "xl/worksheets/sheet1.xml", bytes: Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData>${cells}</sheetData>${merges}</worksheet>`) },
    ]);
  }

  const cells = '<row r="2"><c r="B2"><v>1</v></c><c r="C2"><v>9</v></c></row><row r="3"><c r="D3"><v>2</v></c></row>';

  it("keeps merged areas in grid terms, their inner cells blank, and leaves out those that reach no used cell", () => {
    const [grid] = readXlsx(mergedSheet(cells, ["B2:C3", "A1:XFD1"]));
    expect(grid.origin).toEqual({ row: 1, col: 1 });
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    expect(grid.values).toEqual([
      [1, null, null],
      [null, null, 2],
    ]);
  });

  it("grows the grid to a merged area that reaches the used cells, as a first level merged over blank rows", () => {
    const [grid] = readXlsx(mergedSheet(cells, ["D3:D5"]));
    expect(grid.origin).toEqual({ row: 1, col: 1 });
    expect(grid.values).toEqual([
      [1, 9, null],
      [null, null, 2],
      [null, null, null],
      [null, null, null],
    ]);
    expect(grid.merges).toEqual([{ top: 1, left: 2, bottom: 3, right: 2 }]);
  });

  it("cuts a merged area to the used cells when growing to it would pass a limit", () => {
    const [grid] = readXlsx(mergedSheet(cells, ["D3:XFD3"]));
    expect(grid.values).toEqual([
      [1, 9, null],
      [null, null, 2],
    ]);
    expect(grid.merges).toEqual([{ top: 1, left: 2, bottom: 1, right: 2 }]);
  });

  it("reads elements with a namespace prefix and gives each sheet the names it sees", () => {
    const names =
      '<definedNames><definedName name="JX_TOTAL">B!$A$1</definedName><definedName name="JX_TEMPLATE" localSheetId="1">"sh-2018@1"</definedName></definedNames>';
    const [a, b] = readXlsx(
      workbook(
        {
          A: '<x:row xmlns:x="urn:x" r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c></x:row>',
          B: '<row r="1"><c r="A1"><v>1</v></c></row>',
        },
        { names },
      ),
    );
    expect(a.values).toEqual([["前缀"]]);
    expect(a.names).toEqual({ JX_TOTAL: "B!$A$1" });
    expect(b.names).toEqual({ JX_TOTAL: "B!$A$1", JX_TEMPLATE: '"sh-2018@1"' });
  });
});

describe("refusing what it cannot read whole", () => {
  const cells = (n: number) => Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");

  it.each([
    ["cells", { cells: 3 }, cells(4), /单元格过多（上限 3 个）/],
    ["rows", { rows: 3 }, cells(4), /已用区域 A1:A4 过大（跨 4 行，上限 3 行）/],
    ["columns", { columns: 2 }, '<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>1</v></c></row>', /已用区域 A1:C1 过大（跨 3 列，上限 2 列）/],
    [
      "grid cells",
      { cells: 5 },
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="B3"><v>1</v></c></row>',
      /已用区域 A1:B3 过大（3 行 × 2 列，上限 5 格）/,
    ],
    ["text length", { textLength: 3 }, '<row r="1"><c r="B1" t="inlineStr"><is><t>四个字符</t></is></c></row>', /B1 文字超过 3 个字符/],
    ["part size", { partBytes: 100 }, cells(10), /解压后超过 0 MB/],
    ["file size", { fileBytes: 100 }, cells(1), /文件过大（0\.0 MB，上限 0 MB）/],
  ])("over the limit on %s", (_name, limits, xml, message) => {
    expect(refusal(workbook({ S: xml }), limits)).toMatch(message);
  });

  it("stops a zip bomb after its first megabytes", () => {
    const bomb = zipParts([
      { name: "xl/workbook.xml", bytes: Buffer.from(`<workbook xmlns:r="${REL}"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>`) },
      {
        name: "xl/_rels/workbook.xml.rels",
        bytes: Buffer.from(`<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
      },
      { name: "xl/worksheets/sheet1.xml", deflated: deflateBomb("<worksheet><sheetData>", 0x20, 4000) },
    ]);
    const start = performance.now();
    expect(refusal(bomb)).toMatch(/压缩比超过 200:1，可能是压缩炸弹/);
    // 4,000 MiB would take many seconds to inflate; stopped early it takes a few milliseconds (generous bound for a busy machine).
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it.each([
    ["no zip", Buffer.from("名称,权重\n"), /不是 \.xlsx 文件/],
    ["an encrypted file", Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(512)]), /文件已加密或为旧版 \.xls/],
    ["a cut zip", Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.alloc(64)]), /找不到压缩目录/],
    ["a zip without a workbook", zipParts([{ name: "word/document.xml", bytes: Buffer.from("<w/>") }]), /不是 \.xlsx 文件/],
    ["a shared string that is not there", workbook({ S: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }), /缺少共享字符串部件/],
    ["a number that is none", workbook({ S: '<row r="1"><c r="A1"><v>1,5</v></c></row>' }), /A1 的数字“1,5”无法读取/],
    ["malformed XML", workbook({ S: '<row r="1"><c r="A1"><v>1</c></row>' }), /不是有效的 XML/],
  ])("%s", (_name, bytes, message) => {
    expect(refusal(bytes)).toMatch(message);
  });

  it("reads a workbook whole right after one whose XML broke off inside an element", () => {
    // The parser and decoder are kept from part to part: a part that failed must leave nothing behind.
    expect(refusal(workbook({ S: '<row r="1"><c r="A1"><v>1</c></row>' }))).toMatch(/不是有效的 XML/);
    const [grid] = readXlsx(workbook({ S: '<row r="1"><c r="A1"><v>7</v></c><c r="B1" t="inlineStr"><is><t>中</t></is></c></row>' }));
    expect(grid.values).toEqual([[7, "中"]]);
  });

  it("throws nothing but a JxError on any damage to a real workbook", async () => {
    const good = await xlsxBuffer([seedGrid({ sheet: "指标评分表" })]);
    let seed = 1;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i++) {
      const bytes = Buffer.from(good);
      if (i % 3 === 0) bytes.fill(0, Math.floor(random() * bytes.length), Math.floor(random() * bytes.length));
      else for (let k = 0; k < 1 + (i % 7); k++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const cut = i % 5 === 0 ? bytes.subarray(0, Math.floor(random() * bytes.length)) : bytes;
      try {
        readXlsx(cut);
      } catch (e) {
        expect(e).toBeInstanceOf(JxError);
      }
    }
  });
});

describe("names in GBK", () => {
  it("shows a name that is no valid UTF-8 as GBK, and a UTF-8 name as it is", () => {
    expect(decodeName(GBK_NAME)).toBe("单位甲.xlsx");
    expect(decodeName(Buffer.from("单位甲.xlsx"))).toBe("单位甲.xlsx");
  });
});
