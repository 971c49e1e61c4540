import { RULE_IDS, RULES } from "../../../src/engine/beneficiaries/messages";
import type { Params } from "../../../src/engine/agreement/params";
import { parseBeneficiarySheet } from "../../../src/engine/beneficiaries/parse";
import type { CellValue, FieldKey, Issue, Severity } from "../../../src/engine/types";
import { beneficiarySheet, excelDate, familyRow, paramsWith, type FamilyRow, type SheetOptions } from "../fixtures/beneficiarySheet";

/**
 * Layout of the default sheet of `familyRow()`: header in row 1, the family in row 2, columns
 * A id, B cohort, C members, then the other fields used, in the order of MECHANISM.md §3.
 */
const YEAR1 = paramsWith({ currentYear: 1 });
const YEAR2 = paramsWith({ currentYear: 2 });
const YEAR3 = paramsWith({ currentYear: 3 });

const seenRules = new Set<string>();

function check(rows: FamilyRow[], options: SheetOptions = {}, params: Params = YEAR1): Issue[] {
  return parseBeneficiarySheet(beneficiarySheet(rows, options), params).issues;
}

interface Expected {
  rule: string;
  severity: Severity;
  cell: string;
  field: FieldKey | null;
  value: CellValue;
}

function expectIssue(issue: Issue | undefined, expected: Expected): Issue {
  expect(issue).toMatchObject(expected);
  expect(RULES[expected.rule as keyof typeof RULES]).toBe(expected.severity);
  const found = issue as Issue;
  expect(found.message.it.startsWith(`${expected.cell}: `)).toBe(true);
  expect(found.message.en.startsWith(`${expected.cell}: `)).toBe(true);
  seenRules.add(expected.rule);
  return found;
}

function only(issues: Issue[], expected: Expected): Issue {
  expect(issues.map((i) => `${i.rule} ${i.cell}`)).toEqual([`${expected.rule} ${expected.cell}`]);
  return expectIssue(issues[0], expected);
}

afterAll(() => {
  expect([...seenRules].sort()).toEqual([...RULE_IDS].sort());
});

describe("a clean sheet", () => {
  it("a family with its due outcomes filled in has nothing to report", () => {
    expect(check([familyRow()])).toEqual([]);
  });
});

describe("the header row and the columns", () => {
  it("no header row in the first 20 rows is one error on the top-left cell, and no families", () => {
    const sheet = {
      sheetName: "Beneficiari",
      topLeft: "C5",
      values: [["Elenco famiglie"], ["Nome", "Coorte", "Componenti"], ["Rossi", 1, 3]],
    };
    const result = parseBeneficiarySheet(sheet, YEAR1);
    expect(result.families).toEqual([]);
    const issue = only(result.issues, { rule: "missing-header-row", severity: "error", cell: "Beneficiari!C5", field: null, value: "" });
    expect(issue.message.it).toContain("«ID famiglia» e «Coorte»");
    expect(issue.message.en).toContain('"Family ID" and "Cohort"');
  });

  it("a missing required column is one error on the first cell of the header row, not one per row", () => {
    const rows = [familyRow(), familyRow({ id: "F02" })];
    const fields: FieldKey[] = ["id", "cohort", "requestDate", "contractDate", "leaseSigned", "supportStarted"];
    const issues = check(rows, { fields, topLeft: "B3", titleRows: [["Beneficiari 2024"]] });
    const issue = only(issues, { rule: "missing-column", severity: "error", cell: "Beneficiari!B4", field: "members", value: "" });
    expect(issue.message.it).toBe(
      "Beneficiari!B4: manca la colonna obbligatoria «Componenti»; aggiungerla alla riga di intestazione (riga 4).",
    );
    expect(issue.message.en).toBe('Beneficiari!B4: the required column "Household size" is missing; add it to the header row (row 4).');
  });

  it("an outcome column is required once some family has the outcome due", () => {
    const row = familyRow({ housingKept: "Sì", supportContinued: "Sì", wellbeing: "Sì" });
    const issue = only(check([row], {}, YEAR3), {
      rule: "missing-column",
      severity: "error",
      cell: "Beneficiari!A1",
      field: "stability",
      value: "",
    });
    expect(issue.message.it).toContain("«Stabilità abitativa», necessaria perché l'esito è già dovuto per 1 famiglia (coorte 1)");
    expect(issue.message.en).toContain(
      '"Housing stability" is missing; it is needed because the outcome is already due for 1 family (cohort 1)',
    );
  });

  it("an outcome column is not required while no family has it due, nor for families who left", () => {
    expect(check([familyRow()], {}, YEAR1)).toEqual([]);
    const left = familyRow({ exitDate: excelDate(2024, 9, 1) });
    expect(check([left], {}, YEAR3)).toEqual([]);
  });

  it("the waiting months column is required when a family lacks one of the two dates", () => {
    const issues = check([familyRow(), familyRow({ id: "F02", requestDate: "" })]);
    const issue = only(issues, { rule: "missing-column", severity: "error", cell: "Beneficiari!A1", field: "waitMonths", value: "" });
    expect(issue.message.it).toContain("a una famiglia manca una «Data domanda» o una «Data contratto» valida (la prima alla riga 3)");
  });

  it("two columns for one field is an error on the second header, naming the first", () => {
    const issues = check([familyRow()], { extraColumns: [{ header: "coorte", values: [1] }] });
    const issue = only(issues, { rule: "duplicate-column", severity: "error", cell: "Beneficiari!H1", field: "cohort", value: "coorte" });
    expect(issue.message.it).toBe(
      "Beneficiari!H1: la colonna «Coorte» è ripetuta (è già in B1); tenerne una sola: viene letta solo la prima.",
    );
    expect(issue.message.en).toContain("(it is already in B1)");
  });

  it("a row that repeats the header (English or Italian) is a warning on its first cell, and no family", () => {
    const sheet = beneficiarySheet([familyRow()]);
    const repeated = ["Family ID", "COHORT", "Household size", "Request date", "Contract date", "Lease signed", "Support started"];
    const result = parseBeneficiarySheet({ ...sheet, values: [sheet.values[0], repeated, ...sheet.values.slice(1)] }, YEAR1);
    expect(result.families.map((family) => [family.id, family.row])).toEqual([["F01", 3]]);
    const issue = only(result.issues, {
      rule: "repeated-header",
      severity: "warning",
      cell: "Beneficiari!A2",
      field: "id",
      value: "Family ID",
    });
    expect(issue.message.it).toBe("Beneficiari!A2: questa riga ripete l'intestazione della riga 1: non è letta come famiglia; eliminarla.");
    expect(issue.message.en).toBe("Beneficiari!A2: this row repeats the header of row 1: it is not read as a family; delete it.");
  });

  it("a family whose id merely reads like a header is still a family", () => {
    const result = parseBeneficiarySheet(beneficiarySheet([familyRow({ id: "ID famiglia" })]), YEAR1);
    expect(result.families.map((family) => family.id)).toEqual(["ID famiglia"]);
  });

  it("an unknown column is kept and noted on its header cell", () => {
    const result = parseBeneficiarySheet(
      beneficiarySheet([familyRow()], { extraColumns: [{ header: "Quartiere", values: ["Aurora"] }] }),
      YEAR1,
    );
    const issue = only(result.issues, {
      rule: "unknown-column",
      severity: "note",
      cell: "Beneficiari!H1",
      field: null,
      value: "Quartiere",
    });
    expect(issue.message.it).toBe(
      "Beneficiari!H1: la colonna «Quartiere» non è tra quelle previste; viene conservata ma non è usata nei calcoli.",
    );
    expect(result.columns.unknown).toEqual({ 8: "Quartiere" });
  });

  it("a column named like personal data is a warning on its header cell", () => {
    const issues = check([familyRow()], { extraColumns: [{ header: "Codice fiscale", values: [""] }] });
    const issue = only(issues, {
      rule: "personal-data-column",
      severity: "warning",
      cell: "Beneficiari!H1",
      field: null,
      value: "Codice fiscale",
    });
    expect(issue.message.it).toContain("dati personali diretti (codici fiscali)");
    expect(issue.message.it).toContain("rimuoverli o pseudonimizzarli prima di condividere");
    expect(issue.message.en).toContain("remove or pseudonymise them before sharing");
  });

  it("a free-text column is a warning: it may hold sensitive data", () => {
    const issues = check([familyRow()], {
      extraColumns: [{ header: "Osservazioni", values: ["Seguita dal servizio di salute mentale dal 2022"] }],
    });
    const issue = only(issues, {
      rule: "free-text-column",
      severity: "warning",
      cell: "Beneficiari!H1",
      field: null,
      value: "Osservazioni",
    });
    expect(issue.message.it).toContain("dati sensibili (ad esempio sulla salute)");
  });
});

describe("required values and the family id", () => {
  it("an empty id is an error on its cell", () => {
    const issue = only(check([familyRow({ id: "  " })]), {
      rule: "empty-id",
      severity: "error",
      cell: "Beneficiari!A2",
      field: "id",
      value: "  ",
    });
    expect(issue.message.it).toBe(
      "Beneficiari!A2: «ID famiglia» è vuoto; ogni riga compilata deve avere un identificativo univoco della famiglia.",
    );
  });

  it("a blank cohort or household size is an error on its cell: both are required", () => {
    const issues = check([familyRow({ cohort: "", members: null })]);
    expect(issues.map((i) => i.rule)).toEqual(["missing-value", "missing-value"]);
    expectIssue(issues[0], { rule: "missing-value", severity: "error", cell: "Beneficiari!B2", field: "cohort", value: "" });
    const issue = expectIssue(issues[1], { rule: "missing-value", severity: "error", cell: "Beneficiari!C2", field: "members", value: "" });
    expect(issue.message.it).toBe("Beneficiari!C2: «Componenti» è vuoto ma è un dato obbligatorio; inserire un numero intero ≥ 1.");
    expect(issue.message.en).toBe('Beneficiari!C2: "Household size" is empty but required; enter a whole number ≥ 1.');
  });

  it("a repeated id is an error on every occurrence, each naming the other rows (ignoring case and spaces)", () => {
    const rows = [familyRow({ id: "F01" }), familyRow({ id: "f01 " }), familyRow({ id: "F02" }), familyRow({ id: "F01" })];
    const issues = check(rows);
    expect(issues).toHaveLength(3);
    expectIssue(issues[0], { rule: "duplicate-id", severity: "error", cell: "Beneficiari!A2", field: "id", value: "F01" });
    expectIssue(issues[1], { rule: "duplicate-id", severity: "error", cell: "Beneficiari!A3", field: "id", value: "f01 " });
    expectIssue(issues[2], { rule: "duplicate-id", severity: "error", cell: "Beneficiari!A5", field: "id", value: "F01" });
    expect(issues[0].message.it).toBe(
      "Beneficiari!A2: l'ID famiglia «F01» è ripetuto anche alle righe 3 e 5; ogni famiglia deve avere un ID univoco.",
    );
    expect(issues[1].message.en).toBe('Beneficiari!A3: the Family ID "f01" also appears in rows 2 and 5; each family needs a unique ID.');
  });

  it("a numeric id is text, and equals the same id typed as text", () => {
    const result = parseBeneficiarySheet(beneficiarySheet([familyRow({ id: 17 }), familyRow({ id: "17" })]), YEAR1);
    expect(result.families.map((f) => f.id)).toEqual(["17", "17"]);
    expect(result.issues.map((i) => i.rule)).toEqual(["duplicate-id", "duplicate-id"]);
  });
});

describe("cell values", () => {
  it("text in a number column is the wrong type", () => {
    const issue = only(check([familyRow({ members: "tre" })]), {
      rule: "wrong-type",
      severity: "error",
      cell: "Beneficiari!C2",
      field: "members",
      value: "tre",
    });
    expect(issue.message.it).toBe("Beneficiari!C2: «tre» non è un valore valido per «Componenti»; inserire un numero intero ≥ 1.");
    expect(issue.message.en).toBe('Beneficiari!C2: "tre" is not a valid value for "Household size"; enter a whole number ≥ 1.');
  });

  it("a fraction where a whole number is needed is the wrong type", () => {
    only(check([familyRow({ members: 2.5 })]), {
      rule: "wrong-type",
      severity: "error",
      cell: "Beneficiari!C2",
      field: "members",
      value: 2.5,
    });
  });

  it("a household of 0 members is out of range", () => {
    const issue = only(check([familyRow({ members: 0 })]), {
      rule: "out-of-range",
      severity: "error",
      cell: "Beneficiari!C2",
      field: "members",
      value: 0,
    });
    expect(issue.message.it).toBe("Beneficiari!C2: 0 è fuori dall'intervallo ammesso per «Componenti»; inserire un numero intero ≥ 1.");
  });

  it("a negative rent saving typed as text is out of range", () => {
    only(check([familyRow({ rentSaving: "-12,5" })]), {
      rule: "out-of-range",
      severity: "error",
      cell: "Beneficiari!F2",
      field: "rentSaving",
      value: "-12,5",
    });
  });

  it("an unknown yes/no token is an error naming the value and the tokens to use", () => {
    const issue = only(check([familyRow({ leaseSigned: "forse" })]), {
      rule: "unknown-token",
      severity: "error",
      cell: "Beneficiari!F2",
      field: "leaseSigned",
      value: "forse",
    });
    expect(issue.message.it).toBe("Beneficiari!F2: «forse» non è un valore sì/no valido per «Contratto firmato»; usare Sì o No.");
    expect(issue.message.en).toBe('Beneficiari!F2: "forse" is not a valid yes/no value for "Lease signed"; use Yes or No.');
  });

  it("an unlisted housing condition is an unknown token", () => {
    const issue = only(check([familyRow({ condition: "sfrattato" })]), {
      rule: "unknown-token",
      severity: "error",
      cell: "Beneficiari!D2",
      field: "condition",
      value: "sfrattato",
    });
    expect(issue.message.it).toContain(
      "usare uno di questi valori: sfratto, struttura temporanea, albergo, dormitorio, alloggio inadeguato, altro.",
    );
  });

  it("an impossible date is an error", () => {
    const row = familyRow({ requestDate: "31/02/2025", waitMonths: 5 });
    const issue = only(check([row]), {
      rule: "impossible-date",
      severity: "error",
      cell: "Beneficiari!D2",
      field: "requestDate",
      value: "31/02/2025",
    });
    expect(issue.message.it).toBe(
      "Beneficiari!D2: «31/02/2025» non è una data esistente per «Data domanda»; controllare giorno, mese e anno (formato gg/mm/aaaa).",
    );
  });

  it("a month-first date is never read: 02/13/2025 is impossible", () => {
    only(check([familyRow({ contractDate: "02/13/2025", waitMonths: 5 })]), {
      rule: "impossible-date",
      severity: "error",
      cell: "Beneficiari!E2",
      field: "contractDate",
      value: "02/13/2025",
    });
  });

  it("text that is no date at all in a date column is the wrong type", () => {
    only(check([familyRow({ requestDate: "ieri", waitMonths: 5 })]), {
      rule: "wrong-type",
      severity: "error",
      cell: "Beneficiari!D2",
      field: "requestDate",
      value: "ieri",
    });
  });

  it("an Excel error value in a field's cell is an error", () => {
    const issue = only(check([familyRow({ supportStarted: "#N/A" })]), {
      rule: "excel-error",
      severity: "error",
      cell: "Beneficiari!G2",
      field: "supportStarted",
      value: "#N/A",
    });
    expect(issue.message.it).toBe(
      "Beneficiari!G2: la cella contiene l'errore di Excel «#N/A» invece di un valore; correggere la formula o inserire il valore.",
    );
  });

  it("an Excel error value in any other cell of a data row is an error too", () => {
    const issues = check([familyRow()], { extraColumns: [{ header: "Quartiere", values: ["#REF!"] }] });
    expect(issues.map((i) => `${i.rule} ${i.cell}`)).toEqual(["unknown-column Beneficiari!H1", "excel-error Beneficiari!H2"]);
    expectIssue(issues[1], { rule: "excel-error", severity: "error", cell: "Beneficiari!H2", field: null, value: "#REF!" });
  });

  it("an Excel error in the id cell is not also reported as an empty id", () => {
    only(check([familyRow({ id: "#VALUE!" })]), {
      rule: "excel-error",
      severity: "error",
      cell: "Beneficiari!A2",
      field: "id",
      value: "#VALUE!",
    });
  });
});

describe("checks between two fields, on the dependent cell", () => {
  it("minors not fewer than members is an error on the minors cell", () => {
    const issue = only(check([familyRow({ members: 3, minors: 3 })]), {
      rule: "minors-not-less-than-members",
      severity: "error",
      cell: "Beneficiari!D2",
      field: "minors",
      value: 3,
    });
    expect(issue.message.it).toBe(
      "Beneficiari!D2: i minori (3) non sono meno dei componenti (3, in C2): il nucleo deve comprendere almeno un adulto; correggere uno dei due valori.",
    );
  });

  it("a contract date before the request date is an error on the contract date", () => {
    const row = familyRow({ requestDate: excelDate(2024, 6, 15), contractDate: excelDate(2024, 1, 15) });
    const issue = only(check([row]), {
      rule: "contract-before-request",
      severity: "error",
      cell: "Beneficiari!E2",
      field: "contractDate",
      value: excelDate(2024, 1, 15),
    });
    expect(issue.message.it).toBe(
      "Beneficiari!E2: la data del contratto (15/01/2024) precede la data della domanda (15/06/2024, in D2); correggere una delle due date.",
    );
    expect(issue.message.en).toBe(
      "Beneficiari!E2: the contract date (2024-01-15) is before the request date (2024-06-15, in D2); correct one of the two dates.",
    );
  });

  it("an exit date before the contract date is an error on the exit date", () => {
    const exitDate = excelDate(2024, 1, 1);
    only(check([familyRow({ exitDate })]), {
      rule: "exit-before-contract",
      severity: "error",
      cell: "Beneficiari!H2",
      field: "exitDate",
      value: exitDate,
    });
  });

  it("housing kept while the lease was not signed is an error on housing kept", () => {
    const row = familyRow({ leaseSigned: "No", housingKept: "Sì", supportContinued: "Sì" });
    const issue = only(check([row], {}, YEAR2), {
      rule: "housing-kept-without-lease",
      severity: "error",
      cell: "Beneficiari!H2",
      field: "housingKept",
      value: "Sì",
    });
    expect(issue.message.it).toContain("«Contratto firmato» è No (in F2)");
  });

  it("stability while housing was not kept is a warning on stability", () => {
    const row = familyRow({ housingKept: "No", supportContinued: "Sì", stability: "Sì", wellbeing: "Sì" });
    only(check([row], {}, YEAR3), {
      rule: "stability-without-housing",
      severity: "warning",
      cell: "Beneficiari!J2",
      field: "stability",
      value: "Sì",
    });
  });

  it("an ISEE above the eligibility ceiling is a warning", () => {
    const issue = only(check([familyRow({ isee: 30000 })]), {
      rule: "isee-above-ceiling",
      severity: "warning",
      cell: "Beneficiari!D2",
      field: "isee",
      value: 30000,
    });
    expect(issue.message.it).toBe(
      "Beneficiari!D2: l'ISEE di 30.000 € supera la soglia di ammissibilità di 26.000 €; verificare l'ammissibilità della famiglia.",
    );
    expect(check([familyRow({ isee: 26000 })])).toEqual([]);
    expect(check([familyRow({ isee: 30000 })], {}, paramsWith({ currentYear: 1, iseeCeiling: 40000 }))).toEqual([]);
  });

  it("waiting months more than one month away from the dates is a warning on the waiting months", () => {
    const issue = only(check([familyRow({ waitMonths: 8 })]), {
      rule: "wait-months-disagree",
      severity: "warning",
      cell: "Beneficiari!F2",
      field: "waitMonths",
      value: 8,
    });
    expect(issue.message.it).toContain(
      "(8) differiscono di più di un mese da quelli tra la data della domanda e la data del contratto (5)",
    );
    expect(check([familyRow({ waitMonths: 5.9 })])).toEqual([]);
  });

  it("waiting months are not compared with the dates when the contract precedes the request or a date is invalid", () => {
    const before = check([familyRow({ requestDate: excelDate(2024, 6, 15), contractDate: excelDate(2024, 1, 15), waitMonths: 12 })]);
    expect(before.map((i) => i.rule)).toEqual(["contract-before-request"]);
    const invalid = check([familyRow({ requestDate: "31/02/2024", waitMonths: 12 })]);
    expect(invalid.map((i) => i.rule)).toEqual(["impossible-date"]);
  });

  it("a row lacking a date needs its waiting months", () => {
    const issue = only(check([familyRow({ requestDate: "", waitMonths: "" })]), {
      rule: "missing-wait",
      severity: "error",
      cell: "Beneficiari!F2",
      field: "waitMonths",
      value: "",
    });
    expect(issue.message.it).toBe("Beneficiari!F2: «Mesi di attesa» è vuoto; va compilato perché manca una «Data domanda» valida.");
    expect(check([familyRow({ requestDate: "", waitMonths: 4 })])).toEqual([]);
  });
});

describe("due outcomes", () => {
  const year3Family = familyRow({ housingKept: "Sì", supportContinued: "Sì", stability: "Sì", wellbeing: "Sì" });

  it("a due stability left blank is an error on its cell", () => {
    const issue = only(check([{ ...year3Family, stability: "" }], {}, YEAR3), {
      rule: "missing-due-outcome",
      severity: "error",
      cell: "Beneficiari!J2",
      field: "stability",
      value: "",
    });
    expect(issue.message.it).toBe(
      "Beneficiari!J2: «Stabilità abitativa» è vuoto ma l'esito è dovuto: per la coorte 1 il 3° anno di percorso è l'anno di programma 3 (anno corrente: 3); indicare Sì o No.",
    );
  });

  it("a due wellbeing left blank is only a warning: the family did not answer", () => {
    only(check([{ ...year3Family, wellbeing: "" }], {}, YEAR3), {
      rule: "missing-wellbeing",
      severity: "warning",
      cell: "Beneficiari!K2",
      field: "wellbeing",
      value: "",
    });
  });

  it("an outcome filled in before it is due is a warning", () => {
    const issue = only(check([familyRow({ housingKept: "Sì" })], {}, YEAR1), {
      rule: "outcome-not-due",
      severity: "warning",
      cell: "Beneficiari!H2",
      field: "housingKept",
      value: "Sì",
    });
    expect(issue.message.en).toContain("for cohort 1, path year 2 is programme year 2 (current year: 1)");
  });

  it("cohort 2's year-2 outcomes fall due in programme year 3", () => {
    const row = familyRow({ cohort: 2, housingKept: "", supportContinued: "" });
    expect(check([row], {}, YEAR2)).toEqual([]);
    const issues = check([row], {}, YEAR3);
    expect(issues.map((i) => `${i.rule} ${i.cell}`)).toEqual(["missing-due-outcome Beneficiari!H2", "missing-due-outcome Beneficiari!I2"]);
    expect(issues[0].message.it).toContain("per la coorte 2 il 2° anno di percorso è l'anno di programma 3 (anno corrente: 3)");
  });

  it("a family who left is not asked for the outcomes it had not reported", () => {
    expect(check([{ ...year3Family, stability: "", wellbeing: "", exitDate: excelDate(2026, 3, 1) }], {}, YEAR3)).toEqual([]);
  });

  it("a cohort after the current year is an error on the cohort cell, and its outcomes are not checked", () => {
    const issue = only(check([familyRow({ cohort: 3 })], {}, YEAR2), {
      rule: "cohort-after-current-year",
      severity: "error",
      cell: "Beneficiari!B2",
      field: "cohort",
      value: 3,
    });
    expect(issue.message.it).toContain("la coorte 3 è successiva all'anno corrente (2)");
  });

  it("a row whose cohort is invalid gets no due checks", () => {
    const issues = check([familyRow({ cohort: "prima", leaseSigned: "", supportStarted: "" })]);
    expect(issues.map((i) => `${i.rule} ${i.cell}`)).toEqual(["wrong-type Beneficiari!B2"]);
  });
});

describe("values the payment tables' formulas cannot follow", () => {
  it("a date typed as text is read, and a warning says the payment tables keep the value read now", () => {
    const issue = only(check([familyRow({ requestDate: "15/01/2024" })]), {
      rule: "text-date",
      severity: "warning",
      cell: "Beneficiari!D2",
      field: "requestDate",
      value: "15/01/2024",
    });
    expect(issue.message.it).toBe(
      "Beneficiari!D2: «15/01/2024» in «Data domanda» è una data scritta come testo, letta come 15/01/2024: le tabelle dei pagamenti usano il valore letto ora e non seguiranno le modifiche della cella; inserire una vera data di Excel.",
    );
    expect(issue.message.en).toBe(
      'Beneficiari!D2: "15/01/2024" in "Request date" is a date typed as text, read as 2024-01-15: the payment tables use the value read now and will not follow changes to the cell; type a real Excel date.',
    );
    only(check([familyRow({ contractDate: "2024-06-15" })]), {
      rule: "text-date",
      severity: "warning",
      cell: "Beneficiari!E2",
      field: "contractDate",
      value: "2024-06-15",
    });
  });

  it("a number typed as text in a column the payment tables read is a warning; elsewhere it is not", () => {
    const issue = only(check([familyRow({ requestDate: "", waitMonths: "3,5" })]), {
      rule: "text-number",
      severity: "warning",
      cell: "Beneficiari!F2",
      field: "waitMonths",
      value: "3,5",
    });
    expect(issue.message.it).toContain("è un numero scritto come testo, letto come 3,5");
    expect(issue.message.en).toContain("is a number typed as text, read as 3.5");
    only(check([familyRow({ members: "3" })]), {
      rule: "text-number",
      severity: "warning",
      cell: "Beneficiari!C2",
      field: "members",
      value: "3",
    });
    expect(check([familyRow({ isee: "12.345,50", rentSaving: "150" })])).toEqual([]);
  });

  it("a yes spelled in a way the formulas' token list does not hold is a warning; the usual spellings are not", () => {
    const issue = only(check([familyRow({ leaseSigned: "Sì\u00a0" })]), {
      rule: "token-spelling",
      severity: "warning",
      cell: "Beneficiari!F2",
      field: "leaseSigned",
      value: "Sì\u00a0",
    });
    expect(issue.message.it).toContain("è letto come Sì, ma le formule non riconoscono questa grafia");
    only(check([familyRow({ supportStarted: "sî" })]), {
      rule: "token-spelling",
      severity: "warning",
      cell: "Beneficiari!G2",
      field: "supportStarted",
      value: "sî",
    });
    for (const yes of ["Sì", " si ", "SÍ", "s", "Yes", "y", "X", "1", 1, true, "VERO", "true"]) {
      expect(check([familyRow({ leaseSigned: yes })])).toEqual([]);
    }
    expect(check([familyRow({ leaseSigned: "Nò", supportStarted: false })])).toEqual([]);
  });
});

describe("addresses", () => {
  it("a sheet starting at B3 below a title reports the cells where they are", () => {
    const issues = check([familyRow({ minors: 4 })], { topLeft: "B3", titleRows: [["Beneficiari Homes4All"], []] });
    only(issues, { rule: "minors-not-less-than-members", severity: "error", cell: "Beneficiari!E6", field: "minors", value: 4 });
    expect(issues[0].message.it).toContain("(3, in D6)");
  });

  it("a sheet name with spaces is quoted as Excel does", () => {
    const issues = check([familyRow({ members: "tre" })], { sheetName: "Foglio 1" });
    only(issues, { rule: "wrong-type", severity: "error", cell: "'Foglio 1'!C2", field: "members", value: "tre" });
  });

  it("issues come in sheet order: header row first, then row by row, left to right", () => {
    const rows = [familyRow({ id: "", members: 0 }), familyRow({ id: "F02", leaseSigned: "forse", isee: 30000 })];
    const issues = check(rows, { extraColumns: [{ header: "Quartiere", values: ["Aurora", "Vanchiglia"] }] });
    expect(issues.map((i) => `${i.rule} ${i.cell}`)).toEqual([
      "unknown-column Beneficiari!I1",
      "empty-id Beneficiari!A2",
      "out-of-range Beneficiari!C2",
      "isee-above-ceiling Beneficiari!D3",
      "unknown-token Beneficiari!G3",
    ]);
  });
});
