import type { Text } from "../cells/lang";
import { cellAddress } from "../cells/address";
import { fieldMessages, unknownCondition, valueEn as vEn, valueIt as vIt } from "../beneficiaries/fieldMessages";
import { CELL_RULES, HEADER_RULES, makeIssue, type RuleArgs } from "../beneficiaries/messages";
import { LocatedIssues } from "../beneficiaries/report";
import { HOUSING_CONDITIONS, type CellValue, type Issue, type Severity } from "../types";
import { CANDIDATE_FIELD_BY_KEY, EVICTION_STAGES, type CandidateFieldKey } from "./fields";

/**
 * The rules of the candidates sheet (§3b), located and in two languages like those of the
 * beneficiary sheet (messages.ts): the same rule ids where the rule is the same, three more for
 * the household's composition. The rules that name no candidate field (an Excel error, a repeated
 * id, minors against members) take the beneficiary sheet's own messages.
 */
export const CANDIDATE_RULES = {
  ...HEADER_RULES,
  ...CELL_RULES,
  "minors-not-less-than-members": "error",
  "elders-above-members": "error",
  "disabled-above-members": "error",
  "minors-and-elders-above-members": "error",
} as const satisfies Record<string, Severity>;

export type CandidateRuleId = keyof typeof CANDIDATE_RULES;

export const CANDIDATE_RULE_IDS = Object.keys(CANDIDATE_RULES) as CandidateRuleId[];

export interface CandidateRuleArgs {
  "missing-header-row": { searchedRows: number };
  "missing-column": { field: CandidateFieldKey; headerRow: number };
  "duplicate-column": { field: CandidateFieldKey; firstCell: string };
  "excel-error": RuleArgs["excel-error"];
  "empty-id": Record<string, never>;
  "missing-value": { field: CandidateFieldKey };
  "duplicate-id": RuleArgs["duplicate-id"];
  "wrong-type": { field: CandidateFieldKey; value: CellValue };
  "out-of-range": { field: CandidateFieldKey; value: number };
  "unknown-token": { field: CandidateFieldKey; value: CellValue };
  "impossible-date": { field: CandidateFieldKey; value: CellValue };
  "minors-not-less-than-members": RuleArgs["minors-not-less-than-members"];
  "elders-above-members": { elders: number; members: number; membersCell: string };
  "disabled-above-members": { disabled: number; members: number; membersCell: string };
  "minors-and-elders-above-members": { minors: number; elders: number; members: number; membersCell: string; minorsCell: string };
}

const FIELD_TEXTS = fieldMessages<CandidateFieldKey>(CANDIDATE_FIELD_BY_KEY);
const { it, en } = FIELD_TEXTS;

type OwnRule = Exclude<CandidateRuleId, "excel-error" | "duplicate-id" | "minors-not-less-than-members">;
type Builders = { [R in OwnRule]: (args: CandidateRuleArgs[R]) => Text };

const BUILDERS: Builders = {
  "missing-header-row": ({ searchedRows }) => ({
    it: `riga di intestazione dei candidati non trovata: nelle prime ${searchedRows} righe non vuote deve esserci una riga con la colonna «ID famiglia», almeno un indicatore (Sfratto, Mesi in struttura, Anziani, Disabili, Violenza) e almeno altre due colonne previste (ad esempio «Componenti» e «ISEE»).`,
    en: `no candidates header row found: one of the first ${searchedRows} non-blank rows must hold the "Family ID" column, at least one indicator (Eviction, Months in shelter, Members aged 70+, Members with a disability, Violence) and at least two other listed columns (for example "Household size" and "ISEE").`,
  }),
  "missing-column": ({ field, headerRow }) => ({
    it: `manca la colonna obbligatoria ${it(field)}; aggiungerla alla riga di intestazione (riga ${headerRow}).`,
    en: `the required column ${en(field)} is missing; add it to the header row (row ${headerRow}).`,
  }),
  "duplicate-column": FIELD_TEXTS.duplicateColumn,
  "empty-id": () => ({
    it: `${it("id")} è vuoto; ogni domanda deve avere un identificativo univoco della famiglia.`,
    en: `${en("id")} is empty; every application needs a unique family identifier.`,
  }),
  "missing-value": FIELD_TEXTS.missingValue,
  "wrong-type": FIELD_TEXTS.wrongType,
  "out-of-range": FIELD_TEXTS.outOfRange,
  "unknown-token": ({ field, value }) => {
    const kind = CANDIDATE_FIELD_BY_KEY[field].kind;
    if (kind === "eviction") {
      const stages = EVICTION_STAGES.join(", ");
      return {
        it: `${vIt(value)} non è una fase di sfratto prevista; usare uno di questi valori: ${stages}.`,
        en: `${vEn(value)} is not a listed eviction stage; use one of: ${stages}.`,
      };
    }
    return kind === "condition" ? unknownCondition(value, HOUSING_CONDITIONS.join(", ")) : FIELD_TEXTS.notYesNo(field, value);
  },
  "impossible-date": FIELD_TEXTS.impossibleDate,
  "elders-above-members": ({ elders, members, membersCell }) => ({
    it: `gli anziani di 70 anni o più (${elders}) sono più dei componenti (${members}, in ${membersCell}); correggere uno dei due valori.`,
    en: `the members aged 70 or more (${elders}) are more than the household members (${members}, in ${membersCell}); correct one of the two values.`,
  }),
  "disabled-above-members": ({ disabled, members, membersCell }) => ({
    it: `i componenti con disabilità (${disabled}) sono più dei componenti del nucleo (${members}, in ${membersCell}); correggere uno dei due valori.`,
    en: `the members with a disability (${disabled}) are more than the household members (${members}, in ${membersCell}); correct one of the two values.`,
  }),
  "minors-and-elders-above-members": ({ minors, elders, members, membersCell, minorsCell }) => ({
    it: `minori (${minors}, in ${minorsCell}) e anziani di 70 anni o più (${elders}) sono in tutto più dei componenti (${members}, in ${membersCell}): nessuno può essere sia minore sia anziano; correggere uno dei valori.`,
    en: `the minors (${minors}, in ${minorsCell}) and the members aged 70 or more (${elders}) add up to more than the household members (${members}, in ${membersCell}): nobody is both; correct one of the values.`,
  }),
};

/** Where a candidate issue sits. */
export interface CandidateSite {
  row: number;
  column: number;
  field: CandidateFieldKey | null;
  value: CellValue;
}

/** One candidate issue, its messages prefixed with the cell. */
export function makeCandidateIssue<R extends CandidateRuleId>(
  rule: R,
  sheetName: string,
  site: CandidateSite,
  args: CandidateRuleArgs[R],
): Issue {
  const cell = cellAddress(sheetName, site.row, site.column);
  if (rule === "excel-error" || rule === "duplicate-id" || rule === "minors-not-less-than-members") {
    // These messages name no candidate-only field: the beneficiary sheet's own texts serve.
    const shared = rule as "excel-error" | "duplicate-id" | "minors-not-less-than-members";
    const issue = makeIssue(shared, { cell, field: null, value: site.value }, args as RuleArgs[typeof shared]);
    return { ...issue, field: site.field };
  }
  const texts = BUILDERS[rule as OwnRule](args as never);
  return {
    rule,
    severity: CANDIDATE_RULES[rule],
    cell,
    field: site.field,
    value: site.value,
    message: { it: `${cell}: ${texts.it}`, en: `${cell}: ${texts.en}` },
  };
}

/** Collects the issues of a candidates sheet, returned in sheet order (row, then column). */
export class CandidateReporter extends LocatedIssues {
  constructor(readonly sheetName: string) {
    super();
  }

  add<R extends CandidateRuleId>(rule: R, site: CandidateSite, args: CandidateRuleArgs[R]): void {
    this.addLocated(site.row, site.column, makeCandidateIssue(rule, this.sheetName, site, args));
  }
}
