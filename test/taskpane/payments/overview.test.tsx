/**
 * @jest-environment jsdom
 */
import type { Lang } from "../../../src/engine/cells/lang";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { currentYearTranches } from "../../../src/engine/payments/currentYearTranches";
import type { Params } from "../../../src/engine/agreement/params";
import { evaluateProgramme } from "../../../src/engine/payments/programme";
import { simulatedTotals } from "../../../src/engine/simulation/simulatedTotals";
import { PaneProvider } from "../../../src/taskpane/PaneContext";
import { ThisYearView } from "../../../src/taskpane/payments/ThisYearView";
import { TotalsCompared } from "../../../src/taskpane/payments/TotalsCompared";
import type { PaymentOverview } from "../../../src/taskpane/workbookActions";
import { paramsWith } from "../../engine/fixtures/beneficiarySheet";
import { illustrationFamilies } from "../../engine/simulation/fixtures";

/**
 * Pagamenti's year and totals in English, on §9's illustration in its third year: a stricter full
 * threshold gives cohort 1 the partial tier, a cap cuts cohort 2's tranche; without a cohort to
 * simulate, the two simulated totals say why they are missing.
 */

function overviewOf(params: Params, simulate = true): { due: number; overview: PaymentOverview } {
  const families = illustrationFamilies(params);
  const programme = evaluateProgramme(families, params);
  return {
    due: programme.schedule?.total ?? 0,
    overview: {
      currentYear: currentYearTranches(programme.schedule, params),
      outcomes: programme.outcomes,
      params,
      simulation: simulate ? simulatedTotals(families, params, programme.premiumPerFamily) : null,
    },
  };
}

function renderOverview(params: Params, language: Lang, simulate = true) {
  const { due, overview } = overviewOf(params, simulate);
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider language={language} actions={null}>
        <ThisYearView overview={overview} />
        <TotalsCompared due={due} overview={overview} />
      </PaneProvider>
    </FluentProvider>,
  );
}

const STRICTER_AND_CAPPED = paramsWith({
  premiumPerFamily: 6000,
  currentYear: 3,
  firstCalendarYear: 2024,
  fullThreshold: 0.85,
  cap: 90000,
});

test("in English: year 3 (2026) marked current, cohort 1's balance at the partial tier against 85 %, cohort 2's tranche cut by the cap", () => {
  renderOverview(STRICTER_AND_CAPPED, "en");
  expect(screen.getByRole("heading", { name: "This year: Year 3 (2026)" })).toBeTruthy();
  expect(screen.getByText("current year")).toBeTruthy();
  expect(screen.getByTestId("this-year-tranche-1").textContent).toBe("Share 50 % · 11 families · €26,400");
  expect(screen.getByTestId("this-year-thresholds-1").textContent).toMatch(/full > 85 %, partial ≥ 60 %/);
  const stability = screen.getByTestId("this-year-rates-1").querySelector('[data-rate="stability"]');
  expect(stability?.textContent).toMatch(/: 9 \/ 11 = 81\.8 % \(≥ 60 %, ≤ 85 %\)$/);
  expect(screen.getByTestId("this-year-tier-1").getAttribute("data-tier")).toBe("partial");
  expect(screen.getByTestId("this-year-tier-1").textContent).toMatch(/: partial \(80 % of the tranche\)$/);
  expect(screen.getByTestId("this-year-tranche-2").textContent).toBe(
    "Share 30 % · 11 families · €19,200, cut by the cap (would be €19,800)",
  );
  expect(screen.queryByTestId("this-year-rates-2")).toBeNull();
});

test("in English: the three totals side by side, the due one capped, each with its meaning", () => {
  renderOverview(STRICTER_AND_CAPPED, "en");
  expect(screen.getByRole("heading", { name: "Totals side by side" })).toBeTruthy();
  expect(screen.getByTestId("total-due").textContent).toBe(
    "Due so far (Payments)€90,000The tranches due up to the current year, Year 3 (2026), with verified outcomes and after the cap: what the payments sheet (H4A_Pagamenti) holds.",
  );
  expect(screen.getByTestId("total-simulated-amount").textContent).toBe("€90,000");
  expect(screen.getByTestId("total-simulated-meaning").textContent).toMatch(
    /^What is due plus €0 of tranches projected for the years not yet verified, Year 4 \(2027\)/,
  );
  expect(screen.getByTestId("total-expected-amount").textContent).toBe("€90,000");
});

test("without the simulation's totals, both say why instead of showing a figure", () => {
  renderOverview(paramsWith({ premiumPerFamily: 6000, currentYear: 3 }), "it", false);
  expect(screen.getByRole("heading", { name: "Quest'anno: Anno 3" })).toBeTruthy();
  expect(screen.getByTestId("total-due-amount").textContent).toBe("97.200 €");
  for (const key of ["simulated", "expected"]) {
    expect(screen.getByTestId(`total-${key}-amount`).textContent).toBe("—");
    expect(screen.getByTestId(`total-${key}-meaning`).textContent).toBe(
      "non calcolabile: la scheda Simulazione non ha coorti dei dati da simulare",
    );
  }
});
