import type { LedgerStatus } from "../engine/ledger/status";

/** The ledger as `h4a fill --json` and `h4a pay --json` print it. */
export interface LedgerJson {
  recorded: number[];
  trueUps: {
    cohort: number;
    cohortYear: number;
    programmeYear: number;
    paid: number;
    due: number;
    difference: number;
    appliedIn: number | null;
  }[];
  /** True-ups not yet absorbed by a due payment, left for the next one. */
  outstanding: number;
}

export function ledgerJson(status: LedgerStatus): LedgerJson {
  return {
    recorded: status.recordedYears,
    trueUps: status.trueUps.map((t) => ({
      cohort: t.cohort,
      cohortYear: t.cohortYear,
      programmeYear: t.programmeYear,
      paid: t.paid,
      due: t.due,
      difference: t.difference,
      appliedIn: t.appliedIn,
    })),
    outstanding: status.outstanding,
  };
}

/** What is paid in each programme year: recorded, or computed plus the true-ups applied. */
export const ledgerYearsJson = (status: LedgerStatus) =>
  status.years.map((y) => ({ programmeYear: y.programmeYear, amount: y.amount, cumulative: y.cumulative, recorded: y.recorded }));
