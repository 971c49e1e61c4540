import { readDateCell } from "../cells/cellDates";
import { parseNumberCell } from "../cells/cellNumbers";
import { FIELDS, type FieldSpec } from "./fields";
import type { Grid } from "../cells/grid";
import {
  IMPOSSIBLE_DATE,
  readRowCells,
  UNKNOWN_TOKEN,
  WRONG_TYPE,
  type CellState,
  type FieldCellReader,
  type FieldReading,
} from "../cells/rowCells";
import { unreadableByFormula } from "./formulaReadable";
import type { Reporter, Site } from "./report";
import { parseCondition, parseYesNo } from "../cells/tokens";
import type { CellValue, FieldKey, Family } from "../types";

export type { CellState };

/** One data row read: the family, and for each column present whether its cell was usable. */
export interface RowReading {
  family: Family;
  states: Partial<Record<FieldKey, CellState>>;
  /** The raw value of each field's cell, for the issues that cite it. */
  raw: Partial<Record<FieldKey, CellValue>>;
}

type FieldValue = Family[FieldKey];
/** A non-blank cell read as a field's kind: its value, or why it cannot be read. */
export type Reading = FieldReading<FieldValue>;

/** Written out (in the order of FIELD_KEYS) so that every family has one shape, made without a loop. */
export function emptyFamily(row: number): Family {
  return {
    row,
    id: null,
    cohort: null,
    members: null,
    minors: null,
    isee: null,
    condition: null,
    referral: null,
    requestDate: null,
    contractDate: null,
    waitMonths: null,
    rentSaving: null,
    leaseSigned: null,
    supportStarted: null,
    housingKept: null,
    supportContinued: null,
    stability: null,
    wellbeing: null,
    daysAvoided: null,
    exitDate: null,
  };
}

export type RowReader = FieldCellReader<FieldSpec, FieldValue>;

/** Reads the recognised cells of one data row, reporting (through `rowReader`'s reader) each cell that cannot be read. */
export function readRow(grid: Grid, rowIndex: number, columns: Partial<Record<FieldKey, number>>, reader: RowReader): RowReading {
  const family = emptyFamily(grid.top + rowIndex);
  const cells = readRowCells(grid, rowIndex, FIELDS, columns, reader, family as Partial<Record<FieldKey, FieldValue>>);
  return { family, states: cells.states, raw: cells.raw };
}

/** How a sheet's data rows are read and their unreadable cells reported: made once per sheet. */
export function rowReader(reporter: Reporter): RowReader {
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
    valid: (site, value) => reportUnreadableByFormula(site.field, site, value, reporter),
  };
}

/** A value the engine read but the payment tables' formulas cannot follow (see formulaReadable.ts). */
function reportUnreadableByFormula(field: FieldKey, site: Site, read: FieldValue, reporter: Reporter): void {
  const rule = unreadableByFormula(field, site.value, read);
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
      const date = readDateCell(value);
      if (date.kind === "date") return date.serial;
      return date.kind === "impossible" ? IMPOSSIBLE_DATE : WRONG_TYPE;
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
