import type { ExcelApi } from "../excel/officeWorkbook";
import type { WorkbookActions } from "./workbookActions";

/**
 * What the end-to-end build (H4A_TEST_HOOK) shares with the tests through the page's globals: the
 * in-memory Excel they install (`__H4A_TEST_WORKBOOK__`), and how many times each workbook action
 * was called (`__H4A_ACTION_CALLS__`, name → count). The production build drops every use of it.
 */
interface TestGlobals {
  __H4A_TEST_WORKBOOK__?: { Excel: ExcelApi };
  __H4A_ACTION_CALLS__?: Record<string, number>;
}

const globals = (): TestGlobals => window as TestGlobals;

export function testWorkbookExcel(): ExcelApi | null {
  return globals().__H4A_TEST_WORKBOOK__?.Excel ?? null;
}

/** The same actions, each counting its calls in `__H4A_ACTION_CALLS__` before it runs. */
export function countedActions(actions: WorkbookActions): WorkbookActions {
  const calls: Record<string, number> = {};
  globals().__H4A_ACTION_CALLS__ = calls;
  const counted = Object.entries(actions).map(([name, action]: [string, (...args: unknown[]) => unknown]) => [
    name,
    (...args: unknown[]) => {
      calls[name] = (calls[name] ?? 0) + 1;
      return action(...args);
    },
  ]);
  return Object.fromEntries(counted) as unknown as WorkbookActions;
}
