import type { CohortYear } from "../payments/schedule";

/** One row of H4A_Registro: a tranche paid, or a true-up (conguaglio) applied to a later payment. */
export type EntryKind = "tranche" | "trueUp";

export interface LedgerEntry {
  /** The row of H4A_Registro (1-based); 0 for a row not yet written. */
  row: number;
  /** The programme year of the payment the row belongs to. */
  programmeYear: number;
  calendarYear: number | null;
  /** The tranche paid, or the tranche a true-up corrects. */
  cohort: number;
  cohortYear: CohortYear;
  kind: EntryKind;
  /** Families in the base (tranches only). */
  families: number | null;
  /** Year-3 tranches: families with stability, wellbeing, waited under the limit. */
  stability: number | null;
  wellbeing: number | null;
  waiting: number | null;
  /** Year-3 tranches: the tier's payment factor. */
  tier: number | null;
  amount: number;
  act: string;
  /** Excel serial date of the act. */
  date: number;
  agreementFingerprint: string;
  /** Tranches: the fingerprint of their evidence in H4A_Evidenze; "" for true-ups. */
  evidenceFingerprint: string;
  seal: string;
}

/** The tranche a row pays or corrects, as a map key. */
export const trancheKey = (entry: { cohort: number; cohortYear: CohortYear }): string => `${entry.cohort}:${entry.cohortYear}`;
