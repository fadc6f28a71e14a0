import { GridCell } from "../grid";

/** The families of tables the product knows (rulebook §1), or "unknown" for a table made elsewhere. */
export type TableFamily = "sh-2018" | "mof-2020-self" | "mof-2020-framework" | "unknown";

/** What a column of an indicator table holds, recognised from its header words. */
export type ColumnRole =
  | "level1"
  | "level2"
  | "level3"
  | "name"
  | "explanation"
  | "weight"
  | "score"
  | "rule"
  | "target"
  /** 年度指标值 split over columns: 指标性质 (≥, ≤, =, 定性) | 指标值 | 度量单位. */
  | "comparator"
  | "unit"
  /** A 分值 column beside the 一级指标 when each level has its own (一级 | 分值 | 二级 | 分值 | 三级 | 分值). */
  | "groupWeight"
  | "actual"
  | "reason"
  | "remark";

/** One scored row: a third-level indicator (MoF) or an 指标名称 row (sh-2018). Absent columns are null. */
export interface Indicator {
  name: string;
  /** The first-level (and second-level, where present) names above it. */
  path: string[];
  nameCell: GridCell;
  weight: GridCell | null;
  score: GridCell | null;
  rule: GridCell | null;
  /** 年度指标值; when the form splits it over 指标性质 | 指标值 | 度量单位, their text joined (≥100%) at the 指标值 cell. */
  target: GridCell | null;
  actual: GridCell | null;
  reason: GridCell | null;
  remark: GridCell | null;
}

/**
 * A first-level indicator. Its subtotal weight comes from a group row, a 小计 row or its label
 * (`产出指标(50分)`: then `weight` is the label cell with the number read from it); its subtotal score only
 * from a group or 小计 row. Null when the table states no subtotal.
 */
export interface IndicatorGroup {
  name: string;
  label: GridCell | null;
  weight: GridCell | null;
  score: GridCell | null;
  indicators: Indicator[];
  /** Its second-level indicators that state a weight in their label (数量指标（10分）), each over its own rows. */
  subgroups: WeightedSubgroup[];
}

/** A second-level indicator whose label states its weight: `weight` is the label cell with the number read from it. */
export interface WeightedSubgroup {
  name: string;
  weight: GridCell;
  indicators: Indicator[];
}

/** A row of the funds block (rulebook §1.2): 年度资金总额 or one of its 其中 rows. */
export interface FundsRow {
  label: string;
  kind: "total" | "part";
  initialBudget: GridCell | null;
  budget: GridCell | null;
  executed: GridCell | null;
  weight: GridCell | null;
  rate: GridCell | null;
  score: GridCell | null;
}

/**
 * A part of a table's layout the reader saw but could not read. Whole: nothing of the table can be checked without
 * it, so the table is reported as not checked rather than judged from the rest (a form that scores by shares, rows
 * with no weight, a header with no rows under it). A funds block whose layout was not read is a part: the checks
 * whose sums need its weight and score (weight-total, score-total) leave the table alone.
 */
export interface UnreadPart {
  part: "share-scoring" | "indicator-rows" | "weights" | "funds";
  /** Where the part starts: the header cell that names it. */
  cell: string;
  whole: boolean;
}

export interface IndicatorTable {
  /** What of the layout was not read; empty for a table read whole. */
  unread: UnreadPart[];
  sheet: string;
  /** A1 range from the first header row to the last row of the table. */
  range: string;
  family: TableFamily;
  /** Whether the family comes from the JX_TEMPLATE marker (true) or was guessed from header words. */
  marked: boolean;
  columns: Partial<Record<ColumnRole, number>>;
  groups: IndicatorGroup[];
  funds: FundsRow[];
  total: { label: GridCell; weight: GridCell | null; score: GridCell | null } | null;
  grade: GridCell | null;
  /** Every cell inside the table's range that holds a formula. */
  formulaCells: GridCell[];
}
