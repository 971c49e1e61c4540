import { commitmentsOf } from "../../engine/commitments/fromLedger";
import type { Commitments } from "../../engine/commitments/commitments";
import type { EntryKind, LedgerEntry } from "../../engine/ledger/entry";
import { isRowReference } from "../../engine/ledger/evidence";
import { draftRefusals, paymentRows, type PaymentRows } from "../../engine/ledger/record";
import type { LedgerYear } from "../../engine/ledger/status";
import type { TrueUp } from "../../engine/ledger/trueUps";
import type { TrueUpPolicy } from "../../engine/agreement/params";
import type { CohortYear } from "../../engine/payments/schedule";
import type { Issue } from "../../engine/types";
import type { LedgerProgramme, Refusal } from "./ledgerReading";
import { wholeCents } from "../../engine/cells/rounding";

/**
 * What the Pagamenti tab shows of the ledger (MECHANISM.md §10–§11): each programme year paid or
 * to pay, the true-ups, the next payment to record with its rows, and the commitments. Plain data
 * computed from a LedgerProgramme, so that the components only lay it out.
 */

/** A row the payment will add to H4A_Registro, as the confirmation shows it. */
export interface PaymentRow {
  kind: EntryKind;
  cohort: number;
  cohortYear: CohortYear;
  families: number | null;
  tier: number | null;
  amount: number;
}

export interface NextPayment {
  programmeYear: number;
  calendarYear: number | null;
  /** Why it cannot be recorded now (the engine's draftRefusals); empty when it can. */
  refusals: Issue[];
  /** The rows it would add (tranches, then true-ups applied); empty while refused. */
  rows: PaymentRow[];
  total: number;
  /** Paid up to and including this payment. */
  cumulative: number;
}

/** How the recorded evidence names the families: by pseudonym, by row, both, or not at all yet. */
export type EvidenceNaming = "pseudonyms" | "rows" | "both" | null;

export interface LedgerView {
  currentYear: number;
  trueUpPolicy: TrueUpPolicy;
  years: LedgerYear[];
  total: number;
  trueUps: TrueUp[];
  /** True-ups not absorbed by a due payment, left for the next one. */
  outstanding: number;
  /** Ledger rows not as recorded: they block every payment until restored. */
  errors: Issue[];
  /** The agreement changed since a year was recorded. */
  warnings: Issue[];
  naming: EvidenceNaming;
  /** The first programme year to record, or null when every due year is recorded. */
  next: NextPayment | null;
  commitments: Commitments;
}

export type LedgerState = { status: "ready"; view: LedgerView } | { status: "unavailable"; refusal: Refusal };

export const rowsTotal = (rows: readonly { amount: number }[]): number => rows.reduce((sum, row) => sum + wholeCents(row.amount), 0) / 100;

export const paymentRowOf = (entry: LedgerEntry): PaymentRow => ({
  kind: entry.kind,
  cohort: entry.cohort,
  cohortYear: entry.cohortYear,
  families: entry.families,
  tier: entry.tier,
  amount: entry.amount,
});

/** The first programme year with a due tranche or a true-up applied that is not recorded yet. */
export function nextProgrammeYear(programme: LedgerProgramme): number | null {
  const { status } = programme.ledger;
  const applied = status.trueUps.flatMap((t) => t.applied.map((a) => a.programmeYear));
  const open = [...programme.checks.dueYears, ...applied].filter((year) => !status.recordedYears.includes(year));
  return open.length === 0 ? null : Math.min(...open);
}

/** The rows of the payment of `programmeYear` not yet recorded, with no act and no date (a preview or a draft). */
export const pendingRows = (programme: LedgerProgramme, programmeYear: number, act = "", date = 0): Promise<PaymentRows> =>
  paymentRows(programme.model, programme.ledger, { programmeYear, act, date });

function namingOf(programme: LedgerProgramme): EvidenceNaming {
  const entries = programme.ledger.evidence.entries;
  if (entries.length === 0) return null;
  const rows = entries.filter((e) => isRowReference(e.family)).length;
  return rows === entries.length ? "rows" : rows === 0 ? "pseudonyms" : "both";
}

async function nextPayment(programme: LedgerProgramme): Promise<NextPayment | null> {
  const year = nextProgrammeYear(programme);
  if (year === null) return null;
  const { params } = programme.model;
  const calendarYear = params.firstCalendarYear === null ? null : params.firstCalendarYear + year - 1;
  const refusals = draftRefusals(programme.checks, year);
  const rows = refusals.length > 0 ? [] : (await pendingRows(programme, year)).entries.map(paymentRowOf);
  const earlier = programme.ledger.status.entries.filter((e) => e.programmeYear < year);
  const total = rowsTotal(rows);
  return {
    programmeYear: year,
    calendarYear,
    refusals,
    rows,
    total,
    cumulative: (wholeCents(rowsTotal(earlier)) + wholeCents(total)) / 100,
  };
}

export async function ledgerView(programme: LedgerProgramme): Promise<LedgerView> {
  const { model, ledger } = programme;
  const { status } = ledger;
  return {
    currentYear: model.params.currentYear,
    trueUpPolicy: model.params.trueUpPolicy,
    years: status.years,
    total: status.total,
    trueUps: status.trueUps,
    outstanding: status.outstanding,
    errors: ledger.errors,
    warnings: status.issues,
    naming: namingOf(programme),
    next: await nextPayment(programme),
    commitments: commitmentsOf(model, status),
  };
}
