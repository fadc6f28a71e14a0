import { checkGridTables, Finding } from "../checks";
import { fundsRate } from "../checks/support/expectedScore";
import { JxError, Message } from "../errors";
import { Grid } from "../grid";
import { parseCellAddress } from "../address";
import { TableFamily } from "../table";
import { projectFields, ProjectFields } from "./fields";

/** One checked table of a reviewed file: what the 审核汇总 row shows, and the findings for 审核明细. */
export interface ReviewedTable extends ProjectFields {
  sheet: string;
  range: string;
  family: TableFamily;
  totalScore: number | null;
  /** As the table states it, or null. */
  grade: string | null;
  /** The grade its total earns, shown when the table states none. */
  gradeByTotal: string | null;
  /** 全年执行数 / 全年预算数 of the funds block, as a fraction; null when the table has no readable one. */
  executionRate: number | null;
  errors: number;
  warnings: number;
  findings: Finding[];
}

/** A file as reviewed: its tables, or why it could not be read. Plain data: it crosses from the worker. */
export interface FileReview {
  /** The file's name, with its folder path when a folder was chosen. */
  file: string;
  error: Message | null;
  tables: ReviewedTable[];
}

/** Checks every table of every sheet of a file with the one core pipeline (checkGrid's) and names each table's project. */
export function reviewGrids(file: string, grids: readonly Grid[]): FileReview {
  const tables = grids.flatMap((grid) => {
    let fromRow = 0;
    return checkGridTables(grid).map(({ table, summary, findings }): ReviewedTable => {
      const fields = projectFields(grid, summary.range, fromRow);
      fromRow = parseCellAddress(summary.range.split(":")[1] ?? summary.range)!.row - grid.origin.row + 1;
      return {
        sheet: summary.sheet,
        range: summary.range,
        ...fields,
        family: summary.family,
        totalScore: summary.totalScore,
        grade: summary.grade,
        gradeByTotal: summary.gradeByTotal,
        executionRate: fundsRate(table),
        errors: summary.errors,
        warnings: summary.warnings,
        findings,
      };
    });
  });
  return { file, error: null, tables };
}

const DAMAGED: Message = { zh: "文件已损坏，无法读取", en: "The file is damaged and cannot be read" };

/**
 * A file that could not be read, with why: the reader's own message (too large, encrypted, not an .xlsx),
 * or, for whatever else a damaged file makes a library throw, that it is damaged; never a stack trace.
 */
export function unreadableFile(file: string, error: unknown): FileReview {
  return { file, error: error instanceof JxError ? error.text : DAMAGED, tables: [] };
}
