import { eligibilityOf, emergenciesOf, emergencyText } from "../../../src/engine/candidates/eligibility";
import { candidate, DEFAULT_RANKING, rankingWith } from "../fixtures/candidatesSheet";

/** MECHANISM.md §3b: eligible when ISEE is given and ≤ iseeCeiling, and one emergency condition holds; otherwise every reason. */

const codes = (c: ReturnType<typeof candidate>, params = DEFAULT_RANKING) => eligibilityOf(c, params).reasons.map((r) => r.code);

describe("the emergency conditions", () => {
  test("eviction validated or executed; intimated or none is not enough", () => {
    expect(emergenciesOf(candidate({ eviction: "convalidato" }), DEFAULT_RANKING)).toEqual(["eviction"]);
    expect(emergenciesOf(candidate({ eviction: "eseguito" }), DEFAULT_RANKING)).toEqual(["eviction"]);
    expect(emergenciesOf(candidate({ eviction: "intimato" }), DEFAULT_RANKING)).toEqual([]);
    expect(emergenciesOf(candidate({ eviction: "nessuno" }), DEFAULT_RANKING)).toEqual([]);
  });

  test("months in temporary accommodation at least minShelterMonths (3): 3 is enough, 2.9 is not", () => {
    expect(emergenciesOf(candidate({ shelterMonths: 3 }), DEFAULT_RANKING)).toEqual(["shelter"]);
    expect(emergenciesOf(candidate({ shelterMonths: 2.9 }), DEFAULT_RANKING)).toEqual([]);
    expect(emergenciesOf(candidate({ shelterMonths: 2 }), rankingWith({ minShelterMonths: 2 }))).toEqual(["shelter"]);
  });

  test("housing condition «alloggio inadeguato»; another condition is not one", () => {
    expect(emergenciesOf(candidate({ condition: "alloggio inadeguato" }), DEFAULT_RANKING)).toEqual(["inadequate-housing"]);
    expect(emergenciesOf(candidate({ condition: "albergo" }), DEFAULT_RANKING)).toEqual([]);
  });

  test("victim of violence: yes; no or blank is not", () => {
    expect(emergenciesOf(candidate({ violence: true }), DEFAULT_RANKING)).toEqual(["violence"]);
    expect(emergenciesOf(candidate({ violence: false }), DEFAULT_RANKING)).toEqual([]);
    expect(emergenciesOf(candidate({ violence: null }), DEFAULT_RANKING)).toEqual([]);
  });

  test("all four at once, in the order of §3b, each said in words", () => {
    const c = candidate({ eviction: "eseguito", shelterMonths: 7, condition: "alloggio inadeguato", violence: true });
    const found = emergenciesOf(c, DEFAULT_RANKING);
    expect(found).toEqual(["eviction", "shelter", "inadequate-housing", "violence"]);
    expect(found.map((code) => emergencyText(code, c, DEFAULT_RANKING, "it"))).toEqual([
      "sfratto eseguito",
      "7 mesi in struttura (almeno 3)",
      "alloggio inadeguato",
      "vittima di violenza",
    ]);
    expect(emergencyText("eviction", c, DEFAULT_RANKING, "en")).toBe("eviction carried out");
  });
});

describe("eligibility and every reason for exclusion", () => {
  test("ISEE equal to the ceiling with an emergency condition is eligible", () => {
    const result = eligibilityOf(candidate({ isee: 26_000, eviction: "eseguito" }), DEFAULT_RANKING);
    expect(result).toEqual({ eligible: true, emergencies: ["eviction"], reasons: [] });
  });

  test("ISEE missing", () => {
    const [reason] = eligibilityOf(candidate({ isee: null, eviction: "eseguito" }), DEFAULT_RANKING).reasons;
    expect(reason).toEqual({ code: "isee-missing", message: { it: "ISEE mancante", en: "ISEE missing" } });
  });

  test("ISEE above the ceiling, by a cent", () => {
    const result = eligibilityOf(candidate({ isee: 26_000.01, eviction: "eseguito" }), DEFAULT_RANKING);
    expect(result.eligible).toBe(false);
    expect(result.reasons).toEqual([
      {
        code: "isee-above-ceiling",
        message: { it: "ISEE oltre la soglia (26.000,01 € > 26.000 €)", en: "ISEE above the ceiling (€26,000.01 > €26,000)" },
      },
    ]);
  });

  test("no emergency condition, saying what was seen", () => {
    const result = eligibilityOf(candidate({ eviction: "intimato", shelterMonths: 1, condition: "albergo" }), DEFAULT_RANKING);
    expect(result.reasons).toEqual([
      {
        code: "no-emergency",
        message: {
          it: "nessuna condizione di emergenza: sfratto intimato, 1 mese in struttura (ne servono almeno 3), condizione «albergo», nessuna violenza segnalata",
          en: "no emergency condition: eviction notice served, 1 month in temporary accommodation (at least 3 needed), housing condition: hotel (albergo), no violence reported",
        },
      },
    ]);
  });

  test("every reason at once, never only the first", () => {
    expect(codes(candidate({ isee: null }))).toEqual(["isee-missing", "no-emergency"]);
    expect(codes(candidate({ isee: 40_000 }))).toEqual(["isee-above-ceiling", "no-emergency"]);
  });

  test("a row with errors is excluded for its cells; a reason that would rest on an invalid cell is not given", () => {
    const errors = { cells: ["Candidati!C2", "Candidati!D2"], fields: new Set(["isee", "eviction"] as const) };
    const result = eligibilityOf(candidate({ isee: null, eviction: null }), DEFAULT_RANKING, errors);
    expect(result.reasons.map((r) => r.code)).toEqual(["invalid-data"]);
    expect(result.reasons[0].message.it).toBe(
      "dati non validi (Candidati!C2 e Candidati!D2): correggerli, la famiglia sarà valutata di nuovo",
    );
  });

  test("the ceiling and the months are the agreement's parameters", () => {
    expect(codes(candidate({ isee: 20_000, eviction: "eseguito" }), rankingWith({ iseeCeiling: 18_000 }))).toEqual(["isee-above-ceiling"]);
    expect(codes(candidate({ shelterMonths: 4 }), rankingWith({ minShelterMonths: 6 }))).toEqual(["no-emergency"]);
  });
});
