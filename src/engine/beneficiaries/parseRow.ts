import { excelErrorOf, isBlank } from "../cells/cells";
import { readDateCell } from "../cells/cellDates";
import { parseNumberCell } from "../cells/cellNumbers";
import { FIELDS, type FieldSpec } from "./fields";
import { cellAt, type Grid } from "../cells/grid";
import { unreadableByFormula } from "./formulaReadable";
import type { Reporter, Site } from "./report";
import { parseCondition, parseYesNo } from "../cells/tokens";
import type { CellValue, FieldKey, Family } from "../types";

export type CellState = "blank" | "valid" | "invalid";

/** One data row read: the family, and for each column present whether its cell was usable. */
export interface RowReading {
  family: Family;
  states: Partial<Record<FieldKey, CellState>>;
  /** The raw value of each field's cell, for the issues that cite it. */
  raw: Partial<Record<FieldKey, CellValue>>;
}

type FieldValue = Family[FieldKey];
/** A non-blank cell read as a field's kind: its value, or why it cannot be read. */
export type Reading =
  { value: FieldValue } | { problem: "wrong-type" | "unknown-token" | "impossible-date" } | { problem: "out-of-range"; number: number };

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

/** Reads the recognised cells of one data row, reporting each cell that cannot be read. */
export function readRow(grid: Grid, rowIndex: number, columns: Partial<Record<FieldKey, number>>, reporter: Reporter): RowReading {
  const row = grid.top + rowIndex;
  const family = emptyFamily(row);
  const values = family as unknown as Record<FieldKey, FieldValue>;
  const states: RowReading["states"] = {};
  const raw: RowReading["raw"] = {};
  for (const spec of FIELDS) {
    const column = columns[spec.key];
    if (column === undefined) continue;
    const value = cellAt(grid, rowIndex, column - grid.left);
    raw[spec.key] = value;
    const site = { row, column, field: spec.key, value };
    const error = excelErrorOf(value);
    if (error !== null) {
      reporter.add("excel-error", site, { error });
      states[spec.key] = "invalid";
      continue;
    }
    if (isBlank(value)) {
      states[spec.key] = "blank";
      if (spec.key === "id") reporter.add("empty-id", site, { field: "id" });
      else if (spec.required) reporter.add("missing-value", site, { field: spec.key });
      continue;
    }
    const reading = readField(spec, value);
    if ("problem" in reading) {
      states[spec.key] = "invalid";
      if (reading.problem === "out-of-range") reporter.add("out-of-range", site, { field: spec.key, value: reading.number });
      else reporter.add(reading.problem, site, { field: spec.key, value });
      continue;
    }
    states[spec.key] = "valid";
    values[spec.key] = reading.value;
    reportUnreadableByFormula(spec.key, site, reading.value, reporter);
  }
  return { family, states, raw };
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
