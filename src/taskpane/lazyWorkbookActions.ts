import type { WorkbookActions } from "./workbookActions";

/** Every action of WorkbookActions; the type-check fails when one is missing from this list. */
const ACTIONS = [
  "loadAgreement",
  "saveAgreement",
  "listSources",
  "validate",
  "selectCell",
  "highlight",
  "removeHighlight",
  "highlightActive",
  "writePayments",
  "loadSimulation",
  "saveScenario",
  "loadScenarios",
  "readCandidates",
  "writeRanking",
  "writeFlow",
  "shareCopy",
  "loadLedger",
  "recordPayment",
  "writeStatement",
] as const satisfies readonly (keyof WorkbookActions)[];

type Listed = (typeof ACTIONS)[number];
const everyAction: [Exclude<keyof WorkbookActions, Listed>] extends [never] ? true : never = true;
void everyAction;

/**
 * The workbook's actions, whose code (the engine's reads, checks and plans, and the Office
 * adapter) is fetched by `load` at the first call rather than before the pane's first render.
 * Every action is async, so each one waits for that code, then runs. A failed fetch fails the
 * call; the next call fetches again.
 */
export function lazyWorkbookActions(load: () => Promise<WorkbookActions>): WorkbookActions {
  let loading: Promise<WorkbookActions> | null = null;
  const loaded = (): Promise<WorkbookActions> => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  type Action = (...args: unknown[]) => Promise<unknown>;
  const delegate =
    (name: Listed): Action =>
    (...args) =>
      loaded().then((actions) => (actions[name] as Action)(...args));
  return Object.fromEntries(ACTIONS.map((name) => [name, delegate(name)])) as unknown as WorkbookActions;
}
