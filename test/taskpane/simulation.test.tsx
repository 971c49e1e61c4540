/**
 * @jest-environment jsdom
 */
import type { Lang } from "../../src/engine/cells/lang";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_PARAMS } from "../../src/engine/agreement/params";
import { scenarioOdds } from "../../src/engine/simulation/odds";
import { readScenario, scenarioBlock, type ScenarioSnapshot } from "../../src/engine/simulation/scenarioTable";
import { defaultProbabilities, scenarioOf, seedSimulation } from "../../src/engine/simulation/seed";
import { whatIf } from "../../src/engine/simulation/whatIf";
import type { CellValue } from "../../src/engine/types";
import type { DataSource } from "../../src/contract/contract";
import { App } from "../../src/taskpane/App";
import { percent } from "../../src/taskpane/simulation/controls";
import type { SimulationData } from "../../src/taskpane/simulation/simulationActions";
import { initialSimulationState, simulationReducer } from "../../src/taskpane/simulation/simulationState";
import { rawOf, type WorkbookActions } from "../../src/taskpane/workbookActions";
import { ILLUSTRATION_PARAMS } from "../engine/fixtures/illustration";
import { illustrationFamilies } from "../engine/simulation/fixtures";

/** The Simulazione tab with the workbook's actions replaced by plain functions over the §9 illustration. */

// The whole pane renders in jsdom on every move; under a loaded machine that takes seconds.
jest.setTimeout(60_000);
const SLOW = { timeout: 10_000 };

const SOURCE: DataSource = { kind: "sheet", sheet: "Beneficiari", table: null, headerFound: true };

const seed = () => seedSimulation(illustrationFamilies(), ILLUSTRATION_PARAMS, 6000);
const DATA: SimulationData = { seed: seed(), source: SOURCE, errors: 0, warnings: 1, defaultedParams: [] };

function stubActions(overrides: Partial<WorkbookActions> = {}): jest.Mocked<WorkbookActions> {
  return {
    loadAgreement: jest.fn(async () => ({
      ownership: "own" as const,
      raw: rawOf({ ...DEFAULT_PARAMS, premiumPerFamily: 6000 }),
      issues: [],
    })),
    listSources: jest.fn(async () => ({ sources: [SOURCE], detected: SOURCE })),
    highlightActive: jest.fn(async () => false),
    loadSimulation: jest.fn(async () => DATA),
    saveScenario: jest.fn(async () => ({ sheet: "H4A_Scenari", table: "H4A_Scenario_1", number: 1, firstRow: 1 })),
    loadScenarios: jest.fn(async () => ({ ownership: "missing" as const, scenarios: [] })),
    ...overrides,
  } as unknown as jest.Mocked<WorkbookActions>;
}

async function renderSimulation(actions: WorkbookActions, language: Lang = "it") {
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App language={language} actions={actions} initialTab="simulation" loadCatalog={async () => []} />
      </FluentProvider>,
    );
  });
  await screen.findByTestId("cohort-2", {}, SLOW);
}

const click = (element: HTMLElement) => act(async () => void fireEvent.click(element));
const slide = (element: HTMLElement, value: number) =>
  act(async () => void fireEvent.change(element, { target: { value: String(value) } }));
const key = (element: HTMLElement, name: string) => act(async () => void fireEvent.keyDown(element, { key: name }));

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoLayoutResizeObserver;

afterEach(async () => {
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
});

describe("the what-if", () => {
  test("starts from the detected data: §9's tiers, payments and the families cohort 2 needs", async () => {
    const actions = stubActions();
    await renderSimulation(actions);
    expect(actions.loadSimulation).toHaveBeenCalledWith(SOURCE);
    expect(screen.getByRole("tab", { name: "Simulazione" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByTestId("cohort-1-tier").textContent).toBe("Saldo: pieno (100 %) — 33.000 €");
    expect(screen.getByTestId("cohort-2-tier").textContent).toBe("Saldo: parziale (80 %) — 26.400 €");
    expect(screen.getByTestId("cohort-2-to-next").textContent).toBe("2 altre famiglie con stabilità abitativa → saldo al 100 %");
    expect(screen.getByTestId("cohort-2-margins").textContent).toContain("stabilità abitativa: nessun margine");
    expect(screen.getByTestId("simulation-total").textContent).toBe("123.600 €");
    expect(screen.getByTestId("simulation-difference").textContent).toBe("0 €");
  });

  test("moving the full threshold to 60 % pays cohort 2 in full: 130.200 €, +6.600 €, as the slider moves", async () => {
    await renderSimulation(stubActions());
    const slider = screen.getByRole("slider", { name: /Soglia per il saldo pieno/ });
    expect(slider.getAttribute("aria-valuetext")).toBe("80 %");
    await slide(slider, 60);
    expect(slider.getAttribute("aria-valuetext")).toBe("60 %");
    // The partial threshold never passes the full one.
    expect(screen.getByRole("slider", { name: /Soglia per il saldo parziale/ }).getAttribute("aria-valuetext")).toBe("60 %");
    expect(screen.getByTestId("cohort-2-tier").textContent).toBe("Saldo: pieno (100 %) — 33.000 €");
    expect(screen.getByTestId("simulation-total").textContent).toBe("130.200 €");
    expect(screen.getByTestId("simulation-difference").textContent).toBe("+6.600 €");
    const year4 = within(screen.getByTestId("simulation-years")).getAllByRole("row")[4];
    expect(year4.textContent).toBe("Anno 433.000 €26.400 €+6.600 €");

    await click(screen.getByRole("button", { name: "Ripristina l'accordo" }));
    expect(screen.getByTestId("simulation-total").textContent).toBe("123.600 €");
  });

  test("one more family with stability in cohort 2 (arrow up): 1 more to go", async () => {
    await renderSimulation(stubActions());
    const stability = within(screen.getByTestId("cohort-2")).getByRole("spinbutton", { name: "Coorte 2 – stabilità abitativa" });
    await key(stability, "ArrowUp");
    await waitFor(
      () => expect(screen.getByTestId("cohort-2-to-next").textContent).toBe("1 altra famiglia con stabilità abitativa → saldo al 100 %"),
      SLOW,
    );
    expect(within(screen.getByTestId("cohort-2")).getByText("tasso 72,7 %")).toBeTruthy();
    await key(stability, "ArrowUp");
    await waitFor(() => expect(screen.getByTestId("cohort-2-tier").textContent).toBe("Saldo: pieno (100 %) — 33.000 €"), SLOW);
    expect(screen.getByTestId("simulation-difference").textContent).toBe("+6.600 €");
  });

  test("the step chart has an accessible title and description, a shape per tier and both thresholds", async () => {
    await renderSimulation(stubActions());
    const chart = screen.getByRole("img", { name: /Saldo del terzo anno della coorte 2/ });
    const description = chart.querySelector("desc")!.textContent!;
    expect(description).toContain("da 0 a 6 famiglie: 0 € (sotto la soglia parziale, 0 %)");
    expect(description).toContain("da 7 a 8 famiglie: 26.400 € (parziale, 80 %)");
    expect(description).toContain("da 9 a 11 famiglie: 33.000 € (pieno, 100 %)");
    expect(description).toContain("ora: 7");
    expect(chart.querySelectorAll('[data-level="below"]')).toHaveLength(7);
    expect(chart.querySelectorAll('[data-level="partial"]')).toHaveLength(2);
    expect(chart.querySelectorAll('[data-level="full"]')).toHaveLength(3);
    expect(chart.querySelector('[data-threshold="partial"]')!.textContent).toBe("≥ 60 %: 7");
    expect(chart.querySelector('[data-threshold="full"]')!.textContent).toBe("> 80 %: 9");
  });
});

describe("the sticky summary", () => {
  const summary = () => screen.getByTestId("simulation-summary");
  const tiers = () =>
    within(summary())
      .getAllByRole("listitem")
      .map((item) => item.textContent);

  test("sits above every control, stuck to the top, with the total, the difference and each cohort's tier", async () => {
    await renderSimulation(stubActions());
    expect(summary().getAttribute("aria-label")).toBe("Riepilogo della simulazione");
    expect(window.getComputedStyle(summary()).position).toBe("sticky");
    const slider = screen.getByRole("slider", { name: /Soglia per il saldo pieno/ });
    expect(summary().compareDocumentPosition(slider) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByTestId("summary-total").textContent).toBe("123.600 €");
    expect(screen.getByTestId("summary-difference").textContent).toBe("0 €");
    expect(summary().textContent).toContain("sulla cartella");
    expect(tiers()).toEqual(["C1 pieno", "C2 parziale"]);
  });

  test("follows every move: the full threshold at 60 % gives 130.200 €, +6.600 € and cohort 2 in full", async () => {
    await renderSimulation(stubActions());
    await slide(screen.getByRole("slider", { name: /Soglia per il saldo pieno/ }), 60);
    expect(screen.getByTestId("summary-total").textContent).toBe("130.200 €");
    expect(screen.getByTestId("summary-difference").textContent).toBe("+6.600 €");
    expect(tiers()).toEqual(["C1 pieno", "C2 pieno"]);
    // The partial threshold at 90 % takes the full one with it: both cohorts fall below.
    await slide(screen.getByRole("slider", { name: /Soglia per il saldo parziale/ }), 90);
    const base = scenarioOf(seed());
    const moved = whatIf({ ...base, rules: { ...base.rules, fullThreshold: 0.9, partialThreshold: 0.9 } });
    expect(moved.cohorts.map((c) => c.tier.level)).toEqual(["below", "below"]);
    expect(screen.getByTestId("summary-total").textContent).toBe("64.200 €");
    expect(moved.total).toBe(64_200);
    expect(screen.getByTestId("summary-difference").textContent).toBe("−59.400 €");
    expect(tiers()).toEqual(["C1 sotto soglia", "C2 sotto soglia"]);
  });

  test("a control focused behind it is scrolled just below it", async () => {
    await renderSimulation(stubActions());
    const slider = screen.getByRole("slider", { name: /Soglia per il saldo pieno/ });
    const rect = (top: number, height: number) =>
      ({ top, bottom: top + height, left: 0, right: 320, width: 320, height, x: 0, y: top, toJSON: () => ({}) }) as DOMRect;
    jest.spyOn(summary(), "getBoundingClientRect").mockReturnValue(rect(0, 56));
    jest.spyOn(slider, "getBoundingClientRect").mockReturnValue(rect(20, 20));
    const scrollBy = jest.fn();
    const original = window.scrollBy;
    window.scrollBy = scrollBy as unknown as typeof window.scrollBy;
    try {
      await act(async () => slider.focus());
      expect(scrollBy).toHaveBeenCalledWith(0, 20 - 56 - 8);
    } finally {
      window.scrollBy = original;
    }
  });

  test("in English", async () => {
    await renderSimulation(stubActions(), "en");
    expect(screen.getByTestId("summary-total").textContent).toBe("€123,600");
    expect(summary().textContent).toContain("vs the workbook");
    expect(tiers()).toEqual(["C1 full", "C2 partial"]);
  });
});

describe("the odds", () => {
  // In year 3, cohort 2's year-3 outcomes are not known yet: it has odds; cohort 1's are known.
  const seedYear3 = () => seedSimulation(illustrationFamilies(), { ...ILLUSTRATION_PARAMS, currentYear: 3 }, 6000);
  const year3 = () => stubActions({ loadSimulation: jest.fn(async () => ({ ...DATA, seed: seedYear3() })) });

  test("a cohort whose outcome is known shows its tier only: no probabilities, no odds", async () => {
    await renderSimulation(stubActions());
    // In year 4 both balances are known.
    expect(screen.getByTestId("odds-1-known").textContent).toBe("esito noto: pieno, 100 %");
    expect(screen.getByTestId("odds-2-known").textContent).toBe("esito noto: parziale, 80 %");
    for (const cohort of [1, 2]) {
      const card = screen.getByTestId(`odds-cohort-${cohort}`);
      expect(within(card).queryAllByRole("slider")).toHaveLength(0);
      expect(within(card).queryByRole("list")).toBeNull();
      expect(card.textContent).not.toMatch(/pieno \(100 %\)\d/);
      expect(card.textContent).toContain("non ci sono probabilità da stimare");
    }
    expect(screen.queryByTestId("odds-2-full-value")).toBeNull();
    // The total is certain.
    expect(screen.getByTestId("odds-p50-value").textContent).toBe("123.600 €");
    // The known tier follows the what-if as it moves.
    await slide(screen.getByRole("slider", { name: /Soglia per il saldo pieno/ }), 60);
    expect(screen.getByTestId("odds-2-known").textContent).toBe("esito noto: pieno, 100 %");
  });

  test("show each tier's probability of a cohort not yet known, with their source, exactly", async () => {
    await renderSimulation(year3());
    const expected = scenarioOdds(scenarioOf(seedYear3()), defaultProbabilities(seedYear3())).cohorts[1];
    expect(expected.known).toBe(false);
    expect(screen.getByTestId("odds-2-full-value").textContent).toBe(percent(expected.full, "it"));
    expect(screen.getByTestId("odds-2-partial-value").textContent).toBe(percent(expected.partial, "it"));
    expect(screen.getByTestId("odds-method").textContent).toBe("Calcolo esatto sui conteggi binomiali, senza campionamento.");
    // Its own year-3 rates are not known yet: they come from the completed cohorts.
    expect(within(screen.getByTestId("odds-cohort-2")).getAllByRole("slider")).toHaveLength(3);
    expect(within(screen.getByTestId("odds-cohort-2")).getAllByText("media delle coorti completate (coorti 1)").length).toBeGreaterThan(0);
    expect(screen.queryByTestId("odds-2-known")).toBeNull();
    // Cohort 1 is known in year 3: its tier, and nothing else.
    expect(screen.getByTestId("odds-1-known").textContent).toBe("esito noto: pieno, 100 %");
    expect(screen.queryByTestId("odds-1-bars")).toBeNull();
    expect(within(screen.getByTestId("odds-cohort-1")).queryAllByRole("slider")).toHaveLength(0);
  });

  test("a probability set by hand is marked as such; a correlation switches to the seeded Monte Carlo and says its sample size", async () => {
    await renderSimulation(year3());
    const stability = screen.getByRole("slider", { name: "Stabilità · Coorte 2" });
    await slide(stability, 90);
    const expected = scenarioOdds(scenarioOf(seedYear3()), [
      defaultProbabilities(seedYear3())[0],
      { ...defaultProbabilities(seedYear3())[1], stability: 0.9 },
    ]).cohorts[1];
    await waitFor(() => expect(screen.getByTestId("odds-2-full-value").textContent).toBe(percent(expected.full, "it")), SLOW);
    expect(within(screen.getByTestId("odds-cohort-2")).getByText("indicata qui")).toBeTruthy();
    await slide(screen.getByRole("slider", { name: /Correlazione/ }), 30);
    await waitFor(() => expect(screen.getByTestId("odds-method").textContent).toContain("Monte Carlo con 2.000 campioni (seme 4)"), SLOW);
  });
});

describe("scenarios", () => {
  function snapshotOf(label: string, fullThreshold: number): ScenarioSnapshot {
    const base = scenarioOf(seed());
    const scenario = { ...base, rules: { ...base.rules, fullThreshold, partialThreshold: Math.min(0.6, fullThreshold) } };
    const probabilities = defaultProbabilities(seed());
    return {
      label,
      savedAt: "2026-05-04 10:32",
      scenario,
      probabilities,
      sources: seed().cohorts.map(() => ({ stability: "observed" as const, wellbeing: "observed" as const, waiting: "observed" as const })),
      result: whatIf(scenario),
      baseline: whatIf(base),
      odds: scenarioOdds(scenario, probabilities),
    };
  }
  const asRead = (snapshot: ScenarioSnapshot, number: number) => {
    const table = scenarioBlock(snapshot, { firstRow: 1, number }).tables[0];
    return readScenario(table.name, [table.header, ...(table.rows as CellValue[][])])!;
  };

  test("Salva scenario writes the scenario as it stands, under its name and time", async () => {
    const actions = stubActions();
    await renderSimulation(actions);
    await slide(screen.getByRole("slider", { name: /Soglia per il saldo pieno/ }), 60);
    await act(
      async () =>
        void fireEvent.change(screen.getByRole("textbox", { name: "Nome dello scenario" }), { target: { value: "Soglia al 60 %" } }),
    );
    await click(screen.getByRole("button", { name: "Salva scenario" }));
    await screen.findByText("Scritta la tabella H4A_Scenario_1 nel foglio H4A_Scenari.", {}, SLOW);
    const saved = actions.saveScenario.mock.calls[0][0];
    expect(saved.label).toBe("Soglia al 60 %");
    expect(saved.savedAt).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(saved.scenario.rules.fullThreshold).toBe(0.6);
    expect(saved.result.total).toBe(130_200);
    expect(saved.baseline.total).toBe(123_600);
    expect(saved.sources[1].stability).toBe("observed");
  });

  test("two saved scenarios side by side: only what differs, with B − A", async () => {
    const scenarios = [asRead(snapshotOf("Accordo attuale", 0.8), 1), asRead(snapshotOf("Soglia al 60 %", 0.6), 2)];
    const actions = stubActions({ loadScenarios: jest.fn(async () => ({ ownership: "own" as const, scenarios })) });
    await renderSimulation(actions);
    await click(screen.getByRole("button", { name: "Leggi gli scenari salvati" }));
    const table = await screen.findByTestId("scenario-comparison", {}, SLOW);
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => row.textContent);
    expect(rows).toContain("Totale dei pagamenti (€)123.600 €130.200 €+6.600 €");
    expect(rows).toContain("Coorte 2 · Fascia del saldo (quota pagata)80 %100 %+20 p.p.");
    expect(rows).toContain("Soglia per il saldo pieno80 %60 %−20 p.p.");
    expect(rows.some((row) => row?.startsWith("Coorte 1 · Famiglie con stabilità abitativa"))).toBe(false);
    await click(screen.getByRole("switch", { name: "Solo le voci diverse" }));
    expect(
      within(screen.getByTestId("scenario-comparison"))
        .getAllByRole("row")
        .map((row) => row.textContent),
    ).toContain("Coorte 1 · Famiglie con stabilità abitativa99");
  });

  test("a failed save says what happened and what to do", async () => {
    const { AddInError } = await import("../../src/contract/errors");
    const actions = stubActions({ saveScenario: jest.fn(async () => Promise.reject(AddInError.foreignSheets(["H4A_Scenari"]))) });
    await renderSimulation(actions);
    await click(screen.getByRole("button", { name: "Salva scenario" }));
    const bar = await screen.findByRole("alert", {}, SLOW);
    expect(bar.textContent).toContain("Il foglio H4A_Scenari non è stato creato da H4A");
  });
});

describe("in English, and without data", () => {
  test("the tab is Simulation and the sentences are English", async () => {
    await renderSimulation(stubActions(), "en");
    expect(screen.getByRole("tab", { name: "Simulation" })).toBeTruthy();
    expect(screen.getByTestId("cohort-2-to-next").textContent).toBe("2 more families with housing stability → balance at 100 %");
    expect(screen.getByTestId("simulation-total").textContent).toBe("€123,600");
  });

  test("with no beneficiary data the example cohort is simulated, and the pane says so", async () => {
    const { exampleSeed } = await import("../../src/engine/simulation/seed");
    const example: SimulationData = {
      seed: exampleSeed({ ...DEFAULT_PARAMS, currentYear: 1 }, null),
      source: null,
      errors: 0,
      warnings: 0,
      defaultedParams: [],
    };
    const actions = stubActions({
      listSources: jest.fn(async () => ({ sources: [], detected: null })),
      loadSimulation: jest.fn(async () => example),
    });
    await act(async () => {
      render(
        <FluentProvider theme={webLightTheme}>
          <App language="it" actions={actions} initialTab="simulation" loadCatalog={async () => []} />
        </FluentProvider>,
      );
    });
    await screen.findByTestId("cohort-1", {}, SLOW);
    expect(actions.loadSimulation).toHaveBeenCalledWith(null);
    expect(screen.getByText(/coorte di esempio di 11 famiglie/)).toBeTruthy();
    expect(screen.getByText(/non indica il premio per famiglia/)).toBeTruthy();
    // One uncertain cohort at 0.8: P(full) = P(at least 9 of 11)³.
    expect(screen.getByTestId("odds-1-full-value").textContent).toBe("23,5 %");
  });
});

describe("the waiting limit", () => {
  test("is a whole number of months, as in the agreement: 7.4 moves it to 7, so the scenario stays one the engine accepts", () => {
    const state = simulationReducer(initialSimulationState(seed()), { type: "waitingLimit", value: 7.4 });
    expect(state.scenario.rules.waitLimitMonths).toBe(7);
    expect(() => whatIf(state.scenario)).not.toThrow();
  });
});
