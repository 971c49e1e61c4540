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
import { absolute, dateOrBlank, numberOrBlank, rowFormula, yesFlag, type RowFormula } from "./formulaText";

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

/** One helper column's reading of its field, the same for every family: made once per sheet. */
export interface InputColumn {
  field: InputField;
  flag: boolean;
  /** The field's column on the beneficiary sheet, when it has one. */
  sheetColumn: number | undefined;
  /** Given the family's beneficiary row. */
  formula: RowFormula;
}

function shapeOf(field: InputField): (ref: string) => string {
  if (FLAG_FIELDS.has(field)) return yesFlag;
  return DATE_FIELDS.has(field) ? dateOrBlank : numberOrBlank;
}

export function inputColumn(grid: Grid, columns: ColumnMap, field: InputField): InputColumn {
  const sheetColumn = columns.columns[field];
  const shape = shapeOf(field);
  return {
    field,
    flag: FLAG_FIELDS.has(field),
    sheetColumn,
    formula: rowFormula((row) => (sheetColumn === undefined ? "" : shape(absolute(row, sheetColumn, grid.sheetName)))),
  };
}

/**
 * One family's cell of a helper column: its value is the engine's reading as the helper column
 * shows it (numbers and dates, "" when none; flags 1/0), `byFormula` when a formula reads it from
 * the beneficiary sheet, otherwise a constant (null for a blank one).
 */
export interface HelperCell {
  byFormula: boolean;
  value: CellValue;
}

export function inputCell(grid: Grid, input: InputColumn, family: Family): HelperCell {
  const read = family[input.field];
  const expected = input.flag ? (read === true ? 1 : 0) : typeof read === "number" ? read : "";
  if (input.sheetColumn === undefined) return { byFormula: false, value: expected === "" ? null : expected };
  if (read === null) return { byFormula: true, value: expected };
  const raw = cellAt(grid, family.row - grid.top, input.sheetColumn - grid.left);
  return { byFormula: unreadableByFormula(input.field, raw, read) === null, value: expected };
}

/** The beneficiary sheet's id column, read by reference so that pseudonymised ids follow. */
export interface IdColumn {
  sheetColumn: number;
  /** Given the family's beneficiary row. */
  formula: RowFormula;
}

/** Null when the sheet has no id column. */
export function idColumn(grid: Grid, columns: ColumnMap): IdColumn | null {
  const sheetColumn = columns.columns.id;
  if (sheetColumn === undefined) return null;
  return { sheetColumn, formula: rowFormula((row) => absolute(row, sheetColumn, grid.sheetName)) };
}

/** The family's id cell: by reference to its beneficiary cell, or the parsed id when the sheet has no id column. */
export function idCell(grid: Grid, ids: IdColumn | null, family: Family): HelperCell {
  if (ids === null) return { byFormula: false, value: family.id };
  return { byFormula: true, value: cellAt(grid, family.row - grid.top, ids.sheetColumn - grid.left) };
}
