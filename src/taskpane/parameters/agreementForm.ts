import { pick, type Lang } from "../../engine/cells/lang";
import { PARAM_INFO, PARAM_ROW_KEYS, parseParams, type ParamKey, type ParamRowKey, type RawParams } from "../../engine/agreement/params";
import { SCORE_PARAM_KEYS, TIER_PARAM_KEYS } from "../../engine/keys";
import type { CellValue, Issue } from "../../engine/types";

/**
 * The Parametri form as plain data: what each input shows, how typed text becomes the values
 * H4A_Parametri holds, and the schema's message for each field. No React here.
 */

export type FormValues = Record<ParamRowKey, string | boolean>;

export const BOOLEAN_KEYS: ReadonlySet<ParamRowKey> = new Set(["fullStrict", "partialStrict", "leaversInDenominator"]);

export type GroupKey = "premium" | "shares" | "tier" | "years" | "ledger" | "saving" | "ranking";

/** The form's sections, every row of H4A_Parametri once. */
export const GROUPS: { key: GroupKey; rows: ParamRowKey[] }[] = [
  { key: "premium", rows: ["premiumPerFamily", "totalPremium", "plannedFamilies", "cap"] },
  { key: "shares", rows: ["share1", "share2", "share3"] },
  { key: "years", rows: ["currentYear", "firstCalendarYear"] },
  { key: "tier", rows: [...TIER_PARAM_KEYS] },
  { key: "ledger", rows: ["plannedEnrolment", "trueUpPolicy"] },
  { key: "saving", rows: ["counterfactualMonths", "dailyCost", "iseeCeiling", "minShelterMonths"] },
  { key: "ranking", rows: [...SCORE_PARAM_KEYS] },
];

export const UNITS: Partial<Record<ParamRowKey, "euro" | "months">> = {
  totalPremium: "euro",
  premiumPerFamily: "euro",
  cap: "euro",
  iseeCeiling: "euro",
  dailyCost: "euro",
  waitLimitMonths: "months",
  counterfactualMonths: "months",
  minShelterMonths: "months",
};

export const keyOfRow = (row: ParamRowKey): ParamKey => (row === "share1" || row === "share2" || row === "share3" ? "shares" : row);

/**
 * Rows H4A_Parametri holds as fractions (0.8) and the form shows as percentages (80), as the
 * Simulazione tab does.
 */
export const PERCENT_ROWS: ReadonlySet<ParamRowKey> = new Set([
  "share1",
  "share2",
  "share3",
  "fullThreshold",
  "partialThreshold",
  "partialPayment",
  "belowPartialPayment",
]);

/** Twelve significant digits: far beyond any agreement's precision, short of binary noise. */
const clean = (n: number): number => Number(n.toPrecision(12));

/** A fraction as a percentage, without binary noise: 0.07 → 7, never 7.000000000000001. */
export const percentOf = (fraction: number): number => clean(fraction * 100);

/** A percentage as a fraction, without binary noise: 30 → 0.3, 33.3 → 0.333. */
export const fractionOf = (percent: number): number => clean(percent / 100);

/** A number as typed in the pane's language: "0,8" in Italian, "0.8" in English; no grouping. */
export function showNumber(n: number, language: Lang): string {
  const text = String(n);
  return pick({ it: text.replace(".", ","), en: text }, language);
}

/** The form's values for the raw values of the sheet. */
export function formValues(raw: RawParams, language: Lang): FormValues {
  const values = {} as FormValues;
  for (const row of PARAM_ROW_KEYS) {
    const value = raw[row] as CellValue | undefined;
    if (BOOLEAN_KEYS.has(row)) values[row] = value === true || (typeof value === "string" && /^(true|vero)$/i.test(value.trim()));
    else if (typeof value === "number") values[row] = showNumber(PERCENT_ROWS.has(row) ? percentOf(value) : value, language);
    else values[row] = value === undefined || value === null ? "" : String(value);
  }
  return values;
}

/** Typed text of a percentage row as the fraction to store: "80", "80 %" and "80%" are all 0.8. */
export function typedPercent(text: string, language: Lang): CellValue {
  const value = typedValue(text.trim().replace(/\s*%$/, ""), language);
  return typeof value === "number" ? fractionOf(value) : value === "" ? "" : text.trim();
}

/**
 * Typed text as the value to store: a number when it reads as one in the pane's language
 * (Italian "1.234,5", English "1,234.5", a leading or trailing €), otherwise the text itself, for
 * the schema to refuse with its message.
 */
export function typedValue(text: string, language: Lang): CellValue {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  const bare = trimmed.replace(/\s/g, "").replace(/^€|€$/g, "");
  const normal = pick({ it: bare.replace(/\./g, "").replace(",", "."), en: bare.replace(/,/g, "") }, language);
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(normal) ? Number(normal) : trimmed;
}

/** Rows whose value is a list or a choice: "11,11" stays a list of two even in Italian. */
const TEXT_ROWS: ReadonlySet<ParamRowKey> = new Set(["plannedEnrolment", "trueUpPolicy"]);
const textValue = (text: string): CellValue => (/^\s*\d+\s*$/.test(text) ? Number(text) : text.trim());

export function rawOfForm(values: FormValues, language: Lang): RawParams {
  const raw: RawParams = {};
  for (const row of PARAM_ROW_KEYS) {
    const value = values[row];
    raw[row] =
      typeof value === "boolean"
        ? value
        : TEXT_ROWS.has(row)
          ? textValue(value)
          : PERCENT_ROWS.has(row)
            ? typedPercent(value, language)
            : typedValue(value, language);
  }
  return raw;
}

const PERCENT_IT = "Attesa una percentuale tra 0 e 100 (es. 80)";
const PERCENT_EN = "a percentage between 0 and 100 (e.g. 80)";

/** What the percentage fields expect (Italian as a whole sentence, for its agreement), in the form's terms (the schema speaks of the sheet's fractions). */
const PERCENT_EXPECTED: Partial<Record<ParamKey, { it: string; en: string }>> = {
  shares: {
    it: "Attese tre percentuali tra 0 e 100 con somma 100 (es. 20; 30; 50)",
    en: "three percentages between 0 and 100 summing to 100 (e.g. 20, 30, 50)",
  },
  fullThreshold: { it: PERCENT_IT, en: PERCENT_EN },
  partialThreshold: { it: `${PERCENT_IT}, non oltre la soglia piena`, en: `${PERCENT_EN}, not above the full threshold` },
  partialPayment: { it: PERCENT_IT, en: PERCENT_EN },
  belowPartialPayment: { it: `${PERCENT_IT}, non oltre il pagamento parziale`, en: `${PERCENT_EN}, not above the partial payment` },
};

/** The schema's message for one parameter, in the pane's language: null when valid. */
export function fieldMessage(key: ParamKey, issues: readonly Issue[], language: Lang): string | null {
  if (!issues.some((issue) => issue.field === key)) return null;
  const info = PARAM_INFO[key];
  const percent = PERCENT_EXPECTED[key];
  if (percent !== undefined) return pick({ it: `${percent.it}.`, en: `Expected ${percent.en}.` }, language);
  return pick({ it: `Atteso ${info.expected.it}.`, en: `Expected ${info.expected.en}.` }, language);
}

/** The agreement's issues for the form's current values. */
export const formIssues = (values: FormValues, language: Lang): Issue[] => parseParams(rawOfForm(values, language)).issues;
