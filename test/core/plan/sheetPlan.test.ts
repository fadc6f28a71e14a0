import { HyperFormula } from "hyperformula";
import { cellAddress, parseCellAddress } from "../../../src/core/address";
import { buildSheetPlan, PlanCell, planCell, SheetPlan } from "../../../src/core/plan";
import { getRulebook, hasExample, rulebooks } from "../../../src/core/rulebooks";
import { parseTemplateMarker } from "../../../src/core/templateMarker";
import { buildEngine, SheetData } from "../../support/hyperformulaJx";

const FIELDS = { projectName: "信息化运行维护", department: "上海市崇明区人民检察院", implementer: "检务保障部", year: "2018" };

/** The plan as HyperFormula takes it: formulas as text, everything else as its value. */
function sheetData(plan: SheetPlan): SheetData {
  const data: SheetData = Array.from({ length: plan.extent.bottom + 1 }, () => Array(plan.extent.right + 1).fill(null));
  for (const block of plan.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell) data[block.top + r][block.left + c] = cell.formula ?? (cell.value === "" ? null : cell.value);
      }),
    );
  }
  return data;
}

class Evaluated {
  readonly engine: HyperFormula;
  readonly sheet: number;
  constructor(readonly plan: SheetPlan) {
    this.engine = buildEngine({ [plan.sheetName]: sheetData(plan) });
    this.sheet = this.engine.getSheetId(plan.sheetName)!;
  }
  value(row: number, col: number): unknown {
    const v = this.engine.getCellValue({ sheet: this.sheet, row, col });
    return v === null ? "" : v;
  }
  at(address: string): unknown {
    const { row, col } = parseCellAddress(address)!;
    return this.value(row, col);
  }
  named(name: string): unknown {
    const ref = this.plan.names.find((n) => n.name === name);
    if (!ref || !("ref" in ref)) throw new Error(`no name ${name}`);
    return this.value(ref.ref.top, ref.ref.left);
  }
  /** Every formula cell whose HyperFormula value differs from the plan's cached value. */
  disagreements(): string[] {
    const out: string[] = [];
    forEachCell(this.plan, (cell, row, col) => {
      if (!cell.formula) return;
      const hf = this.value(row, col);
      const same = typeof hf === "number" && typeof cell.value === "number" ? Math.abs(hf - cell.value) < 1e-9 : hf === cell.value;
      if (!same) out.push(`${cellAddress(row, col)} ${cell.formula}: HF ${JSON.stringify(hf)} vs cached ${JSON.stringify(cell.value)}`);
    });
    return out;
  }
}

function forEachCell(plan: SheetPlan, fn: (cell: PlanCell, row: number, col: number) => void): void {
  for (const block of plan.blocks) block.cells.forEach((row, r) => row.forEach((cell, c) => cell && fn(cell, block.top + r, block.left + c)));
}

/** The row whose given column holds this text. */
function rowOf(plan: SheetPlan, text: string, col?: number): number {
  let found = -1;
  forEachCell(plan, (cell, row, c) => {
    if (found < 0 && cell.value === text && (col === undefined || c === col)) found = row;
  });
  if (found < 0) throw new Error(`no cell ${text}`);
  return found;
}

describe("sh-2018 plan with the seed's example, evaluated by HyperFormula over the core", () => {
  const plan = buildSheetPlan(getRulebook("sh-2018"), FIELDS, { example: true });
  const hf = new Evaluated(plan);
  const SCORE = 5;
  const WEIGHT = 3;

  it("computes the seed's subtotals, total and grade", () => {
    expect([rowOf(plan, "投入目标"), rowOf(plan, "产出目标"), rowOf(plan, "效果目标")].map((r) => hf.value(r, SCORE))).toEqual([36, 34, 27]);
    expect([rowOf(plan, "投入目标"), rowOf(plan, "产出目标"), rowOf(plan, "效果目标")].map((r) => hf.value(r, WEIGHT))).toEqual([36, 34, 30]);
    expect(hf.named("JX_TOTAL")).toBe(97);
    expect(hf.value(rowOf(plan, "合计"), WEIGHT)).toBe(100);
    expect(hf.named("JX_GRADE")).toBe("优秀");
  });

  it("scores 预算执行率 8 from 80 万元 budget and 75.81 万元 executed, by the row's own rule text", () => {
    const row = rowOf(plan, "预算执行率", 1);
    expect(planCell(plan, row, SCORE)?.formula).toBe(`=IF(OR(G3="",E${row + 1}="",D${row + 1}=""),"",JX.RULESCORE(G3,E${row + 1},D${row + 1}))`);
    expect(hf.value(row, SCORE)).toBe(8);
    expect(hf.at("G3")).toBeCloseTo(0.947625, 9);
    // 85 % lies in band ② (6–8 points): 7.00.
    hf.engine.setCellContents({ sheet: hf.sheet, row: 2, col: 4 }, 68);
    expect(hf.value(row, SCORE)).toBe(7);
    // The rule written in the sheet is the rule computed: a stricter text gives fewer points.
    const text = hf.value(row, 4);
    hf.engine.setCellContents({ sheet: hf.sheet, row, col: 4 }, "①预算执行率在95%及以上得8分；②95%以下得4分");
    expect(hf.value(row, SCORE)).toBe(4);
    hf.engine.setCellContents({ sheet: hf.sheet, row, col: 4 }, text as string);
    hf.engine.setCellContents({ sheet: hf.sheet, row: 2, col: 4 }, 75.81);
    expect(hf.named("JX_TOTAL")).toBe(97);
  });

  it("scores each checklist row from its ticks and the points of its own rule text", () => {
    const row = rowOf(plan, "绩效目标合理性");
    expect(planCell(plan, row, SCORE)?.formula).toMatch(/JX\.CHECKLISTSCORE/);
    expect(hf.value(row, SCORE)).toBe(8);
    // Untick ④ (4 points): the score follows.
    const tick = plan.blocks[0].cells[row].findIndex((c) => c?.value === "✓") + 3;
    hf.engine.setCellContents({ sheet: hf.sheet, row, col: tick }, "✗");
    expect(hf.value(row, SCORE)).toBe(4);
    expect(hf.named("JX_TOTAL")).toBe(93);
    hf.engine.setCellContents({ sheet: hf.sheet, row, col: tick }, "✓");
  });

  it("keeps every cached value equal to what the formulas compute", () => {
    expect(hf.disagreements()).toEqual([]);
  });

  it("writes every weight and text of the rulebook", () => {
    for (const g of getRulebook("sh-2018").indicators) {
      for (const leaf of g.children) {
        if (!("rule" in leaf)) continue;
        const row = rowOf(plan, leaf.name, 1);
        expect(planCell(plan, row, WEIGHT)?.value).toBe(leaf.weight);
        expect(planCell(plan, row, 2)?.value ?? null).toBe(leaf.explanation ?? null);
        expect(planCell(plan, row, 4)?.value ?? null).toBe(leaf.ruleText ?? null);
      }
    }
  });
});

describe("sh-2018 plan, empty", () => {
  const plan = buildSheetPlan(getRulebook("sh-2018"), { projectName: "", department: "", implementer: "", year: "" }, { example: false });
  const hf = new Evaluated(plan);

  it("shows no error and no grade until scores are typed", () => {
    expect(hf.disagreements()).toEqual([]);
    forEachCell(plan, (cell, row, col) => {
      if (cell.formula) expect(hf.value(row, col)).not.toBeInstanceOf(Object);
    });
    expect(hf.named("JX_TOTAL")).toBe(0);
    expect(hf.named("JX_GRADE")).toBe("");
    expect(planCell(plan, 0, 0)?.value).toBe("项目支出绩效自评指标评分表");
  });

  it("grades once scores are typed", () => {
    hf.engine.setCellContents({ sheet: hf.sheet, row: rowOf(plan, "档案扫描完成率"), col: 5 }, 8);
    expect(hf.named("JX_TOTAL")).toBe(8);
    expect(hf.named("JX_GRADE")).toBe("不合格");
  });
});

describe("mof-2020-self plan with its example", () => {
  const rulebook = getRulebook("mof-2020-self");
  const plan = buildSheetPlan(rulebook, FIELDS, { example: true });
  const hf = new Evaluated(plan);

  it("computes the example's expected total and grade", () => {
    expect(hf.disagreements()).toEqual([]);
    expect(hf.named("JX_TOTAL")).toBeCloseTo(rulebook.example!.total, 9);
    expect(hf.named("JX_GRADE")).toBe(rulebook.example!.grade);
    expect(hf.value(rowOf(plan, "总分"), 6)).toBe(100);
  });

  it("scores the funds by the proportional execution rate and keeps 年度资金总额 the sum of its parts", () => {
    expect(hf.at("I5")).toBe(10);
    expect(planCell(plan, 4, 8)?.formula).toContain(`JX.EXECRATESCORE(F5,E5,G5,"比例")`);
    hf.engine.setCellContents({ sheet: hf.sheet, row: 6, col: 5 }, -45);
    hf.engine.setCellContents({ sheet: hf.sheet, row: 5, col: 5 }, 45);
    expect(hf.at("F5")).toBe(0);
    expect(hf.at("I5")).toBe(0);
    hf.engine.setCellContents({ sheet: hf.sheet, row: 5, col: 5 }, 44.987);
    hf.engine.setCellContents({ sheet: hf.sheet, row: 6, col: 5 }, 0);
    expect(hf.at("I5")).toBe(5);
  });

  it("scores quantitative rows by their target's comparator, leaves qualitative rows to the evaluator", () => {
    const satisfaction = rowOf(plan, "委托单位满意度");
    expect(planCell(plan, satisfaction, 7)?.formula).toContain("JX.INDICATORSCORE");
    expect(hf.value(satisfaction, 7)).toBe(9.44);
    const qualitative = rowOf(plan, "经费支出合规性");
    expect(planCell(plan, qualitative, 7)).toMatchObject({ value: 8, style: "input" });
    expect(planCell(plan, qualitative, 7)?.formula).toBeUndefined();
  });

  it("labels first-level groups with their weight and merges them over their rows", () => {
    const row = rowOf(plan, "产出指标（50分）");
    expect(plan.merges).toContainEqual({ top: row, left: 1, bottom: row + 5, right: 1 });
  });
});

describe("a 预算执行率 row scored by a built-in rule instead of its text", () => {
  const sh = getRulebook("sh-2018");
  const stepped = {
    ...sh,
    indicators: sh.indicators.map((g) => ({
      ...g,
      children: g.children.map((l) => (l.name === "预算执行率" ? { ...l, rule: { kind: "execRate", rule: "阶梯" } as const } : l)),
    })),
  };
  it("uses JX.EXECRATESCORE on the funds cells: 94.76 % earns the stepped 7 of 10, scaled to 8", () => {
    const plan = buildSheetPlan(stepped, FIELDS, { example: true });
    const hf = new Evaluated(plan);
    const row = rowOf(plan, "预算执行率", 1);
    expect(planCell(plan, row, 5)?.formula).toBe(`=IF(OR(E3="",B3="",D${row + 1}=""),"",JX.EXECRATESCORE(E3,B3,D${row + 1},"阶梯"))`);
    expect(hf.value(row, 5)).toBe(5.6);
    expect(hf.disagreements()).toEqual([]);
  });
});

describe("mof-2020-framework plan", () => {
  const plan = buildSheetPlan(getRulebook("mof-2020-framework"), FIELDS, { example: false });
  const hf = new Evaluated(plan);
  it("leaves the weights to the user and totals what is typed", () => {
    expect(hf.disagreements()).toEqual([]);
    const row = rowOf(plan, "资金到位率");
    expect(planCell(plan, row, 3)).toMatchObject({ value: null, style: "input" });
    // No 评分标准 is given: the evaluator writes it.
    expect(planCell(plan, row, 5)).toMatchObject({ value: null, style: "inputText" });
    hf.engine.setCellContents({ sheet: hf.sheet, row, col: 3 }, 10);
    hf.engine.setCellContents({ sheet: hf.sheet, row, col: 6 }, 9);
    expect(hf.value(rowOf(plan, "过程"), 3)).toBe(10);
    expect(hf.named("JX_TOTAL")).toBe(9);
  });
});

describe.each(rulebooks.map((r) => [r.id] as const))("every plan (%s)", (id) => {
  const plan = buildSheetPlan(getRulebook(id), FIELDS, { example: hasExample(getRulebook(id)) });

  it("carries the marker, the total and the grade as sheet names", () => {
    const marker = plan.names.find((n) => n.name === "JX_TEMPLATE");
    expect(marker && "text" in marker && parseTemplateMarker(marker.text)).toEqual({ family: id, version: 1 });
    expect(plan.names.map((n) => n.name).sort()).toEqual(["JX_GRADE", "JX_TEMPLATE", "JX_TOTAL"]);
  });

  it("never puts a custom function inside a validation", () => {
    for (const v of plan.validations) expect(JSON.stringify(v.rule)).not.toMatch(/JX\./);
    for (const v of plan.validations) expect(v.prompt.zh).toMatch(/\p{Script=Han}/u);
  });

  it("prints A4 landscape one page wide, header repeated, page numbers in the footer", () => {
    expect(plan.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToPagesWide: 1 });
    expect(plan.print.footer).toContain("&P");
    expect(plan.print.titleRows.top).toBeLessThan(plan.freezeRows + 8);
    expect(plan.print.printArea.right).toBeLessThanOrEqual(plan.extent.right);
  });

  it("formats points, rates and money, and marks input cells", () => {
    const formats = new Set<string>();
    forEachCell(plan, (cell) => cell.numberFormat && formats.add(cell.numberFormat));
    expect(formats).toContain("0.00");
    expect(plan.areas.some((a) => a.style === "input")).toBe(true);
    expect(plan.styles.input.fill).toBeDefined();
    expect(plan.styles.header.fill).toBeDefined();
  });

  it("sizes rows so long texts wrap whole, and gives every column a width", () => {
    expect(Math.min(...plan.rowHeights.map((h) => h.height))).toBeGreaterThanOrEqual(20);
    expect(plan.rowHeights.map((h) => h.row)).toEqual(Array.from({ length: plan.extent.bottom + 1 }, (_, i) => i));
    expect(plan.columnWidths).toHaveLength(plan.extent.right - plan.extent.left + 1);
  });

  it("can be placed anywhere: formulas move with the table", () => {
    const moved = buildSheetPlan(getRulebook(id), FIELDS, { example: hasExample(getRulebook(id)), origin: { row: 4, col: 2 } });
    const a = new Evaluated(plan);
    const b = new Evaluated(moved);
    expect(b.disagreements()).toEqual([]);
    expect(b.named("JX_TOTAL")).toBe(a.named("JX_TOTAL"));
    expect(moved.extent).toEqual({ top: 4, left: 2, bottom: plan.extent.bottom + 4, right: plan.extent.right + 2 });
  });
});

describe("sheet layout details", () => {
  const plan = buildSheetPlan(getRulebook("sh-2018"), FIELDS, { example: true });
  it("merges each first-level cell over its rows and keeps the ticks outside the printed columns", () => {
    expect(plan.merges).toContainEqual({ top: 4, left: 0, bottom: 10, right: 0 });
    const ticks = plan.validations.filter((v) => v.rule.kind === "list");
    expect(ticks.length).toBeGreaterThan(0);
    for (const t of ticks) expect(t.range.left).toBeGreaterThan(plan.print.printArea.right);
  });

  it("makes rows with longer texts taller", () => {
    const height = (text: string) => plan.rowHeights[rowOf(plan, text, 1)].height;
    expect(height("绩效目标合理性")).toBeGreaterThan(height("预算执行率"));
    expect(height("预算执行率")).toBeGreaterThan(height("档案扫描完成率"));
    // About 90 wide characters of rule text over a column 48 wide: at least four lines of 14.5 points.
    expect(height("预算执行率")).toBeGreaterThanOrEqual(4 * 14.5);
  });

  it("limits each typed score to its row's weight with a relative reference", () => {
    const scores = plan.validations.filter((v) => v.rule.kind === "decimal" && "maxFormula" in v.rule);
    expect(scores.map((v) => [cellAddress(v.range.top, v.range.left), (v.rule as { maxFormula: string }).maxFormula])).toEqual([
      ["F13", "=D13"],
      ["F18", "=D18"],
    ]);
    expect(scores[0].range.bottom).toBe(15);
  });
});

describe("an example for a family that has none", () => {
  it("is refused in both languages instead of passing an empty table off as one", () => {
    const framework = getRulebook("mof-2020-framework");
    expect(hasExample(framework)).toBe(false);
    expect(() => buildSheetPlan(framework, { projectName: "", department: "", implementer: "", year: "" }, { example: true })).toThrow(
      expect.objectContaining({
        code: "value",
        text: expect.objectContaining({ zh: expect.stringContaining("没有示例数据"), en: expect.stringContaining("has no example") }),
      }),
    );
    expect(() => buildSheetPlan(framework, { projectName: "", department: "", implementer: "", year: "" }, { example: false })).not.toThrow();
  });
});
