import { toSerial } from "./calendar";
import type { CellValue } from "../types";

/** Excel's error values, in English and as Italian Excel shows them. */
export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#BUSY!",
  "#EXTERNAL!",
  "#PYTHON!",
  "#NULLO!",
  "#VALORE!",
  "#RIF!",
  "#NOME?",
  "#N/D",
  "#ESPANSIONE!",
] as const;

const ERROR_SET: ReadonlySet<string> = new Set(EXCEL_ERRORS);

/** The Excel error a cell holds ("#N/A"), or null. */
export function excelErrorOf(value: CellValue): string | null {
  // Every error starts with "#": most cells are told apart without trimming or upper-casing them.
  if (typeof value !== "string" || !value.includes("#")) return null;
  const text = value.trim().toUpperCase();
  return ERROR_SET.has(text) ? text : null;
}

export function isExcelError(value: CellValue): boolean {
  return excelErrorOf(value) !== null;
}

/** Blank: null, "" or only spaces. */
export function isBlank(value: CellValue): boolean {
  if (typeof value !== "string") return value === null;
  // Checked before reading a first character: charCodeAt past the end is slow in optimised code.
  if (value.length === 0) return true;
  // A first character that is printable ASCII and not a space is enough to say "not blank".
  const first = value.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return value.trim() === "";
}

/**
 * Any JavaScript value as a cell value, so that nothing a shell passes can make the engine
 * throw: undefined → null, Date → its serial day (UTC), bigint → number, anything else → text.
 */
export function readCell(raw: unknown): CellValue {
  switch (typeof raw) {
    case "string":
    case "number":
    case "boolean":
      return raw;
    case "undefined":
      return null;
    case "bigint":
      return Number(raw);
    default:
      if (raw === null) return null;
      if (raw instanceof Date) return dateToSerial(raw);
      return safeString(raw);
  }
}

function dateToSerial(date: Date): CellValue {
  const time = date.getTime();
  if (!Number.isFinite(time)) return null;
  return toSerial({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

function safeString(raw: unknown): string {
  try {
    return String(raw);
  } catch {
    return "";
  }
}
