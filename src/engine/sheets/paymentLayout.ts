import { calcLayout, type CalcLayout } from "./calcLayout";
import { absolute } from "./formulaText";
import type { PaymentModel } from "./paymentModel";
import { tableFrame, type TableFrame } from "./tableFrame";

/** Where everything sits on H4A_Calcolo and H4A_Pagamenti, decided before any formula is written. */

export const TRANCHE_COLUMNS = [
  "cohort",
  "cohortYear",
  "programmeYear",
  "calendarYear",
  "due",
  "families",
  "share",
  "tier",
  "beforeCap",
  "amount",
] as const;
export const YEAR_COLUMNS = ["programmeYear", "calendarYear", "amount", "cumulative"] as const;
export const OUTCOME_COLUMNS = [
  "cohort",
  "families",
  "leavers",
  "stability",
  "stabilityRate",
  "wellbeing",
  "wellbeingRate",
  "waiting",
  "waitingRate",
  "level",
  "tier",
  "nextThreshold",
  "needed",
  "toGoStability",
  "toGoWellbeing",
  "toGoWaiting",
] as const;
export const SAVING_COLUMNS = ["saving", "paid", "net", "ratio", "capCut"] as const;
export const LEDGER_COLUMNS = ["programmeYear", "calendarYear", "status", "act", "computed", "trueUps", "amount", "cumulative"] as const;

export type TrancheColumn = (typeof TRANCHE_COLUMNS)[number];
export type YearColumn = (typeof YEAR_COLUMNS)[number];
export type OutcomeColumn = (typeof OUTCOME_COLUMNS)[number];
export type SavingColumn = (typeof SAVING_COLUMNS)[number];
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

export const TITLE_ROW = 1;
export const PREMIUM_ROW = 2;
export const CURRENT_YEAR_ROW = 3;
export const NOTE_ROW = 4;
/** Column of the values beside the labels of rows 2 and 3. */
export const VALUE_COLUMN = 2;

export interface PaymentLayout {
  calc: CalcLayout;
  /** Same-sheet reference of the premium per family used. */
  premiumCell: string;
  tranches: TableFrame<TrancheColumn>;
  years: TableFrame<YearColumn>;
  outcomes: TableFrame<OutcomeColumn>;
  saving: TableFrame<SavingColumn>;
  /** Table (e), only when the ledger holds payments. */
  ledger: TableFrame<LedgerColumn> | null;
}

/** Tables one below the other, each under its title, a blank row between them. */
export function paymentLayout(model: PaymentModel, ledgerYears = 0): PaymentLayout {
  const tranches = tableFrame(TRANCHE_COLUMNS, NOTE_ROW + 2, model.tranches.length);
  const years = tableFrame(YEAR_COLUMNS, tranches.nextRow + 1, model.lastProgrammeYear);
  const outcomes = tableFrame(OUTCOME_COLUMNS, years.nextRow + 1, model.outcomes.length);
  const saving = tableFrame(SAVING_COLUMNS, outcomes.nextRow + 1, 1);
  const ledger = ledgerYears === 0 ? null : tableFrame(LEDGER_COLUMNS, saving.nextRow + 1, ledgerYears);
  return {
    calc: calcLayout(model.families.length),
    premiumCell: absolute(PREMIUM_ROW, VALUE_COLUMN),
    tranches,
    years,
    outcomes,
    saving,
    ledger,
  };
}
