import "../support/jsdomWebApis";
import { HyperFormula } from "hyperformula";
import { toSerial } from "../../src/engine/cells/calendar";
import { DEFAULT_PARAMS } from "../../src/engine/agreement/params";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import type { LedgerState, LedgerView } from "../../src/taskpane/ledger/ledgerView";
import { createWorkbookActions, rawOf } from "../../src/taskpane/workbookActions";
import { beneficiarySeed, cellOf, SHEET } from "../e2e/sampleWorkbook";
import { FakeExcel } from "../support/fakeExcel";

/**
 * The Pagamenti tab's ledger actions end to end on the in-memory Excel (MECHANISM.md §10–§12), on
 * the programme of §9 (two cohorts of 11, premium 6,000 €, current year 4; H4A-01 on row 5).
 */

jest.setTimeout(60_000);

const SOURCE = { kind: "sheet" as const, sheet: SHEET, table: null, headerFound: true };
const DATE = toSerial({ year: 2026, month: 12, day: 15 });
const IT = { lang: "it" as const };
const PASSPHRASE = "la casa di via Roma ha sette finestre verdi";

async function setUp() {
  const fake = new FakeExcel([beneficiarySeed({ mistakes: false })], [], { HyperFormula });
  const g = globalThis as Record<string, unknown>;
  g.Office = fake.Office;
  const actions = createWorkbookActions(new OfficeWorkbook(fake.Excel));
  await actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), premiumPerFamily: 6000, currentYear: 4 });
  return { fake, actions };
}

function ready(state: LedgerState | null): LedgerView {
  if (state === null || state.status !== "ready") throw new Error(`ledger not ready: ${JSON.stringify(state)}`);
  return state.view;
}

type Actions = Awaited<ReturnType<typeof setUp>>["actions"];

async function recordYear(actions: Actions, year: number, passphrase?: string) {
  const view = ready(await actions.loadLedger(SOURCE));
  expect(view.next?.programmeYear).toBe(year);
  const result = await actions.recordPayment(
    SOURCE,
    { programmeYear: year, act: `DD ${year}00/2026`, date: DATE, expectedTotal: view.next!.total },
    { ...IT, passphrase },
  );
  if (result.status !== "recorded") throw new Error(`year ${year} refused: ${result.refusal.message.en}`);
  return result;
}

const rowsOf = (fake: FakeExcel, sheet: string) => fake.view(sheet).values;

test("before any payment: year 1 is the one to record, with its rows, and the commitments by programme year", async () => {
  const { actions } = await setUp();
  const view = ready(await actions.loadLedger(SOURCE));
  expect(view.years.map((y) => [y.programmeYear, y.recorded, y.amount])).toEqual([
    [1, false, 13200],
    [2, false, 31200],
    [3, false, 52800],
    [4, false, 26400],
  ]);
  expect(view.next).toMatchObject({ programmeYear: 1, refusals: [], total: 13200, cumulative: 13200 });
  expect(view.next?.rows).toEqual([{ kind: "tranche", cohort: 1, cohortYear: 1, families: 11, tier: null, amount: 13200 }]);
  expect(view.naming).toBeNull();
  expect(view.commitments.years.map((y) => [y.year, y.paid, y.due])).toEqual([
    [1, 0, 13200],
    [2, 0, 31200],
    [3, 0, 52800],
    [4, 0, 26400],
  ]);
});

test("recording appends to H4A_Registro and H4A_Evidenze, created with their owner marks, and writes and shows the statement with its print settings", async () => {
  const { fake, actions } = await setUp();
  const result = await recordYear(actions, 1);
  expect(result).toMatchObject({
    programmeYear: 1,
    total: 13200,
    register: { first: 2, last: 2 },
    evidence: { first: 2, last: 12 },
    statementSheet: "H4A_Prospetto_1",
  });
  const register = rowsOf(fake, "H4A_Registro");
  expect(register[0].slice(0, 5)).toEqual(["Anno di programma", "Anno solare", "Coorte", "Anno di percorso", "Voce"]);
  expect(register.slice(1).map((row) => row.slice(0, 13))).toEqual([
    [1, "", 1, 1, "Tranche", 11, "", "", "", "", 13200, "DD 100/2026", DATE],
  ]);
  const evidence = rowsOf(fake, "H4A_Evidenze");
  expect(evidence).toHaveLength(12);
  expect(evidence[1].slice(0, 6)).toEqual([1, 1, 1, "riga 10", 10, "Sì"]);
  expect(fake.names().map((n) => n.name)).toEqual(
    expect.arrayContaining(["H4A_Owned_H4A_Registro", "H4A_Owned_H4A_Evidenze", "H4A_Owned_H4A_Prospetto_1"]),
  );
  expect(fake.activeSheet()).toBe("H4A_Prospetto_1");
  expect(fake.pageLayout("H4A_Prospetto_1")).toMatchObject({
    paperSize: "A4",
    orientation: "Portrait",
    printTitleRows: "1:2",
    centerFooter: "Pagina &P di &N",
  });
  expect(String(fake.value("H4A_Prospetto_1", "A3"))).toMatch(/^Prospetto di liquidazione — anno di programma 1/);
  const after = ready(result.state);
  expect(after.years[0]).toMatchObject({ programmeYear: 1, recorded: true, act: "DD 100/2026", date: DATE, amount: 13200 });
  expect(after.next?.programmeYear).toBe(2);
  expect(after.naming).toBe("rows");
});

test("a second payment goes below the first, whose rows stay exactly as they were", async () => {
  const { fake, actions } = await setUp();
  await recordYear(actions, 1);
  const registerBefore = fake.view("H4A_Registro");
  const evidenceBefore = fake.view("H4A_Evidenze");
  const second = await recordYear(actions, 2);
  expect(second.register).toEqual({ first: 3, last: 4 });
  const register = fake.view("H4A_Registro");
  for (const key of ["values", "numberFormats", "bold"] as const) expect(register[key].slice(0, 2)).toEqual(registerBefore[key]);
  expect(register.values.slice(2).map((row) => [row[0], row[2], row[3], row[10]])).toEqual([
    [2, 1, 2, 18000],
    [2, 2, 1, 13200],
  ]);
  expect(fake.view("H4A_Evidenze").values.slice(0, 12)).toEqual(evidenceBefore.values);
  expect(fake.view("H4A_Evidenze").values).toHaveLength(12 + 22);
  expect(fake.sheetNames()).toEqual([SHEET, "H4A_Parametri", "H4A_Evidenze", "H4A_Registro", "H4A_Prospetto_1", "H4A_Prospetto_2"]);
});

test("a year already recorded is refused, naming its first register row, and nothing is written", async () => {
  const { fake, actions } = await setUp();
  await recordYear(actions, 1);
  await recordYear(actions, 2);
  const before = { register: fake.view("H4A_Registro"), evidence: fake.view("H4A_Evidenze"), sheets: fake.sheetNames() };
  const result = await actions.recordPayment(SOURCE, { programmeYear: 2, act: "DD 999/2026", date: DATE, expectedTotal: 31200 }, IT);
  expect(result.status).toBe("refused");
  if (result.status !== "refused") return;
  expect(result.refusal.cell).toBe("H4A_Registro!A3");
  expect(result.refusal.message.it).toMatch(/^Il pagamento dell'anno 2 è già registrato \(atto DD 200\/2026\)/);
  expect({ register: fake.view("H4A_Registro"), evidence: fake.view("H4A_Evidenze"), sheets: fake.sheetNames() }).toEqual(before);
  expect(ready(result.state).next?.programmeYear).toBe(3);
});

test("once a payment is recorded, H4A_Pagamenti gets table (e) with the year as paid, as h4a fill writes it", async () => {
  const { fake, actions } = await setUp();
  const before = await actions.writePayments(SOURCE);
  expect(before.status === "written" && before.tables.map((t) => t.name)).not.toContain("H4A_Registrato");
  await recordYear(actions, 1);
  const after = await actions.writePayments(SOURCE);
  expect(after.status === "written" && after.check.mismatches).toEqual([]);
  const [header, ...rows] = fake.tableValues("H4A_Registrato");
  expect(header.slice(0, 4)).toEqual(["Anno", "Anno civile", "Stato", "Atto"]);
  expect(rows.map((row) => row.slice(0, 4))).toEqual([
    [1, "", "pagato", "DD 100/2026"],
    [2, "", "da pagare", ""],
    [3, "", "da pagare", ""],
    [4, "", "da pagare", ""],
  ]);
});

test("figures that changed since the confirmation are refused: nothing is recorded", async () => {
  const { fake, actions } = await setUp();
  const result = await actions.recordPayment(SOURCE, { programmeYear: 1, act: "DD 1/2026", date: DATE, expectedTotal: 12000 }, IT);
  expect(result).toMatchObject({ status: "refused", refusal: { cell: null } });
  expect(fake.sheetNames()).toEqual([SHEET, "H4A_Parametri"]);
});

test("after a correction, the true-up is listed with the cell that changed and applied to year 4", async () => {
  const { fake, actions } = await setUp();
  for (const year of [1, 2, 3]) await recordYear(actions, year);
  fake.type(SHEET, cellOf("stability", "H4A-01"), "No");
  const view = ready(await actions.loadLedger(SOURCE));
  expect(view.trueUps).toHaveLength(1);
  expect(view.trueUps[0]).toMatchObject({ cohort: 1, cohortYear: 3, paid: 33000, due: 26400, difference: -6600, appliedIn: 4 });
  expect(view.trueUps[0].changes).toEqual([{ family: "riga 5", field: "stability", cell: `${SHEET}!P5`, was: true, now: false }]);
  expect(view.next).toMatchObject({ programmeYear: 4, total: 19800 });
  expect(view.next?.rows.map((r) => [r.kind, r.cohort, r.cohortYear, r.amount])).toEqual([
    ["tranche", 2, 3, 26400],
    ["trueUp", 1, 3, -6600],
  ]);
  const fourth = await recordYear(actions, 4);
  const after = ready(fourth.state);
  expect(after.trueUps).toEqual([]);
  expect(after.years.at(-1)).toMatchObject({ programmeYear: 4, recorded: true, amount: 19800, trueUps: -6600 });
  expect(after.next).toBeNull();
});

test("with the passphrase the evidence names families by pseudonym; a draft statement of the next year is written and shown", async () => {
  const { fake, actions } = await setUp();
  await recordYear(actions, 1, PASSPHRASE);
  const families = fake
    .view("H4A_Evidenze")
    .values.slice(1)
    .map((row) => row[3]);
  expect(families).toHaveLength(11);
  for (const family of families) expect(family).toMatch(/^P-[0-9A-F]{16}$/);
  expect(ready(await actions.loadLedger(SOURCE)).naming).toBe("pseudonyms");

  const draft = await actions.writeStatement(SOURCE, { programmeYear: 2, act: "DD 200/2026" }, { ...IT, passphrase: PASSPHRASE });
  expect(draft).toEqual({ status: "written", sheet: "H4A_Prospetto_2", draft: true, total: 31200 });
  expect(fake.activeSheet()).toBe("H4A_Prospetto_2");
  expect(String(fake.value("H4A_Prospetto_2", "A1"))).toMatch(/BOZZA$/);
  const recorded = await actions.writeStatement(SOURCE, { programmeYear: 1 }, IT);
  expect(recorded).toEqual({ status: "written", sheet: "H4A_Prospetto_1", draft: false, total: 13200 });
  expect(await actions.writeStatement(SOURCE, { programmeYear: 5 }, IT)).toMatchObject({ status: "refused" });
});

test("a weak passphrase is refused before anything is read or written", async () => {
  const { fake, actions } = await setUp();
  const result = await actions.recordPayment(
    SOURCE,
    { programmeYear: 1, act: "DD 1/2026", date: DATE, expectedTotal: 13200 },
    { ...IT, passphrase: "troppo corta" },
  );
  expect(result).toMatchObject({ status: "refused", state: null });
  expect(fake.sheetNames()).toEqual([SHEET, "H4A_Parametri"]);
});

test("the round trips are the same at 22 and 2,000 families: read the ledger 7 (11 once it exists), record 25 (31 afterwards), a statement 13", async () => {
  const counts: number[][] = [];
  for (const families of [22, 2_000]) {
    const fake = new FakeExcel([beneficiarySeed({ mistakes: false, families })], [], { HyperFormula });
    const g = globalThis as Record<string, unknown>;
    g.Office = fake.Office;
    const actions = createWorkbookActions(new OfficeWorkbook(fake.Excel));
    await actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), premiumPerFamily: 6000, currentYear: 4 });
    const first = await fake.countSyncs(() => actions.loadLedger(SOURCE));
    const record1 = await fake.countSyncs(() =>
      actions.recordPayment(SOURCE, { programmeYear: 1, act: "DD 1/2026", date: DATE, expectedTotal: ready(first.result).next!.total }, IT),
    );
    const again = await fake.countSyncs(() => actions.loadLedger(SOURCE));
    const record2 = await fake.countSyncs(() =>
      actions.recordPayment(SOURCE, { programmeYear: 2, act: "DD 2/2026", date: DATE, expectedTotal: ready(again.result).next!.total }, IT),
    );
    const statement = await fake.countSyncs(() => actions.writeStatement(SOURCE, { programmeYear: 1 }, IT));
    expect(record2.largestRequest).toBeLessThan(5_000_000);
    counts.push([first.syncs, record1.syncs, again.syncs, record2.syncs, statement.syncs]);
  }
  expect(counts).toEqual([
    [7, 25, 11, 31, 13],
    [7, 25, 11, 31, 13],
  ]);
});
