import { PARAM_INFO, PARAM_ROW_KEYS, parseParams, type ParamKey, type ParamRowKey, type RawParams } from "../engine/params";
import type { CellValue, Issue } from "../engine/types";
import type { Language } from "./i18n";

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
  {
    key: "tier",
    rows: ["fullThreshold", "fullStrict", "partialThreshold", "partialStrict", "partialPayment", "belowPartialPayment", "waitLimitMonths", "leaversInDenominator"],
  },
  { key: "ledger", rows: ["plannedEnrolment", "trueUpPolicy"] },
  { key: "saving", rows: ["counterfactualMonths", "dailyCost", "iseeCeiling", "minShelterMonths"] },
  {
    key: "ranking",
    rows: ["wEvictionExecuted", "wEvictionValidated", "wEvictionIntimated", "wPerMonthInShelter", "maxShelterPoints", "wPerMinor", "wPerElder", "wPerDisabled", "wViolence", "wLowIsee"],
  },
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

/** A number as typed in the pane's language: "0,8" in Italian, "0.8" in English; no grouping. */
export function showNumber(n: number, language: Language): string {
  const text = String(n);
  return language === "it" ? text.replace(".", ",") : text;
}

/** The form's values for the raw values of the sheet. */
export function formValues(raw: RawParams, language: Language): FormValues {
  const values = {} as FormValues;
  for (const row of PARAM_ROW_KEYS) {
    const value = raw[row] as CellValue | undefined;
    if (BOOLEAN_KEYS.has(row)) values[row] = value === true || (typeof value === "string" && /^(true|vero)$/i.test(value.trim()));
    else values[row] = typeof value === "number" ? showNumber(value, language) : value === undefined || value === null ? "" : String(value);
  }
  return values;
}

/**
 * Typed text as the value to store: a number when it reads as one in the pane's language
 * (Italian "1.234,5", English "1,234.5", a leading or trailing €), otherwise the text itself, for
 * the schema to refuse with its message.
 */
export function typedValue(text: string, language: Language): CellValue {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  const bare = trimmed.replace(/\s/g, "").replace(/^€|€$/g, "");
  const normal = language === "it" ? bare.replace(/\./g, "").replace(",", ".") : bare.replace(/,/g, "");
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(normal) ? Number(normal) : trimmed;
}

/** Rows whose value is a list or a choice: "11,11" stays a list of two even in Italian. */
const TEXT_ROWS: ReadonlySet<ParamRowKey> = new Set(["plannedEnrolment", "trueUpPolicy"]);
const textValue = (text: string): CellValue => (/^\s*\d+\s*$/.test(text) ? Number(text) : text.trim());

export function rawOfForm(values: FormValues, language: Language): RawParams {
  const raw: RawParams = {};
  for (const row of PARAM_ROW_KEYS) {
    const value = values[row];
    raw[row] = typeof value === "boolean" ? value : TEXT_ROWS.has(row) ? textValue(value) : typedValue(value, language);
  }
  return raw;
}

/** The schema's message for one parameter, in the pane's language: null when valid. */
export function fieldMessage(key: ParamKey, issues: readonly Issue[], language: Language): string | null {
  if (!issues.some((issue) => issue.field === key)) return null;
  const info = PARAM_INFO[key];
  return language === "it" ? `Atteso ${info.expectedIt}.` : `Expected ${info.expectedEn}.`;
}

/** The agreement's issues for the form's current values. */
export const formIssues = (values: FormValues, language: Language): Issue[] => parseParams(rawOfForm(values, language)).issues;
