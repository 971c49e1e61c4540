import { achievedYes } from "../engine/beneficiaries/familyTally";
import { waitedLessThan } from "../engine/payments/columnCounts";
import { resolvePremiumPerFamily } from "../engine/agreement/params";
import { familiesToGo as familiesToPass } from "../engine/cells/ratio";
import { costSavingOf } from "../engine/payments/saving";
import { trancheAmount } from "../engine/payments/schedule";
import { tierFromRates } from "../engine/payments/tier";
import { agreement, fraction, isBlank, optionalBoolean, optionalNumber, requiredNumber, sharesArg, wholeNumber } from "./args";
import { cohortRowsOf, savingRowsOf, scheduleTable, scheduleYearsOf } from "./tables";
import { badNumber, badValue, guard } from "./guard";
import { cohortOdds, probabilityOfFactor } from "./odds";
import { valueIn } from "./words";
import { MONTHS, rateOf, YES_NO } from "./rates";

/**
 * Share of the premium paid in a cohort year: 20 % in year 1, 30 % in year 2, 50 % in year 3 by default.
 * @customfunction
 * @param year Cohort year: 1, 2 or 3.
 * @param [shares] The three tranche shares, a range of three cells summing to 1 (default 0.2, 0.3, 0.5).
 * @returns The share of the premium paid in that cohort year.
 */
export function tranche(year: number, shares?: unknown[][]): number {
  return guard(() => sharesArg(shares)[cohortYear(year) - 1]);
}

/**
 * Share of families with housing stability: every cell of the range is a family, a blank counts as not achieved.
 * @customfunction
 * @param flags The stability column, one yes/no cell per family (Yes/No, X, 1/0, TRUE/FALSE); a blank is not achieved.
 * @param [families] The family id column beside the flags (the rows with an id are the families; whole columns work), or the number of families.
 * @returns The stability rate, between 0 and 1.
 */
export function stabilityRate(flags: unknown[][], families?: unknown[][]): number {
  return guard(() => rateOf(flags, achievedYes, families, YES_NO));
}

/**
 * Share of families declaring improved wellbeing: every cell of the range is a family, no answer counts as not improved.
 * @customfunction
 * @param flags The wellbeing column, one yes/no cell per family; a blank (no answer) is not improved.
 * @param [families] The family id column beside the flags (the rows with an id are the families; whole columns work), or the number of families.
 * @returns The wellbeing rate, between 0 and 1.
 */
export function wellbeingRate(flags: unknown[][], families?: unknown[][]): number {
  return guard(() => rateOf(flags, achievedYes, families, YES_NO));
}

/**
 * Share of families who waited less than the limit (8 months by default) for a home: every cell of the range is a family, a blank counts as not achieved.
 * @customfunction
 * @param months The waiting months column, one number per family; a blank is not achieved.
 * @param [limit] Waiting limit in months, always strict (default 8).
 * @param [families] The family id column beside the months (the rows with an id are the families; whole columns work), or the number of families.
 * @returns The waiting rate, between 0 and 1.
 */
export function waitRate(months: unknown[][], limit?: number, families?: unknown[][]): number {
  return guard(() => {
    const limitMonths = agreement({ waitLimitMonths: limit }).waitLimitMonths;
    return rateOf(months, waitedLessThan(limitMonths), families, MONTHS);
  });
}

/**
 * The year-3 tier: 1 when all three rates pass the full threshold, the partial payment when all pass the partial threshold, else the below-partial payment.
 * @customfunction
 * @param stabilityRate Housing stability rate, between 0 and 1.
 * @param wellbeingRate Improved wellbeing rate, between 0 and 1.
 * @param waitingRate Rate of families who waited less than the limit, between 0 and 1.
 * @param [fullThreshold] Threshold of the full payment (default 0.8).
 * @param [partialThreshold] Threshold of the partial payment (default 0.6).
 * @param [partialPayment] Share of the balance paid at the partial tier (default 0.8).
 * @param [belowPartialPayment] Share of the balance paid below the partial threshold (default 0).
 * @param [fullStrict] TRUE: rates must be greater than the full threshold (default); FALSE: at least equal.
 * @param [partialStrict] TRUE: greater than the partial threshold; FALSE: at least equal (default).
 * @returns The tier's payment factor.
 */
export function tier(
  stabilityRate: number,
  wellbeingRate: number,
  waitingRate: number,
  fullThreshold?: number,
  partialThreshold?: number,
  partialPayment?: number,
  belowPartialPayment?: number,
  fullStrict?: boolean,
  partialStrict?: boolean,
): number {
  return guard(() => {
    const rates: [number, number, number] = [
      fraction(stabilityRate, "stabilityRate"),
      fraction(wellbeingRate, "wellbeingRate"),
      fraction(waitingRate, "waitingRate"),
    ];
    const rules = agreement({
      fullThreshold,
      partialThreshold,
      partialPayment,
      belowPartialPayment,
      fullStrict: optionalBoolean(fullStrict, "fullStrict", true),
      partialStrict: optionalBoolean(partialStrict, "partialStrict", false),
    });
    return tierFromRates(rates, rules).factor;
  });
}

/**
 * Premium per family: the agreement's total result premium divided by the families it was planned for.
 * @customfunction
 * @param totalPremium Total result premium of the agreement, in euros.
 * @param plannedFamilies Number of families the total premium was planned for.
 * @returns The premium per family, in euros (not rounded).
 */
export function perFamily(totalPremium: number, plannedFamilies: number): number {
  return guard(() => {
    const params = agreement({
      totalPremium: requiredNumber(totalPremium, "totalPremium"),
      plannedFamilies: requiredNumber(plannedFamilies, "plannedFamilies"),
    });
    return resolvePremiumPerFamily(params).premiumPerFamily ?? Number.NaN;
  });
}

/**
 * Payment for one cohort in its cohort year 1, 2 or 3, rounded to the cent as ROUND(x, 2).
 * @customfunction
 * @param premiumPerFamily Premium per family, in euros.
 * @param families Families counted for the tranche: those who met the year's outcome (year 3: all the cohort's families).
 * @param year Cohort year: 1, 2 or 3.
 * @param [tier] Year-3 tier factor (1, 0.8 or 0), applied to year 3 only (default 1).
 * @param [shares] The three tranche shares, a range of three cells (default 0.2, 0.3, 0.5).
 * @returns The payment in euros.
 */
export function premium(premiumPerFamily: number, families: number, year: number, tier?: number, shares?: unknown[][]): number {
  return guard(() => {
    const k = cohortYear(year);
    const perFamilyAmount = premiumArg(premiumPerFamily);
    const base = wholeNumber(families, "families", 0);
    const factor = k === 3 && !isBlank(tier) ? fraction(tier, "tier") : 1;
    return trancheAmount(sharesArg(shares)[k - 1], perFamilyAmount, base, factor);
  });
}

/**
 * The City's saving on temporary accommodation: the sum of days avoided × daily cost × household members, rounded to the cent.
 * @customfunction
 * @param daysAvoided Days in temporary accommodation avoided, one cell per family; blank cells are skipped.
 * @param dailyCost Daily cost of temporary accommodation, euros per person.
 * @param [members] Household members, one cell per family, beside the days (default 1 each).
 * @returns The saving in euros.
 */
export function costSaving(daysAvoided: unknown[][], dailyCost: number, members?: unknown[][]): number {
  return guard(() => {
    const cost = agreement({ dailyCost: requiredNumber(dailyCost, "dailyCost") }).dailyCost;
    return costSavingOf(savingRowsOf(daysAvoided, members), cost);
  });
}

/**
 * The fewest additional families that must achieve an outcome for achieved / families to pass the threshold.
 * @customfunction
 * @param achieved Families who achieved the outcome.
 * @param families Families of the cohort.
 * @param [threshold] Threshold to pass (default 0.8).
 * @param [strict] TRUE: the rate must be greater than the threshold (default); FALSE: at least equal.
 * @returns The number of families still needed; 0 when the threshold is already passed.
 */
export function familiesToGo(achieved: number, families: number, threshold?: number, strict?: boolean): number {
  return guard(() => {
    const total = wholeNumber(families, "families", 1);
    const done = wholeNumber(achieved, "achieved", 0);
    if (done > total) {
      throw badNumber({ it: `achieved (${done}) supera families (${total}).`, en: `achieved (${done}) exceeds families (${total}).` });
    }
    const limit = fraction(optionalNumber(threshold, "threshold", 0.8), "threshold");
    const needed = familiesToPass(done, total, limit, optionalBoolean(strict, "strict", true));
    if (needed === null) {
      throw badNumber({
        it: `Soglia irraggiungibile anche con tutte le ${total} famiglie.`,
        en: `The threshold cannot be passed even with all ${total} families.`,
      });
    }
    return needed;
  });
}

/**
 * Payments per programme year for overlapping cohorts, as a table that spills: programme year, payment, cumulative payment.
 * @customfunction
 * @param cohorts One row per cohort: entry programme year, families, families meeting the year-1 outcome, families meeting the year-2 outcome, year-3 tier (blank = not known yet).
 * @param premiumPerFamily Premium per family, in euros.
 * @param [shares] The three tranche shares, a range of three cells (default 0.2, 0.3, 0.5).
 * @returns A header row, then one row per programme year.
 */
export function schedule(cohorts: unknown[][], premiumPerFamily: number, shares?: unknown[][]): Array<Array<string | number>> {
  return guard(() => {
    const perFamilyAmount = premiumArg(premiumPerFamily);
    return scheduleTable(scheduleYearsOf(cohortRowsOf(cohorts), perFamilyAmount, sharesArg(shares)));
  });
}

/**
 * Probability that a cohort's year-3 tier pays the given factor, when each family reaches each outcome independently with the given probabilities (exact binomial counts).
 * @customfunction
 * @param pStability Probability that a family reaches housing stability, between 0 and 1.
 * @param pWellbeing Probability that a family declares improved wellbeing, between 0 and 1.
 * @param pWaiting Probability that a family waited less than the limit (8 months), between 0 and 1.
 * @param families Families of the cohort (the denominator of the three rates), a whole number ≥ 1.
 * @param [tier] The tier's payment factor: 1 for the full balance (default), the partial payment (0.8) for the partial one, 0 below.
 * @param [fullThreshold] Threshold of the full payment, passed when a rate is greater than it (default 0.8).
 * @param [partialThreshold] Threshold of the partial payment, passed when a rate is at least equal to it (default 0.6).
 * @param [partialPayment] Share of the balance paid at the partial tier (default 0.8).
 * @returns The probability, between 0 and 1.
 */
export function tierProbability(
  pStability: number,
  pWellbeing: number,
  pWaiting: number,
  families: number,
  tier?: number,
  fullThreshold?: number,
  partialThreshold?: number,
  partialPayment?: number,
): number {
  return guard(() => {
    const { odds, rules } = cohortOdds(pStability, pWellbeing, pWaiting, families, fullThreshold, partialThreshold, partialPayment);
    return probabilityOfFactor(odds, rules, tier);
  });
}

/**
 * The expected year-3 tier factor of a cohort (1 × P(full) + partial payment × P(partial)), when each family reaches each outcome independently with the given probabilities.
 * @customfunction
 * @param pStability Probability that a family reaches housing stability, between 0 and 1.
 * @param pWellbeing Probability that a family declares improved wellbeing, between 0 and 1.
 * @param pWaiting Probability that a family waited less than the limit (8 months), between 0 and 1.
 * @param families Families of the cohort (the denominator of the three rates), a whole number ≥ 1.
 * @param [fullThreshold] Threshold of the full payment, passed when a rate is greater than it (default 0.8).
 * @param [partialThreshold] Threshold of the partial payment, passed when a rate is at least equal to it (default 0.6).
 * @param [partialPayment] Share of the balance paid at the partial tier (default 0.8).
 * @returns The expected payment factor, between 0 and 1.
 */
export function expectedTier(
  pStability: number,
  pWellbeing: number,
  pWaiting: number,
  families: number,
  fullThreshold?: number,
  partialThreshold?: number,
  partialPayment?: number,
): number {
  return guard(
    () => cohortOdds(pStability, pWellbeing, pWaiting, families, fullThreshold, partialThreshold, partialPayment).odds.expectedFactor,
  );
}

/** The premium per family argument, checked by the agreement's schema; never a silent 0. */
function premiumArg(value: unknown): number {
  const premiumPerFamily = agreement({ premiumPerFamily: requiredNumber(value, "premiumPerFamily") }).premiumPerFamily;
  if (premiumPerFamily === null) {
    throw badValue({ it: "premiumPerFamily: manca il premio per famiglia.", en: "premiumPerFamily: the premium per family is missing." });
  }
  return premiumPerFamily;
}

function cohortYear(year: unknown): 1 | 2 | 3 {
  const k = requiredNumber(year, "year");
  if (k !== 1 && k !== 2 && k !== 3) {
    throw badNumber({
      it: `year: atteso 1, 2 o 3, trovato ${valueIn(k, "it")}.`,
      en: `year: expected 1, 2 or 3, got ${valueIn(k, "en")}.`,
    });
  }
  return k;
}
