import { dateSerialOf } from "../cells/cellDates";
import { parseNumberCell } from "../cells/cellNumbers";
import { FIELDS, type FieldSpec } from "./fields";
import { cellAt, type Grid } from "../cells/grid";
import {
  CellStates,
  IMPOSSIBLE_DATE,
  presentFields,
  readRowCells,
  UNKNOWN_TOKEN,
  WRONG_TYPE,
  type CellState,
  type FieldCell,
  type FieldCellReader,
  type FieldReading,
} from "../cells/rowCells";
import { formulaCheckOf, type Unreadable } from "./formulaReadable";
import type { Reporter } from "./report";
import { parseCondition, parseYesNo } from "../cells/tokens";
import type { CellValue, FieldKey, Family } from "../types";

export type { CellState };

/**
 * The data rows read: one family per row, in sheet order, and for each column present whether its
 * cell was usable. A family is known by its index `i` in `families`.
 */
export interface SheetReading {
  grid: Grid;
  columns: Partial<Record<FieldKey, number>>;
  /** The grid row of each family. */
  rowIndexes: readonly number[];
  families: Family[];
  states: CellStates;
}

/** Each field's position among FIELDS, where its cells' states are kept. */
export const FIELD_INDEX = Object.fromEntries(FIELDS.map((spec, index) => [spec.key, index])) as Readonly<Record<FieldKey, number>>;

/** Whether family `i`'s cell of `field` was blank, valid or invalid; undefined when the field has no column. */
export function stateOf(sheet: SheetReading, i: number, field: FieldKey): CellState | undefined {
  return sheet.states.get(i, FIELD_INDEX[field]);
}

/** The raw value of family `i`'s cell of `field`, for the issues that cite it; null when the field has no column. */
export function rawOf(sheet: SheetReading, i: number, field: FieldKey): CellValue {
  const column = sheet.columns[field];
  if (column === undefined) return null;
  return cellAt(sheet.grid, sheet.rowIndexes[i], column - sheet.grid.left) ?? null;
}

type FieldValue = Family[FieldKey];
/** A non-blank cell read as a field's kind: its value, or why it cannot be read. */
export type Reading = FieldReading<FieldValue>;

/**
 * The family of a row from its values by field index, made in one go (in the order of FIELD_KEYS):
 * every family has one shape, and no value is stored after it is made.
 */
function familyOf(row: number, v: readonly FieldValue[]): Family {
  return {
    row,
    id: v[FIELD_INDEX.id] as Family["id"],
    cohort: v[FIELD_INDEX.cohort] as Family["cohort"],
    members: v[FIELD_INDEX.members] as Family["members"],
    minors: v[FIELD_INDEX.minors] as Family["minors"],
    isee: v[FIELD_INDEX.isee] as Family["isee"],
    condition: v[FIELD_INDEX.condition] as Family["condition"],
    referral: v[FIELD_INDEX.referral] as Family["referral"],
    requestDate: v[FIELD_INDEX.requestDate] as Family["requestDate"],
    contractDate: v[FIELD_INDEX.contractDate] as Family["contractDate"],
    waitMonths: v[FIELD_INDEX.waitMonths] as Family["waitMonths"],
    rentSaving: v[FIELD_INDEX.rentSaving] as Family["rentSaving"],
    leaseSigned: v[FIELD_INDEX.leaseSigned] as Family["leaseSigned"],
    supportStarted: v[FIELD_INDEX.supportStarted] as Family["supportStarted"],
    housingKept: v[FIELD_INDEX.housingKept] as Family["housingKept"],
    supportContinued: v[FIELD_INDEX.supportContinued] as Family["supportContinued"],
    stability: v[FIELD_INDEX.stability] as Family["stability"],
    wellbeing: v[FIELD_INDEX.wellbeing] as Family["wellbeing"],
    daysAvoided: v[FIELD_INDEX.daysAvoided] as Family["daysAvoided"],
    exitDate: v[FIELD_INDEX.exitDate] as Family["exitDate"],
  };
}

const NO_VALUES: readonly FieldValue[] = FIELDS.map(() => null);

/** A family of the row with no field read. */
export const emptyFamily = (row: number): Family => familyOf(row, NO_VALUES);

export type RowReader = FieldCellReader<FieldSpec, FieldValue>;

/** Reads the recognised cells of the data rows, reporting (through `rowReader`'s reader) each cell that cannot be read. */
export function readRows(
  grid: Grid,
  rowIndexes: readonly number[],
  columns: Partial<Record<FieldKey, number>>,
  reader: RowReader,
): SheetReading {
  const fields = presentFields(FIELDS, columns);
  const states = new CellStates(rowIndexes.length, FIELDS.length);
  const values = new Array<FieldValue>(FIELDS.length).fill(null);
  const families = rowIndexes.map((rowIndex, i) => {
    readRowCells(grid, rowIndex, fields, reader, values, states, i);
    return familyOf(grid.top + rowIndex, values);
  });
  return { grid, columns, rowIndexes, families, states };
}

/** How a sheet's data rows are read and their unreadable cells reported: made once per sheet. */
export function rowReader(reporter: Reporter): RowReader {
  const formulaChecks = FIELDS.map((spec) => formulaCheckOf(spec.key));
  return {
    read: readField,
    excelError: (site, error) => reporter.add("excel-error", site, { error }),
    blank: (site, spec) => {
      if (spec.key === "id") reporter.add("empty-id", site, { field: "id" });
      else if (spec.required) reporter.add("missing-value", site, { field: spec.key });
    },
    problem: (site, problem) => {
      if (problem.problem === "out-of-range") reporter.add("out-of-range", site, { field: site.field, value: problem.number });
      else reporter.add(problem.problem, site, { field: site.field, value: site.value });
    },
    valid: (site, value, fieldIndex) => {
      const check = formulaChecks[fieldIndex];
      if (check !== null) reportUnreadableByFormula(check(site.value, value), site, value, reporter);
    },
  };
}

/** A value the engine read but the payment tables' formulas cannot follow (see formulaReadable.ts). */
function reportUnreadableByFormula(rule: Unreadable | null, site: FieldCell<FieldKey>, read: FieldValue, reporter: Reporter): void {
  const { field } = site;
  if (rule === "text-date" && typeof read === "number") reporter.add(rule, site, { field, value: site.value, serial: read });
  else if (rule === "text-number" && typeof read === "number") reporter.add(rule, site, { field, value: site.value, number: read });
  else if (rule === "token-spelling" && typeof read === "boolean") reporter.add(rule, site, { field, value: site.value, flag: read });
}

/** Reads a non-blank, non-error cell as its field's kind (also used for the candidates sheet's shared kinds). */
export function readField(spec: Pick<FieldSpec, "kind" | "min">, value: CellValue): Reading {
  switch (spec.kind) {
    case "id":
    case "text":
      return readText(value);
    case "integer":
    case "number":
      return readNumber(spec, value);
    case "condition": {
      const condition = parseCondition(value);
      return condition === "invalid" ? UNKNOWN_TOKEN : condition;
    }
    case "date": {
      const date = dateSerialOf(value);
      if (typeof date === "number") return date;
      return date === "impossible" ? IMPOSSIBLE_DATE : WRONG_TYPE;
    }
    case "yesNo": {
      const flag = parseYesNo(value);
      return flag === "invalid" ? UNKNOWN_TOKEN : flag;
    }
  }
}

function readText(value: CellValue): Reading {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return WRONG_TYPE;
}

function readNumber(spec: Pick<FieldSpec, "kind" | "min">, value: CellValue): Reading {
  const number = parseNumberCell(value);
  if (number === null || number === "invalid") return WRONG_TYPE;
  if (spec.kind === "integer" && !Number.isInteger(number)) return WRONG_TYPE;
  if (spec.min !== null && number < spec.min) return { problem: "out-of-range", number };
  return number;
}
