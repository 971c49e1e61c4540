import { columnLetter } from "../../../src/engine/cells/address";
import { findCandidateHeader } from "../../../src/engine/candidates/header";
import { CANDIDATE_RULE_IDS, CANDIDATE_RULES } from "../../../src/engine/candidates/messages";
import { parseCandidateSheet } from "../../../src/engine/candidates/parse";
import { RULES } from "../../../src/engine/beneficiaries/messages";
import type { CellValue, Issue, Severity } from "../../../src/engine/types";
import type { CandidateFieldKey } from "../../../src/engine/candidates/fields";
import { excelDate } from "../fixtures/beneficiarySheet";
import {
  candidateRow,
  candidatesSheet,
  defaultCandidateFields,
  type CandidateRow,
  type CandidateSheetOptions,
} from "../fixtures/candidatesSheet";

/**
 * The candidates sheet of MECHANISM.md §3b, validated like the beneficiary sheet: every rule with
 * its id, severity, cell (`Candidati!E7`), field, value and a message in Italian and English.
 */

const seen = new Set<string>();

function issuesOf(rows: CandidateRow[], options: CandidateSheetOptions = {}): Issue[] {
  return parseCandidateSheet(candidatesSheet(rows, options)).issues;
}

/** The A1 cell of a field in row `row` of the default layout of `rows`. */
function cellOf(rows: CandidateRow[], field: CandidateFieldKey, row: number, sheet = "Candidati"): string {
  return `${sheet}!${columnLetter(defaultCandidateFields(rows).indexOf(field) + 1)}${row}`;
}

function expectOnly(
  issues: Issue[],
  expected: { rule: string; severity: Severity; cell: string; field: CandidateFieldKey | null; value: CellValue },
): Issue {
  expect(issues.map((i) => `${i.rule} ${i.cell}`)).toEqual([`${expected.rule} ${expected.cell}`]);
  const [issue] = issues;
  expect(issue).toMatchObject(expected);
  expect(issue.message.it.startsWith(`${expected.cell}: `)).toBe(true);
  expect(issue.message.en.startsWith(`${expected.cell}: `)).toBe(true);
  if (expected.rule in CANDIDATE_RULES) expect(CANDIDATE_RULES[expected.rule as keyof typeof CANDIDATE_RULES]).toBe(expected.severity);
  seen.add(expected.rule);
  return issue;
}

afterAll(() => {
  // Every rule of the candidates sheet is proved below.
  expect(CANDIDATE_RULE_IDS.filter((rule) => !seen.has(rule))).toEqual([]);
});

describe("a clean candidates sheet", () => {
  test("an application with its indicators reads with no issue, every §3b column in Italian", () => {
    const row = candidateRow({
      minors: 1,
      elders: 1,
      disabled: 1,
      condition: "sfratto",
      shelterMonths: 4,
      violence: "No",
      referral: " Servizio Emergenza Abitativa ",
    });
    const parsed = parseCandidateSheet(candidatesSheet([row]));
    expect(parsed.issues).toEqual([]);
    expect(parsed.candidates).toEqual([
      {
        row: 2,
        id: "C01",
        members: 3,
        minors: 1,
        isee: 15_000,
        condition: "sfratto",
        referral: "Servizio Emergenza Abitativa",
        requestDate: excelDate(2025, 3, 1),
        eviction: "convalidato",
        shelterMonths: 4,
        elders: 1,
        disabled: 1,
        violence: false,
      },
    ]);
  });

  test("English headers and English tokens read the same; text dates and numbers are read as in §3", () => {
    const rows = [
      candidateRow({ eviction: "Executed", violence: "Yes", shelterMonths: "3,5", requestDate: "01/03/2025", isee: "€ 9.500,00" }),
    ];
    const parsed = parseCandidateSheet(candidatesSheet(rows, { language: "en" }));
    expect(parsed.issues).toEqual([]);
    expect(parsed.candidates[0]).toEqual(
      expect.objectContaining({ eviction: "eseguito", violence: true, shelterMonths: 3.5, requestDate: excelDate(2025, 3, 1), isee: 9500 }),
    );
  });

  test("the header row is found below title rows, anywhere on the sheet; blank rows are skipped", () => {
    const sheet = candidatesSheet([candidateRow(), {}, candidateRow({ id: "C02" })], {
      topLeft: "B3",
      titleRows: [["Domande 2025"], [], ["Dati di esempio"]],
    });
    const parsed = parseCandidateSheet(sheet);
    expect(parsed.headerRow).toBe(6);
    expect(parsed.candidates.map((c) => [c.id, c.row])).toEqual([
      ["C01", 7],
      ["C02", 9],
    ]);
    expect(parsed.columns.id).toBe(2);
  });

  test("eviction stages: nessuno, intimato, convalidato, eseguito, with their English names; blank is none reported", () => {
    const stages = ["nessuno", "Intimato", " CONVALIDATO ", "eseguito", "none", "notice served", "validated", "enforced", ""];
    const parsed = parseCandidateSheet(candidatesSheet(stages.map((eviction, i) => candidateRow({ id: `C${i}`, eviction }))));
    expect(parsed.issues).toEqual([]);
    expect(parsed.candidates.map((c) => c.eviction)).toEqual([
      "nessuno",
      "intimato",
      "convalidato",
      "eseguito",
      "nessuno",
      "intimato",
      "convalidato",
      "eseguito",
      null,
    ]);
  });
});

describe("the header row and the columns", () => {
  test("a beneficiary sheet (no indicator) is not a candidates sheet: one error on the top-left cell", () => {
    const sheet = {
      sheetName: "Candidati",
      topLeft: "C5",
      values: [
        ["ID famiglia", "Coorte", "Componenti", "ISEE"],
        ["F1", 1, 3, 9000],
      ],
    };
    expect(findCandidateHeader(sheet).headerRow).toBeNull();
    const parsed = parseCandidateSheet(sheet);
    expect(parsed.candidates).toEqual([]);
    const issue = expectOnly(parsed.issues, {
      rule: "missing-header-row",
      severity: "error",
      cell: "Candidati!C5",
      field: null,
      value: "",
    });
    expect(issue.message.it).toContain("almeno un indicatore (Sfratto, Mesi in struttura, Anziani, Disabili, Violenza)");
  });

  test("an indicator needs the id and two more listed headers", () => {
    expect(findCandidateHeader({ sheetName: "S", topLeft: "A1", values: [["ID famiglia", "Sfratto", "ISEE"]] }).headerRow).toBeNull();
    expect(
      findCandidateHeader({ sheetName: "S", topLeft: "A1", values: [["ID famiglia", "Sfratto", "ISEE", "Componenti"]] }).headerRow,
    ).toBe(1);
    expect(
      findCandidateHeader({ sheetName: "S", topLeft: "A1", values: [["Family ID", "Violence", "ISEE", "Request date"]] }).headerRow,
    ).toBe(1);
  });

  test("a missing household-size column is one error on the header row's first cell", () => {
    const rows = [candidateRow()];
    const issues = issuesOf(rows, { fields: ["id", "isee", "eviction", "requestDate"], topLeft: "B2" });
    const issue = expectOnly(issues, { rule: "missing-column", severity: "error", cell: "Candidati!B2", field: "members", value: "" });
    expect(issue.message.it).toContain("«Componenti»");
  });

  test("a field in two columns: the leftmost is read, the error is on the repeated header", () => {
    const rows = [candidateRow()];
    const sheet = candidatesSheet(rows, { extraColumns: [{ header: "Eviction", values: ["eseguito"] }] });
    const parsed = parseCandidateSheet(sheet);
    expectOnly(parsed.issues, { rule: "duplicate-column", severity: "error", cell: "Candidati!F1", field: "eviction", value: "Eviction" });
    expect(parsed.candidates[0].eviction).toBe("convalidato");
  });

  test("other columns are checked as on the beneficiary sheet: a note for an unknown one, a warning for personal data", () => {
    const rows = [candidateRow(), candidateRow({ id: "C02" })];
    const issues = issuesOf(rows, {
      extraColumns: [
        { header: "Coorte", values: [1, 1] },
        { header: "Codice fiscale", values: ["RSSMRA80A01L219X", "BNCLRA85B41L219Y"] },
      ],
    });
    expect(issues.map((i) => [i.rule, i.cell, i.severity])).toEqual([
      ["unknown-column", "Candidati!F1", "note"],
      ["personal-data-column", "Candidati!G1", "warning"],
    ]);
    expect(issues[1].message.it).not.toContain("RSSMRA80A01L219X");
  });
});

describe("each cell", () => {
  test("an Excel error value is an error on its cell, with the beneficiary sheet's message", () => {
    const rows = [candidateRow({ isee: "#N/A" })];
    const issue = expectOnly(issuesOf(rows), {
      rule: "excel-error",
      severity: "error",
      cell: cellOf(rows, "isee", 2),
      field: "isee",
      value: "#N/A",
    });
    expect(RULES["excel-error"]).toBe(CANDIDATE_RULES["excel-error"]);
    expect(issue.message.en).toContain('the Excel error "#N/A"');
  });

  test("an empty id is an error; so is an empty household size (required)", () => {
    const rows = [candidateRow({ id: "" })];
    expectOnly(issuesOf(rows), { rule: "empty-id", severity: "error", cell: cellOf(rows, "id", 2), field: "id", value: "" });
    const noMembers = [candidateRow({ members: "" })];
    expectOnly(issuesOf(noMembers), {
      rule: "missing-value",
      severity: "error",
      cell: cellOf(noMembers, "members", 2),
      field: "members",
      value: "",
    });
  });

  test("the same id twice (ignoring case and spaces) is an error on both rows", () => {
    const rows = [candidateRow({ id: "C07" }), candidateRow({ id: " c07" })];
    const issues = issuesOf(rows);
    expect(issues.map((i) => [i.rule, i.cell])).toEqual([
      ["duplicate-id", cellOf(rows, "id", 2)],
      ["duplicate-id", cellOf(rows, "id", 3)],
    ]);
    expectOnly([issues[0]], { rule: "duplicate-id", severity: "error", cell: cellOf(rows, "id", 2), field: "id", value: "C07" });
    expect(issues[0].message.it).toContain("alla riga 3");
  });

  test("a wrong type: words for a number, a fraction of a person, text where a date goes", () => {
    const words = [candidateRow({ members: "tre" })];
    expectOnly(issuesOf(words), {
      rule: "wrong-type",
      severity: "error",
      cell: cellOf(words, "members", 2),
      field: "members",
      value: "tre",
    });
    const fraction = [candidateRow({ elders: 1.5 })];
    const issue = expectOnly(issuesOf(fraction), {
      rule: "wrong-type",
      severity: "error",
      cell: cellOf(fraction, "elders", 2),
      field: "elders",
      value: 1.5,
    });
    expect(issue.message.it).toContain("«Anziani»");
    const date = [candidateRow({ requestDate: "marzo 2025" })];
    expectOnly(issuesOf(date), {
      rule: "wrong-type",
      severity: "error",
      cell: cellOf(date, "requestDate", 2),
      field: "requestDate",
      value: "marzo 2025",
    });
  });

  test("out of range: negative months in temporary accommodation, a negative ISEE", () => {
    const months = [candidateRow({ shelterMonths: -2 })];
    const issue = expectOnly(issuesOf(months), {
      rule: "out-of-range",
      severity: "error",
      cell: cellOf(months, "shelterMonths", 2),
      field: "shelterMonths",
      value: -2,
    });
    expect(issue.message.en).toContain('"Months in shelter"');
    const isee = [candidateRow({ isee: -1 })];
    expectOnly(issuesOf(isee), { rule: "out-of-range", severity: "error", cell: cellOf(isee, "isee", 2), field: "isee", value: -1 });
  });

  test("unknown tokens: an eviction stage, a yes/no, a housing condition", () => {
    const stage = [candidateRow({ eviction: "sospeso" })];
    const issue = expectOnly(issuesOf(stage), {
      rule: "unknown-token",
      severity: "error",
      cell: cellOf(stage, "eviction", 2),
      field: "eviction",
      value: "sospeso",
    });
    expect(issue.message.it).toContain("nessuno, intimato, convalidato, eseguito");
    const flag = [candidateRow({ violence: "forse" })];
    expectOnly(issuesOf(flag), {
      rule: "unknown-token",
      severity: "error",
      cell: cellOf(flag, "violence", 2),
      field: "violence",
      value: "forse",
    });
    const condition = [candidateRow({ condition: "roulotte" })];
    const conditionIssue = expectOnly(issuesOf(condition), {
      rule: "unknown-token",
      severity: "error",
      cell: cellOf(condition, "condition", 2),
      field: "condition",
      value: "roulotte",
    });
    expect(conditionIssue.message.it).toContain("alloggio inadeguato");
  });

  test("an impossible date is an error", () => {
    const rows = [candidateRow({ requestDate: "31/02/2025" })];
    expectOnly(issuesOf(rows), {
      rule: "impossible-date",
      severity: "error",
      cell: cellOf(rows, "requestDate", 2),
      field: "requestDate",
      value: "31/02/2025",
    });
  });
});

describe("the household's composition, on the dependent cell", () => {
  test("minors not fewer than members", () => {
    const rows = [candidateRow({ members: 2, minors: 2 })];
    const issue = expectOnly(issuesOf(rows), {
      rule: "minors-not-less-than-members",
      severity: "error",
      cell: cellOf(rows, "minors", 2),
      field: "minors",
      value: 2,
    });
    expect(issue.message.it).toContain(`in ${cellOf(rows, "members", 2).split("!")[1]}`);
  });

  test("more members aged 70+ than members", () => {
    const rows = [candidateRow({ members: 2, elders: 3 })];
    const issue = expectOnly(issuesOf(rows), {
      rule: "elders-above-members",
      severity: "error",
      cell: cellOf(rows, "elders", 2),
      field: "elders",
      value: 3,
    });
    expect(issue.message.en).toContain("(3) are more than the household members (2, in B2)");
  });

  test("more members with a disability than members", () => {
    const rows = [candidateRow({ members: 1, disabled: 2 })];
    expectOnly(issuesOf(rows), {
      rule: "disabled-above-members",
      severity: "error",
      cell: cellOf(rows, "disabled", 2),
      field: "disabled",
      value: 2,
    });
  });

  test("minors and elders adding up to more than the members (nobody is both)", () => {
    const rows = [candidateRow({ members: 3, minors: 2, elders: 2 })];
    const issue = expectOnly(issuesOf(rows), {
      rule: "minors-and-elders-above-members",
      severity: "error",
      cell: cellOf(rows, "elders", 2),
      field: "elders",
      value: 2,
    });
    expect(issue.message.it).toContain("minori (2, in C2)");
  });

  test("a household of one aged 70+ with a disability is fine", () => {
    expect(issuesOf([candidateRow({ members: 1, minors: 0, elders: 1, disabled: 1 })])).toEqual([]);
  });
});

test("validation never changes the input", () => {
  const sheet = candidatesSheet([candidateRow({ eviction: "sospeso", requestDate: "01/03/2025" })]);
  const copy = JSON.parse(JSON.stringify(sheet));
  parseCandidateSheet(sheet);
  expect(sheet).toEqual(copy);
});
