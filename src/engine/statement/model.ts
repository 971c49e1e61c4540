import { trancheKey, type LedgerEntry } from "../ledger/entry";
import type { EvidenceEntry } from "../ledger/evidence";
import type { LedgerReading } from "../ledger/reading";
import { PARAM_ROW_KEYS, type ParamRowKey, type Params } from "../agreement/params";
import type { PaymentModel } from "../sheets/paymentModel";
import type { StatementModel, StatementParameter, StatementRate, StatementTranche, StatementTrueUp } from "./types";
import { wholeCents } from "../cells/rounding";

/** The figures of the payment statement of one programme year (MECHANISM.md §12), recorded or about to be. */

export const PAYER = "Città di Torino";
export const PAYEE = "Homes4All";

const sum = (entries: readonly LedgerEntry[]): number => entries.reduce((total, e) => total + wholeCents(e.amount), 0) / 100;

function parameterValue(params: Params, rowKey: ParamRowKey): StatementParameter["value"] {
  if (rowKey === "share1" || rowKey === "share2" || rowKey === "share3") return params.shares[Number(rowKey.slice(-1)) - 1];
  const value = params[rowKey];
  return Array.isArray(value) ? value.join("; ") : value;
}

function ratesOf(entry: LedgerEntry): StatementRate[] | null {
  if (entry.cohortYear !== 3 || entry.families === null) return null;
  const families = entry.families;
  return [
    { outcome: "stability", count: entry.stability ?? 0, families },
    { outcome: "wellbeing", count: entry.wellbeing ?? 0, families },
    { outcome: "waiting", count: entry.waiting ?? 0, families },
  ];
}

export interface StatementInput {
  model: PaymentModel;
  ledger: LedgerReading;
  programmeYear: number;
  /** The rows about to be recorded (paymentRows), for a year not recorded yet; ignored for a recorded year. */
  pending: { entries: LedgerEntry[]; evidence: EvidenceEntry[] } | null;
}

export function statementModel({ model, ledger, programmeYear, pending }: StatementInput): StatementModel {
  const params = model.params;
  const recordedEntries = ledger.status.entries.filter((e) => e.programmeYear === programmeYear);
  const recorded = recordedEntries.length > 0;
  const entries = recorded ? recordedEntries : (pending?.entries ?? []);
  const evidence = recorded ? ledger.evidence.entries.filter((e) => e.programmeYear === programmeYear) : (pending?.evidence ?? []);
  const earlier = ledger.status.entries.filter((e) => e.programmeYear < programmeYear);

  const tranches: StatementTranche[] = entries
    .filter((e) => e.kind === "tranche")
    .map((e) => ({
      cohort: e.cohort,
      cohortYear: e.cohortYear,
      families: e.families ?? 0,
      share: params.shares[e.cohortYear - 1],
      rates: ratesOf(e),
      tier: e.tier,
      amount: e.amount,
      counted: evidence.filter((x) => x.counted && x.cohort === e.cohort && x.cohortYear === e.cohortYear).map((x) => x.family),
    }));
  const trueUps: StatementTrueUp[] = entries
    .filter((e) => e.kind === "trueUp")
    .map((e) => {
      const paid = sum(earlier.filter((x) => trancheKey(x) === trancheKey(e)));
      const open = recorded ? undefined : ledger.status.trueUps.find((t) => trancheKey(t) === trancheKey(e));
      const due = open?.due ?? (wholeCents(paid) + wholeCents(e.amount)) / 100;
      return {
        cohort: e.cohort,
        cohortYear: e.cohortYear,
        programmeYear: e.cohort + e.cohortYear - 1,
        paid,
        due,
        difference: open?.difference ?? e.amount,
        applied: e.amount,
      };
    });
  const yearTotal = sum(entries);
  const cumulative = (wholeCents(sum(earlier)) + wholeCents(yearTotal)) / 100;
  return {
    programmeYear,
    calendarYear: params.firstCalendarYear === null ? null : params.firstCalendarYear + programmeYear - 1,
    status: recorded ? "recorded" : "draft",
    act: entries[0]?.act || null,
    date: entries[0]?.date || null,
    agreement: {
      payer: PAYER,
      payee: PAYEE,
      premiumPerFamily: model.premiumPerFamily,
      fullThreshold: params.fullThreshold,
      fullStrict: params.fullStrict,
      partialThreshold: params.partialThreshold,
      partialStrict: params.partialStrict,
      waitLimitMonths: params.waitLimitMonths,
      parameters: PARAM_ROW_KEYS.map((key) => ({ key, value: parameterValue(params, key) })),
      fingerprint: entries[0]?.agreementFingerprint ?? ledger.agreementFingerprint,
    },
    tranches,
    trueUps,
    yearTotal,
    cumulative,
    cap: params.cap,
    capLeft: params.cap === null ? null : (wholeCents(params.cap) - wholeCents(cumulative)) / 100,
  };
}
