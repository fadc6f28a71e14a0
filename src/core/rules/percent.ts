import { numberUnit } from "../numbers";

/** How a number reached the core: written as a percentage (a % sign, or a cell formatted as percent), or bare. */
export type NumberForm = "percent" | "bare";

/** Above this a bare number beside a percent target or rule is percentage points. */
const POINTS_ABOVE = 1.5;

/**
 * A value compared with a percent target (≥95%) or a percent rule text, as a fraction (0.9 is 90 %).
 * [decision] A number written as a percentage is a fraction already, whatever its size: 160 % over-completion
 * in a %-formatted cell is stored as 1.6 and stays 1.6. A bare number above 1.5 was typed in percentage points
 * (90 for 90 %, 3 for a 3 % 故障率), since a rate of 150 % or more is not typed as a bare fraction; a bare
 * number up to 1.5 is a fraction (0.9, or 1.2 for 120 %). The JX functions see numbers without their cell's
 * format, so there a bare 1.6 reads as 1.6 %: type 160 or 160% instead.
 */
export function percentFraction(value: number, form: NumberForm): number {
  return form === "bare" && Math.abs(value) > POINTS_ABOVE ? value / 100 : value;
}

/**
 * True for an Excel number format that shows a percentage (0%, 0.00%, 0.0%;[Red]-0.0%). A % inside quotes or
 * escaped (0"%", 0\%) is a literal sign that does not scale the value, so it does not count.
 */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  return format.replace(/"[^"]*"|\\./g, "").includes("%");
}

/** How a cell's number was written: a text with a % sign, or a number in a percent format, is a percentage. */
export function numberFormOf(value: unknown, format: string | null): NumberForm {
  const percent = typeof value === "string" ? numberUnit(value) === "%" : typeof value === "number" && isPercentFormat(format);
  return percent ? "percent" : "bare";
}
