import type { EvictionStage } from "../engine/candidates/fields";
import { CURRENT_YEAR, FIRST_CALENDAR_YEAR, REFERRING_SERVICES, sampleFamilies, type SampleFamily } from "./families";
import { Random } from "./random";

/**
 * The applications of the sample programme's third entry (2025), the list the City ranked with
 * the indicators of §3b: the 13 families that became cohort 3 (same ids, household, ISEE, service
 * and request date as on the beneficiary sheet), 11 more that are eligible and still waiting, and
 * 6 that are not eligible — ISEE missing or above the ceiling, no emergency condition, or both.
 * Two pairs tie on score, one pair decided by the request date, the other by the id.
 */

export interface SampleCandidate {
  id: string;
  requestDate: Date;
  referral: string;
  members: number;
  minors: number;
  elders: number;
  disabled: number;
  /** null: not given (the family is excluded for it). */
  isee: number | null;
  condition: string;
  eviction: EvictionStage;
  shelterMonths: number;
  violence: boolean;
}

export const CANDIDATES_SEED = 20250115;
/** The calendar year whose entries these applications are. */
export const CANDIDATES_YEAR = FIRST_CALENDAR_YEAR + 2;

const utcDate = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));

/** The indicators of each family of cohort 3, by its sequence number (TO-2025-001 …). */
const REFERRED: Record<number, Pick<SampleCandidate, "eviction" | "shelterMonths" | "violence" | "elders" | "disabled">> = {
  1: { eviction: "eseguito", shelterMonths: 8, violence: false, elders: 1, disabled: 0 },
  2: { eviction: "eseguito", shelterMonths: 0, violence: false, elders: 0, disabled: 0 },
  3: { eviction: "nessuno", shelterMonths: 0, violence: false, elders: 0, disabled: 1 },
  4: { eviction: "convalidato", shelterMonths: 0, violence: false, elders: 0, disabled: 0 },
  5: { eviction: "nessuno", shelterMonths: 0, violence: true, elders: 0, disabled: 0 },
  6: { eviction: "eseguito", shelterMonths: 14, violence: false, elders: 0, disabled: 1 },
  7: { eviction: "nessuno", shelterMonths: 6, violence: false, elders: 0, disabled: 0 },
  8: { eviction: "intimato", shelterMonths: 0, violence: true, elders: 0, disabled: 0 },
  9: { eviction: "eseguito", shelterMonths: 9, violence: false, elders: 0, disabled: 1 },
  10: { eviction: "intimato", shelterMonths: 0, violence: false, elders: 0, disabled: 0 },
  11: { eviction: "nessuno", shelterMonths: 20, violence: false, elders: 0, disabled: 0 },
  12: { eviction: "nessuno", shelterMonths: 0, violence: false, elders: 1, disabled: 0 },
  13: { eviction: "eseguito", shelterMonths: 4, violence: false, elders: 0, disabled: 0 },
};

/** The request date of a beneficiary: given, or its contract date less its waiting months. */
function requestOf(f: SampleFamily): Date {
  if (f.requestDate !== null) return f.requestDate;
  const contract = f.contractDate as Date;
  return utcDate(contract.getUTCFullYear(), contract.getUTCMonth() + 1 - (f.waitMonths ?? 0), contract.getUTCDate());
}

type Waiting = Omit<SampleCandidate, "id" | "requestDate" | "referral" | "isee"> & {
  /** Fixed where it decides something (a tie, a reason); drawn otherwise. */
  isee?: number | null;
  request?: [number, number];
};

/** The families that applied but did not enter, by sequence number from 14. */
const OTHERS: Waiting[] = [
  { members: 4, minors: 2, elders: 0, disabled: 0, condition: "alloggio inadeguato", eviction: "intimato", shelterMonths: 0, violence: false },
  { members: 3, minors: 1, elders: 0, disabled: 0, condition: "sfratto", eviction: "convalidato", shelterMonths: 0, violence: false, isee: 7_480 },
  { members: 2, minors: 1, elders: 0, disabled: 0, condition: "struttura temporanea", eviction: "nessuno", shelterMonths: 5, violence: false },
  { members: 2, minors: 1, elders: 0, disabled: 0, condition: "altro", eviction: "nessuno", shelterMonths: 0, violence: true },
  { members: 1, minors: 0, elders: 0, disabled: 0, condition: "dormitorio", eviction: "nessuno", shelterMonths: 10, violence: false },
  { members: 2, minors: 0, elders: 2, disabled: 1, condition: "sfratto", eviction: "eseguito", shelterMonths: 0, violence: false },
  // A tie (eviction validated 20 + one minor 10): the earlier request, TO-2025-021, ranks first.
  { members: 3, minors: 1, elders: 0, disabled: 0, condition: "sfratto", eviction: "convalidato", shelterMonths: 0, violence: false, isee: 16_320, request: [6, 12] },
  { members: 2, minors: 1, elders: 0, disabled: 0, condition: "sfratto", eviction: "convalidato", shelterMonths: 0, violence: false, isee: 18_950, request: [3, 3] },
  // A tie on score and request date (inadequate housing, two minors 20): the lower id, TO-2025-022, ranks first.
  { members: 4, minors: 2, elders: 0, disabled: 0, condition: "alloggio inadeguato", eviction: "nessuno", shelterMonths: 0, violence: false, isee: 14_200, request: [5, 20] },
  { members: 3, minors: 2, elders: 0, disabled: 0, condition: "alloggio inadeguato", eviction: "nessuno", shelterMonths: 0, violence: false, isee: 21_070, request: [5, 20] },
  { members: 3, minors: 0, elders: 0, disabled: 1, condition: "albergo", eviction: "nessuno", shelterMonths: 4, violence: false },
  // Not eligible.
  { members: 4, minors: 2, elders: 0, disabled: 0, condition: "sfratto", eviction: "eseguito", shelterMonths: 0, violence: false, isee: 31_200 },
  { members: 2, minors: 0, elders: 0, disabled: 0, condition: "struttura temporanea", eviction: "nessuno", shelterMonths: 6, violence: false, isee: null },
  { members: 3, minors: 1, elders: 0, disabled: 0, condition: "albergo", eviction: "intimato", shelterMonths: 1, violence: false },
  { members: 2, minors: 0, elders: 1, disabled: 0, condition: "altro", eviction: "nessuno", shelterMonths: 0, violence: false, isee: 27_850 },
  { members: 5, minors: 3, elders: 0, disabled: 0, condition: "sfratto", eviction: "intimato", shelterMonths: 0, violence: false },
  { members: 1, minors: 0, elders: 0, disabled: 0, condition: "altro", eviction: "nessuno", shelterMonths: 2, violence: false, isee: null },
];

/** The applications in the order of their ids. */
export function sampleCandidates(seed = CANDIDATES_SEED): SampleCandidate[] {
  const random = new Random(seed);
  const cohort3 = sampleFamilies().filter((f) => f.cohort === CURRENT_YEAR - 1);
  const referred = cohort3.map((f, i): SampleCandidate => ({
    id: f.id,
    requestDate: requestOf(f),
    referral: f.referral,
    members: f.members,
    minors: f.minors,
    isee: f.isee,
    condition: f.condition,
    ...REFERRED[i + 1],
  }));
  const others = OTHERS.map((profile, i): SampleCandidate => {
    const { isee, request, ...rest } = profile;
    const drawnIsee = random.int(450_000, 2_450_000) / 100;
    const [month, day] = request ?? [random.int(1, 9), random.int(1, 28)];
    return {
      id: `TO-${CANDIDATES_YEAR}-${String(cohort3.length + i + 1).padStart(3, "0")}`,
      requestDate: utcDate(CANDIDATES_YEAR, month, day),
      referral: random.pick(REFERRING_SERVICES),
      isee: isee === undefined ? drawnIsee : isee,
      ...rest,
    };
  });
  return [...referred, ...others];
}
