import type { Text } from "../../engine/cells/lang";
import { agreementBlocksPayments, type AgreementReading } from "../../engine/agreement/agreement";
import { EVIDENCE_SHEET } from "../../engine/ledger/evidenceSheet";
import { readLedger, type LedgerContext, type LedgerReading } from "../../engine/ledger/reading";
import { dueYearsOf, type RecordingChecks } from "../../engine/ledger/record";
import { REGISTER_SHEET } from "../../engine/ledger/registerSheet";
import { PARAMS_SHEET } from "../../engine/agreement/params";
import { parseBeneficiarySheet } from "../../engine/beneficiaries/parse";
import { passphraseProblem, pseudonymKey, type PseudonymKey } from "../../engine/sharing/pseudonyms";
import { paymentModel, PaymentPlanError, type PaymentModel } from "../../engine/sheets/paymentModel";
import type { Issue, SheetInput } from "../../engine/types";
import type { DataSource, ExcelGateway, SheetOwnership } from "../../contract/contract";
import { AddInError } from "../../contract/errors";

/**
 * The programme and its ledger as the Pagamenti tab reads them, the same way the command line's
 * `pay`, `statement` and `commitments` do (src/cli/ledgerRun.ts): H4A_Parametri read (never
 * created here), the beneficiary sheet checked and computed, H4A_Registro and H4A_Evidenze read
 * and verified. A sheet of those names that H4A did not create stops with AddInError.
 */

/** Why something cannot be done now: what to do, the cell it concerns (if one), and the issues to fix. */
export interface Refusal {
  message: Text;
  cell: string | null;
  issues: Issue[];
}

/** The engine's generic place for a refusal, which names no cell to look at. */
const NO_CELL = `${REGISTER_SHEET}!A1`;

/** The engine's refusals (record.ts) as one: the first says why, the others list what to fix. */
export function refusalOf(issues: readonly Issue[]): Refusal {
  const [lead, ...rest] = issues;
  return { message: lead.message, cell: lead.cell === NO_CELL ? null : lead.cell, issues: rest };
}

export interface LedgerProgramme {
  model: PaymentModel;
  ledger: LedgerReading;
  checks: RecordingChecks;
}

export type ProgrammeReading = { status: "ready"; programme: LedgerProgramme } | { status: "unavailable"; refusal: Refusal };

/** H4A_Parametri as found: its ownership, and the agreement read from it (the defaults without it). */
export type AgreementSource = () => Promise<{ ownership: SheetOwnership; reading: AgreementReading }>;

/** The key of a passphrase, or null without one; a weak passphrase is a refusal. */
export async function keyOf(passphrase: string | undefined): Promise<{ key: PseudonymKey | null } | { refusal: Refusal }> {
  if (passphrase === undefined || passphrase === "") return { key: null };
  const problem = passphraseProblem(passphrase);
  if (problem !== null)
    return { refusal: { message: { it: `Frase segreta: ${problem.it}`, en: `Passphrase: ${problem.en}` }, cell: null, issues: [] } };
  return { key: await pseudonymKey(passphrase) };
}

async function ownInput(gateway: ExcelGateway, name: string): Promise<SheetInput | null> {
  const sheet = await gateway.readAddInSheet(name);
  if (sheet.ownership === "foreign") throw AddInError.foreignSheets([name]);
  return sheet.ownership === "own" ? sheet.input : null;
}

/** Throws AddInError when a sheet of this name exists that H4A did not create. */
export async function requireOwnOrMissing(gateway: ExcelGateway, name: string): Promise<void> {
  await ownInput(gateway, name);
}

/** H4A_Registro and H4A_Evidenze read and checked against the programme as computed now. */
export async function workbookLedger(gateway: ExcelGateway, context: LedgerContext): Promise<LedgerReading> {
  const sheets = { register: await ownInput(gateway, REGISTER_SHEET), evidence: await ownInput(gateway, EVIDENCE_SHEET) };
  return readLedger(sheets, context);
}

export async function readLedgerProgramme(
  gateway: ExcelGateway,
  agreement: AgreementSource,
  source: DataSource,
  key: PseudonymKey | null,
): Promise<ProgrammeReading> {
  const { ownership, reading } = await agreement();
  if (ownership === "foreign") throw AddInError.foreignSheets([PARAMS_SHEET]);
  if (agreementBlocksPayments(reading)) {
    return {
      status: "unavailable",
      refusal: {
        message: {
          it: `I parametri in ${PARAMS_SHEET} non sono validi: correggerli nella scheda Parametri prima di registrare un pagamento.`,
          en: `The parameters in ${PARAMS_SHEET} are not valid: fix them in the Parameters tab before recording a payment.`,
        },
        cell: null,
        issues: reading.issues.filter((issue) => issue.severity === "error"),
      },
    };
  }
  const params = reading.params;
  const sheet = await gateway.readSource(source);
  const parsed = parseBeneficiarySheet(sheet, params);
  let model: PaymentModel;
  try {
    model = paymentModel(parsed, params);
  } catch (error) {
    if (!(error instanceof PaymentPlanError)) throw error;
    return { status: "unavailable", refusal: { message: error.text, cell: null, issues: error.issues } };
  }
  const ledger = await workbookLedger(gateway, { model, beneficiarySheet: sheet.sheetName, columns: parsed.columns, key });
  const dueYears = dueYearsOf(model);
  const checks: RecordingChecks = { agreementErrors: [], sheetErrors: [], ledger, dueYears, currentYear: params.currentYear };
  return { status: "ready", programme: { model, ledger, checks } };
}
