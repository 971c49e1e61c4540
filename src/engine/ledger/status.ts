import type { Payment } from "../payments/schedule";
import type { Issue } from "../types";
import type { LedgerEntry } from "./entry";
import { REGISTER_SHEET } from "./registerSheet";
import { trueUpsOf, type TrueUp, type TrueUpInput } from "./trueUps";
import { wholeCents } from "../cells/rounding";

/**
 * The payments with the ledger (MECHANISM.md §10): a recorded programme year pays what was
 * recorded; any other due year pays what is computed now plus, with trueUpPolicy nextPayment,
 * the true-ups — all of them to the first year not recorded, never taking a year below zero:
 * what a year cannot absorb is carried to the next one.
 */

export interface LedgerYear {
  programmeYear: number;
  calendarYear: number | null;
  recorded: boolean;
  /** The act and date of a recorded year. */
  act: string | null;
  date: number | null;
  /** What the schedule computes now for the year's tranches (after the cap). */
  computed: number;
  /** True-ups in the year: recorded ones, or those applied now. */
  trueUps: number;
  /** What is paid in the year: the recorded amount, or computed + true-ups. */
  amount: number;
  cumulative: number;
}

export interface LedgerStatus {
  entries: LedgerEntry[];
  recordedYears: number[];
  /** The first programme year not recorded (where true-ups go). */
  firstUnrecorded: number;
  years: LedgerYear[];
  total: number;
  trueUps: TrueUp[];
  /** True-ups still to apply after the last due year (nextPayment), to the next payment. */
  outstanding: number;
  /** Warnings: the agreement changed since a year was recorded. */
  issues: Issue[];
}

function byYear<T extends { programmeYear: number }>(items: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) map.set(item.programmeYear, [...(map.get(item.programmeYear) ?? []), item]);
  return map;
}

const sumCents = (items: readonly { amount: number }[] | undefined): number =>
  (items ?? []).reduce((sum, item) => sum + wholeCents(item.amount), 0);

/** Spreads the true-ups over the unrecorded due years: positive ones first, then negative ones down to 0. */
function applyTrueUps(trueUps: TrueUp[], years: { programmeYear: number; computed: number }[], firstUnrecorded: number): number {
  const remaining = trueUps.map((t) => wholeCents(t.difference));
  for (const year of years) {
    let running = wholeCents(year.computed);
    const order = [...trueUps.keys()].sort((a, b) => Number(remaining[a] < 0) - Number(remaining[b] < 0));
    for (const i of order) {
      if (remaining[i] === 0) continue;
      const amount = remaining[i] > 0 ? remaining[i] : Math.max(remaining[i], -running);
      if (amount === 0) continue;
      running += amount;
      remaining[i] -= amount;
      trueUps[i].applied.push({ programmeYear: year.programmeYear, amount: amount / 100 });
    }
  }
  trueUps.forEach((t) => {
    t.appliedIn = t.applied[0]?.programmeYear ?? firstUnrecorded;
  });
  return remaining.reduce((sum, r) => sum + r, 0) / 100;
}

export interface StatusInput extends TrueUpInput {
  currentYear: number;
  firstCalendarYear: number | null;
}

/** The ledger's view of the programme: years paid or to pay, true-ups, and what is still to apply. */
export function ledgerStatus(input: StatusInput): LedgerStatus {
  const entries = [...input.entries];
  const recordedByYear = byYear(entries);
  const recordedYears = [...recordedByYear.keys()].sort((a, b) => a - b);
  let firstUnrecorded = 1;
  while (recordedByYear.has(firstUnrecorded)) firstUnrecorded++;
  const computedByYear = byYear<Payment>(input.payments);
  const programmeYears = [...computedByYear.keys(), ...recordedYears];
  const first = programmeYears.length === 0 ? 1 : Math.min(...programmeYears);
  const last = programmeYears.length === 0 ? 0 : Math.max(...programmeYears);

  const trueUps = trueUpsOf(input);
  const unrecordedDue: { programmeYear: number; computed: number }[] = [];
  for (let y = first; y <= last; y++) {
    if (!recordedByYear.has(y) && y <= input.currentYear)
      unrecordedDue.push({ programmeYear: y, computed: sumCents(computedByYear.get(y)) / 100 });
  }
  const outstanding = input.params.trueUpPolicy === "nextPayment" ? applyTrueUps(trueUps, unrecordedDue, firstUnrecorded) : 0;

  const years: LedgerYear[] = [];
  let running = 0;
  for (let y = first; y <= last; y++) {
    const recorded = recordedByYear.get(y);
    const computed = sumCents(computedByYear.get(y));
    const applied = trueUps.flatMap((t) => t.applied).filter((a) => a.programmeYear === y);
    const trueUpCents = recorded !== undefined ? sumCents(recorded.filter((e) => e.kind === "trueUp")) : sumCents(applied);
    const amount = recorded !== undefined ? sumCents(recorded) : computed + trueUpCents;
    running += amount;
    years.push({
      programmeYear: y,
      calendarYear: input.firstCalendarYear === null ? null : input.firstCalendarYear + y - 1,
      recorded: recorded !== undefined,
      act: recorded?.[0].act ?? null,
      date: recorded?.[0].date ?? null,
      computed: computed / 100,
      trueUps: trueUpCents / 100,
      amount: amount / 100,
      cumulative: running / 100,
    });
  }
  return {
    entries,
    recordedYears,
    firstUnrecorded,
    years,
    total: running / 100,
    trueUps,
    outstanding,
    issues: agreementChangedIssues(entries, input.agreementFingerprint),
  };
}

function agreementChangedIssues(entries: readonly LedgerEntry[], current: string): Issue[] {
  const years = [...new Set(entries.filter((e) => e.agreementFingerprint !== current).map((e) => e.programmeYear))];
  return years.map((year) => {
    const entry = entries.find((e) => e.programmeYear === year) as LedgerEntry;
    return {
      rule: "agreement-changed-since-recording",
      severity: "warning",
      cell: `${REGISTER_SHEET}!N${entry.row}`,
      field: null,
      value: entry.agreementFingerprint,
      message: {
        it: `L'accordo è cambiato da quando è stato registrato il pagamento dell'anno ${year}: gli importi pagati restano, le differenze sono conguagli.`,
        en: `The agreement has changed since the payment of year ${year} was recorded: the amounts paid stay, the differences are true-ups.`,
      },
    };
  });
}
