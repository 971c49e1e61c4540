import type { Text } from "./cells/lang";
import type { CandidateFieldKey, FieldKey, ParamKey } from "./keys";

export type { FieldKey, OutcomeKey } from "./keys";

/** A cell value exactly as Office.js `range.values` returns it: blanks are "". */
export type CellValue = string | number | boolean | null;

export type Severity = "error" | "warning" | "note";

export const HOUSING_CONDITIONS = ["sfratto", "struttura temporanea", "albergo", "dormitorio", "alloggio inadeguato", "altro"] as const;
export type HousingCondition = (typeof HOUSING_CONDITIONS)[number];

/** One located finding about the input (a sheet cell or a parameter). */
export interface Issue {
  /** Stable rule id, e.g. "duplicate-id". */
  rule: string;
  severity: Severity;
  /** Absolute A1 address with sheet, e.g. "Beneficiari!F7". */
  cell: string;
  /** The field (of the beneficiary or candidates sheet, or an agreement parameter) concerned, or null for issues about no single field. */
  field: FieldKey | CandidateFieldKey | ParamKey | null;
  /** The value seen in the cell (for a parameter: the value given). */
  value: CellValue;
  message: Text;
}

/**
 * One family (a non-blank data row) once parsed. A value that is absent or invalid is null;
 * dates are Excel serial day numbers (1900 date system, UTC calendar dates).
 */
export interface Family {
  /** 1-based sheet row of the family. */
  row: number;
  id: string | null;
  cohort: number | null;
  members: number | null;
  minors: number | null;
  isee: number | null;
  condition: HousingCondition | null;
  referral: string | null;
  requestDate: number | null;
  contractDate: number | null;
  waitMonths: number | null;
  rentSaving: number | null;
  leaseSigned: boolean | null;
  supportStarted: boolean | null;
  housingKept: boolean | null;
  supportContinued: boolean | null;
  stability: boolean | null;
  wellbeing: boolean | null;
  daysAvoided: number | null;
  exitDate: number | null;
}

/** Where the beneficiary data sits in the workbook. */
export interface SheetInput {
  sheetName: string;
  /** Top-left address of `values`, e.g. "A1" or "B3". */
  topLeft: string;
  values: CellValue[][];
}

/** Where each recognised field was found. */
export interface ColumnMap {
  /** 1-based sheet row of the header row, or null when no header row was found. */
  headerRow: number | null;
  /** field → 1-based sheet column. */
  columns: Partial<Record<FieldKey, number>>;
  /** Header cells not recognised as a field: 1-based sheet column → header text. */
  unknown: Record<number, string>;
}

export interface ParsedSheet {
  families: Family[];
  issues: Issue[];
  columns: ColumnMap;
}
