import { contributionLines, scoreOf, scoreSentence } from "../../../src/engine/candidates/score";
import { CONTRIBUTION_KEYS } from "../../../src/engine/keys";
import { candidate, DEFAULT_RANKING, rankingWith } from "../fixtures/candidatesSheet";

/** MECHANISM.md §3b: score = Σ weight × indicator, each contribution keyed by its weight's key. */

const only = (key: (typeof CONTRIBUTION_KEYS)[number], points: number) =>
  Object.fromEntries(CONTRIBUTION_KEYS.map((k) => [k, k === key ? points : 0]));

describe("each indicator's contribution, with the default weights", () => {
  test.each([
    ["eviction executed: wEvictionExecuted 30", { eviction: "eseguito" as const }, "wEvictionExecuted", 30],
    ["eviction validated: wEvictionValidated 20", { eviction: "convalidato" as const }, "wEvictionValidated", 20],
    ["eviction intimated: wEvictionIntimated 10", { eviction: "intimato" as const }, "wEvictionIntimated", 10],
    ["5 months in temporary accommodation: 5 × wPerMonthInShelter 2", { shelterMonths: 5 }, "wPerMonthInShelter", 10],
    ["2 minors: 2 × wPerMinor 10", { minors: 2 }, "wPerMinor", 20],
    ["1 member aged 70+: wPerElder 10", { elders: 1 }, "wPerElder", 10],
    ["2 members with a disability: 2 × wPerDisabled 15", { disabled: 2 }, "wPerDisabled", 30],
    ["victim of violence: wViolence 20", { violence: true }, "wViolence", 20],
    ["ISEE 12,999.99 € below half the ceiling (13,000 €): wLowIsee 10", { isee: 12_999.99 }, "wLowIsee", 10],
  ] as const)("%s", (_name, overrides, key, points) => {
    const result = scoreOf(candidate(overrides), DEFAULT_RANKING);
    expect(result.contributions).toEqual(only(key, points));
    expect(result.score).toBe(points);
  });

  test("nothing reported gives no points; eviction none gives none", () => {
    expect(scoreOf(candidate({ eviction: "nessuno" }), DEFAULT_RANKING)).toEqual({ score: 0, contributions: only("wLowIsee", 0) });
  });

  test("ISEE exactly half the ceiling is not below it; a missing ISEE gives no low-ISEE points", () => {
    expect(scoreOf(candidate({ isee: 13_000 }), DEFAULT_RANKING).contributions.wLowIsee).toBe(0);
    expect(scoreOf(candidate({ isee: null }), DEFAULT_RANKING).contributions.wLowIsee).toBe(0);
  });

  test("shelter points are capped at maxShelterPoints (24): 12 months give 24, 20 months still 24", () => {
    expect(scoreOf(candidate({ shelterMonths: 12 }), DEFAULT_RANKING).contributions.wPerMonthInShelter).toBe(24);
    expect(scoreOf(candidate({ shelterMonths: 20 }), DEFAULT_RANKING).contributions.wPerMonthInShelter).toBe(24);
    expect(scoreOf(candidate({ shelterMonths: 20 }), rankingWith({ maxShelterPoints: 30 })).contributions.wPerMonthInShelter).toBe(30);
  });

  test("the score is the sum of the contributions", () => {
    const c = candidate({ eviction: "eseguito", shelterMonths: 14, minors: 4, disabled: 1, isee: 6_805.05, members: 6 });
    const result = scoreOf(c, DEFAULT_RANKING);
    expect(result.contributions).toEqual({
      wEvictionExecuted: 30,
      wEvictionValidated: 0,
      wEvictionIntimated: 0,
      wPerMonthInShelter: 24,
      wPerMinor: 40,
      wPerElder: 0,
      wPerDisabled: 15,
      wViolence: 0,
      wLowIsee: 10,
    });
    expect(result.score).toBe(119);
  });

  test("decimal weights and months add up exactly (to a millionth): 0.1 + 0.2 ties with 0.3", () => {
    const weights = rankingWith({ wPerMonthInShelter: 0.1, wViolence: 0.2, wEvictionIntimated: 0.3 });
    const a = scoreOf(candidate({ shelterMonths: 1, violence: true }), weights).score;
    const b = scoreOf(candidate({ eviction: "intimato" }), weights).score;
    expect(a).toBe(b);
    expect(scoreOf(candidate({ shelterMonths: 4.5 }), DEFAULT_RANKING).score).toBe(9);
  });

  test("a weight set to 0 gives no points", () => {
    expect(scoreOf(candidate({ violence: true }), rankingWith({ wViolence: 0 })).score).toBe(0);
  });
});

describe("the breakdown, to explain a family's place", () => {
  test("each non-zero contribution with its arithmetic, in Italian and English", () => {
    const c = candidate({ eviction: "eseguito", shelterMonths: 14, minors: 2, isee: 6_805.05 });
    const score = scoreOf(c, DEFAULT_RANKING);
    expect(contributionLines(c, score, DEFAULT_RANKING, "it").map((line) => [line.key, line.points, line.text])).toEqual([
      ["wEvictionExecuted", 30, "Sfratto eseguito: 30"],
      ["wPerMonthInShelter", 24, "Mesi in struttura: 14 × 2 = 28, ridotti al massimo di 24"],
      ["wPerMinor", 20, "Minori: 2 × 10 = 20"],
      ["wLowIsee", 10, "ISEE basso: 6.805,05 € sotto metà della soglia (13.000 €): 10"],
    ]);
    expect(contributionLines(c, score, DEFAULT_RANKING, "en")[1].text).toBe("Months in temporary accommodation: 14 × 2 = 28, capped at 24");
    expect(scoreSentence(c, score, DEFAULT_RANKING, "it")).toBe(
      "Sfratto eseguito: 30; Mesi in struttura: 14 × 2 = 28, ridotti al massimo di 24; Minori: 2 × 10 = 20; ISEE basso: 6.805,05 € sotto metà della soglia (13.000 €): 10; totale 84",
    );
  });

  test("no points at all says so", () => {
    const c = candidate({ condition: "alloggio inadeguato" });
    expect(scoreSentence(c, scoreOf(c, DEFAULT_RANKING), DEFAULT_RANKING, "en")).toBe("no points; total 0");
  });
});
