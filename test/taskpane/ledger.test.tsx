/**
 * @jest-environment jsdom
 */
import "../support/jsdomWebApis";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { HyperFormula } from "hyperformula";
import { toSerial } from "../../src/engine/cells/calendar";
import { DEFAULT_PARAMS, paramCell } from "../../src/engine/agreement/params";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { App } from "../../src/taskpane/App";
import { createWorkbookActions, rawOf } from "../../src/taskpane/workbookActions";
import { beneficiarySeed, cellOf, SHEET } from "../e2e/sampleWorkbook";
import { FakeExcel } from "../support/fakeExcel";

/**
 * The ledger of the Pagamenti tab in jsdom, on the in-memory Excel: recording a payment from the
 * form and its confirmation, a second one below the first, a refusal naming its cell, a true-up
 * after a correction with the cell that changed, the statement of a year, and the commitments.
 */

jest.setTimeout(60_000);

// jsdom has no layout: Fluent's MessageBar watches its size with ResizeObserver, which does nothing here.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoLayoutResizeObserver;

const g = globalThis as Record<string, unknown>;
const SOURCE = { kind: "sheet" as const, sheet: SHEET, table: null, headerFound: true };

const click = (element: HTMLElement) => act(async () => void fireEvent.click(element));
const type = (element: HTMLElement, value: string) => act(async () => void fireEvent.change(element, { target: { value } }));
const button = (name: string | RegExp) => screen.getByRole("button", { name });

async function setUp() {
  const fake = new FakeExcel([beneficiarySeed({ mistakes: false })], [], { HyperFormula });
  g.Office = fake.Office;
  const actions = createWorkbookActions(new OfficeWorkbook(fake.Excel));
  await actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), premiumPerFamily: 6000, currentYear: 4 });
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App language="it" actions={actions} initialTab="payments" loadCatalog={async () => []} />
      </FluentProvider>,
    );
  });
  return { fake, actions };
}

/** Types the act and date, opens the confirmation, checks it, and records. */
async function recordFromPane(year: number, act: string, confirm: (dialog: HTMLElement) => void = () => undefined) {
  await screen.findByRole("heading", { name: `Registra il pagamento dell'anno ${year}` });
  await type(screen.getByRole("textbox", { name: /Atto di liquidazione/ }), act);
  await type(screen.getByLabelText(/Data dell'atto/), "2026-12-15");
  await waitFor(() => expect((button(`Registra il pagamento dell'anno ${year}`) as HTMLButtonElement).disabled).toBe(false));
  await click(button(`Registra il pagamento dell'anno ${year}`));
  // jsdom has no layout: tabster may not see the dialog's first button as focusable, and then leaves
  // the modal marked aria-hidden (without an accessible name). The dialog is looked up among hidden
  // elements too, by its title's text; the end-to-end test in Chromium finds it by role and name.
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  expect(within(dialog).getByText(`Registrare il pagamento dell'anno ${year}?`)).toBeTruthy();
  confirm(dialog);
  await click(within(dialog).getByRole("button", { name: "Registra", hidden: true }));
}

afterEach(async () => {
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
});

test("recording from the pane appends the rows, writes and shows the statement; a second payment goes below the first", async () => {
  const { fake } = await setUp();
  expect((await screen.findByTestId("ledger-years")).textContent).toContain("Da registrare");

  await recordFromPane(1, "DD 100/2026", (dialog) => {
    expect(within(dialog).getByText(/Atto DD 100\/2026 del 15\/12\/2026/)).toBeTruthy();
    const rows = within(within(dialog).getByTestId("payment-rows"))
      .getAllByRole("row", { hidden: true })
      .map((row) => row.textContent);
    expect(rows).toEqual(["VoceCoorte / annoFamiglieImporto", "Tranche1 / 11113.200 €"]);
    expect(within(dialog).getByTestId("confirm-totals").textContent).toBe("Totale dell'anno13.200 €Cumulato13.200 €");
    expect(within(dialog).getByText(/numeri di riga/)).toBeTruthy();
  });
  await screen.findByText("Registrato il pagamento dell'anno 1: 13.200 €", {}, { timeout: 10_000 }); // recording hashes the evidence: slow on a busy machine
  expect(screen.getByTestId("ledger-recorded").textContent).toContain(
    "Riga 2 del registro (foglio H4A_Registro); prospetto scritto nel foglio H4A_Prospetto_1.",
  );
  expect(fake.activeSheet()).toBe("H4A_Prospetto_1");
  const first = fake.view("H4A_Registro");
  expect(first.values.map((row) => row.slice(0, 5))).toEqual([
    ["Anno di programma", "Anno solare", "Coorte", "Anno di percorso", "Voce"],
    [1, "", 1, 1, "Tranche"],
  ]);
  const years = screen.getByTestId("ledger-years");
  expect(within(years).getAllByRole("row")[1].textContent).toBe("Anno 113.200 €PagatoDD 100/2026 del 15/12/2026Prospetto");

  await recordFromPane(2, "DD 200/2026");
  await screen.findByText("Registrato il pagamento dell'anno 2: 31.200 €", {}, { timeout: 10_000 });
  const second = fake.view("H4A_Registro");
  expect(second.values.slice(0, 2)).toEqual(first.values);
  expect(second.numberFormats.slice(0, 2)).toEqual(first.numberFormats);
  expect(second.values.slice(2).map((row) => [row[0], row[2], row[3], row[4], row[10], row[11]])).toEqual([
    [2, 1, 2, "Tranche", 18000, "DD 200/2026"],
    [2, 2, 1, "Tranche", 13200, "DD 200/2026"],
  ]);
  expect(fake.activeSheet()).toBe("H4A_Prospetto_2");

  // The statement of a recorded year, again, from its row.
  await click(button("Prospetto dell'anno 1"));
  await screen.findByText("Scritto il prospetto (foglio H4A_Prospetto_1).");
  expect(fake.activeSheet()).toBe("H4A_Prospetto_1");
});

test("a year recorded meanwhile is refused with its row, which a click shows; a later correction is a true-up whose cell a click shows", async () => {
  const { fake, actions } = await setUp();
  await recordFromPane(1, "DD 100/2026");
  await screen.findByText("Registrato il pagamento dell'anno 1: 13.200 €", {}, { timeout: 10_000 });
  await recordFromPane(2, "DD 200/2026");
  await screen.findByText("Registrato il pagamento dell'anno 2: 31.200 €", {}, { timeout: 10_000 });
  await screen.findByRole("heading", { name: "Registra il pagamento dell'anno 3" });

  // Someone else records year 3 while the pane still offers it.
  const elsewhere = await actions.recordPayment(
    SOURCE,
    { programmeYear: 3, act: "DD 300/2026", date: toSerial({ year: 2026, month: 12, day: 16 }), expectedTotal: 52800 },
    { lang: "it" },
  );
  expect(elsewhere.status).toBe("recorded");
  const registerBefore = fake.view("H4A_Registro");

  await recordFromPane(3, "DD 301/2026");
  const refusal = await screen.findByTestId("ledger-refusal");
  expect(refusal.textContent).toContain("Il pagamento dell'anno 3 è già registrato (atto DD 300/2026)");
  expect(fake.view("H4A_Registro")).toEqual(registerBefore);
  await click(within(refusal).getByRole("button", { name: "H4A_Registro!A5" }));
  await waitFor(() => expect(fake.selection()).toBe("H4A_Registro!A5"));
  await screen.findByRole("heading", { name: "Registra il pagamento dell'anno 4" });

  // A stability answer of cohort 1 corrected from yes to no (§10's worked example).
  fake.type(SHEET, cellOf("stability", "H4A-01"), "No");
  await click(button("Aggiorna il registro"));
  const trueUps = await screen.findByTestId("ledger-trueups");
  expect(trueUps.textContent).toContain("Coorte 1, anno di percorso 3 (anno 3)");
  expect(trueUps.textContent).toContain("Pagato33.000 €Dovuto ora26.400 €Differenza-6.600 €Applicatoanno 4: -6.600 €");
  expect(trueUps.textContent).toContain("Beneficiari!P5 riga 5 — Stabilità abitativa: Sì → No");
  expect(screen.getByText("Da pagare: 19.800 €")).toBeTruthy();
  await click(within(trueUps).getByRole("button", { name: `${SHEET}!P5` }));
  await waitFor(() => expect(fake.selection()).toBe(`${SHEET}!P5`));
});

test("the commitments: a table by year with the totals and the cap, and the chart with its cap line", async () => {
  const { fake } = await setUp();
  const [paramsSheet, capCell] = paramCell("cap").split("!");
  fake.type(paramsSheet, capCell, 150000);
  await click(await screen.findByRole("button", { name: "Aggiorna il registro" }));
  await waitFor(() => expect(screen.getByTestId("commitments-cap-line").textContent).toMatch(/^Tetto 150\.000 €/));
  const table = screen.getByTestId("commitments-table");
  expect(
    within(table)
      .getAllByRole("row")
      .map((row) => row.textContent),
  ).toEqual([
    "AnnoPagato (€)Dovuto (€)Previsto (€)Massimo (€)",
    "1013.200013.200",
    "2031.200031.200",
    "3052.800052.800",
    "4026.400026.400",
    "Totale0123.6000123.600",
  ]);
  expect(screen.getByTestId("commitments-cap-line").textContent).toBe("Tetto 150.000 €; margine sotto il tetto: 26.400 €.");
  const chart = screen.getByTestId("commitments-chart");
  expect(chart.querySelectorAll("[data-year]")).toHaveLength(4);
  expect(chart.querySelectorAll('[data-series="due"]')).toHaveLength(4);
  expect(within(chart).getByTestId("commitments-cap").textContent).toBe("Tetto 150.000 €");
  expect(chart.querySelector("desc")?.textContent).toContain("4 123.600 €");
});
