import { parseDateCell } from "../../src/engine/cells/cellDates";
import { FIELD_BY_KEY, FIELD_KEYS } from "../../src/engine/beneficiaries/fields";
import type { CellValue, FieldKey } from "../../src/engine/types";
import { ILLUSTRATION_FAMILIES } from "../engine/fixtures/illustration";
import type { FakeFill, SeedSheet } from "../support/fakeExcel";

/**
 * The workbook a finance officer opens: the §9 illustration (22 families, two cohorts) on the
 * sheet "Beneficiari" under two title rows, dates typed as real Excel dates except one, and four
 * mistakes to find and fix. Columns follow §3's order from A (id) to S (exit date); the header is
 * on row 4, family i on row 5 + i.
 */

export const SHEET = "Beneficiari";
export const HEADER_ROW = 4;
export const column = (field: FieldKey): string => String.fromCharCode(65 + FIELD_KEYS.indexOf(field));
export const rowOf = (id: string): number => HEADER_ROW + 1 + ILLUSTRATION_FAMILIES.findIndex((f) => f.id === id);
export const cellOf = (field: FieldKey, id: string): string => `${column(field)}${rowOf(id)}`;

/** The mistakes: where, what is typed, and what a person types to fix it. */
export const MISTAKES = [
  { cell: cellOf("leaseSigned", "H4A-05"), wrong: "forse", right: "Sì", rule: "unknown-token" },
  { cell: cellOf("minors", "H4A-09"), wrong: 3, right: 1, rule: "minors-not-less-than-members" },
  { cell: cellOf("id", "H4A-14"), wrong: "H4A-13", right: "H4A-14", rule: "duplicate-id" },
  { cell: cellOf("stability", "H4A-20"), wrong: "", right: "No", rule: "missing-due-outcome" },
] as const;

/** A date left as text (Italian day-first): read by the engine, reported as a warning. */
export const TEXT_DATE_CELL = cellOf("requestDate", "H4A-08");

/** Fills the officer had given cells before opening the pane: the header row, and a patterned cell under a mistake. */
export const HEADER_FILL: FakeFill = { color: "#DDEBF7", pattern: "Solid" };
export const PATTERNED_FILL: FakeFill = { color: "#E2EFDA", pattern: "Gray25", patternColor: "#70AD47" };
export const PATTERNED_CELL = MISTAKES[1].cell;

function asSerial(value: CellValue, keepText: boolean): CellValue {
  if (keepText || typeof value !== "string" || value === "") return value;
  const serial = parseDateCell(value);
  return typeof serial === "number" ? serial : value;
}

export interface SeedOptions {
  /** Families: the 22 of §9 repeated (ids made unique beyond the 22nd). Default 22. */
  families?: number;
  /** Whether the four mistakes are typed in (default true). */
  mistakes?: boolean;
}

/** The sheet "Beneficiari" as the officer has it. */
export function beneficiarySeed(options: SeedOptions = {}): SeedSheet {
  const count = options.families ?? ILLUSTRATION_FAMILIES.length;
  const withMistakes = options.mistakes ?? true;
  const header = FIELD_KEYS.map((key) => FIELD_BY_KEY[key].header.it);
  const body = Array.from({ length: count }, (_, i) => {
    const family = ILLUSTRATION_FAMILIES[i % ILLUSTRATION_FAMILIES.length];
    const row = HEADER_ROW + 1 + i;
    return FIELD_KEYS.map((key) => {
      const value = key === "id" && i >= ILLUSTRATION_FAMILIES.length ? `F${String(i + 1).padStart(6, "0")}` : (family[key] ?? "");
      const isDate = key === "requestDate" || key === "contractDate" || key === "exitDate";
      const mistake = MISTAKES.find((m) => m.cell === `${column(key)}${row}`);
      if (mistake && withMistakes) return mistake.wrong;
      return isDate ? asSerial(value, `${column(key)}${row}` === TEXT_DATE_CELL) : value;
    });
  });
  return {
    name: SHEET,
    rows: [["Homes4All — nuclei familiari beneficiari"], ["Situazione all'anno di programma 4"], [], header, ...body],
  };
}

/** §9: premium per family 6,000 €, current year 4. */
export const EXPECTED = {
  payments: [
    { cohort: 1, cohortYear: 1, amount: 13_200 },
    { cohort: 1, cohortYear: 2, amount: 18_000 },
    { cohort: 1, cohortYear: 3, amount: 33_000 },
    { cohort: 2, cohortYear: 1, amount: 13_200 },
    { cohort: 2, cohortYear: 2, amount: 19_800 },
    { cohort: 2, cohortYear: 3, amount: 26_400 },
  ],
  years: [
    { programmeYear: 1, amount: 13_200, cumulative: 13_200 },
    { programmeYear: 2, amount: 31_200, cumulative: 44_400 },
    { programmeYear: 3, amount: 52_800, cumulative: 97_200 },
    { programmeYear: 4, amount: 26_400, cumulative: 123_600 },
  ],
  total: 123_600,
};
