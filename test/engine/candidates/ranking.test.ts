import { parseCandidateSheet } from "../../../src/engine/candidates/parse";
import { compareIds, rankCandidates, tieText } from "../../../src/engine/candidates/ranking";
import { excelDate } from "../fixtures/beneficiarySheet";
import { candidateRow, candidatesSheet, DEFAULT_RANKING, rankingWith, type CandidateRow } from "../fixtures/candidatesSheet";

/** MECHANISM.md §3b: ranks 1…n, no shared rank; ties to the earlier request date, then to the id ascending. */

const rank = (rows: CandidateRow[], params = DEFAULT_RANKING) => rankCandidates(parseCandidateSheet(candidatesSheet(rows)), params);
const order = (rows: CandidateRow[], params = DEFAULT_RANKING) => rank(rows, params).eligible.map((r) => [r.rank, r.candidate.id, r.score]);

describe("the order", () => {
  test("higher score first; ranks 1…n", () => {
    const rows = [
      candidateRow({ id: "A", eviction: "intimato", condition: "alloggio inadeguato" }),
      candidateRow({ id: "B", eviction: "eseguito" }),
      candidateRow({ id: "C", eviction: "convalidato" }),
    ];
    expect(order(rows)).toEqual([
      [1, "B", 30],
      [2, "C", 20],
      [3, "A", 10],
    ]);
  });

  test("equal scores: the earlier request date first, even with a higher id", () => {
    const rows = [
      candidateRow({ id: "A", requestDate: excelDate(2025, 6, 12) }),
      candidateRow({ id: "B", requestDate: excelDate(2025, 3, 3) }),
    ];
    expect(order(rows)).toEqual([
      [1, "B", 20],
      [2, "A", 20],
    ]);
  });

  test("equal scores and dates: the id in ascending order, numbers inside ids as numbers", () => {
    const rows = ["F10", "F9", "f2", "F1"].map((id) => candidateRow({ id }));
    expect(order(rows).map(([, id]) => id)).toEqual(["F1", "f2", "F9", "F10"]);
  });

  test("an application without a date comes after the dated ones of its score", () => {
    const rows = [candidateRow({ id: "A", requestDate: "" }), candidateRow({ id: "B", requestDate: excelDate(2025, 9, 1) })];
    expect(order(rows).map(([, id]) => id)).toEqual(["B", "A"]);
  });

  test("no shared rank even when everything ties", () => {
    const ranks = rank(Array.from({ length: 5 }, (_, i) => candidateRow({ id: `X${5 - i}` }))).eligible.map((r) => r.rank);
    expect(ranks).toEqual([1, 2, 3, 4, 5]);
  });

  test("changing a weight re-ranks: with wViolence 60 the victim of violence goes first", () => {
    const rows = [candidateRow({ id: "A", eviction: "eseguito" }), candidateRow({ id: "B", eviction: "nessuno", violence: "Sì" })];
    expect(order(rows).map(([, id]) => id)).toEqual(["A", "B"]);
    expect(order(rows, rankingWith({ wViolence: 60 })).map(([, id]) => id)).toEqual(["B", "A"]);
  });

  test("ids compare as people read them", () => {
    expect(compareIds("TO-2025-002", "TO-2025-010")).toBeLessThan(0);
    expect(compareIds("b", "A")).toBeGreaterThan(0);
    expect(compareIds("F01", "F1")).toBeGreaterThan(0);
    expect(compareIds(null, "A")).toBeGreaterThan(0);
    expect(compareIds("A", "A")).toBe(0);
  });
});

describe("the ties, explained", () => {
  test("a family sharing its score knows how many share it, the ranks of the group and its own date — never another family's id", () => {
    const rows = [
      candidateRow({ id: "A", requestDate: excelDate(2025, 6, 12) }),
      candidateRow({ id: "B", requestDate: excelDate(2025, 3, 3) }),
      candidateRow({ id: "C", eviction: "eseguito" }),
    ];
    const ranking = rank(rows);
    const [first, second, third] = ranking.eligible;
    expect(first.tie).toBeNull();
    expect(tieText(first, "it")).toBeNull();
    expect(second.tie).toEqual({ firstRank: 2, lastRank: 3 });
    expect(tieText(second, "it")).toBe(
      "Pari punteggio con un'altra famiglia (posizioni 2–3): viene prima la domanda più vecchia, poi l'ID più basso; questa domanda è del 03/03/2025.",
    );
    expect(tieText(third, "en")).toBe(
      "Same score as one other family (ranks 2–3): the earlier request comes first, then the lower ID; this application is dated 2025-06-12.",
    );
  });
});

describe("the families not ranked", () => {
  test("every family not eligible is listed, in sheet order, with all its reasons; none is dropped", () => {
    const rows = [
      candidateRow({ id: "A", isee: "" }),
      candidateRow({ id: "B", eviction: "eseguito" }),
      candidateRow({ id: "C", isee: 31_000, eviction: "intimato" }),
    ];
    const ranking = rank(rows);
    expect(ranking.eligible.map((r) => r.candidate.id)).toEqual(["B"]);
    expect(ranking.excluded.map((e) => [e.candidate.id, e.reasons.map((r) => r.code)])).toEqual([
      ["A", ["isee-missing"]],
      ["C", ["isee-above-ceiling", "no-emergency"]],
    ]);
    expect(ranking.eligible.length + ranking.excluded.length).toBe(rows.length);
  });

  test("a row with a validation error is not ranked: it is excluded with the cells to fix", () => {
    const rows = [candidateRow({ id: "A", isee: "tanti" }), candidateRow({ id: "A" }), candidateRow({ id: "B", eviction: "eseguito" })];
    const ranking = rank(rows);
    expect(ranking.eligible.map((r) => r.candidate.id)).toEqual(["B"]);
    expect(ranking.excluded.map((e) => [e.candidate.row, e.reasons.map((r) => r.code)])).toEqual([
      [2, ["invalid-data"]],
      [3, ["invalid-data"]],
    ]);
    expect(ranking.excluded[0].reasons[0].message.it).toContain("Candidati!A2 e Candidati!C2");
  });

  test("the parameters used are kept with the ranking", () => {
    expect(rank([candidateRow()], rankingWith({ wViolence: 35 })).params.wViolence).toBe(35);
  });
});
