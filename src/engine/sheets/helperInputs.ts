import {
  FORMULA_DATE_FIELDS,
  FORMULA_FLAG_FIELDS,
  FORMULA_NUMBER_FIELDS,
  unreadableByFormula,
  type FormulaDateField,
  type FormulaFlagField,
  type FormulaNumberField,
} from "../beneficiaries/formulaReadable";
import { cellAt, type Grid } from "../cells/grid";
import type { CellValue, ColumnMap, Family, FieldKey } from "../types";
import type { PlannedCell } from "./workbookPlan";
import { absolute, dateOrBlank, formula, numberOrBlank, yesFlag } from "./formulaText";

/**
 * The first layer of H4A_Calcolo: each beneficiary cell the payment tables use, read once. A
 * reference formula when a formula reads the cell as the engine did; otherwise the engine's
 * value as a constant (a date or number typed as text, an unusual yes spelling — the validator
 * reports each).
 */

export type InputField = FormulaNumberField | FormulaDateField | FormulaFlagField;

export const INPUT_FIELDS: readonly InputField[] = [...FORMULA_NUMBER_FIELDS, ...FORMULA_DATE_FIELDS, ...FORMULA_FLAG_FIELDS];

const DATE_FIELDS: ReadonlySet<FieldKey> = new Set(FORMULA_DATE_FIELDS);
const FLAG_FIELDS: ReadonlySet<FieldKey> = new Set(FORMULA_FLAG_FIELDS);

/** The engine's reading of the field as the helper column shows it: numbers and dates, "" when none; flags 1/0. */
export function helperValue(family: Family, field: InputField): CellValue {
  const value = family[field];
  if (FLAG_FIELDS.has(field)) return value === true ? 1 : 0;
  return typeof value === "number" ? value : "";
}

/** The helper cell of one field of one family. */
export function inputCell(grid: Grid, columns: ColumnMap, family: Family, field: InputField): PlannedCell {
  const expected = helperValue(family, field);
  const column = columns.columns[field];
  if (column === undefined) return expected === "" ? null : expected;
  const raw = cellAt(grid, family.row - grid.top, column - grid.left);
  const read = family[field];
  if (read !== null && unreadableByFormula(field, raw, read) !== null) return expected;
  const ref = absolute(family.row, column, grid.sheetName);
  if (FLAG_FIELDS.has(field)) return formula(yesFlag(ref), expected);
  return formula(DATE_FIELDS.has(field) ? dateOrBlank(ref) : numberOrBlank(ref), expected);
}

/** The family's id, read by reference so that pseudonymised ids follow. */
export function idCell(grid: Grid, columns: ColumnMap, family: Family): PlannedCell {
  const column = columns.columns.id;
  if (column === undefined) return family.id;
  const raw = cellAt(grid, family.row - grid.top, column - grid.left);
  return formula(absolute(family.row, column, grid.sheetName), raw);
}
