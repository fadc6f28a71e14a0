import { Message } from "../errors";

/**
 * A sheet plan: a pure description of the worksheet a template becomes. Every writer (Excel, .xlsx,
 * the HyperFormula tests) applies it the same way, so what is tested is what users get.
 * Rows and columns are 0-based sheet coordinates (the plan's origin already added).
 */
export type PlanValue = string | number | boolean | null;

/** A constant, or a formula (English syntax, as for `range.formulas`) with the value the core computes for it. */
export interface PlanCell {
  value: PlanValue;
  formula?: string;
  numberFormat?: string;
  style?: StyleName;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A rectangle of cells; null leaves a cell empty. */
export interface CellBlock {
  top: number;
  left: number;
  cells: (PlanCell | null)[][];
}

export type StyleName = "title" | "label" | "header" | "text" | "center" | "input" | "inputText" | "total" | "note" | "helper";

export interface CellStyle {
  bold?: boolean;
  fontSize?: number;
  /** "#RRGGBB". */
  fill?: string;
  fontColor?: string;
  horizontal: "left" | "center" | "right";
  vertical: "top" | "center";
  wrap: boolean;
  border: boolean;
}

export interface StyledArea {
  range: Rect;
  style: StyleName;
}

/** Never a custom function: Excel gives #CALC! for one inside a validation. */
export type ValidationRule =
  { kind: "decimal"; min: number; maxFormula: string } | { kind: "decimal"; min: number; max: number } | { kind: "list"; items: readonly string[] };

export interface PlanValidation {
  /** A relative maxFormula refers to the range's top-left cell and shifts down it, as Excel reads it. */
  range: Rect;
  rule: ValidationRule;
  prompt: Message;
  error: Message;
}

export type PlanName = { name: string; ref: Rect } | { name: string; text: string };

export interface PrintSetup {
  orientation: "landscape";
  paper: "A4";
  fitToPagesWide: 1;
  printArea: Rect;
  /** Rows repeated at the top of every page. */
  titleRows: { top: number; bottom: number };
  /** Page numbers, in Excel's header/footer codes. */
  footer: string;
}

export interface SheetPlan {
  /** The base name; writers make it unique (绩效自评表 (2), …). */
  sheetName: string;
  marker: string;
  extent: Rect;
  blocks: CellBlock[];
  merges: Rect[];
  styles: Readonly<Record<StyleName, CellStyle>>;
  areas: StyledArea[];
  columnWidths: { col: number; width: number }[];
  rowHeights: { row: number; height: number }[];
  validations: PlanValidation[];
  /** Sheet-scoped: JX_TOTAL, JX_GRADE and the template marker JX_TEMPLATE. */
  names: PlanName[];
  /** Rows above this one stay in view. */
  freezeRows: number;
  print: PrintSetup;
}
