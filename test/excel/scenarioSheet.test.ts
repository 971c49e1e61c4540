import { HyperFormula } from "hyperformula";
import { DEFAULT_PARAMS } from "../../src/engine/agreement/params";
import { scenarioOdds } from "../../src/engine/simulation/odds";
import { compareScenarios, type ScenarioSnapshot } from "../../src/engine/simulation/scenarioTable";
import { defaultProbabilities, scenarioOf } from "../../src/engine/simulation/seed";
import type { Scenario } from "../../src/engine/simulation/scenario";
import { whatIf } from "../../src/engine/simulation/whatIf";
import { AddInError } from "../../src/contract/errors";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { createWorkbookActions, rawOf } from "../../src/taskpane/workbookActions";
import { beneficiarySeed, SHEET } from "../e2e/sampleWorkbook";
import { FakeExcel, type SeedSheet, type SeedTable } from "../support/fakeExcel";

/**
 * "Salva scenario" on the in-memory Excel: one table per scenario on H4A_Scenari, each appended
 * below the previous one, the sheet marked as the add-in's, no other sheet touched, a fixed
 * number of round trips; and the saved tables read back for the comparison.
 */

const SOURCE = { kind: "sheet" as const, sheet: SHEET, table: null, headerFound: true };

async function setUp(extra: SeedSheet[] = [], tables: SeedTable[] = []) {
  const fake = new FakeExcel([beneficiarySeed({ mistakes: false }), ...extra], tables, { HyperFormula });
  const actions = createWorkbookActions(new OfficeWorkbook(fake.Excel));
  await actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), premiumPerFamily: 6000, currentYear: 4 });
  return { fake, actions };
}

async function snapshotOf(
  actions: ReturnType<typeof createWorkbookActions>,
  label: string,
  change: (s: Scenario) => Scenario = (s) => s,
): Promise<ScenarioSnapshot> {
  const { seed } = await actions.loadSimulation(SOURCE);
  const scenario = change(scenarioOf(seed));
  const probabilities = defaultProbabilities(seed);
  return {
    label,
    savedAt: "2026-05-04 10:32",
    scenario,
    probabilities,
    sources: seed.cohorts.map((c) => ({
      stability: c.defaults.stability.source,
      wellbeing: c.defaults.wellbeing.source,
      waiting: c.defaults.waiting.source,
    })),
    result: whatIf(scenario),
    baseline: whatIf(scenarioOf(seed)),
    odds: scenarioOdds(scenario, probabilities),
  };
}

const lowerFull = (s: Scenario): Scenario => ({ ...s, rules: { ...s.rules, fullThreshold: 0.6, partialThreshold: 0.6 } });

test("loading the simulation reads the data and the agreement, and writes nothing", async () => {
  const { fake, actions } = await setUp();
  const before = fake.sheetNames().map((name) => fake.view(name));
  const { result, syncs } = await fake.countSyncs(() => actions.loadSimulation(SOURCE));
  expect(result.errors).toBe(0);
  expect(result.seed.fromData).toBe(true);
  expect(result.seed.cohorts.map((c) => [c.cohort, c.families, c.stability])).toEqual([
    [1, 11, 9],
    [2, 11, 7],
  ]);
  expect(syncs).toBe(5);
  expect(fake.sheetNames().map((name) => fake.view(name))).toEqual(before);
});

test("without a beneficiary source the simulation starts from the example cohort, under the workbook's agreement", async () => {
  const { actions } = await setUp();
  const { seed, source } = await actions.loadSimulation(null);
  expect(seed.fromData).toBe(false);
  expect(source).toBeNull();
  expect(seed.rules.premiumPerFamily).toBe(6000);
});

test("each scenario is one table on H4A_Scenari, below the previous one; nothing else changes", async () => {
  const { fake, actions } = await setUp();
  const userSheet = fake.view(SHEET);
  const parameters = fake.view("H4A_Parametri");

  const first = await fake.countSyncs(async () => actions.saveScenario(await snapshotOf(actions, "Accordo attuale")));
  expect(first.result).toEqual({ sheet: "H4A_Scenari", table: "H4A_Scenario_1", number: 1, firstRow: 1 });
  expect(fake.sheetNames()).toEqual([SHEET, "H4A_Parametri", "H4A_Scenari"]);
  expect(fake.names().find((n) => n.name === "H4A_Owned_H4A_Scenari")).toEqual(
    expect.objectContaining({ formula: "=H4A_Scenari!$A$1", visible: false }),
  );
  expect(fake.value("H4A_Scenari", "A1")).toBe("Scenario 1: Accordo attuale (2026-05-04 10:32)");
  expect(fake.view("H4A_Scenari").bold[0][0]).toBe(true);
  expect(fake.activeSheet()).toBe("H4A_Scenari");
  expect(fake.selection()).toBe("H4A_Scenari!A1");

  const tables = () => fake.tables().filter((t) => t.sheet === "H4A_Scenari");
  const firstTable = tables()[0];
  expect(firstTable.name).toBe("H4A_Scenario_1");
  const lastRow = Number(/(\d+)$/.exec(firstTable.address)![1]);

  const second = await fake.countSyncs(async () => actions.saveScenario(await snapshotOf(actions, "Soglia al 60 %", lowerFull)));
  expect(second.result).toEqual({ sheet: "H4A_Scenari", table: "H4A_Scenario_2", number: 2, firstRow: lastRow + 2 });
  expect(tables().map((t) => t.name)).toEqual(["H4A_Scenario_1", "H4A_Scenario_2"]);
  expect(tables()[0].address).toBe(firstTable.address);
  expect(fake.value("H4A_Scenari", `A${lastRow + 1}`)).toBe("");
  expect(fake.value("H4A_Scenari", `A${lastRow + 2}`)).toBe("Scenario 2: Soglia al 60 % (2026-05-04 10:32)");

  const records = (name: string) => {
    const [header, ...rows] = fake.tableValues(name);
    return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
  };
  const total = (name: string) => records(name).find((r) => r["Chiave"] === "total")?.["Valore"];
  expect(total("H4A_Scenario_1")).toBe(123_600);
  expect(total("H4A_Scenario_2")).toBe(130_200);
  expect(records("H4A_Scenario_2").find((r) => r["Chiave"] === "fullThreshold")?.["Valore"]).toBe(0.6);

  expect(fake.view(SHEET)).toEqual(userSheet);
  expect(fake.view("H4A_Parametri")).toEqual(parameters);
  // 2 syncs to create the sheet (look, write), 3 to append (look, used range, write); the analysis reads 5 (agreement 3, data 2).
  expect(first.syncs - 5).toBe(2);
  expect(second.syncs - 5).toBe(3);
});

test("a scenario named like a formula is written as text and read back as its name (issue 15)", async () => {
  const { fake, actions } = await setUp();
  const { result, syncs } = await fake.countSyncs(async () => actions.saveScenario(await snapshotOf(actions, "=1/0")));
  expect(syncs - 5).toBe(2);
  const [header, ...rows] = fake.view("H4A_Scenari").formulas.slice(result.firstRow);
  const labelRow = rows.findIndex((row) => row[1] === "label");
  const valore = header.indexOf("Valore");
  expect(rows[labelRow][valore]).toBe("=1/0");
  expect(fake.view("H4A_Scenari").quotePrefix[result.firstRow + 1 + labelRow][valore]).toBe(true);
  expect(fake.value("H4A_Scenari", "A1")).toBe("Scenario 1: =1/0 (2026-05-04 10:32)");
  expect((await actions.loadScenarios()).scenarios.map((s) => s.label)).toEqual(["=1/0"]);
});

test("the saved scenarios are read back (2 round trips) and compared side by side", async () => {
  const { fake, actions } = await setUp();
  expect(await actions.loadScenarios()).toEqual({ ownership: "missing", scenarios: [] });
  await actions.saveScenario(await snapshotOf(actions, "Accordo attuale"));
  await actions.saveScenario(await snapshotOf(actions, "Soglia al 60 %", lowerFull));
  const { result: list, syncs } = await fake.countSyncs(() => actions.loadScenarios());
  expect(syncs).toBe(2);
  expect(list.ownership).toBe("own");
  expect(list.scenarios.map((s) => [s.number, s.label])).toEqual([
    [1, "Accordo attuale"],
    [2, "Soglia al 60 %"],
  ]);
  const total = compareScenarios(list.scenarios[0], list.scenarios[1]).find((r) => r.key === "total");
  expect(total).toEqual(expect.objectContaining({ a: 123_600, b: 130_200, difference: 6_600 }));
});

test("a sheet H4A_Scenari that H4A did not create is never written", async () => {
  const { fake, actions } = await setUp([{ name: "H4A_Scenari", rows: [["I miei scenari"], ["a", 1]] }]);
  const before = fake.view("H4A_Scenari");
  const snapshot = await snapshotOf(actions, "Accordo attuale");
  const { result, syncs } = await fake.countSyncs(() => actions.saveScenario(snapshot).catch((error: unknown) => error));
  expect(result).toEqual(AddInError.foreignSheets(["H4A_Scenari"]));
  expect(syncs).toBe(1);
  expect(fake.view("H4A_Scenari")).toEqual(before);
  expect(fake.tables()).toEqual([]);
  expect(await actions.loadScenarios()).toEqual({ ownership: "foreign", scenarios: [] });
});

test("numbers continue after a user's table named like a scenario, and a note typed below the last table is kept", async () => {
  const { fake, actions } = await setUp(
    [{ name: "Note", rows: [["x"], [1]] }],
    [{ name: "H4A_Scenario_5", sheet: "Note", address: "A1:A2" }],
  );
  await actions.saveScenario(await snapshotOf(actions, "Primo"));
  expect(fake.tables().map((t) => t.name)).toEqual(["H4A_Scenario_5", "H4A_Scenario_6"]);
  const end = Number(/(\d+)$/.exec(fake.tables()[1].address)![1]);
  fake.type("H4A_Scenari", `B${end + 2}`, "nota dell'ufficio");
  const saved = await actions.saveScenario(await snapshotOf(actions, "Secondo"));
  expect(saved.number).toBe(7);
  expect(saved.firstRow).toBe(end + 4);
  expect(fake.value("H4A_Scenari", `B${end + 2}`)).toBe("nota dell'ufficio");
  expect(fake.view("Note").values).toEqual([["x"], [1]]);
  // Only the add-in's tables on H4A_Scenari are scenarios.
  expect((await actions.loadScenarios()).scenarios.map((s) => s.table)).toEqual(["H4A_Scenario_6", "H4A_Scenario_7"]);
});
