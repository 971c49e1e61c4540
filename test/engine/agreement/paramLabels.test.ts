import { eligibilityOf, emergencyText } from "../../../src/engine/candidates/eligibility";
import { emptyCandidate } from "../../../src/engine/candidates/fields";
import { makeIssue } from "../../../src/engine/beneficiaries/messages";
import { paramLabelList } from "../../../src/engine/agreement/paramLabels";
import { parseParams } from "../../../src/engine/agreement/params";
import { DEFAULT_RANKING } from "../fixtures/candidatesSheet";

/** Messages say a parameter as the Parametri form names it, and an English reason says the sheet's Italian values in English words. */

const site = { cell: "Beneficiari!B7", field: "cohort" as const, value: 5 };

describe("the current year in messages", () => {
  test("a cohort after the current year points to «Anno corrente (foglio H4A_Parametri)», not to currentYear", () => {
    const issue = makeIssue("cohort-after-current-year", site, { cohort: 5, currentYear: 3 });
    expect(issue.message.it).toContain("correggere la coorte o l'Anno corrente (foglio H4A_Parametri).");
    expect(issue.message.en).toContain("correct the cohort or the Current year (sheet H4A_Parametri).");
    expect(issue.message.it).not.toContain("currentYear");
    expect(issue.message.en).not.toContain("currentYear");
  });

  test("an outcome not yet due says Anno corrente in Italian and Current year in English", () => {
    const issue = makeIssue(
      "outcome-not-due",
      { cell: "Beneficiari!P7", field: "stability", value: "Sì" },
      { field: "stability", cohort: 2, cohortYear: 3, programmeYear: 4, currentYear: 3 },
    );
    expect(issue.message.it).toContain("verificare la coorte o l'Anno corrente (foglio H4A_Parametri).");
    expect(issue.message.en).toContain("the Current year (sheet H4A_Parametri)");
    expect(`${issue.message.it} ${issue.message.en}`).not.toMatch(/currentYear/);
  });

  test("an invalid parameter is named by its label, with the sheet's key beside it", () => {
    const [issue] = parseParams({ currentYear: "quattro" }).issues;
    expect(issue.message.it).toBe("Parametro «Anno corrente» (currentYear): valore «quattro» non valido; atteso un numero intero ≥ 1.");
    expect(issue.message.en).toBe('Parameter "Current year" (currentYear): invalid value "quattro"; expected a whole number ≥ 1.');
  });

  test("a list of parameter keys reads as the form's labels", () => {
    expect(paramLabelList("currentYear, cap", "it")).toBe("Anno corrente; Tetto all'impegno complessivo");
    expect(paramLabelList("currentYear, cap", "en")).toBe("Current year; Cap on the total premium");
  });
});

describe("English reasons say the sheet's Italian values in English", () => {
  test("an executed eviction is an eviction carried out", () => {
    const c = { ...emptyCandidate(2), eviction: "eseguito" as const, isee: 9000 };
    expect(emergencyText("eviction", c, DEFAULT_RANKING, "en")).toBe("eviction carried out");
    expect(emergencyText("eviction", c, DEFAULT_RANKING, "it")).toBe("sfratto eseguito");
  });

  test("a family with no emergency: its condition in English, the sheet's value beside it", () => {
    const c = { ...emptyCandidate(3), isee: 9000, condition: "dormitorio" as const };
    const [reason] = eligibilityOf(c, DEFAULT_RANKING).reasons;
    expect(reason.message.en).toBe(
      "no emergency condition: no eviction, 0 months in temporary accommodation (at least 3 needed), housing condition: dormitory (dormitorio), no violence reported",
    );
    expect(reason.message.en).not.toMatch(/eviction none|"dormitorio"/);
  });
});
