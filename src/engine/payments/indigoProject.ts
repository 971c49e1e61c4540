import type { CohortOutcome } from "./cohorts";
import type { Params } from "../agreement/params";
import { trancheAmount, type CohortYear, type Payment } from "./schedule";
import type { PaymentModel } from "../sheets/paymentModel";

/**
 * The programme in the shape of the INDIGO data standard of the Government Outcomes Lab
 * (github.com/INDIGO-Initiative/indigo-data-standard, schema/project.json and organisation.json),
 * as the INDIGO database's API returns records: `{"project": {"id", "data"}}`, plus the two
 * organisations the project references. Every field holds `{"value": …}` as the standard's
 * JSON schema has it; money is a number with its ISO 4217 currency; dates are "YYYY".
 * Objects named "h4a" are an extension (machine-readable cohort and programme-year keys), not
 * part of the standard. See README, "INDIGO".
 */

export const INDIGO_SCHEMA_URL = "https://github.com/INDIGO-Initiative/indigo-data-standard/blob/main/schema/project.json";
export const PROJECT_ID = "H4A-TORINO-HOMES4ALL";
export const CITY_ORG_ID = "H4A-ORG-CITTA-DI-TORINO";
export const PROVIDER_ORG_ID = "H4A-ORG-HOMES4ALL";
const CURRENCY = "EUR";

export const METRIC_IDS = {
  year1: "H4A-Y1-LEASE-AND-SUPPORT",
  year2: "H4A-Y2-HOUSING-AND-SUPPORT",
  balance: "H4A-Y3-BALANCE",
  stability: "H4A-Y3-STABILITY",
  wellbeing: "H4A-Y3-WELLBEING",
  waiting: "H4A-Y3-WAITING",
} as const;

type Value<T> = { value: T };
const v = <T>(value: T): Value<T> => ({ value });
const money = (amount: number) => ({ currency: v(CURRENCY), amount: v(amount) });

/** Binary noise removed from a product of decimals (0.3 × 6000.07), as Excel shows it. */
const clean = (x: number): number => Number(x.toPrecision(15));
const pct = (x: number): string => `${Number((x * 100).toPrecision(12))} %`;

export interface IndigoInput {
  model: PaymentModel;
  /** The workbook's file name, cited as the data source. */
  sourceName: string;
  /** "h4a 0.1.0". */
  generator: string;
}

interface TrancheKey {
  cohort: number;
  cohortYear: CohortYear;
  programmeYear: number;
  calendarYear: number | null;
}

function period(calendarYear: number | null) {
  return calendarYear === null ? undefined : { start_date: v(String(calendarYear)), end_date: v(String(calendarYear)) };
}

const metricOf = (cohortYear: CohortYear): string => [METRIC_IDS.year1, METRIC_IDS.year2, METRIC_IDS.balance][cohortYear - 1];

function where(t: TrancheKey): string {
  const calendar = t.calendarYear === null ? "" : `, calendar year ${t.calendarYear}`;
  return `Cohort ${t.cohort}, cohort year ${t.cohortYear}: programme year ${t.programmeYear}${calendar}.`;
}

function tierRule(p: Params): string {
  const full = `${p.fullStrict ? ">" : "≥"} ${pct(p.fullThreshold)}`;
  const partial = `${p.partialStrict ? ">" : "≥"} ${pct(p.partialThreshold)}`;
  return `The tier is ${pct(1)} of the tranche when all three year-3 rates (housing stability, improved wellbeing, waited less than ${p.waitLimitMonths} months) are ${full}; ${pct(p.partialPayment)} when all are ${partial}; ${pct(p.belowPartialPayment)} otherwise.`;
}

function outcomeMetrics(model: PaymentModel) {
  const p = model.params;
  const families = model.outcomes.filter((o) => o.cohort <= p.currentYear).reduce((sum, o) => sum + o.families, 0);
  const population =
    "Families in housing emergency in Turin (eviction, temporary accommodation, unfit housing) referred by the City's services; one cohort enters each programme year.";
  const metric = (id: string, definition: string, target: string) => ({
    id,
    definition: v(definition),
    target_population: v(population),
    targeted_number_of_service_users_or_beneficiaries_total: v(families),
    unit_type_of_targeted_service_users_or_beneficiaries: v("Other"),
    unit_description_of_service_user_or_beneficiaries: v("Family (nucleo familiare)"),
    outcome_metric_target: v(target),
    outcome_validation_method: v("Simple ex-post verification"),
    data_source_for_outcome_validation: v(
      "Administrative data: the City of Turin's beneficiary sheet, one row per family, verified each programme year.",
    ),
    policy_sector: v("Homelessness"),
  });
  return [
    metric(
      METRIC_IDS.year1,
      "Intermediate outcome, cohort year 1: the family signed a lease with Homes4All and its accompaniment path (percorso di accompagnamento) started.",
      "Paid per family that meets it.",
    ),
    metric(
      METRIC_IDS.year2,
      "Intermediate outcome, cohort year 2: the family kept its home and its accompaniment path continued (year 1 not re-checked).",
      "Paid per family that meets it.",
    ),
    metric(
      METRIC_IDS.balance,
      `Final outcome, cohort year 3 (the balance, saldo): the cohort's tier from its three year-3 rates, over all its families${p.leaversInDenominator ? " (families who left count as not achieving)" : " (families who left are not counted)"}.`,
      tierRule(p),
    ),
    metric(
      METRIC_IDS.stability,
      "Year-3 rate: share of the cohort's families with housing stability.",
      `${p.fullStrict ? ">" : "≥"} ${pct(p.fullThreshold)} for the full balance.`,
    ),
    metric(
      METRIC_IDS.wellbeing,
      "Year-3 rate: share of the cohort's families declaring that their personal, family and economic wellbeing improved thanks to the accompaniment (no answer counts as not improved).",
      `${p.fullStrict ? ">" : "≥"} ${pct(p.fullThreshold)} for the full balance.`,
    ),
    metric(
      METRIC_IDS.waiting,
      `Year-3 rate: share of the cohort's families who waited less than ${p.waitLimitMonths} months from their request to their lease.`,
      `${p.fullStrict ? ">" : "≥"} ${pct(p.fullThreshold)} for the full balance.`,
    ),
  ];
}

function outcomePricings(model: PaymentModel) {
  const { params: p, premiumPerFamily: ppf } = model;
  const pricing = (id: string, share: number, description: string) => ({
    outcome_metric_id: v(id),
    currency: v(CURRENCY),
    price_per_unit: { amount: v(clean(share * ppf)) },
    maximum_price_if_all_targets_achieved: { amount: v(String(clean(share * ppf))) },
    contracted_increases_to_outcome_pricing: v("None."),
    price_description: v(description),
  });
  return [
    pricing(
      METRIC_IDS.year1,
      p.shares[0],
      `${pct(p.shares[0])} of the premium per family (${clean(ppf)} EUR) for each family that meets the outcome.`,
    ),
    pricing(
      METRIC_IDS.year2,
      p.shares[1],
      `${pct(p.shares[1])} of the premium per family (${clean(ppf)} EUR) for each family that meets the outcome.`,
    ),
    pricing(
      METRIC_IDS.balance,
      p.shares[2],
      `${pct(p.shares[2])} of the premium per family (${clean(ppf)} EUR) for each family of the cohort, times the tier. ${tierRule(p)}`,
    ),
  ];
}

function results(model: PaymentModel) {
  const p = model.params;
  const out: unknown[] = [];
  const calendarOf = (programmeYear: number) => (p.firstCalendarYear === null ? null : p.firstCalendarYear + programmeYear - 1);
  for (const o of model.outcomes) {
    for (const cohortYear of [1, 2, 3] as const) {
      const programmeYear = o.cohort + cohortYear - 1;
      if (programmeYear > p.currentYear) continue;
      const key: TrancheKey = { cohort: o.cohort, cohortYear, programmeYear, calendarYear: calendarOf(programmeYear) };
      const result = (
        metricId: string,
        engaged: number,
        positive: number | null,
        achieved: string,
        extra: Record<string, unknown> = {},
      ) => ({
        outcome_metric_id: v(metricId),
        result_level: v("Outcome level"),
        result_type: v(cohortYear === 3 ? "Final" : "Interim"),
        ...(key.calendarYear === null ? {} : { period: period(key.calendarYear) }),
        outcomes_achieved: v(achieved),
        number_engaged_in_impact_bond: v(engaged),
        ...(positive === null ? {} : { number_with_positive_social_outcomes: v(positive) }),
        notes: where(key),
        h4a: { ...key, ...extra },
      });
      if (cohortYear === 1)
        out.push(
          result(METRIC_IDS.year1, o.families, o.year1Base, `${o.year1Base} of ${o.families} families: lease signed and support started.`),
        );
      if (cohortYear === 2)
        out.push(
          result(
            METRIC_IDS.year2,
            o.families,
            o.year2Base,
            `${o.year2Base} of ${o.families} families: housing kept and support continued.`,
          ),
        );
      if (cohortYear === 3) out.push(...yearThreeResults(o, result));
    }
  }
  return out;
}

type ResultMaker = (
  metricId: string,
  engaged: number,
  positive: number | null,
  achieved: string,
  extra?: Record<string, unknown>,
) => unknown;

function yearThreeResults(o: CohortOutcome, result: ResultMaker): unknown[] {
  const rate = (n: number, r: number | null) => `${n} of ${o.year3Base} families${r === null ? "" : ` (${pct(r)})`}`;
  return [
    result(METRIC_IDS.stability, o.year3Base, o.stability, `${rate(o.stability, o.rates.stability)} with housing stability.`, {
      rate: o.rates.stability,
    }),
    result(METRIC_IDS.wellbeing, o.year3Base, o.wellbeing, `${rate(o.wellbeing, o.rates.wellbeing)} declaring improved wellbeing.`, {
      rate: o.rates.wellbeing,
    }),
    result(METRIC_IDS.waiting, o.year3Base, o.waiting, `${rate(o.waiting, o.rates.waiting)} waited less than the limit.`, {
      rate: o.rates.waiting,
    }),
    result(METRIC_IDS.balance, o.year3Base, null, `Tier: ${o.tier.level} (${pct(o.tier.factor)} of the year-3 tranche).`, {
      tier: o.tier.factor,
      tierLevel: o.tier.level,
    }),
  ];
}

/** The planned amount of a tranche: every family of the cohort (the year-3 base in year 3) at the full tier. */
function plannedAmount(t: Payment, o: CohortOutcome, p: Params, ppf: number): { families: number; amount: number } {
  const families = t.cohortYear === 3 ? o.year3Base : o.families;
  return { families, amount: trancheAmount(p.shares[t.cohortYear - 1], ppf, families, 1) };
}

function outcomePayments(model: PaymentModel) {
  const { params: p, premiumPerFamily: ppf } = model;
  const outcomeOf = new Map(model.outcomes.map((o) => [o.cohort, o]));
  const payment = (t: Payment, type: "Planned" | "Actual", amount: number, extra: Record<string, unknown>) => ({
    outcome_metric_id: v(metricOf(t.cohortYear)),
    ...(t.calendarYear === null ? {} : { period: period(t.calendarYear) }),
    payer_organisation_id: v(CITY_ORG_ID),
    recipient_organisation_id: v(PROVIDER_ORG_ID),
    type: v(type),
    money: money(amount),
    notes: where(t),
    h4a: { cohort: t.cohort, cohortYear: t.cohortYear, programmeYear: t.programmeYear, calendarYear: t.calendarYear, ...extra },
  });
  const out: unknown[] = [];
  for (const t of model.tranches) {
    const o = outcomeOf.get(t.cohort) as CohortOutcome;
    const planned = plannedAmount(t, o, p, ppf);
    out.push(
      payment(t, "Planned", planned.amount, {
        families: planned.families,
        share: t.share,
        tier: t.cohortYear === 3 ? 1 : null,
        due: t.due,
      }),
    );
    if (t.due) {
      out.push(
        payment(t, "Actual", t.amount, {
          families: t.families,
          share: t.share,
          tier: t.tier,
          amountBeforeCap: t.amountBeforeCap,
          due: true,
        }),
      );
    }
  }
  return out;
}

export function indigoDocument({ model, sourceName, generator }: IndigoInput) {
  const p = model.params;
  const entered = model.outcomes.filter((o) => o.cohort <= p.currentYear).reduce((sum, o) => sum + o.families, 0);
  const maximum = p.cap ?? p.totalPremium;
  const intervention =
    "Homes4All buys and renovates homes, lets them at moderated rents to families in housing emergency and runs an accompaniment path towards autonomy; the City pays a result premium as outcomes are reached.";
  const commitment = {
    organisation_id: v(CITY_ORG_ID),
    organisation_role_category: v("Government/Public Sector/Public Bank"),
    ...(maximum === null ? {} : { maximum_potential_outcome_payment: money(maximum) }),
    result_type: v("Interim"),
    total_outcome_payments: money(model.schedule.total),
  };
  return {
    project: {
      id: PROJECT_ID,
      data: {
        status: "PRIVATE",
        name: v("Homes4All — premio di risultato della Città di Torino"),
        alternative_names: v("H4A, Homes4All pay-by-results agreement"),
        stage_development: v("Implementation"),
        ...(p.firstCalendarYear === null ? {} : { dates: { start_date_of_service_provision: v(String(p.firstCalendarYear)) } }),
        jurisdiction: { jurisdiction: v("IT") },
        purpose_and_classifications: {
          social_challenge: v("Housing distress (disagio abitativo): families in housing emergency in Turin."),
          intervention: v(intervention),
          policy_sector: v("Homelessness"),
        },
        service_and_beneficiaries: {
          target_population: v(
            "Families in housing emergency selected by the City of Turin's services (Lo.C.A.Re. list, emergency-housing commission).",
          ),
          ...(p.plannedFamilies === null ? {} : { targeted_number_service_users_or_beneficiaries_total: v(p.plannedFamilies) }),
          unit_type_targeted_service_users_or_beneficiaries: v("Other"),
          unit_description_of_service_user_or_beneficiaries: v("Family (nucleo familiare)"),
          actual_number_service_users_or_beneficiaries_total: v(entered),
          unit_type_actual_service_users_or_beneficiaries: v("Other"),
          unit_description_of_actual_service_user_or_beneficiaries: v("Family (nucleo familiare)"),
        },
        overall_project_finance: {
          ...(maximum === null ? {} : { maximum_potential_outcome_payment_v2: money(maximum) }),
          total_outcome_payments_made: money(model.schedule.total),
        },
        outcome_payment_commitments: [commitment],
        service_provisions: [
          {
            id: "H4A-SP-1",
            organisation_id: v(PROVIDER_ORG_ID),
            organisation_role_category: v("For-profit"),
            intervention: v(intervention),
          },
        ],
        outcome_metrics: outcomeMetrics(model),
        outcome_pricings: outcomePricings(model),
        results: results(model),
        outcome_payments: outcomePayments(model),
        sources: [
          {
            id: "H4A-SRC-1",
            name: v(sourceName),
            type: v("Administrative data"),
            notes: `Beneficiary workbook of the City of Turin, evaluated with ${generator} (current year ${p.currentYear}: the last programme year with verified outcomes).`,
          },
        ],
      },
    },
    organisations: [
      {
        id: CITY_ORG_ID,
        data: {
          name: v("Città di Torino"),
          translated_official_name: { english: v("City of Turin"), source_language: v("it") },
          type: v("Government body"),
          jurisdiction: v("IT"),
          country: v("IT"),
        },
      },
      {
        id: PROVIDER_ORG_ID,
        data: {
          name: v("Homes4All"),
          description: v("Turin benefit company (società benefit) that buys and renovates homes for families in housing emergency."),
          type: v("Registered company, partnership or commercial association"),
          jurisdiction: v("IT"),
          country: v("IT"),
        },
      },
    ],
    meta: {
      standard: "INDIGO data standard (Government Outcomes Lab, University of Oxford): project and organisation models",
      schema: INDIGO_SCHEMA_URL,
      generator,
      currency: CURRENCY,
      currentYear: p.currentYear,
      firstCalendarYear: p.firstCalendarYear,
      premiumPerFamily: model.premiumPerFamily,
      shares: p.shares,
      identifiers:
        "Local identifiers: the GO Lab assigns INDIGO identifiers (INDIGO-POJ-…, INDIGO-ORG-…) when the project is registered; replace these then.",
      extension:
        'Objects named "h4a" carry the cohort, cohort year, programme year and calendar year of a result or payment; they are not part of the INDIGO standard.',
      payments:
        "Actual: the due tranches (c + k − 1 ≤ current year), after the cap. Planned: every tranche of every cohort that has entered, for all its families at the full tier (the most the agreement can pay), due or not.",
    },
  };
}

export type IndigoDocument = ReturnType<typeof indigoDocument>;
