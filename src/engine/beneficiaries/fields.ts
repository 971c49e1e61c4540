import type { Text } from "../cells/lang";
import { normalizeText } from "../cells/text";
import { FIELD_KEYS, OUTCOME_KEYS, type FieldKey, type OutcomeKey } from "../keys";

/** How a field's cells are read. */
export type FieldKind = "id" | "integer" | "number" | "text" | "condition" | "date" | "yesNo";

/** One row of the field table of MECHANISM.md §3. */
export interface FieldSpec {
  key: FieldKey;
  /** The column's header, also the name messages give the field. */
  header: Text;
  kind: FieldKind;
  /** Required whatever the data (a column may also be required because an outcome is due). */
  required: boolean;
  /** For an outcome: the cohort year in which it is due. */
  dueYear: 1 | 2 | 3 | null;
  /** Smallest value allowed, for numbers. */
  min: number | null;
  /** What the cell should hold, completing "inserire …" / "enter …". */
  expected: Text;
}

const YES_NO: Text = { it: "Sì o No", en: "Yes or No" };
const DATE: Text = { it: "una data (data di Excel, gg/mm/aaaa o aaaa-mm-gg)", en: "a date (an Excel date, dd/mm/yyyy or yyyy-mm-dd)" };
const IDENTIFIER: Text = { it: "un identificativo (testo o numero)", en: "an identifier (text or number)" };
const WHOLE_FROM_1: Text = { it: "un numero intero ≥ 1", en: "a whole number ≥ 1" };
const WHOLE_FROM_0: Text = { it: "un numero intero ≥ 0", en: "a whole number ≥ 0" };
const EUROS: Text = { it: "un importo in euro ≥ 0", en: "an amount in euros ≥ 0" };
const MONTHLY_EUROS: Text = { it: "un importo mensile in euro ≥ 0", en: "a monthly amount in euros ≥ 0" };
const MONTHS: Text = { it: "un numero di mesi ≥ 0", en: "a number of months ≥ 0" };
const DAYS: Text = { it: "un numero di giorni ≥ 0", en: "a number of days ≥ 0" };
const CONDITION: Text = {
  it: "una condizione prevista (sfratto, struttura temporanea, albergo, dormitorio, alloggio inadeguato, altro)",
  en: "a listed condition (sfratto, struttura temporanea, albergo, dormitorio, alloggio inadeguato, altro)",
};

type Row = [FieldKey, Text, FieldKind, boolean, FieldSpec["dueYear"], number | null, Text];

const TABLE: Row[] = [
  ["id", { it: "ID famiglia", en: "Family ID" }, "id", true, null, null, IDENTIFIER],
  ["cohort", { it: "Coorte", en: "Cohort" }, "integer", true, null, 1, WHOLE_FROM_1],
  ["members", { it: "Componenti", en: "Household size" }, "integer", true, null, 1, WHOLE_FROM_1],
  ["minors", { it: "Minori", en: "Minors" }, "integer", false, null, 0, WHOLE_FROM_0],
  ["isee", { it: "ISEE", en: "ISEE" }, "number", false, null, 0, EUROS],
  ["condition", { it: "Condizione abitativa", en: "Housing condition" }, "condition", false, null, null, CONDITION],
  ["referral", { it: "Servizio inviante", en: "Referring service" }, "text", false, null, null, { it: "un testo", en: "a text" }],
  ["requestDate", { it: "Data domanda", en: "Request date" }, "date", false, null, null, DATE],
  ["contractDate", { it: "Data contratto", en: "Contract date" }, "date", false, null, null, DATE],
  ["waitMonths", { it: "Mesi di attesa", en: "Waiting months" }, "number", false, null, 0, MONTHS],
  ["rentSaving", { it: "Risparmio affitto", en: "Rent saving" }, "number", false, null, 0, MONTHLY_EUROS],
  ["leaseSigned", { it: "Contratto firmato", en: "Lease signed" }, "yesNo", false, 1, null, YES_NO],
  ["supportStarted", { it: "Accompagnamento avviato", en: "Support started" }, "yesNo", false, 1, null, YES_NO],
  ["housingKept", { it: "Alloggio mantenuto", en: "Housing kept" }, "yesNo", false, 2, null, YES_NO],
  ["supportContinued", { it: "Accompagnamento proseguito", en: "Support continued" }, "yesNo", false, 2, null, YES_NO],
  ["stability", { it: "Stabilità abitativa", en: "Housing stability" }, "yesNo", false, 3, null, YES_NO],
  ["wellbeing", { it: "Benessere migliorato", en: "Wellbeing improved" }, "yesNo", false, 3, null, YES_NO],
  ["daysAvoided", { it: "Giorni evitati", en: "Days avoided" }, "number", false, null, 0, DAYS],
  ["exitDate", { it: "Data uscita", en: "Exit date" }, "date", false, null, null, DATE],
];

/** The fields in the order of the table. */
export const FIELDS: readonly FieldSpec[] = TABLE.map(([key, header, kind, required, dueYear, min, expected]): FieldSpec => ({
  key,
  header,
  kind,
  required,
  dueYear,
  min,
  expected,
}));

export const FIELD_BY_KEY = Object.fromEntries(FIELDS.map((f) => [f.key, f])) as Readonly<Record<FieldKey, FieldSpec>>;

export { FIELD_KEYS, OUTCOME_KEYS };

/** The cohort year in which each outcome is due. */
export const OUTCOME_DUE_YEAR = Object.fromEntries(OUTCOME_KEYS.map((key) => [key, FIELD_BY_KEY[key].dueYear])) as Readonly<
  Record<OutcomeKey, 1 | 2 | 3>
>;

const BY_HEADER: ReadonlyMap<string, FieldKey> = new Map(
  FIELDS.flatMap((f): [string, FieldKey][] => [
    [normalizeText(f.header.it), f.key],
    [normalizeText(f.header.en), f.key],
  ]),
);

/** The field a header names, ignoring case, accents, spaces and punctuation. */
export function matchHeader(text: string): FieldKey | null {
  return BY_HEADER.get(normalizeText(text)) ?? null;
}
