import type { Text } from "../cells/lang";
import type { CohortOutcome } from "../payments/cohorts";
import type { Params } from "../agreement/params";
import { evaluateProgramme } from "../payments/programme";
import type { CostSaving, NetSaving } from "../payments/saving";
import type { Payment, Schedule } from "../payments/schedule";
import type { Family, Issue, ParsedSheet, SheetInput } from "../types";

/** What the payment sheets are planned from: the beneficiary sheet as read, its parsing, the agreement in H4A_Parametri. */
export interface PaymentInput {
  sheet: SheetInput;
  parsed: ParsedSheet;
  params: Params;
}

export type PaymentRefusal = "validation-errors" | "no-families" | "missing-premium" | "amounts-out-of-range";

/** Why the payment tables cannot be written; `issues` lists what to fix. */
export class PaymentPlanError extends Error {
  constructor(
    readonly reason: PaymentRefusal,
    readonly text: Text,
    readonly issues: Issue[],
  ) {
    super(text.en);
    this.name = "PaymentPlanError";
  }
}

/** The engine's figures that the payment sheets show, for a sheet without validation errors. */
export interface PaymentModel {
  params: Params;
  premiumPerFamily: number;
  /** Every family, in sheet order. */
  families: Family[];
  outcomes: CohortOutcome[];
  schedule: Schedule;
  saving: CostSaving;
  net: NetSaving;
  /** Every tranche of every cohort, due (after the cap) or planned, by programme year, then cohort. */
  tranches: Payment[];
  /** The last programme year of any tranche: the last cohort + 2. */
  lastProgrammeYear: number;
}

/**
 * Evaluates the programme for the payment sheets. Throws a PaymentPlanError when the sheet has
 * validation errors, no family, no premium per family, or amounts out of range.
 */
export function paymentModel(parsed: ParsedSheet, params: Params): PaymentModel {
  const errors = parsed.issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) {
    throw new PaymentPlanError(
      "validation-errors",
      {
        it: `Il foglio dei beneficiari ha ${errors.length} ${errors.length === 1 ? "errore" : "errori"}: correggerli prima di calcolare i pagamenti.`,
        en: `The beneficiary sheet has ${errors.length} ${errors.length === 1 ? "error" : "errors"}: fix them before computing the payments.`,
      },
      errors,
    );
  }
  if (parsed.families.length === 0) {
    throw new PaymentPlanError(
      "no-families",
      {
        it: "Il foglio dei beneficiari non ha nessuna famiglia: non c'è nulla da pagare.",
        en: "The beneficiary sheet has no family: there is nothing to pay.",
      },
      [],
    );
  }
  const programme = evaluateProgramme(parsed.families, params);
  const failing = programme.issues.filter((issue) => issue.severity === "error");
  if (programme.premiumPerFamily === null) {
    throw new PaymentPlanError("missing-premium", failing[0].message, failing);
  }
  if (programme.schedule === null || programme.net === null) {
    throw new PaymentPlanError("amounts-out-of-range", failing[0].message, failing);
  }
  const { schedule } = programme;
  const tranches = [...schedule.payments, ...schedule.planned].sort(
    (a, b) => a.programmeYear - b.programmeYear || a.cohort - b.cohort || a.cohortYear - b.cohortYear,
  );
  return {
    params,
    premiumPerFamily: programme.premiumPerFamily,
    families: parsed.families,
    outcomes: programme.outcomes,
    schedule,
    saving: programme.saving,
    net: programme.net,
    tranches,
    lastProgrammeYear: tranches.reduce((last, t) => Math.max(last, t.programmeYear), 0),
  };
}
