import { parseParams, type Params, type RawParams } from "../engine/agreement/params";
import { badNumber, badValue } from "./guard";

/** Excel hands a blank cell or an omitted optional argument over as "", null or undefined. */
export const isBlank = (value: unknown): value is "" | null | undefined =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** An Excel error value as a function may receive it (CustomFunctions.Error), as the text Office.js gives for it: "#N/A". */
export const asCellValue = (value: unknown): unknown =>
  typeof CustomFunctions !== "undefined" && value instanceof CustomFunctions.Error ? value.code : value;

const shown = (value: unknown): string => {
  const cell = asCellValue(value);
  return typeof cell === "string" ? `"${cell}"` : String(cell);
};

export function requiredNumber(value: unknown, name: string): number {
  if (isBlank(value)) throw badValue(`${name}: manca il valore.`, `${name}: the value is missing.`);
  const number = typeof value === "string" ? Number(value.trim()) : value;
  if (typeof number !== "number" || !Number.isFinite(number)) {
    throw badValue(`${name}: ${shown(value)} non è un numero.`, `${name}: ${shown(value)} is not a number.`);
  }
  return number;
}

export function optionalNumber(value: unknown, name: string, fallback: number): number {
  return isBlank(value) ? fallback : requiredNumber(value, name);
}

export function wholeNumber(value: unknown, name: string, min: number): number {
  const number = requiredNumber(value, name);
  if (!Number.isInteger(number) || number < min) {
    throw badNumber(
      `${name}: atteso un numero intero ≥ ${min}, trovato ${number}.`,
      `${name}: expected a whole number ≥ ${min}, got ${number}.`,
    );
  }
  return number;
}

export function fraction(value: unknown, name: string): number {
  const number = requiredNumber(value, name);
  if (number < 0 || number > 1) {
    throw badNumber(`${name}: atteso un valore tra 0 e 1, trovato ${number}.`, `${name}: expected a value between 0 and 1, got ${number}.`);
  }
  return number;
}

export function optionalBoolean(value: unknown, name: string, fallback: boolean): boolean {
  if (isBlank(value)) return fallback;
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  throw badValue(`${name}: atteso VERO o FALSO, trovato ${shown(value)}.`, `${name}: expected TRUE or FALSE, got ${shown(value)}.`);
}

/** The cells of a range argument in reading order, error values as their text; a single value counts as one cell. */
export function cellsOf(range: unknown): unknown[] {
  if (!Array.isArray(range)) return [asCellValue(range)];
  return range.flatMap((row: unknown) => (Array.isArray(row) ? row : [row])).map(asCellValue);
}

/** Agreement values given as arguments, checked by the same schema as the H4A_Parametri sheet. */
export function agreement(raw: RawParams): Params {
  const { params, issues } = parseParams(raw);
  if (params) return params;
  throw badValue(issues.map((i) => i.message.it).join(" "), issues.map((i) => i.message.en).join(" "));
}

/** The three tranche shares from an optional range of three cells (default 20 %, 30 %, 50 %). */
export function sharesArg(range: unknown): Params["shares"] {
  const cells = cellsOf(range).filter((cell) => !isBlank(cell));
  return agreement(cells.length === 0 ? {} : { shares: cells }).shares;
}
