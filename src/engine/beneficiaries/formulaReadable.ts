import { OUTCOME_KEYS } from "../keys";
import { NO_TOKENS, YES_TOKENS } from "../cells/tokens";
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

const readsYes = (text: string): boolean => YES.has(excelTrim(text).toLowerCase());

/** readsYes of the yes/no tokens as listed, in lower and in upper case, worked out once (most cells are typed so). */
const READS_YES_AS_TYPED: ReadonlyMap<string, boolean> = new Map(
  [...YES_TOKENS, ...NO_TOKENS].flatMap((t) => [t, t.toLowerCase(), t.toUpperCase()]).map((t): [string, boolean] => [t, readsYes(t)]),
);

/** Whether ISNUMBER(MATCH(LOWER(TRIM(cell)), {FORMULA_YES_TOKENS}, 0)) is TRUE for this value. */
export function formulaReadsYes(value: CellValue): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1;
  if (typeof value !== "string") return false;
  return READS_YES_AS_TYPED.get(value) ?? readsYes(value);
}

/** Why the payment formulas cannot follow a cell of one field that the engine read as `read`; null when they can. */
export type FormulaCheck = (raw: CellValue, read: unknown) => Unreadable | null;

const readsAsDate: FormulaCheck = (raw) => (typeof raw === "string" ? "text-date" : null);
const readsAsNumber: FormulaCheck = (raw) => (typeof raw === "string" ? "text-number" : null);
const readsAsFlag: FormulaCheck = (raw, read) => (formulaReadsYes(raw) === (read === true) ? null : "token-spelling");

/** How the payment formulas read each field they read. */
const FORMULA_CHECK: ReadonlyMap<FieldKey, FormulaCheck> = new Map([
  ...FORMULA_DATE_FIELDS.map((field): [FieldKey, FormulaCheck] => [field, readsAsDate]),
  ...FORMULA_NUMBER_FIELDS.map((field): [FieldKey, FormulaCheck] => [field, readsAsNumber]),
  ...FORMULA_FLAG_FIELDS.map((field): [FieldKey, FormulaCheck] => [field, readsAsFlag]),
]);

/** The check of unreadableByFormula for one field; null for a field the formulas do not read. */
export function formulaCheckOf(field: FieldKey): FormulaCheck | null {
  return FORMULA_CHECK.get(field) ?? null;
}

/**
 * For a cell the engine read as `read` (a number, serial date or flag; never null), why the
 * payment formulas cannot follow it, or null when a reference reads it the same way: a date or a
 * number typed as text, a yes/no spelling the formulas' token list does not hold.
 */
export function unreadableByFormula(field: FieldKey, raw: CellValue, read: unknown): Unreadable | null {
  return formulaCheckOf(field)?.(raw, read) ?? null;
}
