import * as path from "node:path";
import { DEFAULT_PARAMS } from "../src/engine/agreement/params";
import { toSerial } from "../src/engine/cells/calendar";
import type { DataSource } from "../src/contract/contract";
import { OfficeWorkbook } from "../src/excel/officeWorkbook";
import { createWorkbookActions, rawOf } from "../src/taskpane/workbookActions";
import { largeProgrammeWorkbook } from "../src/samples/largeProgramme";
import { beneficiarySeed, SHEET } from "../test/e2e/sampleWorkbook";
import { candidateRow, candidatesSheet, DEFAULT_RANKING } from "../test/engine/fixtures/candidatesSheet";
import { FakeExcel } from "../test/support/fakeExcel";
import { spreadOf } from "./measure";
import { runNode } from "./processes";
import type { Rows } from "./rows";

/**
 * Every action of the task pane against the in-memory Excel (test/support/fakeExcel.ts) at 10,000
 * and at 100,000 rows: its context.sync() round trips and the largest request and response
 * (what one sync sends and what its loads bring back, serialised), against Excel on the web's
 * 5 MB per request (the fake is Excel on the web). The fake keeps formulas as text and computes none (`formulaValue`): what is
 * sent and how often does not depend on the values Excel would compute, and HyperFormula could
 * not hold 100,000 rows of formulas in memory.
 */

export const SMALL = 10_000;
export const LARGE = 100_000;
/** What every formula cell reads as: no formula is computed. */
const FORMULA_VALUE = 0;
const EXCEL_WEB_PAYLOAD_LIMIT = 5_000_000;
const BENEFICIARIES: DataSource = { kind: "sheet", sheet: SHEET, table: null, headerFound: true, candidatesFound: false };
const CANDIDATES: DataSource = { kind: "sheet", sheet: "Candidati", table: null, headerFound: false, candidatesFound: true };
const DATE = toSerial({ year: 2026, month: 12, day: 15 });
const IT = { lang: "it" as const };

export interface ActionCount {
  action: string;
  syncs: number;
  largestRequest: number;
  largestResponse: number;
}

export async function countActions(families: number): Promise<ActionCount[]> {
  const candidates = candidatesSheet(
    Array.from({ length: families }, (_, i) => candidateRow({ id: `C${i + 1}`, isee: 5000 + ((i * 37) % 20000) })),
  );
  const fake = new FakeExcel([beneficiarySeed({ families, mistakes: false }), { name: "Candidati", rows: candidates.values }], [], {
    formulaValue: FORMULA_VALUE,
    file: await largeProgrammeWorkbook(families, 4),
    platform: "OfficeOnline",
  });
  (globalThis as Record<string, unknown>).Office = fake.Office;
  const actions = createWorkbookActions(new OfficeWorkbook(fake.Excel));
  const counts: ActionCount[] = [];
  const step = async <T>(action: string, run: () => Promise<T>): Promise<T> => {
    const { result, syncs, largestRequest, largestResponse } = await fake.countSyncs(run);
    counts.push({ action, syncs, largestRequest, largestResponse });
    return result;
  };
  const agreement = { ...rawOf(DEFAULT_PARAMS), premiumPerFamily: 6000, currentYear: 4 };
  await step("saveAgreement (creates H4A_Parametri)", () => actions.saveAgreement(agreement));
  await step("loadAgreement", () => actions.loadAgreement());
  await step("listSources", () => actions.listSources());
  await step("validate", () => actions.validate(BENEFICIARIES));
  await step("writePayments", () => actions.writePayments(BENEFICIARIES));
  await step("readCandidates", () => actions.readCandidates(CANDIDATES));
  await step("writeRanking", () => actions.writeRanking(CANDIDATES, DEFAULT_RANKING));
  await step("writeFlow", () => actions.writeFlow(BENEFICIARIES, CANDIDATES));
  await step("loadSimulation", () => actions.loadSimulation(BENEFICIARIES));
  const ledger = await step("loadLedger", () => actions.loadLedger(BENEFICIARIES));
  if (ledger.status !== "ready" || ledger.view.next === null)
    throw new Error(`the ledger has no payment to record at ${families} families`);
  const recorded = await step("recordPayment (year 1)", () =>
    actions.recordPayment(BENEFICIARIES, { programmeYear: 1, act: "DD 1/2026", date: DATE, expectedTotal: ledger.view.next!.total }, IT),
  );
  if (recorded.status !== "recorded") throw new Error(`recordPayment refused at ${families} families`);
  await step("writeStatement (year 1)", () => actions.writeStatement(BENEFICIARIES, { programmeYear: 1 }, IT));
  const shared = await step("shareCopy", () => actions.shareCopy("la casa di via Roma ha sette finestre verdi"));
  if (shared.status === "refused") throw new Error(`shareCopy refused at ${families} families`);
  const share = counts[counts.length - 1];
  if (shared.status === "opened") {
    // Excel.createWorkbook is no sync, but its base64 is one request.
    share.largestRequest = Math.max(share.largestRequest, fake.createdWorkbooks[fake.createdWorkbooks.length - 1].length);
  } else {
    share.action = `shareCopy (${(shared.bytes / 1e6).toFixed(1)} MB: offered as a download)`;
  }
  return counts;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

/** Both sizes in a process of their own (syncRun.js), with a heap of at most 4 GB (it peaks near 1.2 GB at 100,000 rows). */
export async function benchSyncs(rows: Rows): Promise<ActionCount[]> {
  const run = runNode(["--max-old-space-size=4096", path.join(__dirname, "syncRun.js")]);
  if (run.status !== 0) throw new Error(`syncRun.js exited ${run.status}`);
  const { small, large } = JSON.parse(run.stdout) as { small: ActionCount[]; large: ActionCount[] };
  const largest = Math.max(...large.map((a) => Math.max(a.largestRequest, a.largestResponse)));
  const constant = large.every((a, i) => a.syncs === small[i].syncs);
  const table = large.map(
    (a, i) =>
      `${a.action.padEnd(40)} ${String(small[i].syncs).padStart(3)} → ${String(a.syncs).padStart(3)} syncs, largest request ${megabytes(a.largestRequest)}, response ${megabytes(a.largestResponse)}`,
  );
  rows.add({
    what: "context.sync() per action; largest request",
    unit: "MB",
    spread: spreadOf([largest / 1e6]),
    budget: "constant; < 5 MB at 100k rows",
    within: constant && largest < EXCEL_WEB_PAYLOAD_LIMIT,
    detail: `syncs at 10,000 → 100,000 families (${constant ? "the same" : "NOT the same"}), largest request and response at 100,000:\n    ${table.join("\n    ")}`,
  });
  return large;
}
