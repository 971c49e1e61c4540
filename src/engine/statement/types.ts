import type { Lang } from "../cells/lang";
import type { RateKey } from "../keys";
import type { TrancheDifference } from "../ledger/trueUps";
import type { CohortYear } from "../payments/schedule";

/**
 * The payment statement (prospetto di liquidazione, MECHANISM.md §12) as plain data: first the
 * model — the figures — then the document — the model laid out in one language as titled blocks —
 * which both the print-ready sheet H4A_Prospetto_<year> and the command line's PDF render, so the
 * two say the same thing in the same order.
 */

/** One year-3 rate: count / families = percentage, against its threshold. */
export interface StatementRate {
  outcome: RateKey;
  count: number;
  families: number;
}

export interface StatementTranche {
  cohort: number;
  cohortYear: CohortYear;
  /** Families in the base. */
  families: number;
  share: number;
  /** Year 3 only: the three rates; null for cohort years 1 and 2. */
  rates: StatementRate[] | null;
  /** The tier's payment factor (year 3), null otherwise. */
  tier: number | null;
  amount: number;
  /** Pseudonymous ids (or "riga N") of the families counted. */
  counted: string[];
}

export interface StatementTrueUp extends TrancheDifference {
  /** What this statement's year applies of the difference (all of it, or part when it would go below 0). */
  applied: number;
}

export interface StatementParameter {
  /** The H4A_Parametri row key, e.g. "premiumPerFamily", "share1". */
  key: string;
  /** As stored: a number, a boolean, a text, or null for "none". */
  value: number | boolean | string | null;
}

export interface StatementModel {
  programmeYear: number;
  /** firstCalendarYear + programmeYear − 1, or null. */
  calendarYear: number | null;
  /** "recorded": read from H4A_Registro; "draft": about to be recorded (no act yet, or act given but not saved). */
  status: "recorded" | "draft";
  /** The payment act (e.g. "DD 1234/2026"); null for a draft without one. */
  act: string | null;
  /** Excel serial date of the act; null for a draft without one. */
  date: number | null;
  agreement: {
    payer: string;
    payee: string;
    premiumPerFamily: number;
    fullThreshold: number;
    fullStrict: boolean;
    partialThreshold: number;
    partialStrict: boolean;
    waitLimitMonths: number;
    parameters: StatementParameter[];
    /** SHA-256 hex of the agreement's canonical form. */
    fingerprint: string;
  };
  tranches: StatementTranche[];
  trueUps: StatementTrueUp[];
  /** What is paid in the year: tranches + true-ups applied. */
  yearTotal: number;
  /** Paid in every programme year up to and including this one. */
  cumulative: number;
  cap: number | null;
  /** cap − cumulative, or null without a cap. */
  capLeft: number | null;
}

/** How a table column's numbers are shown. */
export type StatementFormat = "text" | "integer" | "euro" | "percent";

export type StatementBlock =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  /** Label–value pairs, e.g. "Atto: DD 1234/2026". */
  | { kind: "fields"; rows: { label: string; value: string | number; format: StatementFormat }[] }
  | { kind: "table"; header: string[]; formats: StatementFormat[]; rows: (string | number)[][] }
  /** The signature block: a place, a date line and the signatories' roles. */
  | { kind: "signature"; lines: string[] };

/** The statement laid out in one language. */
export interface StatementDocument {
  lang: Lang;
  /** e.g. "Prospetto di liquidazione — anno di programma 3 (2026)". */
  title: string;
  /** Repeated at the top of each printed page. */
  runningHeader: string;
  blocks: StatementBlock[];
}
