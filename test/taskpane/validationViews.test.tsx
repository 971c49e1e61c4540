/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { cohortOutcomes } from "../../src/engine/payments/cohorts";
import { parseBeneficiarySheet } from "../../src/engine/beneficiaries/parse";
import { summarizeSheet } from "../../src/engine/beneficiaries/sheetSummary";
import type { DataSource } from "../../src/contract/contract";
import { App } from "../../src/taskpane/App";
import { FlowView } from "../../src/taskpane/validation/FlowView";
import { stringsFor } from "../../src/taskpane/i18n";
import { rateText, SummaryView, year3FromOutcomes } from "../../src/taskpane/validation/SummaryView";
import { rawOf, type Validation, type WorkbookActions } from "../../src/taskpane/workbookActions";
import { beneficiarySheet, excelDate, familyRow, paramsWith } from "../engine/fixtures/beneficiarySheet";

/**
 * Verifica's summary and flow: the flow table fits a narrow pane (one letter per stage, its
 * legend, a keyboard-reachable region should it ever scroll), and each cohort whose year 3 is due
 * shows its three rates against the thresholds and the tier they give, compared exactly.
 */

const PARAMS = paramsWith({ currentYear: 4 });
const LATE = excelDate(2025, 3, 15);

/** `n` families of `cohort`: the first `stable` with stability, `well` with wellbeing, `quick` who waited under the limit. */
const cohortRows = (cohort: number, n: number, stable: number, well: number, quick: number) =>
  Array.from({ length: n }, (_, i) =>
    familyRow({
      id: `C${cohort}-${i + 1}`,
      cohort,
      referral: i % 2 === 0 ? "Servizio Adulti in Difficoltà" : "Consultorio familiare",
      housingKept: "Sì",
      supportContinued: "Sì",
      stability: i < stable ? "Sì" : "No",
      wellbeing: i < well ? "Sì" : "No",
      ...(i < quick ? {} : { contractDate: LATE }),
    }),
  );

const FAMILIES = parseBeneficiarySheet(
  beneficiarySheet([...cohortRows(1, 11, 9, 10, 9), ...cohortRows(2, 15, 12, 15, 15), ...cohortRows(3, 4, 0, 0, 4)]),
  PARAMS,
).families;
const SUMMARY = summarizeSheet(FAMILIES, PARAMS.currentYear);
const YEAR3 = year3FromOutcomes(cohortOutcomes(FAMILIES, PARAMS), PARAMS);
const strings = stringsFor("it");

const lines = (testId: string) => Array.from(screen.getByTestId(testId).querySelectorAll("[data-rate]"), (li) => li.textContent);

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoLayoutResizeObserver;

afterEach(async () => {
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
});

describe("the year-3 rates of the summary", () => {
  test("each cohort whose year 3 is due: three rates as count / families = percentage against the thresholds, and the tier", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SummaryView summary={SUMMARY} strings={strings} language="it" year3={YEAR3} />
      </FluentProvider>,
    );
    expect(screen.getByTestId("tier-thresholds").textContent).toBe("Soglie dell'accordo: pieno > 80 %, parziale ≥ 60 %.");
    expect(lines("cohort-rates-1")).toEqual([
      "Stabilità abitativa: 9 / 11 = 81,8 % (> 80 %)",
      "Benessere migliorato: 10 / 11 = 90,9 % (> 80 %)",
      "Attesa < 8 mesi: 9 / 11 = 81,8 % (> 80 %)",
    ]);
    expect(screen.getByTestId("cohort-tier-1").textContent).toBe("Fascia del saldo: pieno (100 % della quota)");
    // 12 of 15 is exactly 80 %: not more than 80 % (strict), so the tier is partial.
    expect(lines("cohort-rates-2")).toEqual([
      "Stabilità abitativa: 12 / 15 = 80,0 % (≥ 60 %, ≤ 80 %)",
      "Benessere migliorato: 15 / 15 = 100,0 % (> 80 %)",
      "Attesa < 8 mesi: 15 / 15 = 100,0 % (> 80 %)",
    ]);
    expect(screen.getByTestId("cohort-tier-2").textContent).toBe("Fascia del saldo: parziale (80 % della quota)");
    expect(screen.getByTestId("cohort-rates-2").getAttribute("data-tier")).toBe("partial");
    // Cohort 3 has reached its year 2 only: counts, no rates.
    expect(screen.queryByTestId("cohort-rates-3")).toBeNull();
    expect(document.querySelector('[data-cohort="3"]')).not.toBeNull();
  });

  test("comparisons are exact on counts, never on the rounded percentage", () => {
    const rules = paramsWith({ fullThreshold: 0.8, fullStrict: false, partialThreshold: 0.6, partialStrict: true });
    // 0.8 is met exactly (≥), 3 of 5 is not more than 60 %; 2 of 3 rounds to 66,7 %.
    expect(rateText(12, 15, rules, "it")).toBe("12 / 15 = 80,0 % (≥ 80 %)");
    expect(rateText(3, 5, rules, "it")).toBe("3 / 5 = 60,0 % (≤ 60 %)");
    expect(rateText(2, 3, rules, "en")).toBe("2 / 3 = 66.7 % (> 60 %, < 80 %)");
    // 79,96 % shows as 80,0 % and still misses 80 %.
    expect(rateText(1999, 2500, rules, "it")).toBe("1999 / 2500 = 80,0 % (> 60 %, < 80 %)");
    expect(rateText(0, 0, rules, "it")).toBe("0 / 0 — nessuna famiglia nel denominatore");
  });

  test("in English; only the cohorts whose year 3 is due", () => {
    expect(YEAR3.cohorts.map((c) => c.cohort)).toEqual([1, 2]);
    render(
      <FluentProvider theme={webLightTheme}>
        <SummaryView summary={SUMMARY} strings={stringsFor("en")} language="en" year3={YEAR3} />
      </FluentProvider>,
    );
    expect(lines("cohort-rates-1")[0]).toBe("Housing stability: 9 / 11 = 81.8 % (> 80 %)");
    expect(screen.getByTestId("cohort-tier-2").textContent).toBe("Balance tier: partial (80 % of the tranche)");
  });

  test("without the rates, the summary shows its counts alone", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SummaryView summary={SUMMARY} strings={strings} language="it" />
      </FluentProvider>,
    );
    expect(screen.queryByTestId("tier-thresholds")).toBeNull();
    expect(screen.queryByTestId("cohort-rates-1")).toBeNull();
  });
});

describe("the flow table in a narrow pane", () => {
  test("one letter per stage named in full, a legend it is described by, inside a focusable region", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <FlowView summary={SUMMARY} strings={strings} language="it" />
      </FluentProvider>,
    );
    const region = screen.getByRole("region", { name: "Tabella: Percorso per servizio inviante" });
    expect(region.tabIndex).toBe(0);
    const table = within(region).getByRole("table", { name: "Percorso per servizio inviante" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Servizio", "I", "C", "M", "S"]);
    expect(within(table).getByRole("columnheader", { name: "Stabilità" }).getAttribute("title")).toBe("Stabilità");
    const legend = screen.getByTestId("flow-legend");
    expect(legend.textContent).toBe("Legenda: I inviate · C contratto firmato · M alloggio mantenuto · S stabilità abitativa");
    expect(table.getAttribute("aria-describedby")).toBe(legend.id);
    expect(within(table).getAllByRole("row")[1].textContent).toBe("Servizio Adulti in Difficoltà16161611");
  });
});

describe("Verifica, from the pane", () => {
  const SOURCE: DataSource = { kind: "sheet", sheet: "Beneficiari", table: null, headerFound: true, candidatesFound: false };

  function stubActions(overrides: Partial<WorkbookActions> = {}): jest.Mocked<WorkbookActions> {
    const validation: Validation = {
      source: SOURCE,
      issues: [],
      counts: { error: 0, warning: 0, note: 0 },
      summary: SUMMARY,
      defaultedParams: [],
      agreementCreated: false,
      outcomes: cohortOutcomes(FAMILIES, PARAMS),
      params: PARAMS,
    };
    return {
      loadAgreement: jest.fn(async () => ({ ownership: "own" as const, raw: rawOf(PARAMS), issues: [] })),
      listSources: jest.fn(async () => ({ sources: [SOURCE], detected: SOURCE })),
      highlightActive: jest.fn(async () => false),
      validate: jest.fn(async () => validation),
      ...overrides,
    } as unknown as jest.Mocked<WorkbookActions>;
  }

  async function validate(actions: WorkbookActions) {
    await act(async () => {
      render(
        <FluentProvider theme={webLightTheme}>
          <App language="it" actions={actions} initialTab="validation" loadCatalog={async () => []} />
        </FluentProvider>,
      );
    });
    await waitFor(() => expect((screen.getByRole("button", { name: "Verifica" }) as HTMLButtonElement).disabled).toBe(false));
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Verifica" })));
    await screen.findByTestId("issue-counts");
  }

  test("validating shows each due cohort's rates and tier, from the same data and agreement", async () => {
    const actions = stubActions();
    await validate(actions);
    expect((await screen.findByTestId("cohort-tier-1")).textContent).toBe("Fascia del saldo: pieno (100 % della quota)");
    expect(lines("cohort-rates-2")[0]).toBe("Stabilità abitativa: 12 / 15 = 80,0 % (≥ 60 %, ≤ 80 %)");
  });

  test("a programme whose year 3 is not yet due shows its counts alone", async () => {
    const early = paramsWith({ currentYear: 2 });
    const actions = stubActions({
      validate: jest.fn(async () => ({
        source: SOURCE,
        issues: [],
        counts: { error: 0, warning: 0, note: 0 },
        summary: SUMMARY,
        defaultedParams: [],
        agreementCreated: false,
        outcomes: cohortOutcomes(FAMILIES, early),
        params: early,
      })),
    });
    await validate(actions);
    expect(screen.queryByTestId("cohort-rates-1")).toBeNull();
    expect(document.querySelector('[data-cohort="1"]')).not.toBeNull();
  });
});
