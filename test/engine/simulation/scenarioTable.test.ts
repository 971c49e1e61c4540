import { tableRowList } from "../../../src/engine/sheets/tableRows";
import { scenarioOdds } from "../../../src/engine/simulation/odds";
import {
  compareScenarios,
  localiseText,
  readScenario,
  recordLabel,
  SCENARIO_HEADER,
  scenarioBlock,
  scenarioNumber,
  type ScenarioSnapshot,
} from "../../../src/engine/simulation/scenarioTable";
import { defaultProbabilities, scenarioOf, seedSimulation } from "../../../src/engine/simulation/seed";
import type { Scenario } from "../../../src/engine/simulation/scenario";
import { whatIf } from "../../../src/engine/simulation/whatIf";
import type { CellValue } from "../../../src/engine/types";
import { ILLUSTRATION_PARAMS } from "../fixtures/illustration";
import { illustrationFamilies } from "./fixtures";

/** A saved scenario is one table on H4A_Scenari; read back, two of them compare side by side. */

const seed = () => seedSimulation(illustrationFamilies(), ILLUSTRATION_PARAMS, 6000);

function snapshot(label: string, change: (s: Scenario) => Scenario = (s) => s): ScenarioSnapshot {
  const base = scenarioOf(seed());
  const scenario = change(scenarioOf(seed()));
  const probabilities = defaultProbabilities(seed());
  return {
    label,
    savedAt: "2026-05-04 10:32",
    scenario,
    probabilities,
    sources: seed().cohorts.map((c) => ({
      stability: c.defaults.stability.source,
      wellbeing: c.defaults.wellbeing.source,
      waiting: c.defaults.waiting.source,
    })),
    result: whatIf(scenario),
    baseline: whatIf(base),
    odds: scenarioOdds(scenario, probabilities),
  };
}

const lowerFull = (s: Scenario): Scenario => ({ ...s, rules: { ...s.rules, fullThreshold: 0.6, partialThreshold: 0.6 } });

/** The table as Excel gives it back: the header row, then the rows (blanks as ""). */
const asRead = (block: ReturnType<typeof scenarioBlock>): CellValue[][] => {
  const table = block.tables[0];
  return [
    table.header,
    ...tableRowList(table.rows).map((row) => row.map((cell) => (typeof cell === "object" && cell !== null ? cell.result : cell))),
  ];
};

describe("the scenario's table", () => {
  test("sits below a bold title, named by its number, with the six columns", () => {
    const block = scenarioBlock(snapshot("Soglia al 60 %", lowerFull), { firstRow: 40, number: 3 });
    expect(block.cells).toEqual([{ row: 40, column: 1, value: "Scenario 3: Soglia al 60 % (2026-05-04 10:32)", bold: true }]);
    const table = block.tables[0];
    expect(table).toEqual(expect.objectContaining({ name: "H4A_Scenario_3", row: 41, column: 1, header: [...SCENARIO_HEADER] }));
    expect(tableRowList(table.rows).every((row) => row.length === 6)).toBe(true);
  });

  test("holds the inputs and the results: rules, counts, probabilities and their sources, tiers, payments, total and percentiles", () => {
    const rows = tableRowList(scenarioBlock(snapshot("Soglia al 60 %", lowerFull), { firstRow: 1, number: 1 }).tables[0].rows);
    const find = (key: string, cohort: number | "" = "", year: number | "" = "") =>
      rows.find((r) => r[1] === key && r[2] === cohort && r[3] === year)?.[4];
    expect(find("fullThreshold")).toBe(0.6);
    expect(find("fullStrict")).toBe(true);
    expect(find("stability", 2)).toBe(7);
    expect(find("tier", 2)).toBe(1);
    expect(find("pStability", 2)).toBe(7 / 11);
    expect(find("sourceStability", 2)).toBe("tasso osservato della coorte");
    // Every tranche is due in year 4: no year-1 or year-2 probability is used.
    expect([find("pYear1", 2), find("pYear2", 2)]).toEqual(["", ""]);
    expect(find("payment", "", 4)).toBe(33_000);
    expect(find("total")).toBe(130_200);
    expect(find("baselineTotal")).toBe(123_600);
    expect(find("difference")).toBe(6_600);
    expect(find("p50")).toBe(130_200);
    expect(find("samples")).toBe(0);
    expect(find("cap")).toBe("");
    expect(rows.find((r) => r[1] === "total")?.[5]).toBe("Totale dei pagamenti (€)");
  });

  test("records the year-1 and year-2 probabilities used for tranches not yet due", () => {
    // In programme year 2 cohort 2 has not reached its year 2: that tranche is uncertain, at the
    // year-2 rate cohort 1 showed (10 of 11 families).
    const params = { ...ILLUSTRATION_PARAMS, currentYear: 2 };
    const early = seedSimulation(illustrationFamilies(params), params, 6000);
    const scenario = scenarioOf(early);
    const probabilities = defaultProbabilities(early);
    const rows = tableRowList(
      scenarioBlock(
        {
          label: "Anno 2",
          savedAt: "2026-05-04 10:32",
          scenario,
          probabilities,
          sources: early.cohorts.map((c) => ({
            stability: c.defaults.stability.source,
            wellbeing: c.defaults.wellbeing.source,
            waiting: c.defaults.waiting.source,
          })),
          result: whatIf(scenario),
          baseline: whatIf(scenario),
          odds: scenarioOdds(scenario, probabilities),
        },
        { firstRow: 1, number: 1 },
      ).tables[0].rows,
    );
    const find = (key: string, cohort: number) => rows.find((r) => r[1] === key && r[2] === cohort)?.[4];
    expect([find("pYear1", 1), find("pYear2", 1)]).toEqual(["", ""]);
    expect([find("pYear1", 2), find("pYear2", 2)]).toEqual(["", 10 / 11]);
    expect(rows.find((r) => r[1] === "pYear2")?.[5]).toBe(
      "Probabilità per famiglia dell'esito del secondo anno, non ancora dovuto (vuota se dovuto)",
    );
  });
});

describe("reading scenarios back and comparing two", () => {
  test("a table read back gives the same records, its number, name and date", () => {
    const block = scenarioBlock(snapshot("Accordo attuale"), { firstRow: 1, number: 1 });
    const saved = readScenario("H4A_Scenario_1", asRead(block));
    expect(saved).toEqual(
      expect.objectContaining({ table: "H4A_Scenario_1", number: 1, label: "Accordo attuale", savedAt: "2026-05-04 10:32" }),
    );
    expect(saved!.records.find((r) => r.key === "total")?.value).toBe(123_600);
  });

  test("a table of another name or header is not a scenario; rows of unknown sections are skipped", () => {
    const values = asRead(scenarioBlock(snapshot("A"), { firstRow: 1, number: 1 }));
    expect(readScenario("Tabella1", values)).toBeNull();
    expect(readScenario("H4A_Scenario_1", [["Sezione", "Chiave"], ...values.slice(1)])).toBeNull();
    const edited = [...values, ["note", "mia nota", "", "", "x", ""]];
    expect(readScenario("H4A_Scenario_1", edited)!.records).toHaveLength(values.length - 1);
    expect(scenarioNumber("h4a_scenario_12")).toBe(12);
  });

  test("side by side: the lower threshold pays cohort 2 in full, 6,600 € more in year 4", () => {
    const a = readScenario("H4A_Scenario_1", asRead(scenarioBlock(snapshot("Accordo attuale"), { firstRow: 1, number: 1 })))!;
    const b = readScenario("H4A_Scenario_2", asRead(scenarioBlock(snapshot("Soglia al 60 %", lowerFull), { firstRow: 80, number: 2 })))!;
    const rows = compareScenarios(a, b);
    const row = (key: string, cohort: number | null = null, year: number | null = null) =>
      rows.find((r) => r.key === key && r.cohort === cohort && r.year === year)!;
    expect(row("total")).toEqual(expect.objectContaining({ a: 123_600, b: 130_200, difference: 6_600, differs: true }));
    expect(row("payment", null, 4)).toEqual(expect.objectContaining({ a: 26_400, b: 33_000, difference: 6_600 }));
    expect(row("tier", 2)).toEqual(expect.objectContaining({ a: 0.8, b: 1, difference: 0.2 }));
    expect(row("stability", 1).differs).toBe(false);
    expect(row("label")).toEqual(expect.objectContaining({ a: "Accordo attuale", b: "Soglia al 60 %", difference: null }));
  });

  test("numbers that differ only in their last binary digit are the same", () => {
    const saved = (value: number) => ({
      table: "H4A_Scenario_1",
      number: 1,
      label: "",
      savedAt: "",
      records: [{ section: "coorte" as const, key: "pBelow", cohort: 2, year: null, value }],
    });
    const [row] = compareScenarios(saved(0.1 + 0.2), saved(0.3));
    expect(row).toEqual(expect.objectContaining({ differs: false, difference: 0 }));
    expect(compareScenarios(saved(0.3), saved(0.31))[0]).toEqual(expect.objectContaining({ differs: true, difference: 0.01 }));
  });

  test("labels and written texts in the pane's language", () => {
    expect(recordLabel({ key: "stability", cohort: 2, year: null }, "it")).toBe("Coorte 2 · Famiglie con stabilità abitativa");
    expect(recordLabel({ key: "payment", cohort: null, year: 4 }, "en")).toBe("Year 4 · Payment (€)");
    expect(localiseText("media delle coorti completate", "en")).toBe("mean of the completed cohorts");
    expect(localiseText("Accordo attuale", "en")).toBe("Accordo attuale");
  });
});
