import fc from "fast-check";
import { buildSheetPlan, Rect, SheetPlan } from "../../../src/core/plan";
import { getRulebook, Indicator, Rulebook } from "../../../src/core/rulebooks";
import { roundHalfUp } from "../../../src/core/round";
import { grade, GRADE_LABELS_LONG } from "../../../src/core/rules";
import { buildEngine, SheetData } from "../../support/hyperformulaJx";

const FIELDS = { projectName: "", department: "", implementer: "", year: "" };

/** Trees of hand-scored rows under sh-2018's columns, weights summing to at most 100, scores within them. */
const rulebookArb = fc
  .array(fc.array(fc.tuple(fc.integer({ min: 1, max: 800 }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 6 }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((groups): Rulebook => {
    const sum = groups.flat().reduce((a, [w]) => a + w, 0);
    const scale = sum > 10000 ? 10000 / sum : 1;
    return {
      ...getRulebook("sh-2018"),
      indicators: groups.map((rows, g) => ({
        name: `一级${g}`,
        weight: null,
        children: rows.map(([w, share], i): Indicator => {
          const weight = Math.floor(w * scale) / 100;
          return { name: `指标${g}-${i}`, weight, rule: { kind: "manual" }, example: { score: roundHalfUp(weight * share) } };
        }),
      })),
    };
  });

function sheetData(plan: SheetPlan): SheetData {
  const data: SheetData = Array.from({ length: plan.extent.bottom + 1 }, () => Array(plan.extent.right + 1).fill(null));
  const block = plan.blocks[0];
  block.cells.forEach((row, r) =>
    row.forEach((cell, c) => cell && (data[block.top + r][block.left + c] = cell.formula ?? (cell.value === "" ? null : cell.value))),
  );
  return data;
}

const inside = (r: Rect, outer: Rect) => r.top >= outer.top && r.left >= outer.left && r.bottom <= outer.bottom && r.right <= outer.right;
const overlap = (a: Rect, b: Rect) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

describe("any scoring table", () => {
  it("computes in HyperFormula what the plan caches: subtotals, total and grade", () => {
    fc.assert(
      fc.property(rulebookArb, fc.nat({ max: 20 }), fc.nat({ max: 5 }), (rulebook, top, left) => {
        const plan = buildSheetPlan(rulebook, FIELDS, { example: true, origin: { row: top, col: left } });
        const engine = buildEngine({ S: sheetData(plan) });
        const sheet = engine.getSheetId("S")!;
        try {
          const block = plan.blocks[0];
          block.cells.forEach((row, r) =>
            row.forEach((cell, c) => {
              if (!cell?.formula) return;
              const hf = engine.getCellValue({ sheet, row: block.top + r, col: block.left + c });
              if (typeof cell.value === "number") expect(hf).toBeCloseTo(cell.value, 9);
              else expect(hf ?? "").toBe(cell.value);
            }),
          );
          const scores = rulebook.indicators.flatMap((g) => g.children.map((l) => ("example" in l ? (l.example?.score ?? 0) : 0)));
          const totalName = plan.names.find((n) => n.name === "JX_TOTAL")!;
          const total = engine.getCellValue({
            sheet,
            row: "ref" in totalName ? totalName.ref.top : -1,
            col: "ref" in totalName ? totalName.ref.left : -1,
          }) as number;
          expect(total).toBeCloseTo(
            scores.reduce((a, b) => a + b, 0),
            9,
          );
          const gradeName = plan.names.find((n) => n.name === "JX_GRADE")!;
          expect(engine.getCellValue({ sheet, row: "ref" in gradeName ? gradeName.ref.top : -1, col: "ref" in gradeName ? gradeName.ref.left : -1 })).toBe(
            grade(total, GRADE_LABELS_LONG),
          );
        } finally {
          engine.destroy();
        }
      }),
      { numRuns: 15 },
    );
  });

  it("keeps merges apart and everything it places inside its extent", () => {
    fc.assert(
      fc.property(rulebookArb, fc.nat({ max: 50 }), fc.nat({ max: 20 }), (rulebook, top, left) => {
        const plan = buildSheetPlan(rulebook, FIELDS, { example: false, origin: { row: top, col: left } });
        for (const [i, m] of plan.merges.entries()) {
          expect(inside(m, plan.extent)).toBe(true);
          for (const other of plan.merges.slice(i + 1)) expect(overlap(m, other)).toBe(false);
        }
        for (const r of [...plan.validations.map((v) => v.range), ...plan.areas.map((a) => a.range), plan.print.printArea])
          expect(inside(r, plan.extent)).toBe(true);
        expect(plan.rowHeights).toHaveLength(plan.extent.bottom - plan.extent.top + 1);
      }),
      { numRuns: 100 },
    );
  });
});
