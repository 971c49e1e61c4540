import { z } from "zod";
import { isValidCohort } from "../engine/payments/cohorts";
import { type Lang, pick } from "../engine/cells/lang";
import type { Family, Issue, Severity } from "../engine/types";
import { say } from "./strings";

/** The validation issues as the command line prints them: lines for people, JSON for programs. */

const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One issue in the JSON of `h4a validate` (and of a refused `fill`); `message` is in the language of LANG. */
export const IssueJsonSchema = z.object({
  severity: z.enum(["error", "warning", "note"]),
  cell: z.string(),
  field: z.string().nullable(),
  rule: z.string(),
  value: CellValueSchema,
  message: z.string(),
  messageIt: z.string(),
  messageEn: z.string(),
});

/** A parameter of H4A_Parametri whose value is invalid, and the default the checks used instead. */
export const AssumedJsonSchema = z.object({
  parameter: z.string(),
  value: z.union([CellValueSchema, z.array(z.number())]),
});

/** `h4a validate --json`: `families` counts the non-blank data rows. */
export const ValidationJsonSchema = z.object({
  families: z.number().int().min(0),
  issues: z.array(IssueJsonSchema),
  assumed: z.array(AssumedJsonSchema),
});

export type IssueJson = z.infer<typeof IssueJsonSchema>;
export type ValidationJson = z.infer<typeof ValidationJsonSchema>;

export function issueJson(issue: Issue, lang: Lang): IssueJson {
  return {
    severity: issue.severity,
    cell: issue.cell,
    field: issue.field,
    rule: issue.rule,
    value: issue.value,
    message: pick(issue.message, lang),
    messageIt: issue.message.it,
    messageEn: issue.message.en,
  };
}

export type AssumedJson = z.infer<typeof AssumedJsonSchema>;

export function validationJson(
  families: number,
  issues: readonly Issue[],
  lang: Lang,
  assumed: readonly AssumedJson[] = [],
): ValidationJson {
  return { families, issues: issues.map((issue) => issueJson(issue, lang)), assumed: [...assumed] };
}

/** "Valori assunti per le verifiche: partialPayment = 0.8, …" — or nothing when every parameter is valid. */
export function assumedLine(assumed: readonly AssumedJson[], lang: Lang): string[] {
  if (assumed.length === 0) return [];
  const list = assumed
    .map(({ parameter, value }) => `${parameter} = ${Array.isArray(value) ? value.join(", ") : value === null ? "—" : String(value)}`)
    .join("; ");
  return [say(lang).assumed(list)];
}

/** "errore   Beneficiari!F7: …" — sheet messages already name their cell, the agreement's get it here. */
export function issueLine(issue: Issue, lang: Lang): string {
  const message = pick(issue.message, lang);
  return `${say(lang).severity(issue.severity).padEnd(8)} ${message.startsWith(`${issue.cell}:`) ? message : `${issue.cell}: ${message}`}`;
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}

/** "2 errori, 1 avviso, 0 note" / "2 errors, 1 warning, 0 notes". */
export function countsText(issues: readonly Issue[], lang: Lang): string {
  return say(lang).counts(countBySeverity(issues));
}

/** "39 famiglie (coorte 1: 12, coorte 2: 14, coorte 3: 13)". */
export function familiesText(families: readonly Family[], lang: Lang): string {
  const byCohort = new Map<number, number>();
  for (const f of families) if (isValidCohort(f.cohort)) byCohort.set(f.cohort, (byCohort.get(f.cohort) ?? 0) + 1);
  const total = say(lang).families(families.length);
  if (byCohort.size === 0) return total;
  const parts = [...byCohort.entries()].sort(([a], [b]) => a - b).map(([cohort, n]) => `${say(lang).cohort} ${cohort}: ${n}`);
  return `${total} (${parts.join(", ")})`;
}
