import { FIELD_BY_KEY, type FieldKind } from "../beneficiaries/fields";
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
  headerIt: string;
  headerEn: string;
  /** Other headers read as this field (compared like the headers, ignoring case, accents, spaces). */
  aliases: readonly string[];
  kind: CandidateFieldKind;
  required: boolean;
  min: number | null;
  labelIt: string;
  labelEn: string;
  expectedIt: string;
  expectedEn: string;
}

const shared = (key: SharedFieldKey): CandidateFieldSpec => {
  const spec = FIELD_BY_KEY[key];
  return {
    key,
    headerIt: spec.headerIt,
    headerEn: spec.headerEn,
    aliases: [],
    kind: spec.kind,
    required: spec.required,
    min: spec.min,
    labelIt: spec.labelIt,
    labelEn: spec.labelEn,
    expectedIt: spec.expectedIt,
    expectedEn: spec.expectedEn,
  };
};

const indicator = (
  key: IndicatorKey,
  kind: CandidateFieldKind,
  [headerIt, headerEn]: [string, string],
  aliases: string[],
  [expectedIt, expectedEn]: [string, string],
): CandidateFieldSpec => ({
  key,
  headerIt,
  headerEn,
  aliases,
  kind,
  required: false,
  min: kind === "integer" || kind === "number" ? 0 : null,
  labelIt: headerIt,
  labelEn: headerEn,
  expectedIt,
  expectedEn,
});

/** The fields in the order of §3b: the shared ones, then the indicators. */
export const CANDIDATE_FIELDS: readonly CandidateFieldSpec[] = [
  shared("id"),
  shared("members"),
  shared("minors"),
  indicator(
    "elders",
    "integer",
    ["Anziani", "Members aged 70+"],
    ["Anziani 70+", "Over 70", "Elderly", "Elders"],
    ["un numero intero ≥ 0 (componenti di 70 anni o più)", "a whole number ≥ 0 (members aged 70 or more)"],
  ),
  indicator(
    "disabled",
    "integer",
    ["Disabili", "Members with a disability"],
    ["Componenti con disabilità", "Disabled", "Disabled members"],
    ["un numero intero ≥ 0 (componenti con disabilità)", "a whole number ≥ 0 (members with a disability)"],
  ),
  shared("isee"),
  shared("condition"),
  indicator(
    "eviction",
    "eviction",
    ["Sfratto", "Eviction"],
    ["Stato sfratto", "Fase sfratto", "Eviction stage"],
    [
      "uno di questi valori: nessuno, intimato, convalidato, eseguito",
      "one of: nessuno (none), intimato (notice served), convalidato (validated), eseguito (carried out)",
    ],
  ),
  indicator(
    "shelterMonths",
    "number",
    ["Mesi in struttura", "Months in shelter"],
    ["Months in temporary accommodation", "Mesi in struttura temporanea"],
    ["un numero di mesi ≥ 0", "a number of months ≥ 0"],
  ),
  indicator("violence", "yesNo", ["Violenza", "Violence"], ["Vittima di violenza", "Victim of violence"], ["Sì o No", "Yes or No"]),
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
    [f.headerIt, f.headerEn, ...f.aliases].map((header): [string, CandidateFieldKey] => [normalizeText(header), f.key]),
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
