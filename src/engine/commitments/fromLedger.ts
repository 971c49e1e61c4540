import type { LedgerStatus } from "../ledger/status";
import type { PaymentModel } from "../sheets/paymentModel";
import { commitments, type Commitments } from "./commitments";

/** The commitments of a programme seen through its ledger: recorded years are paid, other due years due (with their true-ups). */
export function commitmentsOf(model: PaymentModel, status: LedgerStatus): Commitments {
  const paidByYear = new Map<number, number>();
  const dueByYear = new Map<number, number>();
  for (const year of status.years) (year.recorded ? paidByYear : dueByYear).set(year.programmeYear, year.amount);
  const entered = model.outcomes.filter((o) => o.cohort <= model.params.currentYear);
  return commitments({ outcomes: entered, params: model.params, premiumPerFamily: model.premiumPerFamily, paidByYear, dueByYear });
}
