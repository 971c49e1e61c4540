import { tableCell, tableRow, tableRowList } from "../../../src/engine/sheets/tableRows";
import { parseBeneficiarySheet } from "../../../src/engine/beneficiaries/parse";
import type { Params } from "../../../src/engine/agreement/params";
import { paymentPlans, PaymentPlanError, paymentSummary } from "../../../src/engine/sheets/paymentPlans";
import type { CellValue, SheetInput } from "../../../src/engine/types";
import { isFormulaCell, type FormulaCell, type PlannedCell, type SheetPlan, type TablePlan } from "../../../src/engine/sheets/workbookPlan";
import { beneficiarySheet, excelDate, familyRow, paramsWith, type FamilyRow } from "../fixtures/beneficiarySheet";
import { ILLUSTRATION_PARAMS, ILLUSTRATION_SHEET } from "../fixtures/illustration";

function plansOf(sheet: SheetInput, params: Params): SheetPlan[] {
  return paymentPlans({ sheet, parsed: parseBeneficiarySheet(sheet, params), params });
}

const [calc, payment] = plansOf(ILLUSTRATION_SHEET, ILLUSTRATION_PARAMS);
const table = (plan: SheetPlan, name: string): TablePlan => {
  const found = plan.tables.find((t) => t.name === name);
  if (found === undefined) throw new Error(`no table ${name}`);
  return found;
};
/** The engine's value of each cell of one column. */
const column = (t: TablePlan, header: string): CellValue[] => {
  const j = t.header.indexOf(header);
  return tableRowList(t.rows).map((row) => {
    const cell = row[j];
    return isFormulaCell(cell) ? cell.result : cell;
  });
};

function allFormulas(plans: SheetPlan[]): FormulaCell[] {
  const cells: PlannedCell[] = plans.flatMap((plan) => [
    ...plan.cells.map((c) => c.value),
    ...plan.tables.flatMap((t) => tableRowList(t.rows).flat()),
  ]);
  return cells.filter(isFormulaCell);
}

/** Functions both Excel 2016 and LibreOffice 7.4 have, and that never read text as a date or number. */
const ALLOWED_FUNCTIONS = new Set([
  "AND",
  "COUNTIFS",
  "EDATE",
  "IF",
  "INT",
  "ISNUMBER",
  "LOWER",
  "MATCH",
  "MAX",
  "MIN",
  "OR",
  "ROUND",
  "ROUNDDOWN",
  "ROUNDUP",
  "SUM",
  "SUMIFS",
  "TRIM",
]);

const functionsOf = (formula: string): string[] =>
  [...formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)].map((m) => m[1].toUpperCase());

describe("the payment sheets of the §9 illustration", () => {
  test("are H4A_Calcolo with the table H4A_Famiglie, and H4A_Pagamenti with H4A_Tranche, H4A_Anni, H4A_Esiti, H4A_Risparmio", () => {
    expect([calc.name, payment.name]).toEqual(["H4A_Calcolo", "H4A_Pagamenti"]);
    expect(calc.tables.map((t) => t.name)).toEqual(["H4A_Famiglie"]);
    expect(payment.tables.map((t) => t.name)).toEqual(["H4A_Tranche", "H4A_Anni", "H4A_Esiti", "H4A_Risparmio"]);
  });

  test("every table has unique, non-empty text headers and one number format per column", () => {
    for (const t of [...calc.tables, ...payment.tables]) {
      expect(t.header.every((h) => typeof h === "string" && h.trim() !== "")).toBe(true);
      expect(new Set(t.header.map((h) => h.toLowerCase())).size).toBe(t.header.length);
      expect(t.numberFormats).toHaveLength(t.header.length);
      expect(tableRowList(t.rows).every((row) => row.length === t.header.length)).toBe(true);
    }
  });

  test("the Italian headers of tables (a)–(d)", () => {
    expect(table(payment, "H4A_Tranche").header).toEqual([
      "Coorte",
      "Anno di coorte",
      "Anno di programma",
      "Anno solare",
      "Dovuto",
      "Famiglie conteggiate",
      "Quota",
      "Livello",
      "Importo prima del tetto",
      "Importo",
    ]);
    expect(table(payment, "H4A_Anni").header).toEqual(["Anno di programma", "Anno solare", "Pagamento", "Cumulato"]);
    expect(table(payment, "H4A_Esiti").header.slice(0, 11)).toEqual([
      "Coorte",
      "Famiglie (denominatore)",
      "Uscite",
      "Stabilità",
      "Tasso stabilità",
      "Benessere",
      "Tasso benessere",
      "Attesa sotto il limite",
      "Tasso attesa",
      "Fascia",
      "Livello",
    ]);
    expect(table(payment, "H4A_Risparmio").header).toEqual([
      "Risparmio",
      "Premio pagato",
      "Risparmio netto",
      "Risparmio / pagamenti",
      "Tagliato dal tetto",
    ]);
  });

  test("amounts are in euros, shares and rates in percent", () => {
    const tranche = table(payment, "H4A_Tranche");
    expect(tranche.numberFormats[tranche.header.indexOf("Importo")]).toBe('#,##0.00 "€"');
    expect(tranche.numberFormats[tranche.header.indexOf("Quota")]).toBe("0%");
    const outcomes = table(payment, "H4A_Esiti");
    expect(outcomes.numberFormats[outcomes.header.indexOf("Tasso stabilità")]).toBe("0.0%");
  });

  test("tranches run by programme year, then cohort, and pay 13,200 / 18,000 / 13,200 / 33,000 / 19,800 / 26,400 €", () => {
    const tranche = table(payment, "H4A_Tranche");
    expect(column(tranche, "Anno di programma")).toEqual([1, 2, 2, 3, 3, 4]);
    expect(column(tranche, "Coorte")).toEqual([1, 1, 2, 1, 2, 2]);
    expect(column(tranche, "Dovuto")).toEqual(["Sì", "Sì", "Sì", "Sì", "Sì", "Sì"]);
    expect(column(tranche, "Famiglie conteggiate")).toEqual([11, 10, 11, 11, 11, 11]);
    expect(column(tranche, "Livello")).toEqual([null, null, null, 1, null, 0.8]);
    expect(column(tranche, "Importo")).toEqual([13200, 18000, 13200, 33000, 19800, 26400]);
  });

  test("programme years 1–4 pay 13,200 / 31,200 / 52,800 / 26,400 €, 123,600 € in all", () => {
    const years = table(payment, "H4A_Anni");
    expect(column(years, "Pagamento")).toEqual([13200, 31200, 52800, 26400]);
    expect(column(years, "Cumulato")).toEqual([13200, 44400, 97200, 123600]);
    expect(column(table(payment, "H4A_Risparmio"), "Premio pagato")).toEqual([123600]);
  });

  test("year-3 outcomes: cohort 1 at the full tier, cohort 2 partial, 1 more stable family short of the full tier", () => {
    const outcomes = table(payment, "H4A_Esiti");
    expect(column(outcomes, "Stabilità")).toEqual([9, 7]);
    expect(column(outcomes, "Fascia")).toEqual(["pieno", "parziale"]);
    expect(column(outcomes, "Livello")).toEqual([1, 0.8]);
    expect(column(outcomes, "Famiglie necessarie")).toEqual(["", 9]);
    expect(column(outcomes, "Mancano: stabilità")).toEqual(["", 2]);
    expect(column(outcomes, "Mancano: benessere")).toEqual(["", 0]);
    expect(column(outcomes, "Mancano: attesa")).toEqual(["", 0]);
  });

  test("the premium per family used sits in a named cell, given or derived from the total premium", () => {
    expect(payment.names).toEqual([{ name: "H4A_premiumPerFamilyUsed", row: 2, column: 2 }]);
    const cell = payment.cells.find((c) => c.row === 2 && c.column === 2)?.value as FormulaCell;
    expect(cell.formula).toBe("=IF(ISNUMBER(H4A_premiumPerFamily),H4A_premiumPerFamily,H4A_totalPremium/H4A_plannedFamilies)");
    expect(cell.result).toBe(6000);
  });

  test("the results equal the engine's JSON of `fill --json`", () => {
    const parsed = parseBeneficiarySheet(ILLUSTRATION_SHEET, ILLUSTRATION_PARAMS);
    const summary = paymentSummary(parsed, ILLUSTRATION_PARAMS);
    expect(summary.payments.map((p) => p.amount)).toEqual(column(table(payment, "H4A_Tranche"), "Importo"));
    expect(summary.payments[0]).toEqual({
      cohort: 1,
      cohortYear: 1,
      programmeYear: 1,
      families: 11,
      share: 0.2,
      tier: null,
      amount: 13200,
    });
    expect(summary.payments[3].tier).toBe(1);
    expect(summary.years).toEqual([
      { programmeYear: 1, amount: 13200, cumulative: 13200 },
      { programmeYear: 2, amount: 31200, cumulative: 44400 },
      { programmeYear: 3, amount: 52800, cumulative: 97200 },
      { programmeYear: 4, amount: 26400, cumulative: 123600 },
    ]);
    expect(summary).toMatchObject({ total: 123600, capCut: 0 });
    const saving = table(payment, "H4A_Risparmio");
    expect(column(saving, "Risparmio")).toEqual([summary.costSaving]);
    expect(column(saving, "Risparmio netto")).toEqual([summary.netSaving]);
  });
});

describe("the formulas", () => {
  const formulas = allFormulas([calc, payment]).map((c) => c.formula);

  test("are native: no H4A.* custom function, only functions Excel 2016 and LibreOffice 7.4 both have, never DATEVALUE or VALUE", () => {
    expect(formulas.length).toBeGreaterThan(500);
    for (const formula of formulas) {
      expect(formula.startsWith("=")).toBe(true);
      expect(formula).not.toMatch(/H4A\./i);
      expect(formula).not.toMatch(/\b(DATEVALUE|VALUE|LET|LAMBDA|FILTER|XLOOKUP|IFS|MAXIFS|MINIFS|TEXTJOIN|CONCAT|SWITCH|IFERROR)\s*\(/i);
      for (const name of functionsOf(formula)) expect(ALLOWED_FUNCTIONS).toContain(name);
    }
  });

  test("read the beneficiary sheet by absolute references and the agreement by its H4A_ names", () => {
    const helperRow = tableRow(calc.tables[0].rows, 0);
    expect((helperRow[2] as FormulaCell).formula).toBe('=IF(ISNUMBER(Beneficiari!$B$5),Beneficiari!$B$5,"")');
    expect((helperRow[9] as FormulaCell).formula).toBe(
      '=IF(ISNUMBER(MATCH(LOWER(TRIM(Beneficiari!$L$5)),{"sì","si","sí","s","yes","y","x","1","vero","true"},0)),1,0)',
    );
    expect(formulas.some((f) => f.includes("H4A_currentYear"))).toBe(true);
    expect(formulas.filter((f) => /Beneficiari!/.test(f)).every((f) => !/Beneficiari![A-Z]+\d/.test(f))).toBe(true);
  });

  test("quote a beneficiary sheet name as Excel does", () => {
    const sheet = beneficiarySheet([familyRow()], { sheetName: "L'elenco 2025" });
    const [helper] = plansOf(sheet, paramsWith({ premiumPerFamily: 6000 }));
    expect((tableRow(helper.tables[0].rows, 0)[0] as FormulaCell).formula).toBe("='L''elenco 2025'!$A$2");
  });

  test("compare counts with thresholds exactly: the difference is rounded to 9 decimals, never a raw float", () => {
    const level = formulas.find((f) => f.includes('"pieno"') && f.includes("H4A_fullThreshold*")) ?? "";
    expect(level).toContain("ROUND($D$24-H4A_fullThreshold*$B$24,9)>0");
    expect(level).toContain("ROUND($D$24-H4A_partialThreshold*$B$24,9)>=0");
  });
});

describe("values the formulas cannot read", () => {
  const rows: FamilyRow[] = [
    familyRow({ id: "F01", requestDate: "15/01/2024", members: "3" }),
    familyRow({ id: "F02", leaseSigned: "sî" }),
    familyRow({ id: "F03" }),
  ];
  const sheet = beneficiarySheet(rows);
  const params = paramsWith({ premiumPerFamily: 6000 });
  const parsed = parseBeneficiarySheet(sheet, params);
  const [helper] = paymentPlans({ sheet, parsed, params });
  const helperTable = helper.tables[0];
  const at = (row: number, header: string): PlannedCell => tableCell(helperTable.rows, row, helperTable.header.indexOf(header));

  test("are reported by the validator on their cells", () => {
    expect(parsed.issues.map((i) => `${i.rule} ${i.cell}`)).toEqual([
      "text-number Beneficiari!C2",
      "text-date Beneficiari!D2",
      "token-spelling Beneficiari!F3",
    ]);
  });

  test("are held in the helper column as the engine's value, while the other cells stay references", () => {
    expect(at(0, "Data domanda")).toBe(excelDate(2024, 1, 15));
    expect(at(0, "Componenti")).toBe(3);
    expect(at(1, "Contratto firmato (1 = sì)")).toBe(1);
    expect(at(1, "Data domanda")).toEqual({
      formula: '=IF(ISNUMBER(Beneficiari!$D$3),INT(Beneficiari!$D$3),"")',
      result: excelDate(2024, 1, 15),
    });
    expect(isFormulaCell(at(2, "Componenti"))).toBe(true);
  });
});

describe("a cap, leavers, planned tranches and a first calendar year", () => {
  const yes = { leaseSigned: "Sì", supportStarted: "Sì", housingKept: "Sì", supportContinued: "Sì" };
  const rows: FamilyRow[] = [
    familyRow({ id: "A", ...yes, stability: "Sì", wellbeing: "Sì" }),
    familyRow({ id: "B", ...yes, stability: "No", wellbeing: "Sì", exitDate: excelDate(2025, 1, 10) }),
    familyRow({ id: "C", cohort: 2, ...yes }),
  ];
  const params = paramsWith({
    premiumPerFamily: 1000,
    currentYear: 3,
    cap: 1234.567,
    firstCalendarYear: 2024,
    leaversInDenominator: false,
  });
  const [, pay] = plansOf(beneficiarySheet(rows), params);
  const tranche = table(pay, "H4A_Tranche");

  test("the cap, taken down to the cent, cuts the payment that crosses it and zeroes the later ones", () => {
    expect(column(tranche, "Importo prima del tetto")).toEqual([400, 600, 200, 500, 300, 500]);
    expect(column(tranche, "Importo")).toEqual([400, 600, 200, 34.56, 0, 0]);
    expect(column(table(pay, "H4A_Risparmio"), "Tagliato dal tetto")).toEqual([765.44]);
  });

  test("a tranche not yet due is planned on all the cohort's families at the full tier and pays 0", () => {
    expect(column(tranche, "Dovuto")).toEqual(["Sì", "Sì", "Sì", "Sì", "Sì", "No"]);
    expect(column(tranche, "Famiglie conteggiate")).toEqual([2, 2, 1, 1, 1, 1]);
    expect(column(tranche, "Livello")).toEqual([null, null, null, 1, null, 1]);
  });

  test("a leaver left out of the denominator leaves the year-3 base", () => {
    expect(column(table(pay, "H4A_Esiti"), "Famiglie (denominatore)")).toEqual([1, 1]);
    expect(column(table(pay, "H4A_Esiti"), "Uscite")).toEqual([1, 0]);
  });

  test("calendar years follow firstCalendarYear", () => {
    expect(column(tranche, "Anno solare")).toEqual([2024, 2025, 2025, 2026, 2026, 2027]);
    expect(column(table(pay, "H4A_Anni"), "Anno solare")).toEqual([2024, 2025, 2026, 2027]);
  });
});

describe("families to go for the next tier", () => {
  const outcomesOf = (stable: number, families: number, params: Params): CellValue[][] => {
    const rows = Array.from({ length: families }, (_, i) =>
      familyRow({ id: `F${i}`, housingKept: "Sì", supportContinued: "Sì", stability: i < stable ? "Sì" : "No", wellbeing: "Sì" }),
    );
    const t = table(plansOf(beneficiarySheet(rows), params)[1], "H4A_Esiti");
    return [column(t, "Fascia"), column(t, "Famiglie necessarie"), column(t, "Mancano: stabilità")];
  };
  const base = { premiumPerFamily: 6000, currentYear: 3 };

  test("12 of 15 is exactly 80 %: partial tier, 13 families needed, 1 to go", () => {
    expect(outcomesOf(12, 15, paramsWith(base))).toEqual([["parziale"], [13], [1]]);
  });

  test("6 of 11 is below 60 %: 7 families needed for the partial tier", () => {
    expect(outcomesOf(6, 11, paramsWith(base))).toEqual([["sotto soglia"], [7], [1]]);
  });

  test("a threshold no count can pass strictly is out of reach", () => {
    expect(outcomesOf(3, 4, paramsWith({ ...base, fullThreshold: 1, fullStrict: true }))).toEqual([
      ["parziale"],
      ["non raggiungibile"],
      ["non raggiungibile"],
    ]);
  });
});

describe("refusals", () => {
  test("a sheet with validation errors: the error issues are listed", () => {
    const sheet = beneficiarySheet([familyRow({ members: "tre" })]);
    expect(() => plansOf(sheet, paramsWith({ premiumPerFamily: 6000 }))).toThrow(PaymentPlanError);
    try {
      plansOf(sheet, paramsWith({ premiumPerFamily: 6000 }));
    } catch (error) {
      expect(error).toMatchObject({ reason: "validation-errors", issues: [expect.objectContaining({ rule: "wrong-type" })] });
      expect((error as PaymentPlanError).text.it).toContain("1 errore");
    }
  });

  test("no premium per family", () => {
    expect(() => plansOf(beneficiarySheet([familyRow()]), paramsWith())).toThrow(expect.objectContaining({ reason: "missing-premium" }));
  });

  test("no family", () => {
    const sheet = beneficiarySheet([], { fields: ["id", "cohort", "members", "leaseSigned"] });
    expect(() => plansOf(sheet, paramsWith({ premiumPerFamily: 6000 }))).toThrow(expect.objectContaining({ reason: "no-families" }));
  });
});
