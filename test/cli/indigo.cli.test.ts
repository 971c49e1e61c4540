import * as fs from "node:fs";
import * as path from "node:path";
import { METRIC_IDS } from "../../src/engine/payments/indigoProject";
import { ERROR_SAMPLE, h4a, lines, listing, SAMPLE, tempDir } from "./helpers/runCli";

/**
 * `h4a indigo`: the programme in the INDIGO data standard's project shape — outcome metrics,
 * prices (premium per family × shares), results, and outcome payments planned and actual per
 * cohort and programme year, agreeing with `h4a fill --json` to the cent.
 */

jest.setTimeout(60_000);

type Valued<T> = { value: T };
interface OutcomePayment {
  outcome_metric_id: Valued<string>;
  type: Valued<"Planned" | "Actual">;
  money: { currency: Valued<string>; amount: Valued<number> };
  period?: { start_date: Valued<string>; end_date: Valued<string> };
  payer_organisation_id: Valued<string>;
  recipient_organisation_id: Valued<string>;
  h4a: { cohort: number; cohortYear: number; programmeYear: number; calendarYear: number | null; families: number; tier: number | null };
}

describe("h4a indigo on the sample", () => {
  let doc: {
    project: { id: string; data: Record<string, unknown> & { outcome_payments: OutcomePayment[] } };
    organisations: { id: string; data: { name: Valued<string> } }[];
    meta: Record<string, unknown>;
  };
  let fill: { payments: { cohort: number; cohortYear: number; amount: number; families: number; tier: number | null }[]; total: number };

  beforeAll(async () => {
    const run = await h4a(["indigo", SAMPLE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    doc = JSON.parse(run.stdout);
    const dir = tempDir("indigo-fill");
    fill = JSON.parse((await h4a(["fill", SAMPLE, "-o", path.join(dir, "out.xlsx"), "--json"])).stdout);
  });

  test("is a project record as the INDIGO database returns it, with its two organisations", () => {
    expect(doc.project.id).toBe("H4A-TORINO-HOMES4ALL");
    expect(doc.organisations.map((o) => o.data.name.value)).toEqual(["Città di Torino", "Homes4All"]);
    const data = doc.project.data;
    expect(data.stage_development).toEqual({ value: "Implementation" });
    expect(data.dates).toEqual({ start_date_of_service_provision: { value: "2023" } });
    expect(data.service_and_beneficiaries).toMatchObject({
      targeted_number_service_users_or_beneficiaries_total: { value: 40 },
      actual_number_service_users_or_beneficiaries_total: { value: 39 },
    });
    expect(data.overall_project_finance).toEqual({
      maximum_potential_outcome_payment_v2: { currency: { value: "EUR" }, amount: { value: 240000 } },
      total_outcome_payments_made: { currency: { value: "EUR" }, amount: { value: 171600 } },
    });
    expect(doc.meta).toMatchObject({ currency: "EUR", currentYear: 4, premiumPerFamily: 6000 });
  });

  test("the outcome metrics: the two intermediate outcomes, the balance and the three year-3 rates", () => {
    const metrics = doc.project.data.outcome_metrics as { id: string; outcome_metric_target: Valued<string> }[];
    expect(metrics.map((m) => m.id)).toEqual([
      METRIC_IDS.year1,
      METRIC_IDS.year2,
      METRIC_IDS.balance,
      METRIC_IDS.stability,
      METRIC_IDS.wellbeing,
      METRIC_IDS.waiting,
    ]);
    expect(metrics[2].outcome_metric_target.value).toContain("100 % of the tranche when all three year-3 rates");
    expect(metrics[3].outcome_metric_target.value).toBe("> 80 % for the full balance.");
  });

  test("the prices: premium per family × each share, per family", () => {
    const pricings = doc.project.data.outcome_pricings as {
      outcome_metric_id: Valued<string>;
      currency: Valued<string>;
      price_per_unit: { amount: Valued<number> };
    }[];
    expect(pricings.map((p) => [p.outcome_metric_id.value, p.currency.value, p.price_per_unit.amount.value])).toEqual([
      [METRIC_IDS.year1, "EUR", 1200],
      [METRIC_IDS.year2, "EUR", 1800],
      [METRIC_IDS.balance, "EUR", 3000],
    ]);
  });

  test("actual payments are the due tranches of h4a fill, to the cent, per cohort and programme year", () => {
    const actual = doc.project.data.outcome_payments.filter((p) => p.type.value === "Actual");
    expect(actual.map((p) => [p.h4a.cohort, p.h4a.cohortYear, p.money.amount.value])).toEqual(
      fill.payments.map((p) => [p.cohort, p.cohortYear, p.amount]),
    );
    expect(actual.reduce((sum, p) => sum + Math.round(p.money.amount.value * 100), 0) / 100).toBe(fill.total);
    expect(actual[0]).toMatchObject({
      outcome_metric_id: { value: METRIC_IDS.year1 },
      period: { start_date: { value: "2023" }, end_date: { value: "2023" } },
      payer_organisation_id: { value: "H4A-ORG-CITTA-DI-TORINO" },
      recipient_organisation_id: { value: "H4A-ORG-HOMES4ALL" },
      money: { currency: { value: "EUR" }, amount: { value: 13200 } },
    });
  });

  test("planned payments: every tranche of every cohort, all its families at the full tier, due or not", () => {
    const planned = doc.project.data.outcome_payments.filter((p) => p.type.value === "Planned");
    expect(planned).toHaveLength(9);
    const cohort3year3 = planned.find((p) => p.h4a.cohort === 3 && p.h4a.cohortYear === 3);
    expect(cohort3year3?.money.amount.value).toBe(0.5 * 6000 * 13);
    expect(cohort3year3?.h4a).toMatchObject({ programmeYear: 5, calendarYear: 2027, families: 13, tier: 1 });
    const cohort2year3 = planned.find((p) => p.h4a.cohort === 2 && p.h4a.cohortYear === 3);
    expect(cohort2year3?.money.amount.value).toBe(42000);
  });

  test("results: each due outcome per cohort, with the year-3 rates and the tier", () => {
    const results = doc.project.data.results as {
      outcome_metric_id: Valued<string>;
      number_engaged_in_impact_bond: Valued<number>;
      number_with_positive_social_outcomes?: Valued<number>;
      h4a: { cohort: number; cohortYear: number; rate?: number; tier?: number };
    }[];
    expect(results).toHaveLength(14);
    const cohort2 = results.filter((r) => r.h4a.cohort === 2 && r.h4a.cohortYear === 3);
    expect(
      cohort2.map((r) => [
        r.outcome_metric_id.value,
        r.number_engaged_in_impact_bond.value,
        r.number_with_positive_social_outcomes?.value ?? null,
      ]),
    ).toEqual([
      [METRIC_IDS.stability, 14, 10],
      [METRIC_IDS.wellbeing, 14, 11],
      [METRIC_IDS.waiting, 14, 12],
      [METRIC_IDS.balance, 14, null],
    ]);
    expect(cohort2[3].h4a.tier).toBe(0.8);
  });

  test("-o writes the same JSON atomically, never over an existing file without --force", async () => {
    const dir = tempDir("indigo");
    const out = path.join(dir, "indigo.json");
    const run = await h4a(["indigo", SAMPLE, "-o", out]);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([`INDIGO data written to ${out}.`]);
    expect(JSON.parse(fs.readFileSync(out, "utf8"))).toEqual(doc);
    const again = await h4a(["indigo", SAMPLE, "-o", out]);
    expect(again.code).toBe(2);
    expect(listing(dir)).toEqual(["indigo.json"]);
  });

  test("refuses a sheet with errors (exit 1) and a programme without a premium (exit 2)", async () => {
    const errors = await h4a(["indigo", ERROR_SAMPLE]);
    expect(errors.code).toBe(1);
    expect(errors.stdout).toBe("");
    const noPremium = await h4a(["indigo", SAMPLE, "--param", "premiumPerFamily=", "--param", "totalPremium="]);
    expect(noPremium.code).toBe(2);
    expect(lines(noPremium.stderr)).toHaveLength(1);
  });
});
