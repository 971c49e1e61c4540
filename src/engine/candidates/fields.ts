import { FIELD_BY_KEY, type FieldKind } from "../beneficiaries/fields";
import type { Text } from "../cells/lang";
import { normalizeText } from "../cells/text";
import { nullsFor } from "../cells/rowCells";
import { INDICATOR_KEYS, SHARED_FIELD_KEYS, type CandidateFieldKey, type IndicatorKey, type SharedFieldKey } from "../keys";
import type { Family } from "../types";

export { INDICATOR_KEYS, type CandidateFieldKey, type IndicatorKey, type SharedFieldKey };

/**
 * The candidates sheet of MECHANISM.md §3b: one row per family applying. Beside id, members,
 * minors, isee, condition, referral and requestDate of §3 (same headers, same reading), five
 * indicators of housing emergency.
 */

/** The eviction stages of §3b, from none to executed. */
export const EVICTION_STAGES = ["nessuno", "intimato", "convalidato", "eseguito"] as const;
export type EvictionStage = (typeof EVICTION_STAGES)[number];

export type CandidateFieldKind = FieldKind | "eviction";

export interface CandidateFieldSpec {
  key: CandidateFieldKey;
  /** The column's header, also the name messages give the field. */
  header: Text;
  /** Other headers read as this field (compared like the headers, ignoring case, accents, spaces). */
  aliases: readonly string[];
  kind: CandidateFieldKind;
  required: boolean;
  min: number | null;
  /** What the cell should hold, completing "inserire …" / "enter …". */
  expected: Text;
}

const shared = (key: SharedFieldKey): CandidateFieldSpec => {
  const { header, kind, required, min, expected } = FIELD_BY_KEY[key];
  return { key, header, aliases: [], kind, required, min, expected };
};

const indicator = (key: IndicatorKey, kind: CandidateFieldKind, header: Text, aliases: string[], expected: Text): CandidateFieldSpec => ({
  key,
  header,
  aliases,
  kind,
  required: false,
  min: kind === "integer" || kind === "number" ? 0 : null,
  expected,
});

/** The fields in the order of §3b: the shared ones, then the indicators. */
export const CANDIDATE_FIELDS: readonly CandidateFieldSpec[] = [
  shared("id"),
  shared("members"),
  shared("minors"),
  indicator("elders", "integer", { it: "Anziani", en: "Members aged 70+" }, ["Anziani 70+", "Over 70", "Elderly", "Elders"], {
    it: "un numero intero ≥ 0 (componenti di 70 anni o più)",
    en: "a whole number ≥ 0 (members aged 70 or more)",
  }),
  indicator(
    "disabled",
    "integer",
    { it: "Disabili", en: "Members with a disability" },
    ["Componenti con disabilità", "Disabled", "Disabled members"],
    { it: "un numero intero ≥ 0 (componenti con disabilità)", en: "a whole number ≥ 0 (members with a disability)" },
  ),
  shared("isee"),
  shared("condition"),
  indicator("eviction", "eviction", { it: "Sfratto", en: "Eviction" }, ["Stato sfratto", "Fase sfratto", "Eviction stage"], {
    it: "uno di questi valori: nessuno, intimato, convalidato, eseguito",
    en: "one of: nessuno (none), intimato (notice served), convalidato (validated), eseguito (carried out)",
  }),
  indicator(
    "shelterMonths",
    "number",
    { it: "Mesi in struttura", en: "Months in shelter" },
    ["Months in temporary accommodation", "Mesi in struttura temporanea"],
    { it: "un numero di mesi ≥ 0", en: "a number of months ≥ 0" },
  ),
  indicator("violence", "yesNo", { it: "Violenza", en: "Violence" }, ["Vittima di violenza", "Victim of violence"], {
    it: "Sì o No",
    en: "Yes or No",
  }),
  shared("referral"),
  shared("requestDate"),
];

export const CANDIDATE_FIELD_BY_KEY = Object.fromEntries(CANDIDATE_FIELDS.map((f) => [f.key, f])) as Readonly<
  Record<CandidateFieldKey, CandidateFieldSpec>
>;

export const isCandidateField = (field: unknown): field is CandidateFieldKey =>
  typeof field === "string" && Object.prototype.hasOwnProperty.call(CANDIDATE_FIELD_BY_KEY, field);

const BY_HEADER: ReadonlyMap<string, CandidateFieldKey> = new Map(
  CANDIDATE_FIELDS.flatMap((f) =>
    [f.header.it, f.header.en, ...f.aliases].map((header): [string, CandidateFieldKey] => [normalizeText(header), f.key]),
  ),
);

/** The candidate field a header names, ignoring case, accents, spaces and punctuation. */
export function matchCandidateHeader(text: string): CandidateFieldKey | null {
  return BY_HEADER.get(normalizeText(text)) ?? null;
}

/** The stages as typed in Italian or English; "no" and "none" mean no eviction. */
const STAGE_WORDS: ReadonlyMap<string, EvictionStage> = new Map(
  (
    [
      ["nessuno", "nessuno"],
      ["nessuna", "nessuno"],
      ["no", "nessuno"],
      ["none", "nessuno"],
      ["intimato", "intimato"],
      ["intimazione", "intimato"],
      ["intimated", "intimato"],
      ["notice", "intimato"],
      ["noticeserved", "intimato"],
      ["convalidato", "convalidato"],
      ["convalida", "convalidato"],
      ["validated", "convalidato"],
      ["eseguito", "eseguito"],
      ["esecuzione", "eseguito"],
      ["executed", "eseguito"],
      ["enforced", "eseguito"],
    ] as [string, EvictionStage][]
  ).map(([word, stage]) => [normalizeText(word), stage]),
);

/** An eviction stage; null when blank. */
export function parseEviction(value: unknown): EvictionStage | null | "invalid" {
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") return "invalid";
  if (value.trim() === "") return null;
  return STAGE_WORDS.get(normalizeText(value)) ?? "invalid";
}

/**
 * One row of the candidates sheet once read: the §3 fields as a family's, and the indicators. A
 * value absent or invalid is null; dates are Excel serials.
 */
export interface Candidate extends Pick<Family, "row" | SharedFieldKey> {
  eviction: EvictionStage | null;
  shelterMonths: number | null;
  elders: number | null;
  disabled: number | null;
  violence: boolean | null;
}

export function emptyCandidate(row: number): Candidate {
  return { row, ...nullsFor(SHARED_FIELD_KEYS), ...nullsFor(INDICATOR_KEYS) };
}
