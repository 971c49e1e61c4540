import * as path from "node:path";
import { parseBeneficiarySheet } from "../engine/beneficiaries/parse";
import { assumedValues } from "../engine/agreement/agreement";
import type { Family, Issue } from "../engine/types";
import { agreementOf, parseOverrides } from "./agreement";
import type { ParsedCommand } from "./args";
import type { Io } from "./io";
import { assumedLine, countBySeverity, countsText, familiesText, issueLine, validationJson, type AssumedJson } from "./issuesReport";
import { openBeneficiaries } from "./openInput";
import { say } from "./strings";

/**
 * `h4a validate`: checks the beneficiary sheet (docs/rules.md §3–4) against the workbook's
 * agreement (its current year and ISEE ceiling decide what is due and what is too high).
 * Exit code 0 without errors (warnings allowed), 1 with errors.
 */

export interface Validation {
  sheetName: string;
  families: Family[];
  /** The agreement's invalid parameters, then the sheet's issues in sheet order. */
  issues: Issue[];
  /** The defaults the checks used in place of invalid parameters. */
  assumed: AssumedJson[];
}

export async function runValidation(
  file: string,
  sheetName: string | undefined,
  paramItems: readonly string[],
  io: Io,
): Promise<Validation> {
  const overrides = parseOverrides(paramItems, io.lang);
  const { workbook, sheet, input } = await openBeneficiaries(file, sheetName, io);
  const agreement = agreementOf(workbook, file, overrides, io.lang);
  io.progress.step(say(io.lang).checkingRows);
  const parsed = parseBeneficiarySheet(input, agreement.params);
  return {
    sheetName: sheet,
    families: parsed.families,
    issues: [...agreement.issues, ...parsed.issues],
    assumed: assumedValues(agreement),
  };
}

/** The human report: a summary line, the counts, then one line per issue. */
export function validationReport(file: string, validation: Validation, io: Io): string[] {
  const name = path.basename(file);
  const lines = [
    `${validation.sheetName} (${name}): ${familiesText(validation.families, io.lang)}`,
    `${say(io.lang).result}: ${countsText(validation.issues, io.lang)}.`,
  ];
  for (const issue of validation.issues) lines.push(issueLine(issue, io.lang));
  lines.push(...assumedLine(validation.assumed, io.lang));
  return lines;
}

export async function validateCommand(command: ParsedCommand, io: Io): Promise<number> {
  const file = command.file as string;
  const validation = await runValidation(file, command.sheet, command.params, io);
  if (command.json)
    io.out(JSON.stringify(validationJson(validation.families.length, validation.issues, io.lang, validation.assumed), null, 2));
  else io.out(validationReport(file, validation, io).join("\n"));
  return countBySeverity(validation.issues).error > 0 ? 1 : 0;
}
