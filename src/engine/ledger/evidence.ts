import { pick, type Lang } from "../cells/lang";
import { waitedLessThanLimit } from "../payments/cohorts";
import { FIELD_BY_KEY } from "../beneficiaries/fields";
import type { Params } from "../agreement/params";
import type { CohortYear } from "../payments/schedule";
import type { OutcomeKey } from "../keys";
import type { Family, FieldKey } from "../types";
import { EVIDENCE_FORM } from "./fingerprints";

/**
 * The evidence of a tranche (MECHANISM.md §10): for every family of the cohort, the answers that
 * decided the tranche and whether the family was counted in its base. Year 1: lease signed and
 * support started; year 2: housing kept and support continued; year 3: stability, wellbeing,
 * waited under the limit and left (a family who left never achieves; with leaversInDenominator
 * false it is not counted in the base).
 */

export type EvidenceField = OutcomeKey | "waited" | "left";
export type Answer = boolean | null;

export const EVIDENCE_FIELDS: Record<CohortYear, readonly EvidenceField[]> = {
  1: ["leaseSigned", "supportStarted"],
  2: ["housingKept", "supportContinued"],
  3: ["stability", "wellbeing", "waited", "left"],
};

export const ALL_EVIDENCE_FIELDS: readonly EvidenceField[] = [...EVIDENCE_FIELDS[1], ...EVIDENCE_FIELDS[2], ...EVIDENCE_FIELDS[3]];

/** The evidence field's name in H4A_Evidenze and in messages: the beneficiary sheet's header where there is one. */
export function evidenceFieldLabel(field: EvidenceField, lang: Lang): string {
  if (field === "waited") return pick({ it: "Attesa sotto il limite", en: "Waited under the limit" }, lang);
  if (field === "left") return pick({ it: "Uscita", en: "Left" }, lang);
  const spec = FIELD_BY_KEY[field];
  return pick(spec.header, lang);
}

export interface EvidenceEntry {
  programmeYear: number;
  cohort: number;
  cohortYear: CohortYear;
  /** The family's pseudonym (§8), or "riga N" when no key was given. */
  family: string;
  /** The beneficiary sheet's row of the family when recorded. */
  row: number;
  counted: boolean;
  answers: Partial<Record<EvidenceField, Answer>>;
}

/** How a family is named in the evidence: its pseudonym, or its row. */
export type FamilyReference = (family: Family) => string;

export const rowReference: FamilyReference = (family) => `riga ${family.row}`;

const ROW_REFERENCE = /^riga \d+$/;
export const isRowReference = (reference: string): boolean => ROW_REFERENCE.test(reference);

function answersOf(family: Family, cohortYear: CohortYear, p: Params): Partial<Record<EvidenceField, Answer>> {
  if (cohortYear === 1) return { leaseSigned: family.leaseSigned, supportStarted: family.supportStarted };
  if (cohortYear === 2) return { housingKept: family.housingKept, supportContinued: family.supportContinued };
  return {
    stability: family.stability,
    wellbeing: family.wellbeing,
    waited: waitedLessThanLimit(family, p.waitLimitMonths),
    left: family.exitDate !== null,
  };
}

function countedIn(family: Family, cohortYear: CohortYear, p: Params): boolean {
  if (cohortYear === 1) return family.leaseSigned === true && family.supportStarted === true;
  if (cohortYear === 2) return family.housingKept === true && family.supportContinued === true;
  return p.leaversInDenominator || family.exitDate === null;
}

/** The evidence of tranche (cohort, cohortYear) in the families as they are now, sorted by reference. */
export function trancheEvidence(
  families: readonly Family[],
  cohort: number,
  cohortYear: CohortYear,
  p: Params,
  reference: FamilyReference,
): EvidenceEntry[] {
  return families
    .filter((family) => family.cohort === cohort)
    .map((family) => ({
      programmeYear: cohort + cohortYear - 1,
      cohort,
      cohortYear,
      family: reference(family),
      row: family.row,
      counted: countedIn(family, cohortYear, p),
      answers: answersOf(family, cohortYear, p),
    }))
    .sort((a, b) => (a.family < b.family ? -1 : a.family > b.family ? 1 : 0));
}

const answerText = (answer: Answer | undefined): string => (answer === true ? "1" : answer === false ? "0" : "-");

/** The canonical text of a tranche's evidence (fingerprints.ts). */
export function canonicalEvidence(cohort: number, cohortYear: CohortYear, entries: readonly EvidenceEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.family < b.family ? -1 : a.family > b.family ? 1 : 0));
  const lines = sorted.map((entry) =>
    [entry.family, entry.counted ? "1" : "0", ...EVIDENCE_FIELDS[cohortYear].map((field) => answerText(entry.answers[field]))].join("\t"),
  );
  return [EVIDENCE_FORM, `tranche ${cohort} ${cohortYear}`, ...lines].join("\n");
}

/** The beneficiary column whose cell holds an evidence field's answer for this family. */
export function sourceField(field: EvidenceField, family: Family): FieldKey {
  if (field === "left") return "exitDate";
  if (field === "waited") return family.requestDate !== null && family.contractDate !== null ? "contractDate" : "waitMonths";
  return field;
}
