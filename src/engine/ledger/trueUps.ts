import { cellAddress } from "../cells/address";
import type { Params } from "../agreement/params";
import type { Payment, CohortYear } from "../payments/schedule";
import type { ColumnMap, Family } from "../types";
import { trancheKey, type LedgerEntry } from "./entry";
import {
  isRowReference,
  rowReference,
  sourceField,
  trancheEvidence,
  EVIDENCE_FIELDS,
  type Answer,
  type EvidenceEntry,
  type EvidenceField,
  type FamilyReference,
} from "./evidence";
import { wholeCents } from "../cells/rounding";

/**
 * True-ups (conguagli, MECHANISM.md §10): for every tranche in the ledger, what was paid against
 * what is due now, and — when the evidence lets us match the families — the cells that changed.
 */

/** A change in a tranche's evidence: an answer that differs, or a family that joined or left the cohort ("cohort"). */
export interface EvidenceChange {
  family: string;
  field: EvidenceField | "cohort";
  /** The beneficiary cell now holding the answer; null for a family no longer in the sheet. */
  cell: string | null;
  was: Answer;
  now: Answer;
}

/** A recorded tranche against what is due for it now. */
export interface TrancheDifference {
  cohort: number;
  cohortYear: CohortYear;
  /** The programme year of the tranche corrected. */
  programmeYear: number;
  paid: number;
  due: number;
  difference: number;
}

export interface TrueUp extends TrancheDifference {
  /** The first programme year the difference is applied to; null with trueUpPolicy reportOnly. */
  appliedIn: number | null;
  /** What each unrecorded year applies of it. */
  applied: { programmeYear: number; amount: number }[];
  /** The changed cells; null when the evidence cannot be matched (pseudonyms recorded, no key given now). */
  changes: EvidenceChange[] | null;
  /** The agreement used to record the tranche differs from the one now. */
  agreementChanged: boolean;
}

export interface TrueUpInput {
  entries: readonly LedgerEntry[];
  evidence: readonly EvidenceEntry[];
  /** Due payments now, after the cap. */
  payments: readonly Payment[];
  families: readonly Family[];
  params: Params;
  beneficiarySheet: string;
  columns: ColumnMap;
  /** References of the families by pseudonym; null without a key. */
  pseudonyms: FamilyReference | null;
  agreementFingerprint: string;
}

function changesOf(recorded: readonly EvidenceEntry[], input: TrueUpInput, tranche: LedgerEntry): EvidenceChange[] | null {
  const byRow = recorded.every((entry) => isRowReference(entry.family));
  const reference = byRow ? rowReference : input.pseudonyms;
  if (reference === null) return null;
  const current = trancheEvidence(input.families, tranche.cohort, tranche.cohortYear, input.params, reference);
  const familyOf = new Map(input.families.map((family) => [reference(family), family]));
  const now = new Map(current.map((entry) => [entry.family, entry]));
  const was = new Map(recorded.map((entry) => [entry.family, entry]));
  const cellOf = (family: Family | undefined, field: EvidenceField | "cohort"): string | null => {
    if (family === undefined) return null;
    const column = input.columns.columns[field === "cohort" ? "cohort" : sourceField(field, family)];
    return column === undefined ? null : cellAddress(input.beneficiarySheet, family.row, column);
  };
  const changes: EvidenceChange[] = [];
  for (const [name, before] of was) {
    const after = now.get(name);
    if (after === undefined) {
      changes.push({ family: name, field: "cohort", cell: cellOf(familyOf.get(name), "cohort"), was: true, now: false });
      continue;
    }
    for (const field of EVIDENCE_FIELDS[tranche.cohortYear]) {
      const a = before.answers[field] ?? null;
      const b = after.answers[field] ?? null;
      if (a !== b) changes.push({ family: name, field, cell: cellOf(familyOf.get(name), field), was: a, now: b });
    }
  }
  for (const [name] of now) {
    if (!was.has(name)) changes.push({ family: name, field: "cohort", cell: cellOf(familyOf.get(name), "cohort"), was: false, now: true });
  }
  return changes;
}

/** Every recorded tranche whose amount due now differs from what was paid for it (tranche and true-up rows together). */
export function trueUpsOf(input: TrueUpInput): TrueUp[] {
  const paid = new Map<string, number>();
  for (const entry of input.entries) paid.set(trancheKey(entry), (paid.get(trancheKey(entry)) ?? 0) + wholeCents(entry.amount));
  const due = new Map(input.payments.map((payment) => [trancheKey(payment), wholeCents(payment.amount)]));
  const trueUps: TrueUp[] = [];
  for (const tranche of input.entries.filter((entry) => entry.kind === "tranche")) {
    const key = trancheKey(tranche);
    const paidCents = paid.get(key) ?? 0;
    const dueCents = due.get(key) ?? 0;
    if (paidCents === dueCents) continue;
    const recorded = input.evidence.filter(
      (e) => e.cohort === tranche.cohort && e.cohortYear === tranche.cohortYear && e.programmeYear === tranche.programmeYear,
    );
    trueUps.push({
      cohort: tranche.cohort,
      cohortYear: tranche.cohortYear,
      programmeYear: tranche.programmeYear,
      paid: paidCents / 100,
      due: dueCents / 100,
      difference: (dueCents - paidCents) / 100,
      appliedIn: null,
      applied: [],
      changes: changesOf(recorded, input, tranche),
      agreementChanged: tranche.agreementFingerprint !== input.agreementFingerprint,
    });
  }
  return trueUps.sort((a, b) => a.programmeYear - b.programmeYear || a.cohort - b.cohort || a.cohortYear - b.cohortYear);
}
