/**
 * @jest-environment jsdom
 */
import type { Lang } from "../../src/engine/cells/lang";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { applicantsOf } from "../../src/engine/candidates/flow";
import { parseCandidateSheet } from "../../src/engine/candidates/parse";
import { rankCandidates } from "../../src/engine/candidates/ranking";
import { DEFAULT_PARAMS } from "../../src/engine/agreement/params";
import { parseBeneficiarySheet } from "../../src/engine/beneficiaries/parse";
import { summarizeSheet } from "../../src/engine/beneficiaries/sheetSummary";
import type { DataSource } from "../../src/contract/contract";
import { App } from "../../src/taskpane/App";
import { FlowView } from "../../src/taskpane/validation/FlowView";
import { stringsFor } from "../../src/taskpane/i18n";
import type { CandidatesView, RankingWriteResult } from "../../src/taskpane/ranking/rankingActions";
import { detectCandidates } from "../../src/taskpane/useCandidateChoice";
import { rawOf, type Validation, type WorkbookActions } from "../../src/taskpane/workbookActions";
import { beneficiarySheet, familyRow, paramsWith } from "../engine/fixtures/beneficiarySheet";
import { candidateRow, candidatesSheet, DEFAULT_RANKING } from "../engine/fixtures/candidatesSheet";

/** The Graduatoria tab and the flow of Verifica, with the workbook's actions replaced by plain functions. */

const BENEFICIARIES: DataSource = { kind: "sheet", sheet: "Beneficiari", table: null, headerFound: true, candidatesFound: false };
const CANDIDATES: DataSource = { kind: "sheet", sheet: "Candidati", table: null, headerFound: false, candidatesFound: true };

const ROWS = [
  candidateRow({ id: "C1", eviction: "eseguito", minors: 2, referral: "Servizio A" }),
  candidateRow({ id: "C2", eviction: "nessuno", violence: "Sì", referral: "Servizio B" }),
  candidateRow({ id: "C3", isee: 40_000, eviction: "intimato", referral: "Servizio A" }),
  candidateRow({ id: "C4", eviction: "convalidato" }),
];

function view(rows = ROWS): CandidatesView {
  return {
    source: CANDIDATES,
    parsed: parseCandidateSheet(candidatesSheet(rows)),
    params: DEFAULT_RANKING,
    agreement: "own",
    agreementIssues: [],
  };
}

const FAMILIES = parseBeneficiarySheet(
  beneficiarySheet([familyRow({ id: "C1", referral: "Servizio A" }), familyRow({ id: "F9", referral: "Servizio B" })]),
  paramsWith({ currentYear: 1 }),
).families;

function stubActions(overrides: Partial<WorkbookActions> = {}): jest.Mocked<WorkbookActions> {
  const summary = summarizeSheet(FAMILIES, 1, applicantsOf(rankCandidates(view().parsed, DEFAULT_RANKING)));
  const validation: Validation = {
    source: BENEFICIARIES,
    issues: [],
    counts: { error: 0, warning: 0, note: 0 },
    summary,
    defaultedParams: [],
    agreementCreated: false,
    outcomes: [],
    params: DEFAULT_PARAMS,
  };
  return {
    loadAgreement: jest.fn(async () => ({ ownership: "own" as const, raw: rawOf(DEFAULT_PARAMS), issues: [] })),
    listSources: jest.fn(async () => ({ sources: [BENEFICIARIES, CANDIDATES], detected: BENEFICIARIES })),
    highlightActive: jest.fn(async () => false),
    selectCell: jest.fn(async () => undefined),
    readCandidates: jest.fn(async () => view()),
    writeRanking: jest.fn(async (_source, params): Promise<RankingWriteResult> => ({
      status: "written",
      sheet: "H4A_Graduatoria",
      eligible: 3,
      excluded: 1,
      params,
    })),
    validate: jest.fn(async () => validation),
    writeFlow: jest.fn(async () => ({ sheet: "H4A_Flusso", services: 3, withCandidates: true, summary })),
    ...overrides,
  } as unknown as jest.Mocked<WorkbookActions>;
}

async function renderPane(actions: WorkbookActions, initialTab: "ranking" | "validation" = "ranking", language: Lang = "it") {
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App language={language} actions={actions} initialTab={initialTab} loadCatalog={async () => []} />
      </FluentProvider>,
    );
  });
}

const click = (element: HTMLElement) => act(async () => void fireEvent.click(element));

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoLayoutResizeObserver;

afterEach(async () => {
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
});

/** The ranked families as shown: [rank attribute, id]. */
const ranked = () =>
  Array.from(screen.getByTestId("ranked-list").querySelectorAll("[data-family]")).map((item) => [
    item.getAttribute("data-rank"),
    item.getAttribute("data-family"),
  ]);

describe("Graduatoria", () => {
  test("reads the detected candidates sheet at once and lists eligible families in order, and the others with every reason", async () => {
    const actions = stubActions();
    await renderPane(actions);
    await waitFor(() => expect(actions.readCandidates).toHaveBeenCalledWith(CANDIDATES));
    expect((await screen.findByTestId("ranking-counts")).textContent).toBe("4 domande · 3 ammesse · 1 non ammessa");
    expect(ranked()).toEqual([
      ["1", "C1"],
      ["2", "C2"],
      ["3", "C4"],
    ]);
    const excluded = within(screen.getByTestId("excluded-list")).getAllByRole("listitem", { hidden: false });
    expect(excluded[0].getAttribute("data-family")).toBe("C3");
    expect(Array.from(excluded[0].querySelectorAll("[data-reason]"), (li) => li.getAttribute("data-reason"))).toEqual([
      "isee-above-ceiling",
      "no-emergency",
    ]);
    expect(excluded[0].textContent).toContain("ISEE oltre la soglia (40.000 € > 26.000 €)");
  });

  test("a family's breakdown says why it is there, and leads to its row", async () => {
    const actions = stubActions();
    await renderPane(actions);
    await screen.findByTestId("ranking-counts");
    const item = screen.getByTestId("ranked-list").querySelector('[data-family="C1"]') as HTMLElement;
    await click(within(item).getAllByRole("button")[0]);
    const breakdown = await within(item).findByTestId("breakdown");
    expect(breakdown.textContent).toContain("Ammessa per: sfratto eseguito.");
    expect(Array.from(breakdown.querySelectorAll("[data-weight]"), (li) => [li.getAttribute("data-weight"), li.textContent])).toEqual([
      ["wEvictionExecuted", "Sfratto eseguito: 30"],
      ["wPerMinor", "Minori: 2 × 10 = 20"],
    ]);
    expect(breakdown.textContent).toContain("Totale: 50");
    await click(within(breakdown).getByRole("button", { name: "Vai alla riga 2" }));
    await waitFor(() => expect(actions.selectCell).toHaveBeenCalledWith("Candidati!A2"));
  });

  test("changing a weight re-ranks at once; the rank with the agreement's weights is shown; writing uses the weights shown", async () => {
    const actions = stubActions();
    await renderPane(actions);
    await screen.findByTestId("ranking-counts");
    await click(screen.getByRole("button", { name: /Pesi e soglie/ }));
    const violence = screen.getByRole("textbox", { name: /vittima di violenza/ }) as HTMLInputElement;
    expect(violence.value).toBe("20");
    await act(async () => void fireEvent.change(violence, { target: { value: "60" } }));
    expect(ranked()).toEqual([
      ["1", "C2"],
      ["2", "C1"],
      ["3", "C4"],
    ]);
    expect(screen.getByTestId("weights-changed").textContent).toBe("1 valore diverso dall'accordo");
    expect(screen.getAllByTestId("rank-moved").map((m) => m.textContent)).toEqual([
      "(con i pesi dell'accordo: 2ª)",
      "(con i pesi dell'accordo: 1ª)",
    ]);
    expect(actions.readCandidates).toHaveBeenCalledTimes(1);

    await act(async () => void fireEvent.change(violence, { target: { value: "molti" } }));
    expect(screen.getByText("Atteso un numero ≥ 0: si usa l'ultimo valore valido.")).toBeTruthy();
    expect(ranked()[0][1]).toBe("C1");
    await act(async () => void fireEvent.change(violence, { target: { value: "60" } }));

    await click(screen.getByRole("button", { name: "Scrivi la graduatoria (foglio H4A_Graduatoria)" }));
    await waitFor(() => expect(actions.writeRanking).toHaveBeenCalledWith(CANDIDATES, { ...DEFAULT_RANKING, wViolence: 60 }));
    const written = await screen.findByTestId("ranking-written");
    expect(written.textContent).toContain("Scritta la graduatoria (foglio H4A_Graduatoria): 3 famiglie ammesse, 1 non ammessa.");
    expect(written.textContent).toContain("Il foglio dei candidati (Candidati) non è stato modificato.");
    expect(written.textContent).toContain(
      "I pesi usati, diversi da quelli dell'accordo, sono riportati in fondo alla graduatoria (foglio H4A_Graduatoria).",
    );

    await click(screen.getByRole("button", { name: "Ripristina i valori dell'accordo" }));
    expect(violence.value).toBe("20");
    expect(ranked()[0][1]).toBe("C1");
  });

  test("a sheet with errors: the issues are listed, the rows with errors are not ranked, and writing is not offered", async () => {
    const actions = stubActions({ readCandidates: jest.fn(async () => view([...ROWS, candidateRow({ id: "C5", members: "tre" })])) });
    await renderPane(actions);
    await screen.findByTestId("ranking-counts");
    expect(screen.getByText(/1 errore, 0 altre — Le righe con errori non entrano in graduatoria/)).toBeTruthy();
    expect(screen.getByTitle("Vai alla cella Candidati!B6")).toBeTruthy();
    expect(screen.getByTestId("excluded-list").querySelector('[data-family="C5"] [data-reason="invalid-data"]')).toBeTruthy();
    expect((screen.getByRole("button", { name: "Scrivi la graduatoria (foglio H4A_Graduatoria)" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  test("a refusal by the workbook (the sheet changed since it was read) lists the errors to fix, each leading to its cell", async () => {
    const refused: RankingWriteResult = {
      status: "refused",
      issues: parseCandidateSheet(candidatesSheet([candidateRow({ members: "tre" })])).issues,
    };
    const actions = stubActions({ writeRanking: jest.fn(async () => refused) });
    await renderPane(actions);
    await screen.findByTestId("ranking-counts");
    await click(screen.getByRole("button", { name: "Scrivi la graduatoria (foglio H4A_Graduatoria)" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Graduatoria non scritta: il foglio dei candidati ha errori");
    expect(alert.textContent).toContain("Candidati!B2 «tre» non è un valore valido per «Componenti»");
    expect(alert.textContent?.split("Componenti").length).toBe(2);
    await click(within(alert).getByRole("button", { name: "Candidati!B2" }));
    await waitFor(() => expect(actions.selectCell).toHaveBeenCalledWith("Candidati!B2"));
  });

  test("without H4A_Parametri the default weights are used, and said so; in English too", async () => {
    const actions = stubActions({ readCandidates: jest.fn(async () => ({ ...view(), agreement: "missing" as const })) });
    await renderPane(actions, "ranking", "en");
    expect(
      await screen.findByText("The agreement (sheet H4A_Parametri) is not in the workbook yet: default weights and thresholds."),
    ).toBeTruthy();
    expect(screen.getByTestId("ranking-counts").textContent).toBe("4 applications · 3 eligible · 1 not eligible");
    expect(screen.getByRole("tab", { name: "Ranking" })).toBeTruthy();
  });

  test("the candidates sheet picked first is the one whose header is a candidates header", () => {
    expect(detectCandidates([BENEFICIARIES, { ...CANDIDATES, headerFound: true }, CANDIDATES])).toBe(CANDIDATES);
    expect(detectCandidates([BENEFICIARIES])).toBeNull();
  });
});

describe("the flow in Verifica", () => {
  test("validation is given the candidates sheet; the flow starts with its applications, and is written to H4A_Flusso", async () => {
    const actions = stubActions();
    await renderPane(actions, "validation");
    await waitFor(() => expect((screen.getByRole("button", { name: "Verifica" }) as HTMLButtonElement).disabled).toBe(false));
    await click(screen.getByRole("button", { name: "Verifica" }));
    await waitFor(() => expect(actions.validate).toHaveBeenCalledWith(BENEFICIARIES, CANDIDATES));
    const table = await screen.findByTestId("flow-table");
    expect(
      within(table)
        .getAllByRole("row")
        .map((row) => Array.from(row.children, (cell) => cell.textContent)),
    ).toEqual([
      ["Servizio", "D", "A", "I", "C", "M", "S"],
      ["Servizio A", "2", "1", "1", "1", "0", "0"],
      ["Servizio B", "1", "1", "1", "1", "0", "0"],
      ["(non indicato)", "1", "1", "0", "0", "0", "0"],
      ["Totale", "4", "3", "2", "2", "0", "0"],
    ]);
    await click(screen.getByRole("button", { name: "Scrivi il percorso (foglio H4A_Flusso)" }));
    await waitFor(() => expect(actions.writeFlow).toHaveBeenCalledWith(BENEFICIARIES, CANDIDATES));
    expect((await screen.findByTestId("flow-written")).textContent).toBe("Scritto il percorso (foglio H4A_Flusso): 3 servizi.");
  });
});

describe("FlowView", () => {
  const strings = stringsFor("it");

  test("the chart reads without colour: every bar has its count and its stage's letter, every service is described in words", () => {
    const summary = summarizeSheet(FAMILIES, 1, applicantsOf(rankCandidates(view().parsed, DEFAULT_RANKING)));
    render(
      <FluentProvider theme={webLightTheme}>
        <FlowView summary={summary} strings={strings} language="it" />
      </FluentProvider>,
    );
    const chart = screen.getByRole("img", { name: "Grafico delle fasi per servizio" });
    const groups = chart.querySelectorAll("[data-service]");
    expect(Array.from(groups, (g) => g.getAttribute("data-service"))).toEqual(["Servizio A", "Servizio B", "(non indicato)"]);
    expect(groups[0].querySelector("title")?.textContent).toBe(
      "Servizio A: Domande 2, Ammesse 1, Inviate 1, Contratto 1, Alloggio 0, Stabilità 0",
    );
    expect(Array.from(groups[0].querySelectorAll("[data-stage] text"), (t) => t.textContent)).toEqual([
      "2",
      "D",
      "1",
      "A",
      "1",
      "I",
      "1",
      "C",
      "0",
      "M",
      "0",
      "S",
    ]);
    expect(
      screen.getByText("D domande · A ammesse · I inviate · C contratto firmato · M alloggio mantenuto · S stabilità abitativa"),
    ).toBeTruthy();
    expect(screen.getByTestId("flow-join").textContent).toBe(
      "Famiglie inviate presenti tra le domande: 1 di 2; ammesse non (ancora) inviate: 2.",
    );
  });

  test("without a candidates sheet: the four stages of the beneficiary sheet, their letters named in full", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <FlowView summary={summarizeSheet(FAMILIES, 1)} strings={strings} language="it" />
      </FluentProvider>,
    );
    expect(
      within(screen.getByTestId("flow-table"))
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Servizio", "I", "C", "M", "S"]);
    expect(
      within(screen.getByTestId("flow-table"))
        .getAllByRole("columnheader")
        .map((h) => h.getAttribute("aria-label")),
    ).toEqual([null, "Inviate", "Contratto", "Alloggio", "Stabilità"]);
    expect(screen.queryByTestId("flow-join")).toBeNull();
    expect(screen.getByText("I inviate · C contratto firmato · M alloggio mantenuto · S stabilità abitativa")).toBeTruthy();
  });
});
