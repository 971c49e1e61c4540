import { lazyWorkbookActions } from "../../src/taskpane/lazyWorkbookActions";
import type { WorkbookActions } from "../../src/taskpane/workbookActions";

/** The workbook's actions behind a loader that the test counts, and may make fail like a lost network. */
function loaderOf(actions: Partial<WorkbookActions>) {
  const state = { loads: 0, failNext: false };
  const load = async (): Promise<WorkbookActions> => {
    state.loads++;
    if (state.failNext) {
      state.failNext = false;
      throw Object.assign(new Error("Loading chunk workbook failed."), { name: "ChunkLoadError" });
    }
    return actions as WorkbookActions;
  };
  return { state, load };
}

describe("the workbook's actions fetched at the first call", () => {
  test("nothing is fetched before an action is called; then once, whatever the calls", async () => {
    const selectCell = jest.fn(async (_cell: string) => undefined);
    const highlightActive = jest.fn(async () => true);
    const { state, load } = loaderOf({ selectCell, highlightActive });
    const actions = lazyWorkbookActions(load);
    expect(state.loads).toBe(0);

    await Promise.all([actions.selectCell("Beneficiari!B5"), actions.highlightActive()]);
    expect(await actions.highlightActive()).toBe(true);
    expect(state.loads).toBe(1);
    expect(selectCell).toHaveBeenCalledWith("Beneficiari!B5");
    expect(highlightActive).toHaveBeenCalledTimes(2);
  });

  test("a failed fetch fails that call, and the next call fetches again", async () => {
    const highlightActive = jest.fn(async () => false);
    const { state, load } = loaderOf({ highlightActive });
    const actions = lazyWorkbookActions(load);
    state.failNext = true;

    await expect(actions.highlightActive()).rejects.toMatchObject({ name: "ChunkLoadError" });
    expect(highlightActive).not.toHaveBeenCalled();
    expect(await actions.highlightActive()).toBe(false);
    expect(state.loads).toBe(2);
  });

  test("every action of WorkbookActions is there", () => {
    const actions = lazyWorkbookActions(async () => ({}) as WorkbookActions);
    for (const name of [
      "loadAgreement",
      "validate",
      "writePayments",
      "loadSimulation",
      "writeRanking",
      "shareCopy",
      "recordPayment",
      "writeStatement",
    ]) {
      expect(typeof (actions as unknown as Record<string, unknown>)[name]).toBe("function");
    }
  });
});
