import { toSerial } from "../../../src/engine/cells/calendar";
import { FIELD_BY_KEY } from "../../../src/engine/beneficiaries/fields";
import { DEFAULT_PARAMS, type Params } from "../../../src/engine/agreement/params";
import type { CellValue, FieldKey, SheetInput } from "../../../src/engine/types";

/**
 * Seeded random programmes for the second-engine test: cohorts of random sizes, every spelling
 * of yes and no (TRUE, 1, "x", "Sí", …), dates as serials (some with a time of day) or typed as
 * text, waiting months, leavers, days avoided, and agreements with or without a cap, leavers in
 * or out of the denominator, strict or not, a first calendar year or not. Every sheet generated
 * validates without errors.
 */

export interface GeneratedProgramme {
  name: string;
  sheet: SheetInput;
  params: Params;
  /** 1-based sheet columns holding dates (written with a date format). */
  dateColumns: Set<number>;
}

/** mulberry32: a small, fast, seedable generator. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const YES: CellValue[] = [
  "Sì",
  "si",
  "SI",
  " sí ",
  "S",
  "s",
  "Yes",
  "y",
  "X",
  "x",
  1,
  true,
  "1",
  "Vero",
  "TRUE",
  "true",
  "Sí",
  "SÌ",
  "yes ",
];
/** Read as yes by the engine, but not by the formulas' token list: the helper cell holds a constant. */
const ODD_YES: CellValue[] = ["Sì\u00a0", "sî"];
const NO: CellValue[] = ["No", "no", "N", "n", 0, "0", false, "Falso", "FALSE", "false", " No "];

interface Row {
  values: Partial<Record<FieldKey, CellValue>>;
}

const pad = (n: number): string => String(n).padStart(2, "0");

export function generateProgramme(seed: number): GeneratedProgramme {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const chance = (p: number): boolean => rnd() < p;
  const int = (min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));

  const currentYear = int(1, 5);
  const cohorts = Array.from({ length: currentYear }, (_, i) => i + 1).filter(() => chance(0.75));
  if (cohorts.length === 0) cohorts.push(currentYear);
  const fullThreshold = pick([0.8, 0.75, 0.7, 0.9]);
  const partialPayment = pick([0.8, 0.75, 0.5]);
  const byTotal = chance(0.4);
  const [totalPremium, plannedFamilies] = pick([
    [132000, 22],
    [100000, 7],
    [250000, 37],
  ]);
  const params: Params = {
    ...DEFAULT_PARAMS,
    premiumPerFamily: byTotal ? null : pick([6000, 6000.07, 5432.1, 7777.77, 4999.995]),
    totalPremium: byTotal ? totalPremium : null,
    plannedFamilies: byTotal ? plannedFamilies : null,
    shares: pick<[number, number, number]>([
      [0.2, 0.3, 0.5],
      [0.25, 0.25, 0.5],
      [0.1, 0.4, 0.5],
    ]),
    fullThreshold,
    fullStrict: chance(0.7),
    partialThreshold: pick([0.6, 0.5, 0.55]),
    partialStrict: chance(0.3),
    partialPayment,
    belowPartialPayment: pick([0, 0.25]),
    waitLimitMonths: pick([8, 6, 7, 12]),
    leaversInDenominator: chance(0.7),
    currentYear,
    firstCalendarYear: chance(0.5) ? pick([2022, 2023, 2024]) : null,
    cap: chance(0.4) ? pick([25000.678, 40000, 61234.5, 90000.999, 150000]) : null,
    counterfactualMonths: pick([24, 18, 30]),
    dailyCost: pick([20, 35.5, 17.25]),
  };

  const withExit = chance(0.7);
  const withDays = chance(0.5);
  const rows: Row[] = [];
  let n = 0;
  for (const cohort of cohorts) {
    const size = chance(0.2) ? 11 : int(1, 15);
    const success = 0.45 + rnd() * 0.55;
    const firstYear = 2021 + cohort;
    for (let k = 0; k < size; k++) {
      n++;
      const values: Row["values"] = {};
      values.id = chance(0.15) ? 1000 * seed + n : `G${seed}-${pad(n)}`;
      values.cohort = chance(0.08) ? String(cohort) : cohort;
      const members = int(1, 7);
      values.members = chance(0.08) ? String(members) : members;

      const request = toSerial({ year: firstYear, month: int(1, 12), day: int(1, 28) });
      const contract = request + int(10, 420);
      const hasDates = chance(0.75);
      if (hasDates) {
        values.requestDate = dateCell(request, pick, chance);
        values.contractDate = dateCell(contract, pick, chance);
        if (chance(0.2)) values.waitMonths = Math.round(((contract - request) / (365.25 / 12)) * 10) / 10;
      } else {
        if (chance(0.4)) values.requestDate = dateCell(request, pick, chance);
        const months = pick([2, 3, 4.5, 6, 7.5, 7.9, 8, 9, 12, 14, 30]);
        values.waitMonths = chance(0.15) ? String(months).replace(".", ",") : months;
      }
      if (withDays && chance(0.2)) values.daysAvoided = pick([0, 120, 365.25, 608.75, 900]);

      const left = withExit && chance(0.15);
      if (left) values.exitDate = dateCell(contract + int(30, 700), pick, chance);

      const flag = (yes: boolean): CellValue => (yes ? (chance(0.04) ? pick(ODD_YES) : pick(YES)) : pick(NO));
      const due = (cohortYear: number): boolean => cohort + cohortYear - 1 <= currentYear;
      const blankForLeaver = (): boolean => left && chance(0.5);
      if (due(1)) {
        const lease = chance(0.97);
        values.leaseSigned = flag(lease);
        values.supportStarted = flag(chance(0.95));
        if (due(2) && !blankForLeaver()) {
          values.housingKept = flag(lease && chance(success + 0.1));
          values.supportContinued = flag(chance(success + 0.1));
        }
        if (due(3) && !blankForLeaver()) {
          values.stability = flag(chance(success));
          values.wellbeing = chance(0.05) ? "" : flag(chance(success));
        }
      }
      rows.push({ values });
    }
  }
  return layout(seed, rows, params, withExit, withDays, pick, chance);
}

/** A date as a serial (sometimes with a time of day) or, now and then, typed as text. */
function dateCell(serial: number, pick: <T>(list: readonly T[]) => T, chance: (p: number) => boolean): CellValue {
  if (chance(0.1)) {
    const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    return pick([`${pad(d)}/${pad(m)}/${y}`, `${y}-${pad(m)}-${pad(d)}`, `${d}.${m}.${y}`]);
  }
  return chance(0.1) ? serial + 0.5 : serial;
}

const BASE_FIELDS: FieldKey[] = [
  "id",
  "cohort",
  "members",
  "requestDate",
  "contractDate",
  "waitMonths",
  "leaseSigned",
  "supportStarted",
  "housingKept",
  "supportContinued",
  "stability",
  "wellbeing",
];

function layout(
  seed: number,
  rows: Row[],
  params: Params,
  withExit: boolean,
  withDays: boolean,
  pick: <T>(list: readonly T[]) => T,
  chance: (p: number) => boolean,
): GeneratedProgramme {
  const fields = [...BASE_FIELDS, ...(withExit ? (["exitDate"] as FieldKey[]) : []), ...(withDays ? (["daysAvoided"] as FieldKey[]) : [])];
  const order = chance(0.5) ? fields : [...fields].sort(() => (chance(0.5) ? 1 : -1));
  const english = chance(0.3);
  const titled = chance(0.5);
  const sheetName = pick(["Beneficiari", "Foglio beneficiari", "L'elenco", "Nuclei 2025"]);
  const topLeft = titled ? "B3" : "A1";
  const header = order.map((key) => (english ? FIELD_BY_KEY[key].header.en : FIELD_BY_KEY[key].header.it));
  const body = rows.map((row) => order.map((key) => row.values[key] ?? ""));
  const titles: CellValue[][] = titled ? [["Homes4All — beneficiari (dati generati)"], []] : [];
  const left = titled ? 2 : 1;
  const dateColumns = new Set(
    order.flatMap((key, i) => (key === "requestDate" || key === "contractDate" || key === "exitDate" ? [left + i] : [])),
  );
  return {
    name: `programme-${seed}`,
    sheet: { sheetName, topLeft, values: [...titles, header, ...body] },
    params,
    dateColumns,
  };
}
