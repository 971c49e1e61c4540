import { parseParams, type Params, type RawParams } from "../engine/agreement/params";
import { badNumber, badValue } from "./guard";
import { asCellValue, nameIn, shownIn, valueIn, type ArgName } from "./words";

/** Excel hands a blank cell or an omitted optional argument over as "", null or undefined. */
export const isBlank = (value: unknown): value is "" | null | undefined =>
  value === undefined || value === null || value === "" || (typeof value === "string" && value.trim() === "");

export function requiredNumber(value: unknown, name: ArgName): number {
  const [it, en] = [nameIn(name, "it"), nameIn(name, "en")];
  if (isBlank(value)) throw badValue({ it: `${it}: manca il valore.`, en: `${en}: the value is missing.` });
  const number = typeof value === "string" ? Number(value.trim()) : value;
  if (typeof number !== "number" || !Number.isFinite(number)) {
    throw badValue({ it: `${it}: ${shownIn(value, "it")} non è un numero.`, en: `${en}: ${shownIn(value, "en")} is not a number.` });
  }
  return number;
}

export function optionalNumber(value: unknown, name: ArgName, fallback: number): number {
  return isBlank(value) ? fallback : requiredNumber(value, name);
}

export function wholeNumber(value: unknown, name: ArgName, min: number): number {
  const number = requiredNumber(value, name);
  if (!Number.isInteger(number) || number < min) {
    throw badNumber({
      it: `${nameIn(name, "it")}: atteso un numero intero ≥ ${min}, trovato ${valueIn(number, "it")}.`,
      en: `${nameIn(name, "en")}: expected a whole number ≥ ${min}, got ${valueIn(number, "en")}.`,
    });
  }
  return number;
}

export function fraction(value: unknown, name: ArgName): number {
  const number = requiredNumber(value, name);
  if (number < 0 || number > 1) {
    throw badNumber({
      it: `${nameIn(name, "it")}: atteso un valore tra 0 e 1, trovato ${valueIn(number, "it")}.`,
      en: `${nameIn(name, "en")}: expected a value between 0 and 1, got ${valueIn(number, "en")}.`,
    });
  }
  return number;
}

export function optionalBoolean(value: unknown, name: string, fallback: boolean): boolean {
  if (isBlank(value)) return fallback;
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  throw badValue({
    it: `${name}: atteso VERO o FALSO, trovato ${shownIn(value, "it")}.`,
    en: `${name}: expected TRUE or FALSE, got ${shownIn(value, "en")}.`,
  });
}

/** The cells of a range argument in reading order, error values as their text; a single value counts as one cell. */
export function cellsOf(range: unknown): unknown[] {
  if (!Array.isArray(range)) return [asCellValue(range)];
  const rows = range as unknown[];
  let count = 0;
  for (const row of rows) count += Array.isArray(row) ? row.length : 1;
  const cells = new Array<unknown>(count);
  let at = 0;
  for (const row of rows) {
    if (!Array.isArray(row)) cells[at++] = asCellValue(row);
    else for (const cell of row as unknown[]) cells[at++] = asCellValue(cell);
  }
  return cells;
}

/**
 * Whether a range is one column (n × 1), the shape of a whole-column argument. Excel hands a range
 * over as rows of one width, so its first row tells, with no pass over the rest.
 */
export function isColumn(range: unknown[]): range is unknown[][] {
  const first = range[0];
  return Array.isArray(first) && first.length === 1;
}

/** Agreement values given as arguments, checked by the same schema as the H4A_Parametri sheet. */
export function agreement(raw: RawParams): Params {
  const { params, issues } = parseParams(raw);
  if (params) return params;
  throw badValue({ it: issues.map((i) => i.message.it).join(" "), en: issues.map((i) => i.message.en).join(" ") });
}

/** The three tranche shares from an optional range of three cells (default 20 %, 30 %, 50 %). */
export function sharesArg(range: unknown): Params["shares"] {
  const cells = cellsOf(range).filter((cell) => !isBlank(cell));
  return agreement(cells.length === 0 ? {} : { shares: cells }).shares;
}
