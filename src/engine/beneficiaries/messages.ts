import { pick, type Lang, type Text } from "../cells/lang";
import { FIELD_BY_KEY } from "./fields";
import { formatDate, formatEuro, formatNumber, joinList } from "../cells/format";
import { fieldMessages, unknownCondition, valueEn as vEn, valueIt as vIt } from "./fieldMessages";
import { paramInSheet } from "../agreement/params";
import { HOUSING_CONDITIONS, type CellValue, type FieldKey, type Issue, type OutcomeKey, type Severity } from "../types";

/** The rules of a sheet's header row, the same for every sheet the add-in reads (§3, §3b). */
export const HEADER_RULES = {
  "missing-header-row": "error",
  "missing-column": "error",
  "duplicate-column": "error",
} as const satisfies Record<string, Severity>;

/** The rules of a data row's cells, the same for every sheet the add-in reads (§3, §3b). */
export const CELL_RULES = {
  "excel-error": "error",
  "empty-id": "error",
  "missing-value": "error",
  "duplicate-id": "error",
  "wrong-type": "error",
  "out-of-range": "error",
  "unknown-token": "error",
  "impossible-date": "error",
} as const satisfies Record<string, Severity>;

/** Every rule of the beneficiary sheet (MECHANISM.md §3) with its severity. */
export const RULES = {
  ...HEADER_RULES,
  "repeated-header": "warning",
  "unknown-column": "note",
  "personal-data-column": "warning",
  "free-text-column": "warning",
  ...CELL_RULES,
  "cohort-after-current-year": "error",
  "contract-before-request": "error",
  "exit-before-contract": "error",
  "housing-kept-without-lease": "error",
  "stability-without-housing": "warning",
  "minors-not-less-than-members": "error",
  "isee-above-ceiling": "warning",
  "wait-months-disagree": "warning",
  "missing-wait": "error",
  "missing-due-outcome": "error",
  "missing-wellbeing": "warning",
  "outcome-not-due": "warning",
  "text-date": "warning",
  "text-number": "warning",
  "token-spelling": "warning",
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** Why a missing column is needed. */
export type ColumnNeed =
  { kind: "required" } | { kind: "due"; families: number; cohorts: number[] } | { kind: "waiting"; families: number; firstRow: number };

export type PersonalDataKind = "name" | "fiscalCode" | "email" | "phone" | "address";

export interface DueArgs {
  field: OutcomeKey;
  cohort: number;
  cohortYear: number;
  programmeYear: number;
  currentYear: number;
}

/** What each rule's messages need beyond the cell. Cells cited inside a message are plain A1. */
export interface RuleArgs {
  "missing-header-row": { searchedRows: number };
  "missing-column": { field: FieldKey; need: ColumnNeed; headerRow: number };
  "duplicate-column": { field: FieldKey; firstCell: string };
  "repeated-header": { headerRow: number };
  "unknown-column": { header: string; column: string };
  "personal-data-column": { header: string; column: string; kind: PersonalDataKind; exampleRow: number | null };
  "free-text-column": { header: string; column: string };
  "excel-error": { error: string };
  "empty-id": { field: "id" };
  "missing-value": { field: FieldKey };
  /** The other rows cited, and how many more are not cited. */
  "duplicate-id": { id: string; otherRows: number[]; moreRows: number };
  "wrong-type": { field: FieldKey; value: CellValue };
  "out-of-range": { field: FieldKey; value: number };
  "unknown-token": { field: FieldKey; value: CellValue };
  "impossible-date": { field: FieldKey; value: CellValue };
  "cohort-after-current-year": { cohort: number; currentYear: number };
  "contract-before-request": { contract: number; request: number; requestCell: string };
  "exit-before-contract": { exit: number; contract: number; contractCell: string };
  "housing-kept-without-lease": { leaseCell: string };
  "stability-without-housing": { housingCell: string };
  "minors-not-less-than-members": { minors: number; members: number; membersCell: string };
  "isee-above-ceiling": { isee: number; ceiling: number };
  "wait-months-disagree": { waitMonths: number; fromDates: number };
  "missing-wait": { lacking: ("requestDate" | "contractDate")[] };
  "missing-due-outcome": DueArgs;
  "missing-wellbeing": DueArgs;
  "outcome-not-due": DueArgs;
  "text-date": { field: FieldKey; value: CellValue; serial: number };
  "text-number": { field: FieldKey; value: CellValue; number: number };
  "token-spelling": { field: FieldKey; value: CellValue; flag: boolean };
}

type Builders = { [R in RuleId]: (args: RuleArgs[R]) => Text };

const FIELD_TEXTS = fieldMessages<FieldKey>(FIELD_BY_KEY);
const { it, en } = FIELD_TEXTS;
const CONDITIONS = HOUSING_CONDITIONS.join(", ");

/** A listed phrase in each language, singular when `one`. */
type ListPhrase = Record<Lang, (list: string, one: boolean) => string>;

const ROWS: ListPhrase = {
  it: (list, one) => (one ? `alla riga ${list}` : `alle righe ${list}`),
  en: (list, one) => (one ? `in row ${list}` : `in rows ${list}`),
};

const COHORTS: ListPhrase = {
  it: (list, one) => (one ? `coorte ${list}` : `coorti ${list}`),
  en: (list, one) => (one ? `cohort ${list}` : `cohorts ${list}`),
};

const FAMILIES: Record<Lang, (n: number) => string> = {
  it: (n) => (n === 1 ? "1 famiglia" : `${n} famiglie`),
  en: (n) => (n === 1 ? "1 family" : `${n} families`),
};

function rowsText(rows: readonly number[], more: number, lang: Lang): string {
  if (more > 0) {
    const list = rows.join(", ");
    return pick({ it: `alle righe ${list} e in altre ${more} righe`, en: `in rows ${list} and in ${more} more rows` }, lang);
  }
  return ROWS[lang](joinList(rows.map(String), lang), rows.length === 1);
}

const familiesText = (n: number, lang: Lang): string => FAMILIES[lang](n);

const cohortsText = (cohorts: readonly number[], lang: Lang): string =>
  COHORTS[lang](joinList(cohorts.map(String), lang), cohorts.length === 1);

const PERSONAL: Record<PersonalDataKind, Text> = {
  name: { it: "nomi", en: "names" },
  fiscalCode: { it: "codici fiscali", en: "fiscal codes" },
  email: { it: "indirizzi e-mail", en: "e-mail addresses" },
  phone: { it: "numeri di telefono", en: "phone numbers" },
  address: { it: "indirizzi", en: "addresses" },
};

const columnIt = (header: string, column: string): string =>
  header === "" ? `la colonna ${column}, senza intestazione,` : `la colonna «${header}»`;
const columnEn = (header: string, column: string): string =>
  header === "" ? `column ${column}, which has no header,` : `the column "${header}"`;

/** When an outcome falls due, for the due messages. */
function dueTexts({ cohort, cohortYear, programmeYear, currentYear }: DueArgs): Text {
  return {
    it: `per la coorte ${cohort} il ${cohortYear}° anno di percorso è l'anno di programma ${programmeYear} (anno corrente: ${currentYear})`,
    en: `for cohort ${cohort}, path year ${cohortYear} is programme year ${programmeYear} (current year: ${currentYear})`,
  };
}

function missingColumnTexts({ field, need, headerRow }: RuleArgs["missing-column"]): Text {
  const addIt = `aggiungerla alla riga di intestazione (riga ${headerRow}).`;
  const addEn = `add it to the header row (row ${headerRow}).`;
  if (need.kind === "required") {
    return {
      it: `manca la colonna obbligatoria ${it(field)}; ${addIt}`,
      en: `the required column ${en(field)} is missing; ${addEn}`,
    };
  }
  if (need.kind === "due") {
    return {
      it: `manca la colonna ${it(field)}, necessaria perché l'esito è già dovuto per ${familiesText(need.families, "it")} (${cohortsText(need.cohorts, "it")}); ${addIt}`,
      en: `the column ${en(field)} is missing; it is needed because the outcome is already due for ${familiesText(need.families, "en")} (${cohortsText(need.cohorts, "en")}); ${addEn}`,
    };
  }
  const lackIt = need.families === 1 ? "a una famiglia manca" : `a ${need.families} famiglie manca`;
  const lackEn = need.families === 1 ? "a family lacks" : `${need.families} families lack`;
  return {
    it: `manca la colonna ${it(field)}, necessaria perché ${lackIt} una ${it("requestDate")} o una ${it("contractDate")} valida (la prima alla riga ${need.firstRow}); ${addIt}`,
    en: `the column ${en(field)} is missing; it is needed because ${lackEn} a valid ${en("requestDate")} or ${en("contractDate")} (the first in row ${need.firstRow}); ${addEn}`,
  };
}

const FOLLOW: Text = {
  it: "le tabelle dei pagamenti usano il valore letto ora e non seguiranno le modifiche della cella",
  en: "the payment tables use the value read now and will not follow changes to the cell",
};

const BUILDERS: Builders = {
  "missing-header-row": ({ searchedRows }) => ({
    it: `riga di intestazione non trovata: nelle prime ${searchedRows} righe non vuote deve esserci una riga con le colonne «ID famiglia» e «Coorte» e almeno altre due colonne previste (ad esempio «Componenti» e «Contratto firmato»).`,
    en: `no header row found: one of the first ${searchedRows} non-blank rows must hold the "Family ID" and "Cohort" columns and at least two other listed columns (for example "Household size" and "Lease signed").`,
  }),
  "missing-column": missingColumnTexts,
  "duplicate-column": FIELD_TEXTS.duplicateColumn,
  "repeated-header": ({ headerRow }) => ({
    it: `questa riga ripete l'intestazione della riga ${headerRow}: non è letta come famiglia; eliminarla.`,
    en: `this row repeats the header of row ${headerRow}: it is not read as a family; delete it.`,
  }),
  "unknown-column": ({ header, column }) => ({
    it: `${header === "" ? `la colonna ${column} contiene dati ma non ha intestazione` : `la colonna «${header}» non è tra quelle previste`}; viene conservata ma non è usata nei calcoli.`,
    en: `${header === "" ? `column ${column} holds data but has no header` : `the column "${header}" is not a listed column`}; it is kept but not used in the calculations.`,
  }),
  "personal-data-column": ({ header, column, kind, exampleRow }) => {
    const seenIt = exampleRow === null ? "sembra contenere" : "contiene";
    const seenEn = exampleRow === null ? "seems to hold" : "holds";
    const exampleIt = exampleRow === null ? "" : `, ad esempio alla riga ${exampleRow}`;
    const exampleEn = exampleRow === null ? "" : `, for example in row ${exampleRow}`;
    return {
      it: `${columnIt(header, column)} ${seenIt} dati personali diretti (${PERSONAL[kind].it}${exampleIt}); rimuoverli o pseudonimizzarli prima di condividere la cartella con Homes4All.`,
      en: `${columnEn(header, column)} ${seenEn} direct personal data (${PERSONAL[kind].en}${exampleEn}); remove or pseudonymise them before sharing the workbook with Homes4All.`,
    };
  },
  "free-text-column": ({ header, column }) => ({
    it: `${columnIt(header, column)} contiene testo libero, che può includere dati sensibili (ad esempio sulla salute); rimuoverla prima di condividere la cartella con Homes4All, a meno che non serva davvero.`,
    en: `${columnEn(header, column)} holds free text, which may include sensitive data (for example about health); remove it before sharing the workbook with Homes4All unless it is truly needed.`,
  }),
  "excel-error": ({ error }) => ({
    it: `la cella contiene l'errore di Excel «${error.trim()}» invece di un valore; correggere la formula o inserire il valore.`,
    en: `the cell holds the Excel error "${error.trim()}" instead of a value; fix the formula or enter the value.`,
  }),
  "empty-id": ({ field }) => ({
    it: `${it(field)} è vuoto; ogni riga compilata deve avere un identificativo univoco della famiglia.`,
    en: `${en(field)} is empty; every filled row needs a unique family identifier.`,
  }),
  "missing-value": FIELD_TEXTS.missingValue,
  "duplicate-id": ({ id, otherRows, moreRows }) => ({
    it: `l'ID famiglia ${vIt(id)} è ripetuto anche ${rowsText(otherRows, moreRows, "it")}; ogni famiglia deve avere un ID univoco.`,
    en: `the Family ID ${vEn(id)} also appears ${rowsText(otherRows, moreRows, "en")}; each family needs a unique ID.`,
  }),
  "wrong-type": FIELD_TEXTS.wrongType,
  "out-of-range": FIELD_TEXTS.outOfRange,
  "unknown-token": ({ field, value }) =>
    FIELD_BY_KEY[field].kind === "condition" ? unknownCondition(value, CONDITIONS) : FIELD_TEXTS.notYesNo(field, value),
  "impossible-date": FIELD_TEXTS.impossibleDate,
  "cohort-after-current-year": ({ cohort, currentYear }) => ({
    it: `la coorte ${cohort} è successiva all'anno corrente (${currentYear}), cioè all'ultimo anno di programma con esiti verificati; correggere la coorte o l'${paramInSheet("currentYear", "it")}.`,
    en: `cohort ${cohort} is after the current year (${currentYear}), the last programme year with verified outcomes; correct the cohort or the ${paramInSheet("currentYear", "en")}.`,
  }),
  "contract-before-request": ({ contract, request, requestCell }) => ({
    it: `la data del contratto (${formatDate(contract, "it")}) precede la data della domanda (${formatDate(request, "it")}, in ${requestCell}); correggere una delle due date.`,
    en: `the contract date (${formatDate(contract, "en")}) is before the request date (${formatDate(request, "en")}, in ${requestCell}); correct one of the two dates.`,
  }),
  "exit-before-contract": ({ exit, contract, contractCell }) => ({
    it: `la data di uscita (${formatDate(exit, "it")}) precede la data del contratto (${formatDate(contract, "it")}, in ${contractCell}); correggere una delle due date.`,
    en: `the exit date (${formatDate(exit, "en")}) is before the contract date (${formatDate(contract, "en")}, in ${contractCell}); correct one of the two dates.`,
  }),
  "housing-kept-without-lease": ({ leaseCell }) => ({
    it: `«Alloggio mantenuto» è Sì ma «Contratto firmato» è No (in ${leaseCell}): non si può mantenere un alloggio senza contratto; correggere uno dei due valori.`,
    en: `"Housing kept" is Yes but "Lease signed" is No (in ${leaseCell}): housing cannot be kept without a lease; correct one of the two values.`,
  }),
  "stability-without-housing": ({ housingCell }) => ({
    it: `«Stabilità abitativa» è Sì ma «Alloggio mantenuto» è No (in ${housingCell}); verificare i due valori.`,
    en: `"Housing stability" is Yes but "Housing kept" is No (in ${housingCell}); check both values.`,
  }),
  "minors-not-less-than-members": ({ minors, members, membersCell }) => ({
    it: `i minori (${minors}) non sono meno dei componenti (${members}, in ${membersCell}): il nucleo deve comprendere almeno un adulto; correggere uno dei due valori.`,
    en: `the minors (${minors}) are not fewer than the household members (${members}, in ${membersCell}): the household must include at least one adult; correct one of the two values.`,
  }),
  "isee-above-ceiling": ({ isee, ceiling }) => ({
    it: `l'ISEE di ${formatEuro(isee, "it")} supera la soglia di ammissibilità di ${formatEuro(ceiling, "it")}; verificare l'ammissibilità della famiglia.`,
    en: `the ISEE of ${formatEuro(isee, "en")} is above the eligibility ceiling of ${formatEuro(ceiling, "en")}; check the family's eligibility.`,
  }),
  "wait-months-disagree": ({ waitMonths, fromDates }) => ({
    it: `i mesi di attesa indicati (${formatNumber(waitMonths, "it", 1)}) differiscono di più di un mese da quelli tra la data della domanda e la data del contratto (${formatNumber(fromDates, "it", 1)}); verificare quale valore è corretto.`,
    en: `the waiting months given (${formatNumber(waitMonths, "en", 1)}) differ by more than one month from those between the request date and the contract date (${formatNumber(fromDates, "en", 1)}); check which is right.`,
  }),
  "missing-wait": ({ lacking }) => ({
    it: `${it("waitMonths")} è vuoto; va compilato perché ${lacking.length === 2 ? `mancano una ${it("requestDate")} e una ${it("contractDate")} valide` : `manca una ${it(lacking[0])} valida`}.`,
    en: `${en("waitMonths")} is empty; it must be filled in because there is no valid ${lacking.length === 2 ? `${en("requestDate")} or ${en("contractDate")}` : en(lacking[0])}.`,
  }),
  "missing-due-outcome": (args) => ({
    it: `${it(args.field)} è vuoto ma l'esito è dovuto: ${dueTexts(args).it}; indicare Sì o No.`,
    en: `${en(args.field)} is empty but the outcome is due: ${dueTexts(args).en}; enter Yes or No.`,
  }),
  "missing-wellbeing": ({ field }) => ({
    it: `${it(field)} è vuoto: la famiglia risulta non aver risposto e nel tasso di benessere conta come non migliorata; indicare Sì o No se la risposta è nota.`,
    en: `${en(field)} is empty: the family is taken as not having answered and counts as not improved in the wellbeing rate; enter Yes or No if the answer is known.`,
  }),
  "outcome-not-due": (args) => ({
    it: `${it(args.field)} è compilato ma l'esito non è ancora dovuto: ${dueTexts(args).it}; verificare la coorte o l'${paramInSheet("currentYear", "it")}.`,
    en: `${en(args.field)} is filled in but the outcome is not due yet: ${dueTexts(args).en}; check the cohort or the ${paramInSheet("currentYear", "en")}.`,
  }),
  "text-date": ({ field, value, serial }) => ({
    it: `${vIt(value)} in ${it(field)} è una data scritta come testo, letta come ${formatDate(serial, "it")}: ${FOLLOW.it}; inserire una vera data di Excel.`,
    en: `${vEn(value)} in ${en(field)} is a date typed as text, read as ${formatDate(serial, "en")}: ${FOLLOW.en}; type a real Excel date.`,
  }),
  "text-number": ({ field, value, number }) => ({
    it: `${vIt(value)} in ${it(field)} è un numero scritto come testo, letto come ${formatNumber(number, "it")}: ${FOLLOW.it}; inserire un vero numero.`,
    en: `${vEn(value)} in ${en(field)} is a number typed as text, read as ${formatNumber(number, "en")}: ${FOLLOW.en}; type a real number.`,
  }),
  "token-spelling": ({ field, value, flag }) => ({
    it: `${vIt(value)} in ${it(field)} è letto come ${flag ? "Sì" : "No"}, ma le formule non riconoscono questa grafia: ${FOLLOW.it}; scrivere ${flag ? "Sì" : "No"}.`,
    en: `${vEn(value)} in ${en(field)} is read as ${flag ? "Yes" : "No"}, but the formulas do not recognise this spelling: ${FOLLOW.en}; write ${flag ? "Yes" : "No"}.`,
  }),
};

export interface IssueSite {
  /** Sheet-qualified A1 address. */
  cell: string;
  field: FieldKey | null;
  value: CellValue;
}

/** One issue: its severity from RULES, its messages prefixed with the cell. */
export function makeIssue<R extends RuleId>(rule: R, site: IssueSite, args: RuleArgs[R]): Issue {
  const texts = BUILDERS[rule](args);
  return {
    rule,
    severity: RULES[rule],
    cell: site.cell,
    field: site.field,
    value: site.value,
    message: { it: `${site.cell}: ${texts.it}`, en: `${site.cell}: ${texts.en}` },
  };
}
