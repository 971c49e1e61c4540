import { tableRow, tableRowList } from "../../../src/engine/sheets/tableRows";
import { applicantsOf } from "../../../src/engine/candidates/flow";
import { parseCandidateSheet } from "../../../src/engine/candidates/parse";
import { rankCandidates } from "../../../src/engine/candidates/ranking";
import { RANKING_PARAM_KEYS } from "../../../src/engine/keys";
import { parseBeneficiarySheet } from "../../../src/engine/beneficiaries/parse";
import { summarizeSheet } from "../../../src/engine/beneficiaries/sheetSummary";
import { flowPlan } from "../../../src/engine/sheets/flowSheet";
import { FLOW_SHEET, FLOW_TABLE, RANKING_SHEET, RANKING_TABLES } from "../../../src/engine/sheets/rankingLabels";
import { rankingPlan } from "../../../src/engine/sheets/rankingSheet";
import type { LooseCell, SheetPlan } from "../../../src/engine/sheets/workbookPlan";
import { beneficiarySheet, excelDate, familyRow, paramsWith } from "../fixtures/beneficiarySheet";
import { candidateRow, candidatesSheet, rankingWith } from "../fixtures/candidatesSheet";

/** The one layout of H4A_Graduatoria and H4A_Flusso, written alike by the task pane and by `h4a rank`. */

const rows = [
  candidateRow({ id: "C1", minors: 2, referral: "Servizio A", requestDate: excelDate(2025, 4, 1) }),
  candidateRow({ id: "C2", eviction: "eseguito", shelterMonths: 14, referral: "Servizio B" }),
  candidateRow({ id: "C3", isee: "", referral: "Servizio A" }),
  candidateRow({ id: "C4", minors: 2, requestDate: excelDate(2025, 2, 1) }),
];
const ranking = rankCandidates(parseCandidateSheet(candidatesSheet(rows)), rankingWith({ wViolence: 25 }));

const cellAt = (plan: SheetPlan, row: number, column: number): LooseCell | undefined =>
  plan.cells.find((c) => c.row === row && c.column === column);

describe("H4A_Graduatoria", () => {
  const plan = rankingPlan(ranking);
  const [eligible, excluded] = plan.tables;

  test("the ranked table: rank, id, score, date, service, conditions, each weight's points by key, the reasons in words", () => {
    expect(plan.name).toBe(RANKING_SHEET);
    expect(eligible.name).toBe(RANKING_TABLES.eligible);
    expect(eligible.row).toBe(6);
    expect(eligible.header).toEqual([
      "Posizione",
      "ID famiglia",
      "Punteggio",
      "Data domanda",
      "Servizio inviante",
      "Condizioni di emergenza",
      "Sfratto eseguito (punti)",
      "Sfratto convalidato (punti)",
      "Sfratto intimato (punti)",
      "Mesi in struttura (punti)",
      "Minori (punti)",
      "Anziani (70+) (punti)",
      "Disabili (punti)",
      "Violenza (punti)",
      "ISEE basso (punti)",
      "Motivazione",
      "Riga candidati",
    ]);
    expect(new Set(eligible.header).size).toBe(eligible.header.length);
    expect(tableRowList(eligible.rows).map((row) => row.slice(0, 5))).toEqual([
      [1, "C2", 54, excelDate(2025, 3, 1), "Servizio B"],
      [2, "C4", 40, excelDate(2025, 2, 1), ""],
      [3, "C1", 40, excelDate(2025, 4, 1), "Servizio A"],
    ]);
    expect(tableRow(eligible.rows, 0).slice(5, 15)).toEqual([
      "sfratto eseguito; 14 mesi in struttura (almeno 3)",
      30,
      0,
      0,
      24,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(tableRow(eligible.rows, 1)[15]).toBe(
      "Sfratto convalidato: 20; Minori: 2 × 10 = 20; totale 40. Pari punteggio con un'altra famiglia (posizioni 2–3): viene prima la domanda più vecchia, poi l'ID più basso; questa domanda è del 01/02/2025.",
    );
    expect(tableRowList(eligible.rows).map((row) => row[16])).toEqual([3, 5, 2]);
    expect(eligible.numberFormats[3]).toBe("dd/mm/yyyy");
  });

  test("the families not eligible below, from column B, with every reason", () => {
    expect(excluded.name).toBe(RANKING_TABLES.excluded);
    expect(excluded.column).toBe(2);
    expect(excluded.row).toBe(eligible.row + eligible.rows.length + 3);
    expect(excluded.header).toEqual(["ID famiglia", "Riga candidati", "Data domanda", "Servizio inviante", "Motivi"]);
    expect(excluded.rows).toEqual([["C3", 4, excelDate(2025, 3, 1), "Servizio A", "ISEE mancante"]]);
    expect(cellAt(plan, excluded.row - 1, 1)).toEqual({
      row: excluded.row - 1,
      column: 1,
      value: "Famiglie non ammesse e motivi",
      bold: true,
    });
  });

  test("the weights and thresholds used, one row per key, under the tables", () => {
    const top = excluded.row + excluded.rows.length + 3;
    expect(cellAt(plan, top - 1, 1)?.value).toBe("Pesi e soglie usati");
    const keys = RANKING_PARAM_KEYS.map((_, i) => cellAt(plan, top + 1 + i, 1)?.value);
    expect(keys).toEqual([...RANKING_PARAM_KEYS]);
    expect(cellAt(plan, top + 1 + RANKING_PARAM_KEYS.indexOf("wViolence"), 2)?.value).toBe(25);
  });

  test("the title says where the data came from and that the candidates sheet was not changed", () => {
    expect(cellAt(plan, 2, 1)?.value).toBe(
      "Dal foglio «Candidati»: 4 domande, 3 ammesse, 1 non ammessa. Valori fissi scritti dal componente aggiuntivo: scrivere di nuovo dopo una modifica. Il foglio dei candidati non è stato modificato.",
    );
    expect(plan.tables.flatMap((t) => tableRowList(t.rows).flat()).some((cell) => typeof cell === "object" && cell !== null)).toBe(false);
  });

  test("no family at all still gives two (empty) tables and the weights", () => {
    const empty = rankingPlan(rankCandidates({ sheetName: "Candidati", candidates: [], issues: [] }, rankingWith()));
    expect(empty.tables.map((t) => [t.name, t.row, t.rows.length])).toEqual([
      [RANKING_TABLES.eligible, 6, 0],
      [RANKING_TABLES.excluded, 10, 0],
    ]);
  });
});

describe("H4A_Flusso", () => {
  const families = parseBeneficiarySheet(
    beneficiarySheet([familyRow({ id: "C1", referral: "Servizio A" }), familyRow({ id: "F9", referral: "Servizio B" })]),
    paramsWith({ currentYear: 1 }),
  ).families;

  test("with candidates: applied → eligible → referred → lease → housing → stability, the total and the join below", () => {
    const plan = flowPlan(summarizeSheet(families, 1, applicantsOf(ranking)), { beneficiaries: "Beneficiari", candidates: "Candidati" });
    expect(plan.name).toBe(FLOW_SHEET);
    const [table] = plan.tables;
    expect(table.name).toBe(FLOW_TABLE);
    expect(table.header).toEqual([
      "Servizio inviante",
      "Domande",
      "Ammesse",
      "Inviate",
      "Contratto firmato",
      "Alloggio mantenuto",
      "Stabilità abitativa",
    ]);
    expect(table.rows).toEqual([
      ["Servizio A", 2, 1, 1, 1, 0, 0],
      ["Servizio B", 1, 1, 1, 1, 0, 0],
      ["(non indicato)", 1, 1, 0, 0, 0, 0],
    ]);
    const totalRow = table.row + table.rows.length + 1;
    expect([1, 2, 3, 4].map((c) => cellAt(plan, totalRow, c)?.value)).toEqual(["Totale", 4, 3, 2]);
    expect(cellAt(plan, totalRow + 2, 1)?.value).toBe("Famiglie inviate presenti tra le domande: 1 di 2; ammesse non (ancora) inviate: 2.");
  });

  test("without candidates: the four stages of the beneficiary sheet only", () => {
    const plan = flowPlan(summarizeSheet(families, 1), { beneficiaries: "Beneficiari", candidates: "Candidati" });
    expect(plan.tables[0].header).toEqual([
      "Servizio inviante",
      "Inviate",
      "Contratto firmato",
      "Alloggio mantenuto",
      "Stabilità abitativa",
    ]);
    expect(String(cellAt(plan, 2, 1)?.value)).toMatch(/^Dal foglio «Beneficiari»/);
  });
});
