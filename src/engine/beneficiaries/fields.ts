import { normalizeText } from "../cells/text";
import { FIELD_KEYS, OUTCOME_KEYS, type FieldKey, type OutcomeKey } from "../keys";

/** How a field's cells are read. */
export type FieldKind = "id" | "integer" | "number" | "text" | "condition" | "date" | "yesNo";

/** One row of the field table of MECHANISM.md §3. */
export interface FieldSpec {
  key: FieldKey;
  headerIt: string;
  headerEn: string;
  kind: FieldKind;
  /** Required whatever the data (a column may also be required because an outcome is due). */
  required: boolean;
  /** For an outcome: the cohort year in which it is due. */
  dueYear: 1 | 2 | 3 | null;
  /** Smallest value allowed, for numbers. */
  min: number | null;
  /** The names messages give the field: the headers people see. */
  labelIt: string;
  labelEn: string;
  /** What the cell should hold, completing "inserire …" / "enter …". */
  expectedIt: string;
  expectedEn: string;
}

const YES_NO_IT = "Sì o No";
const YES_NO_EN = "Yes or No";
const DATE_IT = "una data (data di Excel, gg/mm/aaaa o aaaa-mm-gg)";
const DATE_EN = "a date (an Excel date, dd/mm/yyyy or yyyy-mm-dd)";

type Row = [FieldKey, string, string, FieldKind, boolean, FieldSpec["dueYear"], number | null, string, string];

const TABLE: Row[] = [
  ["id", "ID famiglia", "Family ID", "id", true, null, null, "un identificativo (testo o numero)", "an identifier (text or number)"],
  ["cohort", "Coorte", "Cohort", "integer", true, null, 1, "un numero intero ≥ 1", "a whole number ≥ 1"],
  ["members", "Componenti", "Household size", "integer", true, null, 1, "un numero intero ≥ 1", "a whole number ≥ 1"],
  ["minors", "Minori", "Minors", "integer", false, null, 0, "un numero intero ≥ 0", "a whole number ≥ 0"],
  ["isee", "ISEE", "ISEE", "number", false, null, 0, "un importo in euro ≥ 0", "an amount in euros ≥ 0"],
  [
    "condition",
    "Condizione abitativa",
    "Housing condition",
    "condition",
    false,
    null,
    null,
    "una condizione prevista (sfratto, struttura temporanea, albergo, dormitorio, alloggio inadeguato, altro)",
    "a listed condition (sfratto, struttura temporanea, albergo, dormitorio, alloggio inadeguato, altro)",
  ],
  ["referral", "Servizio inviante", "Referring service", "text", false, null, null, "un testo", "a text"],
  ["requestDate", "Data domanda", "Request date", "date", false, null, null, DATE_IT, DATE_EN],
  ["contractDate", "Data contratto", "Contract date", "date", false, null, null, DATE_IT, DATE_EN],
  ["waitMonths", "Mesi di attesa", "Waiting months", "number", false, null, 0, "un numero di mesi ≥ 0", "a number of months ≥ 0"],
  [
    "rentSaving",
    "Risparmio affitto",
    "Rent saving",
    "number",
    false,
    null,
    0,
    "un importo mensile in euro ≥ 0",
    "a monthly amount in euros ≥ 0",
  ],
  ["leaseSigned", "Contratto firmato", "Lease signed", "yesNo", false, 1, null, YES_NO_IT, YES_NO_EN],
  ["supportStarted", "Accompagnamento avviato", "Support started", "yesNo", false, 1, null, YES_NO_IT, YES_NO_EN],
  ["housingKept", "Alloggio mantenuto", "Housing kept", "yesNo", false, 2, null, YES_NO_IT, YES_NO_EN],
  ["supportContinued", "Accompagnamento proseguito", "Support continued", "yesNo", false, 2, null, YES_NO_IT, YES_NO_EN],
  ["stability", "Stabilità abitativa", "Housing stability", "yesNo", false, 3, null, YES_NO_IT, YES_NO_EN],
  ["wellbeing", "Benessere migliorato", "Wellbeing improved", "yesNo", false, 3, null, YES_NO_IT, YES_NO_EN],
  ["daysAvoided", "Giorni evitati", "Days avoided", "number", false, null, 0, "un numero di giorni ≥ 0", "a number of days ≥ 0"],
  ["exitDate", "Data uscita", "Exit date", "date", false, null, null, DATE_IT, DATE_EN],
];

/** The fields in the order of the table. */
export const FIELDS: readonly FieldSpec[] = TABLE.map(
  ([key, headerIt, headerEn, kind, required, dueYear, min, expectedIt, expectedEn]): FieldSpec => ({
    key,
    headerIt,
    headerEn,
    kind,
    required,
    dueYear,
    min,
    labelIt: headerIt,
    labelEn: headerEn,
    expectedIt,
    expectedEn,
  }),
);

export const FIELD_BY_KEY = Object.fromEntries(FIELDS.map((f) => [f.key, f])) as Readonly<Record<FieldKey, FieldSpec>>;

export { FIELD_KEYS, OUTCOME_KEYS };

/** The cohort year in which each outcome is due. */
export const OUTCOME_DUE_YEAR = Object.fromEntries(OUTCOME_KEYS.map((key) => [key, FIELD_BY_KEY[key].dueYear])) as Readonly<
  Record<OutcomeKey, 1 | 2 | 3>
>;

const BY_HEADER: ReadonlyMap<string, FieldKey> = new Map(
  FIELDS.flatMap((f): [string, FieldKey][] => [
    [normalizeText(f.headerIt), f.key],
    [normalizeText(f.headerEn), f.key],
  ]),
);

/** The field a header names, ignoring case, accents, spaces and punctuation. */
export function matchHeader(text: string): FieldKey | null {
  return BY_HEADER.get(normalizeText(text)) ?? null;
}
