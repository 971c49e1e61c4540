import { idKey, pseudonymsOf, type PseudonymKey } from "../sharing/pseudonyms";
import type { PaymentModel } from "../sheets/paymentModel";
import type { ColumnMap, Issue, SheetInput } from "../types";
import { rowReference, type FamilyReference } from "./evidence";
import { readEvidence, type EvidenceReading } from "./evidenceSheet";
import { agreementFingerprint } from "./fingerprints";
import { readRegister, type RegisterReading } from "./registerSheet";
import { ledgerStatus, type LedgerStatus } from "./status";
import { verifyLedger } from "./verify";

/** The ledger of a workbook read and checked, and the payments seen through it: what the task pane and the command line use. */

export interface LedgerSheets {
  /** H4A_Registro's used range, null when the workbook has none. */
  register: SheetInput | null;
  evidence: SheetInput | null;
}

export interface LedgerContext {
  model: PaymentModel;
  /** Where the beneficiaries are, to name the cells a true-up comes from. */
  beneficiarySheet: string;
  columns: ColumnMap;
  /** The pseudonym key (§8), or null: families are then named by their row. */
  key: PseudonymKey | null;
}

export interface LedgerReading {
  register: RegisterReading;
  evidence: EvidenceReading;
  status: LedgerStatus;
  /** Rows that are not as recorded: they block every payment written. */
  errors: Issue[];
  agreementFingerprint: string;
  /** How families are named in evidence recorded now: pseudonyms with a key, rows without. */
  reference: FamilyReference;
}

async function pseudonymReference(model: PaymentModel, key: PseudonymKey): Promise<FamilyReference> {
  const ids = model.families.map((family) => family.id ?? "");
  const pseudonyms = await pseudonymsOf(key, ids);
  return (family) => pseudonyms.get(idKey(family.id ?? "")) ?? rowReference(family);
}

export async function readLedger(sheets: LedgerSheets, context: LedgerContext): Promise<LedgerReading> {
  const { model } = context;
  const register = readRegister(sheets.register);
  const evidence = readEvidence(sheets.evidence);
  const fingerprint = await agreementFingerprint(model.params);
  const pseudonyms = context.key === null ? null : await pseudonymReference(model, context.key);
  const status = ledgerStatus({
    entries: register.entries,
    evidence: evidence.entries,
    payments: model.schedule.payments,
    families: model.families,
    params: model.params,
    beneficiarySheet: context.beneficiarySheet,
    columns: context.columns,
    pseudonyms,
    agreementFingerprint: fingerprint,
    currentYear: model.params.currentYear,
    firstCalendarYear: model.params.firstCalendarYear,
  });
  const errors = [...register.issues, ...evidence.issues, ...(await verifyLedger(register.entries, evidence.entries))];
  return { register, evidence, status, errors, agreementFingerprint: fingerprint, reference: pseudonyms ?? rowReference };
}
