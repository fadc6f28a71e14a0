/**
 * The checker against real published 自评表 (test/fixtures/real, audited by hand before the checker ran): per table,
 * exactly the audited findings (cell, check id, severity), the audited family, and nothing judged on a check the
 * page cut off (not_assessable). Prints recall (audited problems found) and false alarms (errors and warnings not
 * audited). An unaudited info finding says what was not read; it claims no problem, so it is listed, not counted.
 */
import { checkGrid, CheckedTable, Finding } from "../../../src/core/checks";
import { AuditedFinding, RealTable, realTables } from "../../fixtures/real";

/** The check that says a table's layout is not one we check, or which part of it was not read. */
const LAYOUT = "layout";

interface Outcome {
  id: string;
  family: string;
  audited: number;
  found: number;
  falseAlarms: string[];
  missed: string[];
  notes: string[];
}

const key = (f: { cell: string; check?: string; rule?: string; severity: string }) => `${f.cell} ${f.check ?? f.rule} ${f.severity}`;

/** Compares one table's findings with its audit; findings of checks the page cut off are neither needed nor wrong. */
function outcome(table: RealTable, checked: CheckedTable[]): Outcome {
  const audit = table.meta.audit;
  const judged = (check: string) => !audit.not_assessable.includes(check);
  const findings: Finding[] = checked.flatMap((t) => t.findings).filter((f) => judged(f.rule));
  const audited: AuditedFinding[] = audit.findings.filter((f) => judged(f.check));
  const foundKeys = new Set(findings.map(key));
  const auditedKeys = new Set(audited.map(key));
  const notCheckable = audit.family === "not-checkable";
  // A layout we do not check is reported by one layout finding: that is the expected report, not an alarm.
  const unaudited = findings.filter((f) => !auditedKeys.has(key(f)) && !(notCheckable && f.rule === LAYOUT));
  const alarms = unaudited.filter((f) => f.severity !== "info");
  const families = checked.map((t) => t.summary.family);
  const family = families.length === 0 ? "no table" : [...new Set(families)].join(",");
  return {
    id: table.id,
    family,
    audited: audited.length,
    found: audited.filter((f) => foundKeys.has(key(f))).length,
    falseAlarms: alarms.map(key),
    missed: audited.filter((f) => !foundKeys.has(key(f))).map(key),
    notes: unaudited.filter((f) => f.severity === "info").map((f) => `${key(f)}: ${f.message.zh}`),
  };
}

/** A table the audit calls not checkable is refused clearly: no table read, or one read as unknown with a layout finding. */
function reportedNotCheckable(checked: CheckedTable[]): boolean {
  if (checked.length === 0) return false;
  return checked.every((t) => t.summary.family === "unknown" && t.findings.some((f) => f.rule === LAYOUT));
}

const tables = realTables();
const outcomes = new Map<string, Outcome>();

describe("the real corpus", () => {
  it("holds at least one table", () => {
    expect(tables.length).toBeGreaterThan(0);
  });

  it.each(tables.map((t) => [t.id, t] as const))("%s: the audited findings and family, no other finding", (_id, table) => {
    const checked = checkGrid(table.grid);
    const result = outcome(table, checked);
    outcomes.set(table.id, result);
    const audit = table.meta.audit;
    const family = audit.family === "not-checkable" ? reportedNotCheckable(checked) && "not-checkable" : result.family;
    expect({ family, missed: result.missed, falseAlarms: result.falseAlarms }).toEqual({ family: audit.family, missed: [], falseAlarms: [] });
  });

  afterAll(() => {
    const all = [...outcomes.values()];
    const audited = all.reduce((n, o) => n + o.audited, 0);
    const found = all.reduce((n, o) => n + o.found, 0);
    const alarms = all.reduce((n, o) => n + o.falseAlarms.length, 0);
    const lines = all.map(
      (o) =>
        `${o.id}: ${o.found}/${o.audited} found, ${o.falseAlarms.length} false alarms, read as ${o.family}` +
        (o.missed.length ? `\n  missed: ${o.missed.join("; ")}` : "") +
        (o.falseAlarms.length ? `\n  false alarms: ${o.falseAlarms.join("; ")}` : "") +
        (o.notes.length ? `\n  notes: ${o.notes.join("; ")}` : ""),
    );
    const recall = audited === 0 ? "n/a" : `${((found / audited) * 100).toFixed(1)}%`;
    console.log(`${lines.join("\n")}\n\nreal corpus: ${all.length} tables, recall ${found}/${audited} (${recall}), false alarms ${alarms}`);
  });
});
