import { readAgreement } from "../../src/engine/agreement/agreement";
import { DEFAULT_PARAMS, PARAMS_SHEET, type Params } from "../../src/engine/agreement/params";
import { parseBeneficiarySheet } from "../../src/engine/beneficiaries/parse";
import { parametersPlan } from "../../src/engine/sheets/parametersSheet";
import { isFormulaCell } from "../../src/engine/sheets/workbookPlan";
import type { CellValue, Issue, SheetInput } from "../../src/engine/types";
import { beneficiarySheet, excelDate, familyRow, paramsWith, type FamilyRow, type SheetOptions } from "../engine/fixtures/beneficiarySheet";

/**
 * The catalogue of malformed data: beneficiary sheets through parseBeneficiarySheet and
 * H4A_Parametri sheets through readAgreement, each case with the exact issues expected — rule,
 * cell, and the message in Italian (in English too for some), which names the cell, the value
 * and what is expected.
 */

const YEAR1 = paramsWith({ currentYear: 1 });

interface DataCase {
  name: string;
  sheet: SheetInput;
  params?: Params;
  /** "rule cell: message.it" of every issue, in order. */
  it: string[];
  /** The English messages, for the cases that check them. */
  en?: string[];
  /** The families read, when the case is about which rows are read. */
  families?: number;
}

const sheet = (rows: FamilyRow[], options: SheetOptions = {}): SheetInput => beneficiarySheet(rows, options);
const one = (overrides: FamilyRow): SheetInput => sheet([familyRow(overrides)]);

const blankRows = (n: number): CellValue[][] => Array.from({ length: n }, () => []);
const HEADER_IT = ["ID famiglia", "Coorte", "Componenti", "Mesi di attesa", "Contratto firmato", "Accompagnamento avviato"];
const LONG = "x".repeat(32_767);
/** What a message shows of LONG: its first 60 characters. */
const SHOWN = "x".repeat(60);

const BENEFICIARY_CASES: DataCase[] = [
  {
    name: "id: an Excel error from a formula",
    sheet: one({ id: "#N/A" }),
    it: [
      "excel-error | Beneficiari!A2: la cella contiene l'errore di Excel «#N/A» invece di un valore; correggere la formula o inserire il valore.",
    ],
  },
  {
    name: "id: blank in a filled row",
    sheet: one({ id: "" }),
    it: ["empty-id | Beneficiari!A2: «ID famiglia» è vuoto; ogni riga compilata deve avere un identificativo univoco della famiglia."],
  },
  {
    name: "id: the same id twice",
    sheet: sheet([familyRow(), familyRow({ members: 2 })]),
    it: [
      "duplicate-id | Beneficiari!A2: l'ID famiglia «F01» è ripetuto anche alla riga 3; ogni famiglia deve avere un ID univoco.",
      "duplicate-id | Beneficiari!A3: l'ID famiglia «F01» è ripetuto anche alla riga 2; ogni famiglia deve avere un ID univoco.",
    ],
  },
  {
    name: "cohort: text",
    sheet: one({ cohort: "uno" }),
    it: ["wrong-type | Beneficiari!B2: «uno» non è un valore valido per «Coorte»; inserire un numero intero ≥ 1."],
    en: ['Beneficiari!B2: "uno" is not a valid value for "Cohort"; enter a whole number ≥ 1.'],
  },
  {
    name: "cohort: 0",
    sheet: one({ cohort: 0 }),
    it: ["out-of-range | Beneficiari!B2: 0 è fuori dall'intervallo ammesso per «Coorte»; inserire un numero intero ≥ 1."],
  },
  {
    name: "cohort: not whole",
    sheet: one({ cohort: 1.5 }),
    it: ["wrong-type | Beneficiari!B2: «1,5» non è un valore valido per «Coorte»; inserire un numero intero ≥ 1."],
  },
  {
    name: "cohort: after the current year",
    sheet: one({ cohort: 2 }),
    it: [
      "cohort-after-current-year | Beneficiari!B2: la coorte 2 è successiva all'anno corrente (1), cioè all'ultimo anno di programma con esiti verificati; correggere la coorte o l'Anno corrente (foglio H4A_Parametri).",
    ],
  },
  {
    name: "cohort: TRUE",
    sheet: one({ cohort: true }),
    it: ["wrong-type | Beneficiari!B2: «VERO» non è un valore valido per «Coorte»; inserire un numero intero ≥ 1."],
  },
  {
    name: "members: blank",
    sheet: one({ members: "" }),
    it: ["missing-value | Beneficiari!C2: «Componenti» è vuoto ma è un dato obbligatorio; inserire un numero intero ≥ 1."],
    en: ['Beneficiari!C2: "Household size" is empty but required; enter a whole number ≥ 1.'],
  },
  {
    name: "members: negative",
    sheet: one({ members: -1 }),
    it: ["out-of-range | Beneficiari!C2: -1 è fuori dall'intervallo ammesso per «Componenti»; inserire un numero intero ≥ 1."],
  },
  {
    name: "minors: as many as the members",
    sheet: one({ members: 3, minors: 3 }),
    it: [
      "minors-not-less-than-members | Beneficiari!D2: i minori (3) non sono meno dei componenti (3, in C2): il nucleo deve comprendere almeno un adulto; correggere uno dei due valori.",
    ],
  },
  {
    name: "minors: negative",
    sheet: one({ minors: -2 }),
    it: ["out-of-range | Beneficiari!D2: -2 è fuori dall'intervallo ammesso per «Minori»; inserire un numero intero ≥ 0."],
  },
  {
    name: "isee: negative",
    sheet: one({ isee: -5 }),
    it: ["out-of-range | Beneficiari!D2: -5 è fuori dall'intervallo ammesso per «ISEE»; inserire un importo in euro ≥ 0."],
  },
  {
    name: "isee: text",
    sheet: one({ isee: "tanto" }),
    it: ["wrong-type | Beneficiari!D2: «tanto» non è un valore valido per «ISEE»; inserire un importo in euro ≥ 0."],
  },
  {
    name: "isee: above the ceiling",
    sheet: one({ isee: 30000 }),
    it: [
      "isee-above-ceiling | Beneficiari!D2: l'ISEE di 30.000 € supera la soglia di ammissibilità di 26.000 €; verificare l'ammissibilità della famiglia.",
    ],
  },
  {
    name: "condition: not listed",
    sheet: one({ condition: "roulotte" }),
    it: [
      "unknown-token | Beneficiari!D2: «roulotte» non è una condizione abitativa prevista; usare uno di questi valori: sfratto, struttura temporanea, albergo, dormitorio, alloggio inadeguato, altro.",
    ],
  },
  {
    name: "requestDate: 31 February typed as text",
    sheet: one({ requestDate: "31/02/2024", waitMonths: 5 }),
    it: [
      "impossible-date | Beneficiari!D2: «31/02/2024» non è una data esistente per «Data domanda»; controllare giorno, mese e anno (formato gg/mm/aaaa).",
    ],
  },
  {
    name: "contractDate: before the request date",
    sheet: one({ contractDate: excelDate(2023, 12, 1) }),
    it: [
      "contract-before-request | Beneficiari!E2: la data del contratto (01/12/2023) precede la data della domanda (15/01/2024, in D2); correggere una delle due date.",
    ],
  },
  {
    name: "contractDate: a month-first date typed as text (12/31/2024)",
    sheet: one({ contractDate: "12/31/2024", waitMonths: 11 }),
    it: [
      "impossible-date | Beneficiari!E2: «12/31/2024» non è una data esistente per «Data contratto»; controllare giorno, mese e anno (formato gg/mm/aaaa).",
    ],
    en: ['Beneficiari!E2: "12/31/2024" is not an existing date for "Contract date"; check the day, month and year (format dd/mm/yyyy).'],
  },
  {
    name: "contractDate: a date typed as text, read day-first and the reading shown (04/06/2024 is 4 June)",
    sheet: one({ contractDate: "04/06/2024" }),
    it: [
      "text-date | Beneficiari!E2: «04/06/2024» in «Data contratto» è una data scritta come testo, letta come 04/06/2024: le tabelle dei pagamenti usano il valore letto ora e non seguiranno le modifiche della cella; inserire una vera data di Excel.",
    ],
  },
  {
    name: "waitMonths: negative",
    sheet: one({ waitMonths: -1 }),
    it: ["out-of-range | Beneficiari!F2: -1 è fuori dall'intervallo ammesso per «Mesi di attesa»; inserire un numero di mesi ≥ 0."],
  },
  {
    name: "waitMonths: missing with no dates",
    sheet: one({ requestDate: "", contractDate: "", waitMonths: "" }),
    it: [
      "missing-wait | Beneficiari!F2: «Mesi di attesa» è vuoto; va compilato perché mancano una «Data domanda» e una «Data contratto» valide.",
    ],
  },
  {
    name: "rentSaving: text",
    sheet: one({ rentSaving: "abc" }),
    it: ["wrong-type | Beneficiari!F2: «abc» non è un valore valido per «Risparmio affitto»; inserire un importo mensile in euro ≥ 0."],
  },
  {
    name: "leaseSigned: neither yes nor no",
    sheet: one({ leaseSigned: "forse" }),
    it: ["unknown-token | Beneficiari!F2: «forse» non è un valore sì/no valido per «Contratto firmato»; usare Sì o No."],
  },
  {
    name: "leaseSigned: an emoji",
    sheet: one({ leaseSigned: "✅" }),
    it: ["unknown-token | Beneficiari!F2: «✅» non è un valore sì/no valido per «Contratto firmato»; usare Sì o No."],
  },
  {
    name: "supportStarted: blank while due",
    sheet: one({ supportStarted: "" }),
    it: [
      "missing-due-outcome | Beneficiari!G2: «Accompagnamento avviato» è vuoto ma l'esito è dovuto: per la coorte 1 il 1° anno di percorso è l'anno di programma 1 (anno corrente: 1); indicare Sì o No.",
    ],
  },
  {
    name: "housingKept: filled in before it is due",
    sheet: one({ housingKept: "Sì" }),
    it: [
      "outcome-not-due | Beneficiari!H2: «Alloggio mantenuto» è compilato ma l'esito non è ancora dovuto: per la coorte 1 il 2° anno di percorso è l'anno di programma 2 (anno corrente: 1); verificare la coorte o l'Anno corrente (foglio H4A_Parametri).",
    ],
  },
  {
    name: "daysAvoided: negative",
    sheet: one({ daysAvoided: -3 }),
    it: ["out-of-range | Beneficiari!H2: -3 è fuori dall'intervallo ammesso per «Giorni evitati»; inserire un numero di giorni ≥ 0."],
  },
  {
    name: "exitDate: before the contract date",
    sheet: one({ exitDate: excelDate(2024, 3, 1) }),
    it: [
      "exit-before-contract | Beneficiari!H2: la data di uscita (01/03/2024) precede la data del contratto (15/06/2024, in E2); correggere una delle due date.",
    ],
  },
  {
    name: "members: a number stored as text",
    sheet: one({ members: "3" }),
    it: [
      "text-number | Beneficiari!C2: «3» in «Componenti» è un numero scritto come testo, letto come 3: le tabelle dei pagamenti usano il valore letto ora e non seguiranno le modifiche della cella; inserire un vero numero.",
    ],
    en: [
      'Beneficiari!C2: "3" in "Household size" is a number typed as text, read as 3: the payment tables use the value read now and will not follow changes to the cell; type a real number.',
    ],
  },
  {
    name: "members: #DIV/0! from a formula",
    sheet: one({ members: "#DIV/0!" }),
    it: [
      "excel-error | Beneficiari!C2: la cella contiene l'errore di Excel «#DIV/0!» invece di un valore; correggere la formula o inserire il valore.",
    ],
  },
  {
    name: "id and yes/no with non-breaking spaces",
    sheet: one({ id: "F01\u00a0", leaseSigned: "Sì\u00a0" }),
    it: [
      "token-spelling | Beneficiari!F2: «Sì » in «Contratto firmato» è letto come Sì, ma le formule non riconoscono questa grafia: le tabelle dei pagamenti usano il valore letto ora e non seguiranno le modifiche della cella; scrivere Sì.",
    ],
  },
  { name: "an id with an emoji", sheet: one({ id: "F🏠1" }), families: 1, it: [] },
  {
    name: "a 32,767-character id, repeated",
    sheet: sheet([familyRow({ id: LONG }), familyRow({ id: LONG })]),
    it: [
      `duplicate-id | Beneficiari!A2: l'ID famiglia «${SHOWN}…» è ripetuto anche alla riga 3; ogni famiglia deve avere un ID univoco.`,
      `duplicate-id | Beneficiari!A3: l'ID famiglia «${SHOWN}…» è ripetuto anche alla riga 2; ogni famiglia deve avere un ID univoco.`,
    ],
    en: [
      `Beneficiari!A2: the Family ID "${SHOWN}…" also appears in row 3; each family needs a unique ID.`,
      `Beneficiari!A3: the Family ID "${SHOWN}…" also appears in row 2; each family needs a unique ID.`,
    ],
  },
  {
    name: "headers with a BOM and non-breaking spaces",
    families: 1,
    sheet: {
      sheetName: "Beneficiari",
      topLeft: "A1",
      values: [
        ["\ufeffID famiglia", "Coorte", "Componenti\u00a0", "Mesi\u00a0di attesa", "Contratto\u00a0firmato", "Accompagnamento avviato"],
        ["F01", 1, 3, 4, "Sì", "Sì"],
      ],
    },
    it: [],
  },
  {
    name: "no header row",
    sheet: { sheetName: "Beneficiari", topLeft: "B2", values: [["Elenco"], ["Nome", "Coorte", "Componenti"], ["Rossi", 1, 3]] },
    it: [
      "missing-header-row | Beneficiari!B2: riga di intestazione non trovata: nelle prime 20 righe non vuote deve esserci una riga con le colonne «ID famiglia» e «Coorte» e almeno altre due colonne previste (ad esempio «Componenti» e «Contratto firmato»).",
    ],
    en: [
      'Beneficiari!B2: no header row found: one of the first 20 non-blank rows must hold the "Family ID" and "Cohort" columns and at least two other listed columns (for example "Household size" and "Lease signed").',
    ],
  },
  {
    name: "two candidate header rows: the first is the header, the second one warning and no family",
    sheet: { sheetName: "Beneficiari", topLeft: "A1", values: [HEADER_IT, HEADER_IT, ["F01", 1, 3, 4, "Sì", "Sì"]] },
    it: ["repeated-header | Beneficiari!A2: questa riga ripete l'intestazione della riga 1: non è letta come famiglia; eliminarla."],
    en: ["Beneficiari!A2: this row repeats the header of row 1: it is not read as a family; delete it."],
  },
  {
    name: "a duplicate header",
    sheet: {
      sheetName: "Beneficiari",
      topLeft: "A1",
      values: [
        [...HEADER_IT, "Coorte"],
        ["F01", 1, 3, 4, "Sì", "Sì", 2],
      ],
    },
    it: ["duplicate-column | Beneficiari!G1: la colonna «Coorte» è ripetuta (è già in B1); tenerne una sola: viene letta solo la prima."],
    en: ['Beneficiari!G1: the column "Cohort" appears twice (it is already in B1); keep only one: only the first is read.'],
  },
  {
    name: "a required column missing",
    sheet: {
      sheetName: "Beneficiari",
      topLeft: "A1",
      values: [
        ["ID famiglia", "Coorte", "Mesi di attesa", "Contratto firmato", "Accompagnamento avviato"],
        ["F01", 1, 4, "Sì", "Sì"],
      ],
    },
    it: ["missing-column | Beneficiari!A1: manca la colonna obbligatoria «Componenti»; aggiungerla alla riga di intestazione (riga 1)."],
  },
  {
    name: "blank rows in the middle are skipped, the rows after them keep their sheet row",
    sheet: {
      sheetName: "Beneficiari",
      topLeft: "A1",
      values: [HEADER_IT, ["F01", 1, 3, 4, "Sì", "Sì"], [], ["", "", "", "", "", ""], ["F02", 1, 0, 4, "Sì", "Sì"]],
    },
    families: 2,
    it: ["out-of-range | Beneficiari!C5: 0 è fuori dall'intervallo ammesso per «Componenti»; inserire un numero intero ≥ 1."],
  },
  {
    name: "1,048,576 rows, all blank but the header and the last",
    sheet: { sheetName: "Beneficiari", topLeft: "A1", values: [HEADER_IT, ...blankRows(1_048_574), ["F01", 1, "tre", 4, "Sì", "Sì"]] },
    families: 1,
    it: ["wrong-type | Beneficiari!C1048576: «tre» non è un valore valido per «Componenti»; inserire un numero intero ≥ 1."],
  },
];

describe.each(BENEFICIARY_CASES)("beneficiary sheet: $name", ({ sheet: input, params, it: italian, en, families }) => {
  test("exactly these issues, each located on its cell", () => {
    const parsed = parseBeneficiarySheet(input, params ?? YEAR1);
    expect(parsed.issues.map((i: Issue) => `${i.rule} | ${i.message.it}`)).toEqual(italian);
    if (en !== undefined) expect(parsed.issues.map((i) => i.message.en)).toEqual(en);
    if (families !== undefined) expect(parsed.families).toHaveLength(families);
  });
});

/** The H4A_Parametri the add-in writes (premium 6000, current year 1), with values changed, or rows dropped when `undefined`. */
function parametersSheet(changes: Record<string, CellValue | undefined>): SheetInput {
  const plan = parametersPlan({ ...DEFAULT_PARAMS, premiumPerFamily: 6000 });
  const rows: CellValue[][] = [];
  for (const cell of plan.cells) {
    rows[cell.row - 1] ??= ["", "", ""];
    rows[cell.row - 1][cell.column - 1] = isFormulaCell(cell.value) ? cell.value.result : cell.value;
  }
  const kept = rows.filter((row) => !(typeof row[0] === "string" && row[0] in changes && changes[row[0]] === undefined));
  for (const row of kept) if (typeof row[0] === "string" && row[0] in changes) row[1] = changes[row[0]] as CellValue;
  return { sheetName: PARAMS_SHEET, topLeft: "A1", values: kept };
}

interface ParamCase {
  name: string;
  changes: Record<string, CellValue | undefined>;
  it: string[];
  en?: string[];
}

const PARAM_CASES: ParamCase[] = [
  {
    name: "premiumPerFamily: text",
    changes: { premiumPerFamily: "seimila" },
    it: [
      "invalid-parameter H4A_Parametri!B4 | Parametro «Premio per famiglia» (premiumPerFamily): valore «seimila» non valido; atteso un importo in euro > 0, o vuoto.",
    ],
    en: ['Parameter "Premium per family" (premiumPerFamily): invalid value "seimila"; expected an amount in euros > 0, or empty.'],
  },
  {
    name: "premiumPerFamily: negative",
    changes: { premiumPerFamily: -6000 },
    it: [
      "invalid-parameter H4A_Parametri!B4 | Parametro «Premio per famiglia» (premiumPerFamily): valore «-6000» non valido; atteso un importo in euro > 0, o vuoto.",
    ],
  },
  { name: "premiumPerFamily: the row missing", changes: { premiumPerFamily: undefined }, it: [] },
  {
    name: "currentYear: blank — the default used, and said on the cell",
    changes: { currentYear: "" },
    it: [
      "blank-parameter H4A_Parametri!B16 | Parametro «Anno corrente» (currentYear) vuoto: vale il predefinito «1»; per un altro valore digitare un numero intero ≥ 1.",
    ],
    en: ['Parameter "Current year" (currentYear) is blank: the default "1" applies; for another value enter a whole number ≥ 1.'],
  },
  { name: "currentYear: the row missing (a workbook older than the key)", changes: { currentYear: undefined }, it: [] },
  { name: "cap: blank means no cap", changes: { cap: "" }, it: [] },
  {
    name: "fullThreshold: blank",
    changes: { fullThreshold: null },
    it: [
      "blank-parameter H4A_Parametri!B8 | Parametro «Soglia per il saldo pieno» (fullThreshold) vuoto: vale il predefinito «0,8»; per un altro valore digitare un numero tra 0 e 1 (es. 0,8).",
    ],
  },
  {
    name: "shares: all three rows blank",
    changes: { share1: "", share2: " ", share3: null },
    it: [
      "blank-parameter H4A_Parametri!B5 | Parametro «Quote delle tranche» (shares) vuoto: vale il predefinito «0,2; 0,3; 0,5»; per un altro valore digitare tre numeri tra 0 e 1 con somma 1 (es. 0,2; 0,3; 0,5).",
    ],
  },
  {
    name: "currentYear: 0",
    changes: { currentYear: 0 },
    it: [
      "invalid-parameter H4A_Parametri!B16 | Parametro «Anno corrente» (currentYear): valore «0» non valido; atteso un numero intero ≥ 1.",
    ],
  },
  {
    name: "fullThreshold: a number typed as text",
    changes: { fullThreshold: "0,8" },
    it: [
      "parameter-as-text H4A_Parametri!B8 | Parametro fullThreshold: «0,8» è scritto come testo e le formule della cartella non lo leggono; digitare un numero tra 0 e 1 (es. 0,8).",
    ],
    en: [
      'Parameter fullThreshold: "0,8" is typed as text and the workbook\'s formulas cannot read it; enter a number between 0 and 1 (e.g. 0.8).',
    ],
  },
  {
    name: "fullThreshold: above 1",
    changes: { fullThreshold: 1.5 },
    it: [
      "invalid-parameter H4A_Parametri!B8 | Parametro «Soglia per il saldo pieno» (fullThreshold): valore «1,5» non valido; atteso un numero tra 0 e 1 (es. 0,8).",
    ],
  },
  {
    name: "partialThreshold: above fullThreshold",
    changes: { partialThreshold: 0.9 },
    it: [
      "invalid-parameter H4A_Parametri!B10 | Parametro «Soglia per il saldo parziale» (partialThreshold): valore «0,9» non valido; atteso un numero tra 0 e 1 (es. 0,8), non oltre la soglia piena.",
    ],
  },
  {
    name: "waitLimitMonths: negative",
    changes: { waitLimitMonths: -3 },
    it: [
      "invalid-parameter H4A_Parametri!B14 | Parametro «Mesi di attesa massimi» (waitLimitMonths): valore «-3» non valido; atteso un numero intero di mesi ≥ 1.",
    ],
  },
  {
    name: "shares: not summing to 1",
    changes: { share3: 0.6 },
    it: [
      "invalid-parameter H4A_Parametri!B5 | Parametro «Quote delle tranche» (shares): valore «0,2; 0,3; 0,6» non valido; atteso tre numeri tra 0 e 1 con somma 1 (es. 0,2; 0,3; 0,5).",
    ],
    en: [
      'Parameter "Tranche shares" (shares): invalid value "0.2, 0.3, 0.6"; expected three numbers between 0 and 1 summing to 1 (e.g. 0.2, 0.3, 0.5).',
    ],
  },
  {
    name: "shares: one blank",
    changes: { share2: "" },
    it: [
      "invalid-parameter H4A_Parametri!B5 | Parametro «Quote delle tranche» (shares): valore «0,2; ; 0,5» non valido; atteso tre numeri tra 0 e 1 con somma 1 (es. 0,2; 0,3; 0,5).",
    ],
  },
  {
    name: "fullStrict: neither TRUE nor FALSE",
    changes: { fullStrict: "forse" },
    it: [
      "invalid-parameter H4A_Parametri!B9 | Parametro «Saldo pieno quando il tasso è» (fullStrict): valore «forse» non valido; atteso VERO o FALSO.",
    ],
  },
  {
    name: "firstCalendarYear: 1800",
    changes: { firstCalendarYear: 1800 },
    it: [
      "invalid-parameter H4A_Parametri!B17 | Parametro «Anno solare dell'anno di programma 1» (firstCalendarYear): valore «1800» non valido; atteso un anno (es. 2024), o vuoto.",
    ],
  },
  {
    name: "plannedEnrolment: words",
    changes: { plannedEnrolment: "dieci" },
    it: [
      "invalid-parameter H4A_Parametri!B33 | Parametro «Famiglie previste per anno di ingresso» (plannedEnrolment): valore «dieci» non valido; atteso numeri interi ≥ 0 separati da punto e virgola (es. 11; 11), o vuoto.",
    ],
  },
  {
    name: "iseeCeiling: #REF! from a formula",
    changes: { iseeCeiling: "#REF!" },
    it: [
      "invalid-parameter H4A_Parametri!B19 | Parametro «Soglia ISEE di ammissibilità» (iseeCeiling): valore «#REF!» non valido; atteso un numero ≥ 0.",
    ],
  },
];

describe.each(PARAM_CASES)("H4A_Parametri: $name", ({ changes, it: italian, en }) => {
  test("exactly these issues, each on its cell, and no payment written while there is an error", () => {
    const reading = readAgreement(parametersSheet(changes));
    expect(reading.issues.map((i) => `${i.rule} ${i.cell} | ${i.message.it}`)).toEqual(italian);
    if (en !== undefined) expect(reading.issues.map((i) => i.message.en)).toEqual(en);
  });
});
