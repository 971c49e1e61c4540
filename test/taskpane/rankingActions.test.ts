import { HyperFormula } from "hyperformula";
import { DEFAULT_PARAMS } from "../../src/engine/agreement/params";
import { FLOW_SHEET, RANKING_SHEET } from "../../src/engine/sheets/rankingLabels";
import type { DataSource } from "../../src/contract/contract";
import { AddInError } from "../../src/contract/errors";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { createWorkbookActions, rawOf } from "../../src/taskpane/workbookActions";
import { beneficiarySeed, SHEET } from "../e2e/sampleWorkbook";
import { excelDate } from "../engine/fixtures/beneficiarySheet";
import { candidateRow, candidatesSheet, DEFAULT_RANKING, type CandidateRow } from "../engine/fixtures/candidatesSheet";
import { FakeExcel, type SeedSheet } from "../support/fakeExcel";

/**
 * The Graduatoria and flow actions end to end on the in-memory Excel: what they read, what they
 * write (and never: the candidates sheet), and their context.sync() round trips, the same for 10
 * and for 5,000 applications.
 */

jest.setTimeout(60_000);

const CANDIDATES = "Candidati";
const CANDIDATE_SOURCE: DataSource = { kind: "sheet", sheet: CANDIDATES, table: null, headerFound: false, candidatesFound: true };
const BENEFICIARY_SOURCE: DataSource = { kind: "sheet", sheet: SHEET, table: null, headerFound: true, candidatesFound: false };

/** Applications whose ids meet the §9 illustration's families (H4A-01 …) for the first half. */
function applications(n: number): CandidateRow[] {
  return Array.from({ length: n }, (_, i) =>
    candidateRow({
      id: i < 11 ? `H4A-${String(i + 1).padStart(2, "0")}` : `C${String(i + 1).padStart(5, "0")}`,
      eviction: i % 3 === 0 ? "eseguito" : i % 3 === 1 ? "intimato" : "convalidato",
      minors: i % 2,
      requestDate: excelDate(2025, 1 + (i % 12), 1 + (i % 28)),
      referral: i % 4 === 0 ? "Servizio Emergenza Abitativa" : "Sportello Lo.C.A.Re.",
    }),
  );
}

function candidatesSeed(rows: CandidateRow[]): SeedSheet {
  const input = candidatesSheet(rows, { titleRows: [["Domande 2025"], []] });
  return { name: CANDIDATES, rows: input.values.map((row) => row.map((value) => (value === null ? "" : value))) };
}

function setUp(rows: CandidateRow[] = applications(10), extra: SeedSheet[] = []) {
  const fake = new FakeExcel([beneficiarySeed({ mistakes: false }), candidatesSeed(rows), ...extra], [], { HyperFormula });
  return { fake, actions: createWorkbookActions(new OfficeWorkbook(fake.Excel)) };
}

test("the sheets are offered with the candidates sheet recognised apart from the beneficiary sheet", async () => {
  const { actions } = setUp();
  const { sources } = await actions.listSources();
  expect(sources).toEqual([BENEFICIARY_SOURCE, CANDIDATE_SOURCE]);
});

test("reading the candidates: the agreement's weights (the defaults while H4A_Parametri is missing), the sheet parsed, nothing written", async () => {
  const { fake, actions } = setUp();
  const before = fake.view(CANDIDATES);
  const first = await fake.countSyncs(() => actions.readCandidates(CANDIDATE_SOURCE));
  expect(first.syncs).toBe(3);
  expect(first.result.agreement).toBe("missing");
  expect(first.result.params).toEqual(DEFAULT_RANKING);
  expect(first.result.parsed.candidates).toHaveLength(10);
  expect(first.result.parsed.headerRow).toBe(3);
  expect(fake.sheetNames()).toEqual([SHEET, CANDIDATES]);

  await actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), wViolence: 35, minShelterMonths: 6 });
  const second = await fake.countSyncs(() => actions.readCandidates(CANDIDATE_SOURCE));
  expect(second.syncs).toBe(5);
  expect(second.result.agreement).toBe("own");
  expect(second.result.params).toEqual({ ...DEFAULT_RANKING, wViolence: 35, minShelterMonths: 6 });
  expect(fake.view(CANDIDATES)).toEqual(before);
});

test("a weight typed wrong in H4A_Parametri is reported, and its default is used", async () => {
  const { fake, actions } = setUp();
  await actions.saveAgreement(rawOf(DEFAULT_PARAMS));
  fake.type("H4A_Parametri", "B30", -3);
  const read = await actions.readCandidates(CANDIDATE_SOURCE);
  expect(read.params.wViolence).toBe(20);
  expect(read.agreementIssues).toEqual([expect.objectContaining({ field: "wViolence", cell: "H4A_Parametri!B30" })]);
});

test("writing the ranking: H4A_Graduatoria with the weights given, marked as the add-in's; again, it is replaced in place", async () => {
  const { fake, actions } = setUp();
  const before = fake.view(CANDIDATES);
  const written = await fake.countSyncs(() => actions.writeRanking(CANDIDATE_SOURCE, { ...DEFAULT_RANKING, wViolence: 60 }));
  expect(written.syncs).toBe(4);
  expect(written.result).toEqual({
    status: "written",
    sheet: RANKING_SHEET,
    eligible: 7,
    excluded: 3,
    params: { ...DEFAULT_RANKING, wViolence: 60 },
  });
  expect(fake.sheetNames()).toEqual([SHEET, CANDIDATES, RANKING_SHEET]);
  expect(fake.activeSheet()).toBe(RANKING_SHEET);
  expect(fake.names().map((n) => n.name)).toContain("H4A_Owned_H4A_Graduatoria");
  const ranked = fake.tableValues("H4A_Ammesse");
  expect(ranked[0].slice(0, 3)).toEqual(["Posizione", "ID famiglia", "Punteggio"]);
  expect(ranked.slice(1).map((row) => row[0])).toEqual([1, 2, 3, 4, 5, 6, 7]);
  expect(
    fake
      .tableValues("H4A_Escluse")
      .slice(1)
      .map((row) => row[4]),
  ).toEqual(Array(3).fill(expect.stringContaining("nessuna condizione di emergenza")));
  expect(fake.view(CANDIDATES)).toEqual(before);

  const tables = fake.tables();
  await actions.writeRanking(CANDIDATE_SOURCE, DEFAULT_RANKING);
  expect(fake.tables()).toEqual(tables);
  expect(fake.sheetNames()).toEqual([SHEET, CANDIDATES, RANKING_SHEET]);
});

test("the ranking is refused, nothing written, while the candidates sheet has errors", async () => {
  const { fake, actions } = setUp([...applications(3), candidateRow({ id: "X", members: "tre" })]);
  const result = await actions.writeRanking(CANDIDATE_SOURCE, DEFAULT_RANKING);
  expect(result).toEqual({
    status: "refused",
    issues: [expect.objectContaining({ rule: "wrong-type", cell: "Candidati!B7", field: "members" })],
  });
  expect(fake.sheetNames()).toEqual([SHEET, CANDIDATES]);
});

test("a sheet H4A_Graduatoria that H4A did not create is never written; a foreign H4A_Parametri stops the reading", async () => {
  const foreign = setUp(applications(3), [{ name: RANKING_SHEET, rows: [["mia graduatoria"]] }]);
  await expect(foreign.actions.writeRanking(CANDIDATE_SOURCE, DEFAULT_RANKING)).rejects.toEqual(AddInError.foreignSheets([RANKING_SHEET]));
  expect(foreign.fake.view(RANKING_SHEET).values).toEqual([["mia graduatoria"]]);
  const agreement = setUp(applications(3), [{ name: "H4A_Parametri", rows: [["Chiave", "Valore"]] }]);
  await expect(agreement.actions.readCandidates(CANDIDATE_SOURCE)).rejects.toEqual(AddInError.foreignSheets(["H4A_Parametri"]));
});

test("validation with the candidates sheet: the flow starts with the applications, joined by id (2 more round trips)", async () => {
  const { fake, actions } = setUp();
  await actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), premiumPerFamily: 6000, currentYear: 4 });
  const alone = await fake.countSyncs(() => actions.validate(BENEFICIARY_SOURCE));
  const joined = await fake.countSyncs(() => actions.validate(BENEFICIARY_SOURCE, CANDIDATE_SOURCE));
  expect(joined.syncs).toBe(alone.syncs + 2);
  expect(alone.result.summary.flowJoin).toBeNull();
  expect(joined.result.summary.flowJoin).toEqual({
    applicants: 10,
    referredFromCandidates: 10,
    referredOutsideCandidates: 12,
    eligibleNotReferred: 0,
  });
  expect(joined.result.summary.flowTotal).toEqual(expect.objectContaining({ applied: 10, eligible: 7, referred: 22 }));
  expect(joined.result.issues).toEqual(alone.result.issues);
});

test("writing the flow: H4A_Flusso with or without the applications; the user's sheets untouched", async () => {
  const { fake, actions } = setUp();
  await actions.saveAgreement({ ...rawOf(DEFAULT_PARAMS), currentYear: 4 });
  const before = [fake.view(SHEET), fake.view(CANDIDATES)];
  const plain = await fake.countSyncs(() => actions.writeFlow(BENEFICIARY_SOURCE));
  expect(plain.syncs).toBe(7);
  expect(plain.result.withCandidates).toBe(false);
  expect(fake.tableValues("H4A_Percorso")[0]).toEqual([
    "Servizio inviante",
    "Inviate",
    "Contratto firmato",
    "Alloggio mantenuto",
    "Stabilità abitativa",
  ]);
  const joined = await fake.countSyncs(() => actions.writeFlow(BENEFICIARY_SOURCE, CANDIDATE_SOURCE));
  expect(joined.syncs).toBe(9);
  expect(joined.result).toEqual(expect.objectContaining({ sheet: FLOW_SHEET, withCandidates: true }));
  expect(fake.tableValues("H4A_Percorso")[0]).toEqual([
    "Servizio inviante",
    "Domande",
    "Ammesse",
    "Inviate",
    "Contratto firmato",
    "Alloggio mantenuto",
    "Stabilità abitativa",
  ]);
  expect(fake.activeSheet()).toBe(FLOW_SHEET);
  expect([fake.view(SHEET), fake.view(CANDIDATES)]).toEqual(before);
});

test("the round trips do not grow with the applications: 5,000 take what 10 take", async () => {
  const counts = async (n: number) => {
    const { fake, actions } = setUp(applications(n));
    return [
      (await fake.countSyncs(() => actions.readCandidates(CANDIDATE_SOURCE))).syncs,
      (await fake.countSyncs(() => actions.writeRanking(CANDIDATE_SOURCE, DEFAULT_RANKING))).syncs,
      (await fake.countSyncs(() => actions.writeFlow(BENEFICIARY_SOURCE, CANDIDATE_SOURCE))).syncs,
    ];
  };
  expect(await counts(5_000)).toEqual(await counts(10));
});
