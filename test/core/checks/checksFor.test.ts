import { builtinChecks, checkTable, checksFor } from "../../../src/core/checks";
import { getRulebook } from "../../../src/core/rulebooks";
import { readTables } from "../../../src/core/table";
import { mofGrid, TOWN_FORM } from "../../fixtures/mof";

const marked = (family: string) => ({ ...mofGrid(TOWN_FORM), names: { JX_TEMPLATE: `"${family}@1"` } });

describe("which checks apply to a table", () => {
  it("every check, for a table typed by hand", () => {
    const [table] = readTables(mofGrid(TOWN_FORM));
    expect(table.marked).toBe(false);
    expect(checksFor(table)).toBe(builtinChecks);
    expect(checkTable(table).map((f) => f.rule)).toContain("funds-total");
  });

  it("the checks its rulebook lists, for a table its template marker names", () => {
    const [table] = readTables(marked("mof-2020-framework"));
    expect(table.marked).toBe(true);
    const ids = checksFor(table).map((c) => c.id);
    expect(ids).toEqual(builtinChecks.map((c) => c.id).filter((id) => getRulebook("mof-2020-framework").checks.includes(id as never)));
    // The framework has no funds block, so its rulebook does not ask for the funds check.
    expect(ids).not.toContain("funds-total");
    expect(checkTable(table).map((f) => f.rule)).not.toContain("funds-total");
  });

  it("the MoF self-evaluation form keeps the funds check", () => {
    const [table] = readTables(marked("mof-2020-self"));
    expect(
      checkTable(table)
        .filter((f) => f.rule === "funds-total")
        .map((f) => f.cell),
    ).toEqual(["C4", "D4", "E4"]);
  });
});
