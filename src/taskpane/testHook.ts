import type { WorkbookActions } from "./workbookActions";

/**
 * What the end-to-end build (H4A_TEST_HOOK) tells the tests through the page's globals: how many
 * times each workbook action was called (`__H4A_ACTION_CALLS__`, name → count) and how many calls
 * have not settled yet (`__H4A_ACTIONS_RUNNING__`). The production build drops every use of it.
 */
interface TestGlobals {
  __H4A_ACTION_CALLS__?: Record<string, number>;
  __H4A_ACTIONS_RUNNING__?: number;
}

const globals = (): TestGlobals => window as TestGlobals;

/** The same actions, each counting its calls, and the calls still running, in the page's globals. */
export function countedActions(actions: WorkbookActions): WorkbookActions {
  const page = globals();
  const calls: Record<string, number> = {};
  page.__H4A_ACTION_CALLS__ = calls;
  page.__H4A_ACTIONS_RUNNING__ = 0;
  const settled = () => {
    page.__H4A_ACTIONS_RUNNING__ = (page.__H4A_ACTIONS_RUNNING__ ?? 1) - 1;
  };
  const counted = Object.entries(actions).map(([name, action]: [string, (...args: unknown[]) => Promise<unknown>]) => [
    name,
    (...args: unknown[]) => {
      calls[name] = (calls[name] ?? 0) + 1;
      page.__H4A_ACTIONS_RUNNING__ = (page.__H4A_ACTIONS_RUNNING__ ?? 0) + 1;
      const running = action(...args);
      running.then(settled, settled);
      return running;
    },
  ]);
  return Object.fromEntries(counted) as unknown as WorkbookActions;
}
