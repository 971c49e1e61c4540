import { OUTCOME_KEYS } from "../keys";
import type { CellValue, FieldKey } from "../types";

/**
 * What the payment tables' native formulas can read of a beneficiary cell. The helper columns of
 * H4A_Calcolo reference a cell only when a formula reads it exactly as the engine does; otherwise
 * they hold the engine's value as a constant and the validator says so (rules text-date,
 * text-number, token-spelling). Formulas never parse text: DATEVALUE and VALUE depend on the
 * locale.
 */

/** The yes tokens as a formula compares them, after LOWER(TRIM(cell)): TRUE reads "true", "vero" (Italian Excel) or "1" (LibreOffice). */
export const FORMULA_YES_TOKENS = ["sì", "si", "sí", "s", "yes", "y", "x", "1", "vero", "true"] as const;

/** The fields the payment formulas read, by how they read them. */
export const FORMULA_NUMBER_FIELDS = ["cohort", "members", "waitMonths", "daysAvoided"] as const satisfies readonly FieldKey[];
export const FORMULA_DATE_FIELDS = ["requestDate", "contractDate", "exitDate"] as const satisfies readonly FieldKey[];
export const FORMULA_FLAG_FIELDS = OUTCOME_KEYS;

export type FormulaNumberField = (typeof FORMULA_NUMBER_FIELDS)[number];
export type FormulaDateField = (typeof FORMULA_DATE_FIELDS)[number];
export type FormulaFlagField = (typeof FORMULA_FLAG_FIELDS)[number];

/** Why a formula cannot follow a cell whose value the engine read: the rule that reports it. */
export type Unreadable = "text-date" | "text-number" | "token-spelling";

const YES: ReadonlySet<string> = new Set(FORMULA_YES_TOKENS);

/** Excel's TRIM: spaces (U+0020 only) removed at both ends and runs of spaces inside made one. */
export function excelTrim(text: string): string {
  if (!text.includes(" ")) return text;
  return text.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");
}

/** Whether ISNUMBER(MATCH(LOWER(TRIM(cell)), {FORMULA_YES_TOKENS}, 0)) is TRUE for this value. */
export function formulaReadsYes(value: CellValue): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1;
  if (typeof value !== "string") return false;
  return YES.has(excelTrim(value).toLowerCase());
}

const fieldsOf = (list: readonly FieldKey[]): ReadonlySet<FieldKey> => new Set(list);
const NUMBER_FIELDS = fieldsOf(FORMULA_NUMBER_FIELDS);
const DATE_FIELDS = fieldsOf(FORMULA_DATE_FIELDS);
const FLAG_FIELDS = fieldsOf(FORMULA_FLAG_FIELDS);

/**
 * For a cell the engine read as `read` (a number, serial date or flag; never null), why the
 * payment formulas cannot follow it, or null when a reference reads it the same way: a date or a
 * number typed as text, a yes/no spelling the formulas' token list does not hold.
 */
export function unreadableByFormula(field: FieldKey, raw: CellValue, read: unknown): Unreadable | null {
  if (DATE_FIELDS.has(field)) return typeof raw === "string" ? "text-date" : null;
  if (NUMBER_FIELDS.has(field)) return typeof raw === "string" ? "text-number" : null;
  if (FLAG_FIELDS.has(field)) return formulaReadsYes(raw) === (read === true) ? null : "token-spelling";
  return null;
}
