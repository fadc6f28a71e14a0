import { Rulebook } from "../rulebooks";

/** The project's fields a user types before inserting a table; blank ones stay blank to fill in later. */
export interface PlanFields {
  projectName: string;
  department: string;
  implementer: string;
  year: string;
}

/** What a layout tells the plan about the cells it placed (relative to the origin). */
export interface LaidOut {
  /** Columns of the printed table. */
  width: number;
  headerRow: number;
  total: { row: number; col: number };
  grade: { row: number; col: number };
  freezeRows: number;
}

/** Room for the 16-point title. */
export const TITLE_HEIGHT = 30;

export function title(rulebook: Rulebook, fields: PlanFields): string {
  const year = fields.year.trim();
  return year ? `${rulebook.heading}（${year}年度）` : rulebook.heading;
}
