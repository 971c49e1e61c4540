import { formatEuro } from "../../engine/cells/format";
import type { Lang } from "../../engine/cells/lang";
import { draftRefusals, paymentRows, recordingRefusals, type PaymentRequest } from "../../engine/ledger/record";
import { REGISTER_SHEET } from "../../engine/ledger/registerSheet";
import type { PseudonymKey } from "../../engine/sharing/pseudonyms";
import { statementSheetName } from "../../engine/sheets/statementSheet";
import { statementModel } from "../../engine/statement/model";
import type { DataSource, ExcelGateway } from "../../contract/contract";
import {
  keyOf,
  readLedgerProgramme,
  refusalOf,
  requireOwnOrMissing,
  type AgreementSource,
  type LedgerProgramme,
  type Refusal,
} from "./ledgerReading";
import { ledgerView, pendingRows, rowsTotal, type LedgerState } from "./ledgerView";
import { appendPayment, writeStatementSheet, type RowSpan } from "./ledgerWrites";
import { wholeCents } from "../../engine/cells/rounding";

/**
 * The Pagamenti tab's ledger actions (MECHANISM.md §10–§12), as the command line's `pay` and
 * `statement` do them: every action reads the workbook afresh, so that what is recorded is what
 * the sheet says now. The passphrase, when given, only derives the pseudonym key in memory.
 */

/** The stages of recording, for the pane's progress. */
export type RecordStep = "key" | "read" | "write" | "statement" | "check";

export interface RecordRequest extends PaymentRequest {
  /** The year's total the officer confirmed: nothing is recorded if the figures have changed since. */
  expectedTotal: number;
}

export type RecordResult =
  | { status: "refused"; refusal: Refusal; state: LedgerState | null }
  | {
      status: "recorded";
      programmeYear: number;
      total: number;
      /** The H4A_Registro rows added. */
      register: RowSpan;
      /** The H4A_Evidenze rows added (null for a payment of true-ups only). */
      evidence: RowSpan | null;
      statementSheet: string;
      /** The ledger read again after recording. */
      state: LedgerState;
    };

export interface StatementRequest {
  programmeYear: number;
  /** For a draft: the act and date typed so far, shown on it. */
  act?: string;
  date?: number;
}

export type StatementResult = { status: "refused"; refusal: Refusal } | { status: "written"; sheet: string; draft: boolean; total: number };

export interface LedgerOptions {
  /** The City's passphrase: families named by pseudonym in the evidence; without it, by row. */
  passphrase?: string;
  /** The statement's language. */
  lang: Lang;
}

export interface LedgerActions {
  loadLedger(source: DataSource, passphrase?: string): Promise<LedgerState>;
  recordPayment(
    source: DataSource,
    request: RecordRequest,
    options: LedgerOptions,
    onProgress?: (step: RecordStep) => void,
  ): Promise<RecordResult>;
  writeStatement(source: DataSource, request: StatementRequest, options: LedgerOptions): Promise<StatementResult>;
}

function figuresChanged(total: number, expected: number): Refusal {
  return {
    message: {
      it: `Le cifre sono cambiate dalla conferma (${formatEuro(expected, "it")} confermati, ${formatEuro(total, "it")} ora): nulla è stato registrato. Ricontrollare il pagamento e confermarlo di nuovo.`,
      en: `The figures have changed since the confirmation (${formatEuro(expected, "en")} confirmed, ${formatEuro(total, "en")} now): nothing was recorded. Check the payment again and confirm it anew.`,
    },
    cell: null,
    issues: [],
  };
}

function ledgerNotAsRecorded(programme: LedgerProgramme): Refusal | null {
  const { errors } = programme.ledger;
  if (errors.length === 0) return null;
  return {
    message: {
      it: `Il registro dei pagamenti non è come registrato: nessun prospetto finché non è ripristinato (${REGISTER_SHEET}).`,
      en: `The ledger of payments is not as recorded: no statement until it is restored (${REGISTER_SHEET}).`,
    },
    cell: null,
    issues: errors,
  };
}

export function createLedgerActions(gateway: ExcelGateway, agreement: AgreementSource): LedgerActions {
  async function stateOf(source: DataSource, key: PseudonymKey | null): Promise<LedgerState> {
    const reading = await readLedgerProgramme(gateway, agreement, source, key);
    return reading.status === "ready" ? { status: "ready", view: await ledgerView(reading.programme) } : reading;
  }

  return {
    async loadLedger(source, passphrase) {
      const keyed = await keyOf(passphrase);
      if ("refusal" in keyed) return { status: "unavailable", refusal: keyed.refusal };
      return stateOf(source, keyed.key);
    },

    async recordPayment(source, request, options, onProgress) {
      onProgress?.("key");
      const keyed = await keyOf(options.passphrase);
      if ("refusal" in keyed) return { status: "refused", refusal: keyed.refusal, state: null };
      onProgress?.("read");
      const reading = await readLedgerProgramme(gateway, agreement, source, keyed.key);
      if (reading.status === "unavailable") return { status: "refused", refusal: reading.refusal, state: reading };
      const programme = reading.programme;
      const refusals = recordingRefusals(programme.checks, request);
      if (refusals.length > 0)
        return { status: "refused", refusal: refusalOf(refusals), state: { status: "ready", view: await ledgerView(programme) } };
      const rows = await paymentRows(programme.model, programme.ledger, request);
      const total = rowsTotal(rows.entries);
      if (wholeCents(total) !== wholeCents(request.expectedTotal)) {
        return {
          status: "refused",
          refusal: figuresChanged(total, request.expectedTotal),
          state: { status: "ready", view: await ledgerView(programme) },
        };
      }
      // Nothing is written while any sheet to write is someone else's.
      await requireOwnOrMissing(gateway, statementSheetName(request.programmeYear));
      onProgress?.("write");
      const written = await appendPayment(gateway, rows);
      onProgress?.("statement");
      const statement = statementModel({
        model: programme.model,
        ledger: programme.ledger,
        programmeYear: request.programmeYear,
        pending: rows,
      });
      const statementSheet = await writeStatementSheet(gateway, { ...statement, status: "recorded" }, options.lang);
      onProgress?.("check");
      return {
        status: "recorded",
        programmeYear: request.programmeYear,
        total,
        register: written.register,
        evidence: written.evidence,
        statementSheet,
        state: await stateOf(source, keyed.key),
      };
    },

    async writeStatement(source, request, options) {
      const keyed = await keyOf(options.passphrase);
      if ("refusal" in keyed) return { status: "refused", refusal: keyed.refusal };
      const reading = await readLedgerProgramme(gateway, agreement, source, keyed.key);
      if (reading.status === "unavailable") return { status: "refused", refusal: reading.refusal };
      const programme = reading.programme;
      const year = request.programmeYear;
      const recorded = programme.ledger.status.recordedYears.includes(year);
      let pending = null;
      if (recorded) {
        const broken = ledgerNotAsRecorded(programme);
        if (broken !== null) return { status: "refused", refusal: broken };
      } else {
        const refusals = draftRefusals(programme.checks, year);
        if (refusals.length > 0) return { status: "refused", refusal: refusalOf(refusals) };
        pending = await pendingRows(programme, year, request.act ?? "", request.date ?? 0);
      }
      const model = statementModel({ model: programme.model, ledger: programme.ledger, programmeYear: year, pending });
      const sheet = await writeStatementSheet(gateway, model, options.lang);
      return { status: "written", sheet, draft: !recorded, total: model.yearTotal };
    },
  };
}
