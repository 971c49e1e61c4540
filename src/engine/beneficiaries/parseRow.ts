import { readDateCell } from "../cells/cellDates";
import { parseNumberCell } from "../cells/cellNumbers";
import { FIELD_KEYS, FIELDS, type FieldSpec } from "./fields";
import type { Grid } from "../cells/grid";
import { nullsFor, readRowCells, type CellState, type FieldReading } from "../cells/rowCells";
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

export function emptyFamily(row: number): Family {
  return { row, ...nullsFor(FIELD_KEYS) };
}

/** Reads the recognised cells of one data row, reporting each cell that cannot be read. */
export function readRow(grid: Grid, rowIndex: number, columns: Partial<Record<FieldKey, number>>, reporter: Reporter): RowReading {
  const cells = readRowCells(grid, rowIndex, FIELDS, columns, {
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
  });
  return { family: Object.assign(emptyFamily(cells.row), cells.values), states: cells.states, raw: cells.raw };
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
      return condition === "invalid" ? { problem: "unknown-token" } : { value: condition };
    }
    case "date": {
      const date = readDateCell(value);
      if (date.kind === "date") return { value: date.serial };
      return { problem: date.kind === "impossible" ? "impossible-date" : "wrong-type" };
    }
    case "yesNo": {
      const flag = parseYesNo(value);
      return flag === "invalid" ? { problem: "unknown-token" } : { value: flag };
    }
  }
}

function readText(value: CellValue): Reading {
  if (typeof value === "string") return { value: value.trim() };
  if (typeof value === "number" && Number.isFinite(value)) return { value: String(value) };
  return { problem: "wrong-type" };
}

function readNumber(spec: Pick<FieldSpec, "kind" | "min">, value: CellValue): Reading {
  const number = parseNumberCell(value);
  if (number === null || number === "invalid") return { problem: "wrong-type" };
  if (spec.kind === "integer" && !Number.isInteger(number)) return { problem: "wrong-type" };
  if (spec.min !== null && number < spec.min) return { problem: "out-of-range", number };
  return { value: number };
}
