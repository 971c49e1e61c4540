import { paymentModel } from "./paymentModel";
import type { Params } from "../agreement/params";
import type { ParsedSheet } from "../types";

/** The JSON of `h4a fill --json` (issue 4): what the payment sheets compute, due tranches only. */
export interface PaymentSummary {
  payments: {
    cohort: number;
    cohortYear: 1 | 2 | 3;
    programmeYear: number;
    /** The base: families the tranche is paid for. */
    families: number;
    share: number;
    /** null for cohort years 1 and 2, else the tier's payment factor. */
    tier: number | null;
    /** After the cap. */
    amount: number;
  }[];
  years: { programmeYear: number; amount: number; cumulative: number }[];
  total: number;
  capCut: number;
  costSaving: number;
  netSaving: number;
}

/** The payment figures of a sheet without validation errors; throws a PaymentPlanError as paymentPlans does. */
export function paymentSummary(parsed: ParsedSheet, params: Params): PaymentSummary {
  const model = paymentModel(parsed, params);
  const { schedule } = model;
  return {
    payments: schedule.payments.map((p) => ({
      cohort: p.cohort,
      cohortYear: p.cohortYear,
      programmeYear: p.programmeYear,
      families: p.families,
      share: p.share,
      tier: p.tier,
      amount: p.amount,
    })),
    years: schedule.years.map((y) => ({ programmeYear: y.programmeYear, amount: y.amount, cumulative: y.cumulative })),
    total: schedule.total,
    capCut: schedule.capCut,
    costSaving: model.saving.total,
    netSaving: model.net.net,
  };
}
