import { resolvePremiumPerFamily, type ParamKey, type Params } from "../../engine/agreement/params";
import { parseBeneficiarySheet } from "../../engine/beneficiaries/parse";
import {
  readScenario,
  SCENARIO_GAP_ROWS,
  SCENARIO_SHEET,
  SCENARIO_TABLE_PREFIX,
  scenarioBlock,
  type SavedScenario,
  type ScenarioSnapshot,
} from "../../engine/simulation/scenarioTable";
import { exampleSeed, seedSimulation, type SimulationSeed } from "../../engine/simulation/seed";
import type { Issue } from "../../engine/types";
import type { DataSource, ExcelGateway, SheetOwnership } from "../../contract/contract";

/**
 * The Simulazione tab's workbook actions, as plain functions of an ExcelGateway: read the data
 * and the agreement into a simulation seed, append a scenario's table to H4A_Scenari, read the
 * saved scenarios back. Reading never creates or changes a sheet.
 */

export interface SimulationData {
  seed: SimulationSeed;
  /** The data the seed was read from; null for the example cohort. */
  source: DataSource | null;
  /** Errors and warnings of the agreement and of the beneficiary data (with errors the counts may be wrong). */
  errors: number;
  warnings: number;
  /** Agreement values that are invalid in H4A_Parametri, replaced by their defaults. */
  defaultedParams: ParamKey[];
}

export interface SavedScenarioResult {
  sheet: string;
  table: string;
  number: number;
  /** The sheet row of the block's title. */
  firstRow: number;
}

export interface ScenarioList {
  ownership: SheetOwnership;
  /** By number, oldest first. */
  scenarios: SavedScenario[];
}

export interface SimulationActions {
  /** The seed from the beneficiary data of `source` and the agreement; null: the example cohort with the agreement. */
  loadSimulation(source: DataSource | null): Promise<SimulationData>;
  /** Appends the scenario's table to H4A_Scenari (created on first use) and shows it. */
  saveScenario(snapshot: ScenarioSnapshot): Promise<SavedScenarioResult>;
  loadScenarios(): Promise<ScenarioList>;
}

/** The agreement as the other tabs read it: valid values as given, invalid ones at their defaults. */
export type AgreementReader = () => Promise<{ params: Params; issues: Issue[]; defaulted: ParamKey[] }>;

const count = (issues: readonly Issue[], severity: Issue["severity"]): number =>
  issues.filter((issue) => issue.severity === severity).length;

export function createSimulationActions(gateway: ExcelGateway, readAgreement: AgreementReader): SimulationActions {
  return {
    async loadSimulation(source) {
      const agreement = await readAgreement();
      const premium = resolvePremiumPerFamily(agreement.params).premiumPerFamily;
      const issues = [...agreement.issues];
      let seed: SimulationSeed | null = null;
      if (source !== null) {
        const parsed = parseBeneficiarySheet(await gateway.readSource(source), agreement.params);
        issues.push(...parsed.issues);
        seed = seedSimulation(parsed.families, agreement.params, premium);
      }
      const usable = seed !== null && seed.cohorts.length > 0 ? seed : exampleSeed(agreement.params, premium);
      return {
        seed: usable,
        source: usable.fromData ? source : null,
        errors: count(issues, "error"),
        warnings: count(issues, "warning"),
        defaultedParams: agreement.defaulted,
      };
    },

    async saveScenario(snapshot) {
      const slot = await gateway.appendToOwnSheet({
        sheet: SCENARIO_SHEET,
        tablePrefix: SCENARIO_TABLE_PREFIX,
        gapRows: SCENARIO_GAP_ROWS,
        build: (place) => scenarioBlock(snapshot, place),
        activate: true,
      });
      return { sheet: SCENARIO_SHEET, table: `${SCENARIO_TABLE_PREFIX}${slot.number}`, number: slot.number, firstRow: slot.firstRow };
    },

    async loadScenarios() {
      const { ownership, tables } = await gateway.readOwnSheetTables(SCENARIO_SHEET);
      const scenarios = tables
        .map((table) => readScenario(table.name, table.values))
        .filter((scenario): scenario is SavedScenario => scenario !== null)
        .sort((a, b) => a.number - b.number);
      return { ownership, scenarios };
    },
  };
}
