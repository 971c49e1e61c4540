/**
 * @jest-environment jsdom
 */
import type { Lang } from "../../src/engine/cells/lang";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_PARAMS } from "../../src/engine/agreement/params";
import { summarizeSheet } from "../../src/engine/beneficiaries/sheetSummary";
import type { Issue } from "../../src/engine/types";
import type { DataSource } from "../../src/contract/contract";
import { AddInError } from "../../src/contract/errors";
import { App, type TabKey } from "../../src/taskpane/App";
import { rawOf, type PaymentResult, type Validation, type WorkbookActions } from "../../src/taskpane/workbookActions";

/** The pane's components with the workbook's actions replaced by plain functions: no Excel, no Office.js. */

const SHEET_SOURCE: DataSource = { kind: "sheet", sheet: "Beneficiari", table: null, headerFound: true };

const issue = (cell: string, severity: Issue["severity"], message: string): Issue => ({
  rule: "unknown-token",
  severity,
  cell,
  field: "leaseSigned",
  value: "forse",
  message: { it: message, en: `${message} (en)` },
});

const ISSUES = [
  issue("Beneficiari!L9", "error", "«forse» non è un valore sì/no"),
  issue("Beneficiari!H12", "warning", "data scritta come testo"),
];

const VALIDATION: Validation = {
  source: SHEET_SOURCE,
  issues: ISSUES,
  counts: { error: 1, warning: 1, note: 0 },
  summary: summarizeSheet([], 4),
  defaultedParams: [],
  agreementCreated: false,
  outcomes: [],
  params: DEFAULT_PARAMS,
};

const WRITTEN: PaymentResult = {
  status: "written",
  sheets: ["H4A_Calcolo", "H4A_Pagamenti"],
  tables: [{ name: "H4A_Anni", rows: 4 }],
  years: [
    { programmeYear: 1, calendarYear: null, amount: 13200, cumulative: 13200 },
    { programmeYear: 2, calendarYear: null, amount: 31200, cumulative: 44400 },
  ],
  total: 44400,
  capCut: 0,
  saving: 100000,
  net: 55600,
  check: { compared: 12, mismatches: [] },
  overview: {
    currentYear: { programmeYear: 2, calendarYear: null, tranches: [] },
    outcomes: [],
    params: { ...DEFAULT_PARAMS, currentYear: 2 },
    simulation: null,
  },
};

/** A promise the test settles when it wants: the action "runs" until then. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function stubActions(overrides: Partial<WorkbookActions> = {}): jest.Mocked<WorkbookActions> {
  return {
    loadAgreement: jest.fn(async () => ({
      ownership: "own" as const,
      raw: rawOf({ ...DEFAULT_PARAMS, premiumPerFamily: 6000 }),
      issues: [],
    })),
    saveAgreement: jest.fn(async () => ({ saved: true as const, params: DEFAULT_PARAMS })),
    listSources: jest.fn(async () => ({
      sources: [SHEET_SOURCE, { kind: "sheet" as const, sheet: "Note", table: null, headerFound: false }],
      detected: SHEET_SOURCE,
    })),
    validate: jest.fn(async () => VALIDATION),
    selectCell: jest.fn(async () => undefined),
    highlight: jest.fn(async () => ({ coloured: 2, restored: 0, changedSince: 0 })),
    removeHighlight: jest.fn(async () => ({ coloured: 0, restored: 2, changedSince: 0 })),
    highlightActive: jest.fn(async () => false),
    writePayments: jest.fn(async () => WRITTEN),
    loadLedger: jest.fn(async () => ({
      status: "unavailable" as const,
      refusal: {
        message: { it: "Il foglio dei beneficiari ha 1 errore.", en: "The beneficiary sheet has 1 error." },
        cell: null,
        issues: [],
      },
    })),
    ...overrides,
  } as jest.Mocked<WorkbookActions>;
}

/** Renders the pane and lets its first reads (agreement, sheets, highlight) settle. */
async function renderPane(actions: WorkbookActions | null, initialTab: TabKey = "parameters", language: Lang = "it") {
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App language={language} actions={actions} initialTab={initialTab} loadCatalog={async () => []} />
      </FluentProvider>,
    );
  });
}

/** A click, with what it starts settled inside act(). */
const click = (element: HTMLElement) => act(async () => void fireEvent.click(element));
const type = (element: HTMLElement, value: string) => act(async () => void fireEvent.change(element, { target: { value } }));

// jsdom has no layout: Fluent's MessageBar watches its size with ResizeObserver, which does nothing here.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoLayoutResizeObserver;

/** The tabs by their accessible names (Fluent renders a tab's label twice, to reserve its bold width). */
const tabNames = (names: string[]) => names.map((name) => screen.getByRole("tab", { name }).getAttribute("aria-controls"));

let alertSpy: jest.SpyInstance;
beforeEach(() => {
  alertSpy = jest.spyOn(window, "alert").mockImplementation(() => undefined);
});
afterEach(async () => {
  // Let the pane's last reads settle inside act() before the next test.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(alertSpy).not.toHaveBeenCalled();
  alertSpy.mockRestore();
});

describe("the tabs", () => {
  test("are Parametri, Graduatoria, Verifica, Pagamenti, Simulazione, Condividi and Informazioni in Italian, their English names in English", async () => {
    await renderPane(stubActions());
    expect(tabNames(["Parametri", "Graduatoria", "Verifica", "Pagamenti", "Simulazione", "Condividi", "Informazioni"])).toEqual([
      "h4a-panel-parameters",
      "h4a-panel-ranking",
      "h4a-panel-validation",
      "h4a-panel-payments",
      "h4a-panel-simulation",
      "h4a-panel-share",
      "h4a-panel-info",
    ]);
    expect(screen.getAllByRole("tab")).toHaveLength(7);
    await screen.findByDisplayValue("6000");
  });

  test("in English", async () => {
    await renderPane(stubActions(), "parameters", "en");
    expect(tabNames(["Parameters", "Ranking", "Validate", "Payments", "Simulation", "Share", "About"])).toEqual([
      "h4a-panel-parameters",
      "h4a-panel-ranking",
      "h4a-panel-validation",
      "h4a-panel-payments",
      "h4a-panel-simulation",
      "h4a-panel-share",
      "h4a-panel-info",
    ]);
    await screen.findByDisplayValue("6000");
  });

  test("outside Excel the workbook tabs say how to open the pane, and Informazioni still works", async () => {
    await renderPane(null, "validation");
    expect(screen.getByText(/aprire il riquadro da Excel/)).toBeTruthy();
    await click(screen.getByRole("tab", { name: "Informazioni" }));
    expect(screen.getByText("Che cosa fa H4A")).toBeTruthy();
  });
});

describe("Parametri", () => {
  test("shows the schema's message under a wrong value and does not save until it is fixed", async () => {
    const actions = stubActions();
    await renderPane(actions);
    const year = await screen.findByRole("textbox", { name: /Anno corrente/ });
    await type(year, "quattro");
    expect(await screen.findByText("Atteso un numero intero ≥ 1.")).toBeTruthy();
    const save = screen.getByRole("button", { name: "Salva l'accordo (foglio H4A_Parametri)" });
    expect((save as HTMLButtonElement).disabled).toBe(true);

    await type(year, "4");
    fireEvent.change(screen.getByRole("textbox", { name: /Soglia per il saldo pieno/ }), { target: { value: "85" } });
    await click(screen.getByRole("button", { name: "Salva l'accordo (foglio H4A_Parametri)" }));
    await screen.findByText("Accordo salvato (foglio H4A_Parametri).");
    expect(actions.saveAgreement).toHaveBeenCalledWith(
      expect.objectContaining({ currentYear: 4, fullThreshold: 0.85, premiumPerFamily: 6000, fullStrict: true }),
    );
  });

  test("the commitments and true-ups group: the planned enrolment typed as a list, the true-up policy chosen from its two values", async () => {
    const actions = stubActions();
    await renderPane(actions);
    const enrolment = await screen.findByRole("textbox", { name: /Famiglie previste per anno di ingresso/ });
    fireEvent.change(enrolment, { target: { value: "11,11" } });
    const policy = screen.getByRole("combobox", { name: /Conguagli/ }) as HTMLSelectElement;
    expect([...policy.options].map((o) => o.value)).toEqual(["nextPayment", "reportOnly"]);
    fireEvent.change(policy, { target: { value: "reportOnly" } });
    await click(screen.getByRole("button", { name: "Salva l'accordo (foglio H4A_Parametri)" }));
    await screen.findByText("Accordo salvato (foglio H4A_Parametri).");
    expect(actions.saveAgreement).toHaveBeenCalledWith(expect.objectContaining({ plannedEnrolment: "11,11", trueUpPolicy: "reportOnly" }));
  });

  test("shows shares and thresholds as percentages, strictness in plain words, the premium's precedence without 'above'", async () => {
    await renderPane(stubActions());
    const full = (await screen.findByRole("textbox", { name: /Soglia per il saldo pieno/ })) as HTMLInputElement;
    expect(full.value).toBe("80");
    expect(full.parentElement?.textContent).toContain("%");
    expect((screen.getByRole("textbox", { name: "Anno di coorte 1" }) as HTMLInputElement).value).toBe("20");
    expect(screen.getByText("Somma delle quote: 100 %")).toBeTruthy();
    expect(
      screen.getByRole("textbox", { name: "Premio per famiglia (€): se indicato, prevale su premio complessivo ÷ famiglie previste" }),
    ).toBeTruthy();
    expect(screen.queryByText(/prevale sui due valori precedenti/)).toBeNull();

    const fullChoice = screen.getByRole("radiogroup", { name: "Saldo pieno quando il tasso è" });
    expect((within(fullChoice).getByRole("radio", { name: "Più di 80 % (strettamente maggiore)" }) as HTMLInputElement).checked).toBe(true);
    expect((within(fullChoice).getByRole("radio", { name: "80 % o più (maggiore o uguale)" }) as HTMLInputElement).checked).toBe(false);
    const partialChoice = screen.getByRole("radiogroup", { name: "Saldo parziale quando il tasso è" });
    expect((within(partialChoice).getByRole("radio", { name: "60 % o più (maggiore o uguale)" }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText(/VERO: >/)).toBeNull();

    // The threshold typed as "75 %" is 75 % in the choice's words, and 0.75 once saved.
    await type(full, "75 %");
    expect(within(fullChoice).getByRole("radio", { name: "Più di 75 % (strettamente maggiore)" })).toBeTruthy();
    await click(within(fullChoice).getByRole("radio", { name: "75 % o più (maggiore o uguale)" }));
    await type(screen.getByRole("textbox", { name: "Anno di coorte 1" }), "10");
    await type(screen.getByRole("textbox", { name: "Anno di coorte 2" }), "40");
    expect(screen.getByText("Somma delle quote: 100 %")).toBeTruthy();
  });

  test("in English, too", async () => {
    await renderPane(stubActions(), "parameters", "en");
    const choice = await screen.findByRole("radiogroup", { name: "Full balance when the rate is" });
    expect(within(choice).getByRole("radio", { name: "More than 80 % (strictly greater)" })).toBeTruthy();
    expect(within(choice).getByRole("radio", { name: "80 % or more (greater or equal)" })).toBeTruthy();
    expect(
      screen.getByRole("textbox", { name: "Premium per family (€): if given, wins over total premium ÷ planned families" }),
    ).toBeTruthy();
    expect(screen.getByRole("switch", { name: "Show the cell names" })).toBeTruthy();
  });

  test("saves the percentages as the sheet's fractions, exactly", async () => {
    const actions = stubActions();
    await renderPane(actions);
    await type(await screen.findByRole("textbox", { name: /Soglia per il saldo pieno/ }), "75");
    await type(screen.getByRole("textbox", { name: /Soglia per il saldo parziale/ }), "30 %");
    await type(screen.getByRole("textbox", { name: "Anno di coorte 1" }), "10");
    await type(screen.getByRole("textbox", { name: "Anno di coorte 2" }), "30");
    await type(screen.getByRole("textbox", { name: "Anno di coorte 3" }), "60");
    await click(
      within(screen.getByRole("radiogroup", { name: "Saldo pieno quando il tasso è" })).getByRole("radio", { name: /maggiore o uguale/ }),
    );
    await click(screen.getByRole("button", { name: "Salva l'accordo (foglio H4A_Parametri)" }));
    await screen.findByText("Accordo salvato (foglio H4A_Parametri).");
    expect(actions.saveAgreement).toHaveBeenCalledWith(
      expect.objectContaining({
        fullThreshold: 0.75,
        partialThreshold: 0.3,
        share1: 0.1,
        share2: 0.3,
        share3: 0.6,
        partialPayment: 0.8,
        fullStrict: false,
      }),
    );
  });

  test("the named cells show only behind one toggle", async () => {
    await renderPane(stubActions());
    await screen.findByRole("textbox", { name: /Soglia per il saldo pieno/ });
    expect(screen.queryByText(/Cella con nome H4A_/)).toBeNull();
    await click(screen.getByRole("switch", { name: "Mostra i nomi delle celle" }));
    expect(screen.getByText("Cella con nome H4A_fullThreshold")).toBeTruthy();
    expect(screen.getByText("Cella con nome H4A_share2")).toBeTruthy();
    await click(screen.getByRole("switch", { name: "Mostra i nomi delle celle" }));
    expect(screen.queryByText(/Cella con nome H4A_/)).toBeNull();
  });

  test("after saving, Avanti: Verifica opens the Verifica tab", async () => {
    await renderPane(stubActions());
    await screen.findByDisplayValue("6000");
    expect(screen.queryByRole("button", { name: "Avanti: Verifica" })).toBeNull();
    await click(screen.getByRole("button", { name: "Salva l'accordo (foglio H4A_Parametri)" }));
    await click(await screen.findByRole("button", { name: "Avanti: Verifica" }));
    expect(await screen.findByRole("heading", { name: "Verifica del foglio dei beneficiari" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Verifica" }).getAttribute("aria-selected")).toBe("true");
  });

  test("a foreign H4A_Parametri is reported with what to do, and the form cannot save", async () => {
    const actions = stubActions({
      loadAgreement: jest.fn(async () => ({ ownership: "foreign" as const, raw: rawOf(DEFAULT_PARAMS), issues: [] })),
    });
    await renderPane(actions);
    await screen.findByDisplayValue("26000");
    expect((screen.getByRole("button", { name: "Salva l'accordo (foglio H4A_Parametri)" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("a failed save shows Excel's reason and what to do in a message bar", async () => {
    const actions = stubActions({ saveAgreement: jest.fn(async () => Promise.reject(AddInError.foreignSheets(["H4A_Parametri"]))) });
    await renderPane(actions);
    await screen.findByDisplayValue("6000");
    await click(screen.getByRole("button", { name: "Salva l'accordo (foglio H4A_Parametri)" }));
    const bar = await screen.findByRole("alert");
    expect(bar.textContent).toContain("Il foglio H4A_Parametri non è stato creato da H4A");
    expect(bar.textContent).toContain("Rinominare il foglio H4A_Parametri");
  });
});

describe("Verifica", () => {
  test("validates the detected sheet and lists issues by severity with counts, field, value and message", async () => {
    const actions = stubActions();
    await renderPane(actions, "validation");
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Dati dei beneficiari" }).textContent).toContain("Foglio Beneficiari"));
    await click(screen.getByRole("button", { name: "Verifica" }));
    expect((await screen.findByTestId("issue-counts")).textContent).toBe("1 errore · 1 avviso · 0 note");
    expect(actions.validate).toHaveBeenCalledWith(SHEET_SOURCE);
    const error = screen.getByTitle("Vai alla cella Beneficiari!L9");
    expect(error.textContent).toContain("Contratto firmato");
    expect(error.textContent).toContain("«forse»");
    expect(error.textContent).toContain("«forse» non è un valore sì/no");
    expect(screen.getByRole("button", { name: /Errori/ }).textContent).toContain("1");
    expect(screen.getByRole("button", { name: /Avvisi/ }).textContent).toContain("1");
  });

  test("clicking an issue selects its cell; Evidenzia and Rimuovi evidenziazione call the workbook", async () => {
    const actions = stubActions();
    await renderPane(actions, "validation");
    await waitFor(() => expect(actions.listSources).toHaveBeenCalled());
    await waitFor(() => expect((screen.getByRole("button", { name: "Verifica" }) as HTMLButtonElement).disabled).toBe(false));
    await click(screen.getByRole("button", { name: "Verifica" }));
    await click(await screen.findByTitle("Vai alla cella Beneficiari!H12"));
    await waitFor(() => expect(actions.selectCell).toHaveBeenCalledWith("Beneficiari!H12"));
    await waitFor(() => expect((screen.getByRole("button", { name: "Evidenzia" }) as HTMLButtonElement).disabled).toBe(false));
    await click(screen.getByRole("button", { name: "Evidenzia" }));
    await screen.findByText(/Colorate 2 celle/);
    expect(actions.highlight).toHaveBeenCalledWith(ISSUES);
    await click(screen.getByRole("button", { name: "Rimuovi evidenziazione" }));
    await screen.findByText(/Ripristinato il colore di 2 celle/);
  });

  test("a long validation shows progress, disables every action, and a second click does nothing", async () => {
    const pending = deferred<Validation>();
    const actions = stubActions({ validate: jest.fn(() => pending.promise) });
    await renderPane(actions, "validation");
    await waitFor(() => expect((screen.getByRole("button", { name: "Verifica" }) as HTMLButtonElement).disabled).toBe(false));
    const button = screen.getByRole("button", { name: "Verifica" });
    await click(button);
    await click(button);
    expect(await screen.findByRole("progressbar", { name: "Verifica in corso…" })).toBeTruthy();
    expect((screen.getByRole("button", { name: "Verifica in corso…" }) as HTMLButtonElement).disabled).toBe(true);
    expect(actions.validate).toHaveBeenCalledTimes(1);
    await act(async () => pending.resolve(VALIDATION));
    await screen.findByTestId("issue-counts");
    expect(screen.queryByRole("progressbar", { name: "Verifica in corso…" })).toBeNull();
  });

  test("an Excel failure shows in a message bar with what to do, never a blank pane", async () => {
    const actions = stubActions({
      validate: jest.fn(async () => Promise.reject(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }))),
    });
    await renderPane(actions, "validation");
    await waitFor(() => expect((screen.getByRole("button", { name: "Verifica" }) as HTMLButtonElement).disabled).toBe(false));
    await click(screen.getByRole("button", { name: "Verifica" }));
    const bar = await screen.findByRole("alert");
    expect(bar.textContent).toContain("Excel sta modificando una cella");
    expect(bar.textContent).toContain("Premere Invio o Esc");
    expect(screen.getByRole("heading", { name: "Verifica del foglio dei beneficiari" })).toBeTruthy();
  });
});

describe("Pagamenti", () => {
  test("refuses with the list of errors, each leading to its cell, and a way back to Verifica", async () => {
    const refused: PaymentResult = {
      status: "refused",
      reason: "validation-errors",
      message: {
        it: "Il foglio dei beneficiari ha 1 errore: correggerli prima di calcolare i pagamenti.",
        en: "The beneficiary sheet has 1 error.",
      },
      issues: [ISSUES[0]],
    };
    const actions = stubActions({ writePayments: jest.fn(async () => refused) });
    await renderPane(actions, "payments");
    await waitFor(() =>
      expect(
        (screen.getByRole("button", { name: "Scrivi i pagamenti (fogli H4A_Calcolo e H4A_Pagamenti)" }) as HTMLButtonElement).disabled,
      ).toBe(false),
    );
    await click(screen.getByRole("button", { name: "Scrivi i pagamenti (fogli H4A_Calcolo e H4A_Pagamenti)" }));
    const list = await screen.findByTestId("refusal-errors");
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    await click(within(list).getByRole("button", { name: "Beneficiari!L9" }));
    await waitFor(() => expect(actions.selectCell).toHaveBeenCalledWith("Beneficiari!L9"));
    await click(screen.getByRole("button", { name: "Apri Verifica" }));
    expect(screen.getByRole("tab", { name: "Verifica" }).getAttribute("aria-selected")).toBe("true");
  });

  test("with no agreement yet, says what to enter in the Parametri tab's words and leads there", async () => {
    const missing: PaymentResult = {
      status: "refused",
      reason: "agreement-missing",
      missing: ["premium", "currentYear"],
      message: { it: "", en: "" },
      issues: [],
    };
    const actions = stubActions({ writePayments: jest.fn(async () => missing) });
    await renderPane(actions, "payments");
    await waitFor(() =>
      expect(
        (screen.getByRole("button", { name: "Scrivi i pagamenti (fogli H4A_Calcolo e H4A_Pagamenti)" }) as HTMLButtonElement).disabled,
      ).toBe(false),
    );
    await click(screen.getByRole("button", { name: "Scrivi i pagamenti (fogli H4A_Calcolo e H4A_Pagamenti)" }));
    const bar = await screen.findByTestId("agreement-missing");
    expect(
      within(bar)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "Premio per famiglia (oppure Premio complessivo e Famiglie previste)",
      "Anno corrente: l'ultimo anno di programma con esiti verificati",
    ]);
    expect(screen.queryByTestId("refusal-errors")).toBeNull();
    await click(within(bar).getByRole("button", { name: "Apri Parametri" }));
    expect(screen.getByRole("tab", { name: "Parametri" }).getAttribute("aria-selected")).toBe("true");
  });

  test("the same error on many cells is one line with its count", async () => {
    const many = Array.from({ length: 27 }, (_, i): Issue => ({ ...ISSUES[0], cell: `Beneficiari!L${9 + i}` }));
    const refused: PaymentResult = {
      status: "refused",
      reason: "validation-errors",
      message: { it: "27 errori.", en: "27 errors." },
      issues: many,
    };
    const actions = stubActions({ writePayments: jest.fn(async () => refused) });
    await renderPane(actions, "payments");
    await waitFor(() =>
      expect(
        (screen.getByRole("button", { name: "Scrivi i pagamenti (fogli H4A_Calcolo e H4A_Pagamenti)" }) as HTMLButtonElement).disabled,
      ).toBe(false),
    );
    await click(screen.getByRole("button", { name: "Scrivi i pagamenti (fogli H4A_Calcolo e H4A_Pagamenti)" }));
    const items = within(await screen.findByTestId("refusal-errors")).getAllByRole("listitem");
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toContain("(lo stesso in altre 26 celle)");
    expect(within(items[0]).getByRole("button", { name: "Beneficiari!L9" })).toBeTruthy();
  });

  test("once written, shows the payments per year, the total, the saving and the formula check", async () => {
    const actions = stubActions();
    await renderPane(actions, "payments");
    await waitFor(() =>
      expect(
        (screen.getByRole("button", { name: "Scrivi i pagamenti (fogli H4A_Calcolo e H4A_Pagamenti)" }) as HTMLButtonElement).disabled,
      ).toBe(false),
    );
    await click(screen.getByRole("button", { name: "Scrivi i pagamenti (fogli H4A_Calcolo e H4A_Pagamenti)" }));
    await screen.findByText("Scritti il calcolo e i pagamenti (fogli H4A_Calcolo, H4A_Pagamenti).");
    const years = screen.getByTestId("payment-years");
    expect(
      within(years)
        .getAllByRole("row")
        .map((row) => row.textContent),
    ).toEqual(["AnnoPagamentoCumulato", "Anno 113.200 €13.200 €", "Anno 2 · anno corrente31.200 €44.400 €"]);
    expect(screen.getByTestId("payment-totals").textContent).toBe(
      "Totale dovuto44.400 €Risparmio del Comune100.000 €Risparmio netto55.600 €",
    );
    expect(screen.getByText(/12 celle coincidono/)).toBeTruthy();
  });
});
