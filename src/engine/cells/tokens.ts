import { cleanToken, normalizeText } from "./text";
import { yesNoAsTyped } from "./yesNoAsTyped";
import { HOUSING_CONDITIONS, type CellValue, type HousingCondition } from "../types";

/** A yes/no cell: true, false, null when blank (not reported), "invalid" otherwise. */
export type YesNo = boolean | null | "invalid";

export const YES_TOKENS = ["Sì", "Si", "S", "Yes", "Y", "X", "1", "Vero", "True"] as const;
export const NO_TOKENS = ["No", "N", "0", "Falso", "False"] as const;

const YES: ReadonlySet<string> = new Set(YES_TOKENS.map(cleanToken));
const NO: ReadonlySet<string> = new Set(NO_TOKENS.map(cleanToken));

export function parseYesNo(value: CellValue): YesNo {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : "invalid";
  if (typeof value !== "string") return "invalid";
  // Most cells are typed as listed: read without cleaning them first.
  const typed = yesNoAsTyped(value);
  return typed !== undefined ? typed : parseCleanedYesNo(value);
}

/** A text read as a token once lowercased, without accents and trimmed: " Sì ", "sí". */
function parseCleanedYesNo(value: string): YesNo {
  const token = cleanToken(value);
  if (token === "") return null;
  if (YES.has(token)) return true;
  if (NO.has(token)) return false;
  return "invalid";
}

/** English names accepted beside the Italian ones of MECHANISM.md §3. */
export const CONDITION_ALIASES: Readonly<Record<string, HousingCondition>> = {
  eviction: "sfratto",
  "temporary accommodation": "struttura temporanea",
  "temporary shelter": "struttura temporanea",
  hotel: "albergo",
  dormitory: "dormitorio",
  "inadequate housing": "alloggio inadeguato",
  "unfit housing": "alloggio inadeguato",
  other: "altro",
};

const CONDITIONS: ReadonlyMap<string, HousingCondition> = new Map([
  ...HOUSING_CONDITIONS.map((c): [string, HousingCondition] => [normalizeText(c), c]),
  ...Object.entries(CONDITION_ALIASES).map(([alias, c]): [string, HousingCondition] => [normalizeText(alias), c]),
]);

/** The conditions and aliases as listed, read without normalising them first (most cells are typed so). */
const CONDITIONS_AS_LISTED: ReadonlyMap<string, HousingCondition> = new Map([
  ...HOUSING_CONDITIONS.map((c): [string, HousingCondition] => [c, c]),
  ...Object.entries(CONDITION_ALIASES),
]);

/** A housing condition matched ignoring case, accents and spaces; null when blank. */
export function parseCondition(value: CellValue): HousingCondition | null | "invalid" {
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") return "invalid";
  const listed = CONDITIONS_AS_LISTED.get(value);
  if (listed !== undefined) return listed;
  if (value.trim() === "") return null;
  return CONDITIONS.get(normalizeText(value)) ?? "invalid";
}
