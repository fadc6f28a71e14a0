import { naturalCompare, plural, sanitise } from "../../src/cli/locale";
import { csvReport, FileReport } from "../../src/cli/report";

describe("natural order", () => {
  it("counts runs of digits by value, so 单位2 comes before 单位10, the same on every machine", () => {
    const names = ["单位10.xlsx", "单位2.xlsx", "单位1.xlsx", "单位02.xlsx", "单位1-附表.xlsx", "b.xlsx", "A.xlsx", "单位甲.xlsx", "单位100.xlsx"];
    expect([...names].sort(naturalCompare)).toEqual([
      "A.xlsx",
      "b.xlsx",
      "单位1-附表.xlsx",
      "单位1.xlsx",
      "单位2.xlsx",
      "单位02.xlsx",
      "单位10.xlsx",
      "单位100.xlsx",
      "单位甲.xlsx",
    ]);
    expect(naturalCompare("第99999999999999999999项", "第100000000000000000000项")).toBeLessThan(0);
  });
});

describe("text for a terminal", () => {
  it("shows control characters and bidirectional overrides as escapes, and leaves Chinese alone", () => {
    expect(sanitise("单位\u001b[31m红\u0007\u009b2J\u202e\n")).toBe("单位\\x1B[31m红\\x07\\x9B2J\\u202E\\x0A");
  });

  it("counts in English with the right plural", () => {
    expect([plural(0, "file"), plural(1, "file"), plural(2, "error"), plural(1200, "warning")]).toEqual(["0 files", "1 file", "2 errors", "1,200 warnings"]);
  });
});

describe("the CSV summary", () => {
  const report = (file: string, sheet: string, grade: string | null): FileReport => ({
    file,
    error: null,
    tables: [
      {
        sheet,
        range: "A1:G20",
        family: "sh-2018",
        totalWeight: 100,
        totalScore: -5,
        grade,
        findings: [{ rule: "grade", messageId: "mismatch", severity: "warning", cell: "F20", message: "m" }],
      },
    ],
  });

  it("quotes what needs quoting and keeps Excel from reading a text as a formula", () => {
    const csv = csvReport([report('a,"b".xlsx', '=HYPERLINK("http://x")', "+优"), { file: "c.xlsx", error: "不是 .xlsx 文件", tables: [] }], "zh");
    expect(csv.split("\r\n")).toEqual([
      "\ufeff文件,工作表,表式,总分,等级,错误,警告,说明",
      '"a,""b"".xlsx","\'=HYPERLINK(""http://x"")",sh-2018,-5,\'+优,0,1,',
      "c.xlsx,,,,,,,不是 .xlsx 文件",
      "",
    ]);
  });
});
