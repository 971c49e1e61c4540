import type { EvictionStage } from "../engine/candidates/fields";
import { FIRST_CALENDAR_YEAR, REFERRING_SERVICES, sampleFamilies, type SampleFamily } from "./families";
import { SeededRandom } from "../engine/simulation/random";

/**
 * The applications of the sample programme's three entries (2023, 2024, 2025), the list the City
 * ranked with the indicators of §3b, year after year. Each year's families that entered — the
 * cohort, with the same ids, household, ISEE, service and request date as on the beneficiary
 * sheet — are exactly its first ranked families, in the order of their ids; after them come the
 * families that are eligible and still waiting, then those that are not eligible (ISEE missing or
 * above the ceiling, no emergency condition, or both). So the funnel narrows: applications ≥
 * eligible ≥ entered.
 *
 * With the agreement's weights every family that entered, whatever its year, scores at least 50
 * and every family waiting at most 48: ranked together, the 39 beneficiaries come first (families
 * of different years may share a score there). Within a year three pairs tie on purpose:
 * TO-2024-003 and -004 (both entered, the earlier request first), TO-2025-021 and -020 (waiting,
 * the earlier request first), TO-2025-022 and -023 (waiting, the same request date: the lower id
 * first). test/samples/sampleStory.test.ts holds the sample to all this.
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
/** The calendar years whose entries the applications are: one per cohort. */
export const CANDIDATE_YEARS = [FIRST_CALENDAR_YEAR, FIRST_CALENDAR_YEAR + 1, FIRST_CALENDAR_YEAR + 2] as const;

const utcDate = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));

type Indicators = Pick<SampleCandidate, "eviction" | "shelterMonths" | "violence" | "elders" | "disabled">;

const indicators = (
  eviction: EvictionStage,
  shelterMonths: number,
  more: Partial<Pick<Indicators, "elders" | "disabled" | "violence">> = {},
): Indicators => ({
  eviction,
  shelterMonths,
  elders: more.elders ?? 0,
  disabled: more.disabled ?? 0,
  violence: more.violence ?? false,
});

type Other = Omit<SampleCandidate, "id" | "requestDate" | "referral" | "isee"> & {
  /** Fixed where it decides something (a tie, a reason, a score kept below the families that entered); drawn otherwise. */
  isee?: number | null;
  request?: [number, number];
};

const other = (
  members: number,
  minors: number,
  condition: string,
  found: Indicators,
  fixed: Pick<Other, "isee" | "request"> = {},
): Other => ({
  members,
  minors,
  condition,
  ...found,
  ...fixed,
});

interface Entry {
  /** The indicators of the families that entered, by sequence number (…-001 first); their scores fall one after the other. */
  entered: Indicators[];
  /** The families that applied and did not enter: eligible ones first, then the others. */
  others: Other[];
}

/** Cohort 1, scores 99 … 54. */
const ENTRY_2023: Entry = {
  entered: [
    // 14 months in temporary accommodation: the shelter points stop at their maximum, 24.
    indicators("eseguito", 14, { elders: 2, disabled: 1 }),
    indicators("intimato", 0, { elders: 1, disabled: 2, violence: true }),
    indicators("eseguito", 11, { elders: 1, disabled: 1 }),
    indicators("eseguito", 5, { disabled: 1 }),
    indicators("intimato", 8, { elders: 1, disabled: 1, violence: true }),
    indicators("eseguito", 12, { elders: 2 }),
    indicators("eseguito", 10, { elders: 1 }),
    indicators("intimato", 11, { disabled: 1 }),
    indicators("eseguito", 7),
    indicators("convalidato", 11, { elders: 1 }),
    indicators("convalidato", 0),
    indicators("eseguito", 7),
  ],
  others: [
    other(3, 1, "sfratto", indicators("convalidato", 2), { isee: 15_630 }),
    other(2, 0, "struttura temporanea", indicators("nessuno", 7, { elders: 1 })),
    other(5, 2, "alloggio inadeguato", indicators("intimato", 1), { isee: 17_410 }),
    other(1, 0, "dormitorio", indicators("nessuno", 9)),
    other(2, 1, "altro", indicators("nessuno", 2, { violence: true }), { isee: 10_980 }),
    // Not eligible.
    other(3, 1, "sfratto", indicators("intimato", 0), { isee: 28_400 }),
    other(2, 0, "struttura temporanea", indicators("nessuno", 5), { isee: null }),
    other(4, 2, "altro", indicators("nessuno", 2)),
  ],
};

/** Cohort 2, scores 89 … 52; TO-2024-003 and -004 tie at 77, the earlier request first. */
const ENTRY_2024: Entry = {
  entered: [
    indicators("eseguito", 12, { elders: 1, disabled: 1 }),
    indicators("convalidato", 12, { elders: 1 }),
    indicators("intimato", 6, { disabled: 1, violence: true }),
    indicators("intimato", 11, { elders: 1, disabled: 1 }),
    indicators("eseguito", 12, { elders: 1 }),
    indicators("nessuno", 8, { disabled: 1 }),
    indicators("eseguito", 9, { elders: 1 }),
    indicators("convalidato", 10, { disabled: 1 }),
    indicators("convalidato", 11, { elders: 1 }),
    indicators("intimato", 10),
    indicators("eseguito", 9),
    indicators("convalidato", 3),
    indicators("eseguito", 2),
    indicators("convalidato", 11),
  ],
  others: [
    other(3, 1, "sfratto", indicators("eseguito", 1), { isee: 15_840 }),
    other(4, 2, "albergo", indicators("nessuno", 3)),
    other(2, 0, "alloggio inadeguato", indicators("nessuno", 0, { disabled: 1 })),
    other(3, 2, "struttura temporanea", indicators("intimato", 4), { isee: 19_260 }),
    other(1, 0, "dormitorio", indicators("nessuno", 11)),
    other(2, 0, "sfratto", indicators("convalidato", 3, { elders: 2 }), { isee: 14_470 }),
    // Not eligible.
    other(4, 2, "sfratto", indicators("eseguito", 0), { isee: 29_600 }),
    other(3, 1, "albergo", indicators("intimato", 2)),
    other(2, 0, "sfratto", indicators("convalidato", 0), { isee: null }),
    other(5, 3, "alloggio inadeguato", indicators("nessuno", 0), { isee: 26_750 }),
  ],
};

/** Cohort 3, scores 89 … 50; among those waiting, the two ties. */
const ENTRY_2025: Entry = {
  entered: [
    indicators("eseguito", 12, { elders: 2, disabled: 1 }),
    indicators("eseguito", 10, { elders: 1, disabled: 1 }),
    indicators("intimato", 12, { elders: 1, disabled: 1, violence: true }),
    indicators("eseguito", 12, { violence: true }),
    indicators("nessuno", 12, { disabled: 1, violence: true }),
    indicators("intimato", 8),
    indicators("eseguito", 12, { elders: 1 }),
    indicators("nessuno", 8, { disabled: 1, violence: true }),
    indicators("nessuno", 12, { elders: 1, disabled: 1 }),
    indicators("convalidato", 6, { elders: 1, disabled: 1 }),
    indicators("convalidato", 12),
    indicators("nessuno", 6, { elders: 1, violence: true }),
    indicators("convalidato", 10, { elders: 1 }),
  ],
  others: [
    other(4, 2, "alloggio inadeguato", indicators("nessuno", 0, { disabled: 1 }), { isee: 16_900 }),
    other(3, 1, "sfratto", indicators("convalidato", 0), { isee: 7_480 }),
    other(2, 1, "struttura temporanea", indicators("nessuno", 4)),
    other(2, 0, "altro", indicators("nessuno", 3, { violence: true }), { isee: 12_150 }),
    other(1, 0, "dormitorio", indicators("nessuno", 8)),
    other(2, 0, "sfratto", indicators("convalidato", 0, { elders: 1, disabled: 1 }), { isee: 17_300 }),
    // A tie (eviction validated 20 + one minor 10): the earlier request, TO-2025-021, ranks first.
    other(3, 1, "sfratto", indicators("convalidato", 0), { isee: 16_320, request: [6, 12] }),
    other(2, 1, "sfratto", indicators("convalidato", 0), { isee: 18_950, request: [3, 3] }),
    // A tie on score and request date (inadequate housing, two minors 20): the lower id, TO-2025-022, ranks first.
    other(4, 2, "alloggio inadeguato", indicators("nessuno", 0), { isee: 14_200, request: [5, 20] }),
    other(3, 2, "alloggio inadeguato", indicators("nessuno", 0), { isee: 21_070, request: [5, 20] }),
    other(3, 0, "albergo", indicators("nessuno", 4, { disabled: 1 })),
    // Not eligible.
    other(4, 2, "sfratto", indicators("eseguito", 0), { isee: 31_200 }),
    other(2, 0, "struttura temporanea", indicators("nessuno", 6), { isee: null }),
    other(3, 1, "albergo", indicators("intimato", 1)),
    other(2, 0, "altro", indicators("nessuno", 0, { elders: 1 }), { isee: 27_850 }),
    other(5, 3, "sfratto", indicators("intimato", 0)),
    other(1, 0, "altro", indicators("nessuno", 2), { isee: null }),
  ],
};

const ENTRIES: readonly Entry[] = [ENTRY_2023, ENTRY_2024, ENTRY_2025];

/** The request date of a beneficiary: given, or its contract date less its waiting months. */
function requestOf(f: SampleFamily): Date {
  if (f.requestDate !== null) return f.requestDate;
  const contract = f.contractDate as Date;
  return utcDate(contract.getUTCFullYear(), contract.getUTCMonth() + 1 - (f.waitMonths ?? 0), contract.getUTCDate());
}

/** The applications, year by year, each year's in the order of their ids. */
export function sampleCandidates(seed = CANDIDATES_SEED): SampleCandidate[] {
  const random = new SeededRandom(seed);
  const families = sampleFamilies();
  return ENTRIES.flatMap((entry, index) => {
    const year = CANDIDATE_YEARS[index];
    const cohort = families.filter((f) => f.cohort === index + 1);
    if (cohort.length !== entry.entered.length)
      throw new RangeError(`Cohort ${index + 1} has ${cohort.length} families, not ${entry.entered.length}.`);
    const entered = cohort.map((f, i): SampleCandidate => ({
      id: f.id,
      requestDate: requestOf(f),
      referral: f.referral,
      members: f.members,
      minors: f.minors,
      isee: f.isee,
      condition: f.condition,
      ...entry.entered[i],
    }));
    const waiting = entry.others.map((profile, i): SampleCandidate => {
      const { isee, request, ...rest } = profile;
      const drawnIsee = random.int(450_000, 2_450_000) / 100;
      const [month, day] = request ?? [random.int(1, 9), random.int(1, 28)];
      return {
        id: `TO-${year}-${String(cohort.length + i + 1).padStart(3, "0")}`,
        requestDate: utcDate(year, month, day),
        referral: random.pick(REFERRING_SERVICES),
        isee: isee === undefined ? drawnIsee : isee,
        ...rest,
      };
    });
    return [...entered, ...waiting];
  });
}
