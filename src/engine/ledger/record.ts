import { formatNumber } from "../cells/format";
import { paramCell } from "../agreement/params";
import type { PaymentModel } from "../sheets/paymentModel";
import type { Issue } from "../types";
import type { LedgerEntry } from "./entry";
import { canonicalEvidence, trancheEvidence, type EvidenceEntry } from "./evidence";
import { sha256Hex } from "./fingerprints";
import type { LedgerReading } from "./reading";
import { REGISTER_SHEET, sealEntries } from "./registerSheet";

/**
 * Recording the payment of a programme year (MECHANISM.md §10): every tranche due in the year
 * and the true-ups applied to it, frozen into H4A_Registro, with the evidence of each tranche
 * into H4A_Evidenze. Refused, writing nothing, for the reasons recordingRefusals lists.
 */

export interface PaymentRequest {
  programmeYear: number;
  /** The payment act, e.g. "DD 1234/2026". */
  act: string;
  /** Excel serial date of the act. */
  date: number;
}

/** The programme years with a tranche due now, in order. */
export const dueYearsOf = (model: PaymentModel): number[] =>
  [...new Set(model.schedule.payments.map((p) => p.programmeYear))].sort((a, b) => a - b);

export interface RecordingChecks {
  /** The agreement's errors (an invalid H4A_Parametri value, no premium). */
  agreementErrors: readonly Issue[];
  /** The beneficiary sheet's validation errors. */
  sheetErrors: readonly Issue[];
  ledger: LedgerReading;
  /** Programme years with a due tranche now. */
  dueYears: readonly number[];
  currentYear: number;
}

function refusal(rule: string, it: string, en: string, cell = `${REGISTER_SHEET}!A1`): Issue {
  return { rule, severity: "error", cell, field: null, value: "", message: { it, en } };
}

/** Why the payment of `request` cannot be recorded: empty when it can. */
export function recordingRefusals(checks: RecordingChecks, request: PaymentRequest): Issue[] {
  return yearRefusals(checks, request.programmeYear, request);
}

/** Why the statement of a year not yet recorded cannot be drafted: the refusals of recording it, act and date aside. */
export const draftRefusals = (checks: RecordingChecks, programmeYear: number): Issue[] => yearRefusals(checks, programmeYear, null);

function yearRefusals(checks: RecordingChecks, year: number, request: PaymentRequest | null): Issue[] {
  const { status } = checks.ledger;
  if (checks.agreementErrors.length > 0) {
    return [
      refusal(
        "agreement-errors",
        "L'accordo in H4A_Parametri ha errori: correggerli prima di registrare un pagamento.",
        "The agreement in H4A_Parametri has errors: fix them before recording a payment.",
      ),
      ...checks.agreementErrors,
    ];
  }
  if (checks.sheetErrors.length > 0) {
    const n = checks.sheetErrors.length;
    return [
      refusal(
        "validation-errors",
        `Il foglio dei beneficiari ha ${n} ${n === 1 ? "errore" : "errori"}: correggerli prima di registrare un pagamento.`,
        `The beneficiary sheet has ${n} ${n === 1 ? "error" : "errors"}: fix them before recording a payment.`,
      ),
      ...checks.sheetErrors,
    ];
  }
  if (checks.ledger.errors.length > 0) {
    return [
      refusal(
        "ledger-errors",
        "Il registro dei pagamenti non è come registrato: nessun nuovo pagamento finché non è ripristinato.",
        "The ledger of payments is not as recorded: no new payment until it is restored.",
      ),
      ...checks.ledger.errors,
    ];
  }
  if (!(Number.isInteger(year) && year >= 1)) {
    return [
      refusal(
        "year-invalid",
        `L'anno ${formatNumber(year, "it")} non è un anno di programma (un numero intero ≥ 1).`,
        `Year ${year} is not a programme year (a whole number ≥ 1).`,
      ),
    ];
  }
  if (request !== null && request.act.trim() === "")
    return [
      refusal("act-missing", "Manca l'atto di liquidazione (es. «DD 1234/2026»).", 'The payment act is missing (e.g. "DD 1234/2026").'),
    ];
  if (request !== null && !(Number.isInteger(request.date) && request.date >= 1))
    return [refusal("date-invalid", "Manca la data dell'atto.", "The date of the act is missing.")];
  if (year > checks.currentYear) {
    return [
      refusal(
        "year-after-current",
        `L'anno ${year} viene dopo l'Anno corrente (${checks.currentYear}, foglio H4A_Parametri): si registra solo un anno con esiti verificati.`,
        `Year ${year} comes after the Current year (${checks.currentYear}, sheet H4A_Parametri): only a year with verified outcomes can be recorded.`,
        paramCell("currentYear"),
      ),
    ];
  }
  const recorded = status.years.find((y) => y.programmeYear === year && y.recorded);
  if (recorded !== undefined) {
    return [
      refusal(
        "year-already-recorded",
        `Il pagamento dell'anno ${year} è già registrato (atto ${recorded.act}): una riga registrata non si riscrive; le correzioni diventano conguagli.`,
        `The payment of year ${year} is already recorded (act ${recorded.act}): a recorded row is never rewritten; corrections become true-ups.`,
        `${REGISTER_SHEET}!A${status.entries.find((e) => e.programmeYear === year)?.row ?? 1}`,
      ),
    ];
  }
  const earlier = checks.dueYears.find((y) => y < year && !status.recordedYears.includes(y));
  if (earlier !== undefined) {
    return [
      refusal(
        "earlier-year-unrecorded",
        `Registrare prima il pagamento dell'anno ${earlier}: i pagamenti si registrano in ordine.`,
        `Record the payment of year ${earlier} first: payments are recorded in order.`,
      ),
    ];
  }
  const applied = status.trueUps.some((t) => t.applied.some((a) => a.programmeYear === year));
  if (!checks.dueYears.includes(year) && !applied) {
    return [
      refusal(
        "nothing-due",
        `Nell'anno ${year} non è dovuta nessuna tranche: non c'è nulla da registrare.`,
        `No tranche is due in year ${year}: there is nothing to record.`,
      ),
    ];
  }
  return [];
}

export interface PaymentRows {
  /** The rows to append to H4A_Registro, sealed and numbered. */
  entries: LedgerEntry[];
  /** The rows to append to H4A_Evidenze. */
  evidence: EvidenceEntry[];
}

/** The rows the payment of `request` adds to the ledger (recordingRefusals must be empty). */
export async function paymentRows(model: PaymentModel, ledger: LedgerReading, request: PaymentRequest): Promise<PaymentRows> {
  const year = request.programmeYear;
  const params = model.params;
  const calendarYear = params.firstCalendarYear === null ? null : params.firstCalendarYear + year - 1;
  const common = {
    programmeYear: year,
    calendarYear,
    act: request.act.trim(),
    date: request.date,
    agreementFingerprint: ledger.agreementFingerprint,
  };
  const evidence: EvidenceEntry[] = [];
  const rows: Omit<LedgerEntry, "seal">[] = [];
  for (const payment of model.schedule.payments.filter((p) => p.programmeYear === year)) {
    const found = trancheEvidence(model.families, payment.cohort, payment.cohortYear, params, ledger.reference);
    evidence.push(...found);
    const outcome = model.outcomes.find((o) => o.cohort === payment.cohort);
    const year3 = payment.cohortYear === 3 && outcome !== undefined;
    rows.push({
      ...common,
      row: 0,
      cohort: payment.cohort,
      cohortYear: payment.cohortYear,
      kind: "tranche",
      families: payment.families,
      stability: year3 ? outcome.stability : null,
      wellbeing: year3 ? outcome.wellbeing : null,
      waiting: year3 ? outcome.waiting : null,
      tier: payment.tier,
      amount: payment.amount,
      evidenceFingerprint: await sha256Hex(canonicalEvidence(payment.cohort, payment.cohortYear, found)),
    });
  }
  for (const trueUp of ledger.status.trueUps) {
    for (const applied of trueUp.applied.filter((a) => a.programmeYear === year)) {
      rows.push({
        ...common,
        row: 0,
        cohort: trueUp.cohort,
        cohortYear: trueUp.cohortYear,
        kind: "trueUp",
        families: null,
        stability: null,
        wellbeing: null,
        waiting: null,
        tier: null,
        amount: applied.amount,
        evidenceFingerprint: "",
      });
    }
  }
  const previousSeal = ledger.register.entries.at(-1)?.seal ?? "";
  const sealed = await sealEntries(rows, previousSeal);
  return { entries: sealed.map((entry, i) => ({ ...entry, row: ledger.register.nextRow + i })), evidence };
}
