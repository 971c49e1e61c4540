import { HOUSING_CONDITIONS } from "../engine/types";
import { SeededRandom } from "../engine/simulation/random";

/**
 * The families of the sample programme: Turin, fourth programme year (2026), three cohorts that
 * entered in 2023, 2024 and 2025. Each cohort's outcomes are set family by family so that its
 * tier is known in advance — cohort 1 reaches the full balance, cohort 2 the partial one, cohort 3
 * has its first two years verified — and everything else (sizes, ISEE, dates, services) is drawn
 * from a fixed seed.
 */

export type Flag = "Sì" | "No" | "";

export interface SampleFamily {
  id: string;
  cohort: number;
  members: number;
  minors: number;
  isee: number;
  condition: string;
  referral: string;
  requestDate: Date | null;
  contractDate: Date | null;
  waitMonths: number | null;
  rentSaving: number;
  leaseSigned: Flag;
  supportStarted: Flag;
  housingKept: Flag;
  supportContinued: Flag;
  stability: Flag;
  wellbeing: Flag;
  exitDate: Date | null;
}

export const SAMPLE_SEED = 20230401;
export const FIRST_CALENDAR_YEAR = 2023;
export const CURRENT_YEAR = 4;

export const REFERRING_SERVICES = [
  "Servizio Emergenza Abitativa",
  "Commissione Emergenza Abitativa",
  "Sportello Lo.C.A.Re.",
  "Servizi sociali – Circoscrizione 2",
  "Servizi sociali – Circoscrizione 5",
  "Servizi sociali – Circoscrizione 6",
  "Servizi sociali – Circoscrizione 7",
  "Servizio Adulti in Difficoltà",
] as const;

/** How often each housing condition occurs among families in emergency (eviction most often). */
const CONDITION_WEIGHTS: Record<(typeof HOUSING_CONDITIONS)[number], number> = {
  sfratto: 5,
  "struttura temporanea": 3,
  albergo: 1,
  dormitorio: 1,
  "alloggio inadeguato": 3,
  altro: 1,
};

/** One family's path: its outcomes as typed, whether it waited less than 8 months, how its wait is recorded. */
interface Profile {
  year1: [Flag, Flag];
  year2: [Flag, Flag];
  year3: [Flag, Flag];
  waitedLess: boolean;
  /** Only "Mesi di attesa" is known (no request date); or the lease is not signed yet (no contract date). */
  record?: "monthsOnly" | "noContract";
  leftInMonth?: number;
}

const YES: Flag = "Sì";
const NO: Flag = "No";
const all = (n: number, profile: Profile): Profile[] => Array.from({ length: n }, () => profile);
const FULL: Profile = { year1: [YES, YES], year2: [YES, YES], year3: [YES, YES], waitedLess: true };

/** Cohort 1 (12): year-1 base 11, year-2 base 10; stability, wellbeing, waiting 11 of 12 each → full tier. */
const COHORT_1: Profile[] = [
  { ...FULL, year1: [YES, NO] },
  { ...FULL, year2: [YES, NO], year3: [YES, NO] },
  { ...FULL, year2: [NO, NO], year3: [NO, YES], waitedLess: false },
  { ...FULL, record: "monthsOnly" },
  ...all(8, FULL),
];

/** Cohort 2 (14): one family left in year 2; stability 10, wellbeing 11, waiting 12 of 14 → partial tier. */
const COHORT_2: Profile[] = [
  { ...FULL, year2: ["", ""], year3: ["", ""], leftInMonth: 14 },
  { ...FULL, year2: [YES, NO] },
  { ...FULL, year2: [NO, NO], year3: [NO, NO], waitedLess: false },
  { ...FULL, year3: [NO, YES] },
  { ...FULL, year3: [NO, ""] },
  ...all(9, FULL),
];

/** Cohort 3 (13): years 1 and 2 verified; one lease not signed yet, one support interrupted. */
const NOT_DUE: [Flag, Flag] = ["", ""];
const COHORT_3: Profile[] = [
  { year1: [NO, YES], year2: [NO, YES], year3: NOT_DUE, waitedLess: false, record: "noContract" },
  { ...FULL, year2: [YES, NO], year3: NOT_DUE },
  { ...FULL, year3: NOT_DUE, record: "monthsOnly" },
  ...all(10, { ...FULL, year3: NOT_DUE }),
];

const utcDate = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));

function weightedCondition(random: SeededRandom): string {
  const entries = Object.entries(CONDITION_WEIGHTS);
  let roll = random.next() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [condition, weight] of entries) {
    roll -= weight;
    if (roll < 0) return condition;
  }
  return entries[entries.length - 1][0];
}

function family(random: SeededRandom, cohort: number, seq: number, profile: Profile): SampleFamily {
  const year = FIRST_CALENDAR_YEAR + cohort - 1;
  const members = random.pick([1, 2, 2, 3, 3, 3, 4, 4, 5, 6]);
  const minors = members === 1 ? 0 : random.int(0, Math.min(members - 1, 4));
  const contractMonth = random.int(2, 11);
  const day = random.int(1, 28);
  const wait = profile.waitedLess ? random.int(2, 7) : random.int(8, 12);
  const request = utcDate(year, contractMonth - wait, day);
  const contract = utcDate(year, contractMonth, day);
  return {
    id: `TO-${year}-${String(seq).padStart(3, "0")}`,
    cohort,
    members,
    minors,
    isee: random.int(250_000, 2_350_000) / 100,
    condition: weightedCondition(random),
    referral: random.pick(REFERRING_SERVICES),
    requestDate: profile.record === "monthsOnly" ? null : request,
    contractDate: profile.record === "noContract" ? null : contract,
    waitMonths: profile.record === undefined ? null : wait,
    rentSaving: random.int(12, 64) * 5,
    leaseSigned: profile.year1[0],
    supportStarted: profile.year1[1],
    housingKept: profile.year2[0],
    supportContinued: profile.year2[1],
    stability: profile.year3[0],
    wellbeing: profile.year3[1],
    exitDate: profile.leftInMonth === undefined ? null : utcDate(year, contractMonth + profile.leftInMonth, day),
  };
}

/** The sample families, by cohort, in the order of their ids. */
export function sampleFamilies(seed = SAMPLE_SEED): SampleFamily[] {
  const random = new SeededRandom(seed);
  return [COHORT_1, COHORT_2, COHORT_3].flatMap((profiles, index) =>
    random.shuffle(profiles).map((profile, i) => family(random, index + 1, i + 1, profile)),
  );
}
