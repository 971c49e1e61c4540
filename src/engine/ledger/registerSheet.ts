import { cellAddress, parseA1 } from "../cells/address";
import { isBlank } from "../cells/cells";
import { toCents } from "../cells/rounding";
import type { CohortYear } from "../payments/schedule";
import type { CellValue, Issue, SheetInput } from "../types";
import type { LooseCell } from "../sheets/workbookPlan";
import type { EntryKind, LedgerEntry } from "./entry";
import { SEAL_FORM, sha256Hex } from "./fingerprints";

/**
 * H4A_Registro (MECHANISM.md §10): the payments made, one row per tranche or true-up, appended and
 * never rewritten. Header in row 1, one entry per row below it; each row sealed (fingerprints.ts).
 */

export const REGISTER_SHEET = "H4A_Registro";

export const REGISTER_HEADER = [
  "Anno di programma",
  "Anno solare",
  "Coorte",
  "Anno di percorso",
  "Voce",
  "Famiglie",
  "Stabilità abitativa",
  "Benessere migliorato",
  "Attesa sotto il limite",
  "Livello",
  "Importo",
  "Atto",
  "Data",
  "Impronta accordo",
  "Impronta evidenze",
  "Sigillo",
] as const;

export const REGISTER_COLUMN_WIDTHS = [10, 10, 8, 10, 12, 10, 10, 10, 10, 8, 14, 22, 12, 66, 66, 66];

const KIND_TEXT: Record<EntryKind, string> = { tranche: "Tranche", trueUp: "Conguaglio" };
const EURO_FORMAT = '#,##0.00 "€"';
const FORMATS: Record<number, string> = { 10: "0%", 11: EURO_FORMAT, 13: "dd/mm/yyyy" };

const orBlank = (value: number | null): CellValue => (value === null ? "" : value);

/** The row's cells, in REGISTER_HEADER's order. */
export function entryCells(entry: LedgerEntry): CellValue[] {
  return [
    entry.programmeYear,
    orBlank(entry.calendarYear),
    entry.cohort,
    entry.cohortYear,
    KIND_TEXT[entry.kind],
    orBlank(entry.families),
    orBlank(entry.stability),
    orBlank(entry.wellbeing),
    orBlank(entry.waiting),
    orBlank(entry.tier),
    entry.amount,
    entry.act,
    entry.date,
    entry.agreementFingerprint,
    entry.evidenceFingerprint,
    entry.seal,
  ];
}

/** The text a row's seal is the SHA-256 of: its cells (amount in cents) and the seal above. */
export function canonicalRow(entry: LedgerEntry, previousSeal: string): string {
  const cells = entryCells(entry)
    .slice(0, -1)
    .map((value, i) => (i === 10 ? String(toCents(entry.amount)) : String(value)));
  return [SEAL_FORM, cells.join("\t"), previousSeal].join("\n");
}

/** The entries sealed in order after `previousSeal` (the last seal of the register, "" when empty). */
export async function sealEntries(entries: readonly Omit<LedgerEntry, "seal">[], previousSeal: string): Promise<LedgerEntry[]> {
  const sealed: LedgerEntry[] = [];
  let seal = previousSeal;
  for (const entry of entries) {
    seal = await sha256Hex(canonicalRow({ ...entry, seal: "" }, seal));
    sealed.push({ ...entry, seal });
  }
  return sealed;
}

/** The loose cells of entries written from `firstRow` down (the header too when firstRow is 2 on a new sheet). */
export function registerCells(entries: readonly LedgerEntry[], firstRow: number, withHeader: boolean): LooseCell[] {
  const cells: LooseCell[] = withHeader ? REGISTER_HEADER.map((value, i) => ({ row: 1, column: i + 1, value, bold: true })) : [];
  entries.forEach((entry, index) => {
    entryCells(entry).forEach((value, i) => {
      const numberFormat = FORMATS[i];
      cells.push({ row: firstRow + index, column: i + 1, value, ...(numberFormat ? { numberFormat } : {}) });
    });
  });
  return cells;
}

export interface RegisterReading {
  entries: LedgerEntry[];
  /** Rows that are not a ledger row (errors, located). */
  issues: Issue[];
  /** The first free row below the register. */
  nextRow: number;
}

const isWhole = (value: CellValue, min: number): value is number => typeof value === "number" && Number.isInteger(value) && value >= min;
const isNumber = (value: CellValue): value is number => typeof value === "number" && Number.isFinite(value);
const textOf = (value: CellValue): string => (typeof value === "string" ? value : value === null ? "" : String(value));

function rowIssue(sheet: string, row: number, column: number, value: CellValue, it: string, en: string): Issue {
  return {
    rule: "ledger-row-invalid",
    severity: "error",
    cell: cellAddress(sheet, row, column),
    field: null,
    value,
    message: {
      it: `${REGISTER_SHEET}, riga ${row}: ${it}; una riga del registro non va modificata (ripristinare la copia registrata).`,
      en: `${REGISTER_SHEET}, row ${row}: ${en}; a ledger row must not be changed (restore the recorded copy).`,
    },
  };
}

function entryOf(values: CellValue[], sheet: string, row: number, column0: number): LedgerEntry | Issue {
  const at = (i: number): CellValue => values[i] ?? "";
  const bad = (i: number, it: string, en: string): Issue => rowIssue(sheet, row, column0 + i, at(i), it, en);
  const optional = (i: number): number | null | undefined => (isBlank(at(i)) ? null : isNumber(at(i)) ? (at(i) as number) : undefined);
  if (!isWhole(at(0), 1)) return bad(0, "l'anno di programma non è un numero intero ≥ 1", "the programme year is not a whole number ≥ 1");
  const calendarYear = optional(1);
  if (calendarYear === undefined) return bad(1, "l'anno solare non è un numero", "the calendar year is not a number");
  if (!isWhole(at(2), 1)) return bad(2, "la coorte non è un numero intero ≥ 1", "the cohort is not a whole number ≥ 1");
  if (!(at(3) === 1 || at(3) === 2 || at(3) === 3)) return bad(3, "l'anno di percorso non è 1, 2 o 3", "the cohort year is not 1, 2 or 3");
  const kind = (Object.keys(KIND_TEXT) as EntryKind[]).find((k) => KIND_TEXT[k] === at(4));
  if (kind === undefined) return bad(4, "la voce non è «Tranche» né «Conguaglio»", 'the entry is neither "Tranche" nor "Conguaglio"');
  const counts = [5, 6, 7, 8].map(optional);
  const wrong = counts.findIndex((n) => n === undefined || (n !== null && !(Number.isInteger(n) && n >= 0)));
  if (wrong >= 0) return bad(5 + wrong, "il numero di famiglie non è un intero ≥ 0", "the number of families is not a whole number ≥ 0");
  const tier = optional(9);
  if (tier === undefined) return bad(9, "il livello non è un numero", "the tier is not a number");
  if (!isNumber(at(10))) return bad(10, "l'importo non è un numero", "the amount is not a number");
  if (!isNumber(at(12))) return bad(12, "la data non è una data", "the date is not a date");
  const hex = (i: number, allowEmpty: boolean): boolean => /^[0-9a-f]{64}$/.test(textOf(at(i))) || (allowEmpty && isBlank(at(i)));
  if (!hex(13, false)) return bad(13, "l'impronta dell'accordo non è un SHA-256", "the agreement fingerprint is not a SHA-256");
  if (!hex(14, kind === "trueUp"))
    return bad(14, "l'impronta delle evidenze non è un SHA-256", "the evidence fingerprint is not a SHA-256");
  if (!hex(15, false)) return bad(15, "il sigillo non è un SHA-256", "the seal is not a SHA-256");
  return {
    row,
    programmeYear: at(0) as number,
    calendarYear,
    cohort: at(2) as number,
    cohortYear: at(3) as CohortYear,
    kind,
    families: counts[0] as number | null,
    stability: counts[1] as number | null,
    wellbeing: counts[2] as number | null,
    waiting: counts[3] as number | null,
    tier,
    amount: at(10) as number,
    act: textOf(at(11)),
    date: at(12) as number,
    agreementFingerprint: textOf(at(13)),
    evidenceFingerprint: textOf(at(14)),
    seal: textOf(at(15)),
  };
}

/** The entries of H4A_Registro as read (null: no register yet); the header row is skipped. */
export function readRegister(sheet: SheetInput | null): RegisterReading {
  if (sheet === null) return { entries: [], issues: [], nextRow: 2 };
  const origin = parseA1(sheet.topLeft);
  const entries: LedgerEntry[] = [];
  const issues: Issue[] = [];
  let nextRow = 2;
  sheet.values.forEach((values, index) => {
    const row = origin.row + index;
    if (row === 1 || values.every(isBlank)) return;
    nextRow = row + 1;
    const aligned = [...Array<CellValue>(origin.column - 1).fill(""), ...values];
    const read = entryOf(aligned, sheet.sheetName, row, 1);
    if ("rule" in read) issues.push(read);
    else entries.push(read);
  });
  return { entries, issues, nextRow };
}
