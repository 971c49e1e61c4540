import { parseBeneficiarySheet } from "../engine/beneficiaries/parse";
import { resolvePremiumPerFamily, type ParamKey, type Params } from "../engine/agreement/params";
import { paymentModel, PaymentPlanError, type PaymentModel } from "../engine/sheets/paymentModel";
import type { Issue, ParsedSheet, SheetInput } from "../engine/types";
import type { PackageWorkbook } from "../xlsx";
import { agreementOf, parseOverrides, requirePremium } from "./agreement";
import { CliError } from "./cliError";
import type { Io } from "./io";
import { issueLine, validationJson } from "./issuesReport";
import { pick } from "../engine/cells/lang";
import { openBeneficiaries } from "./openInput";
import { say } from "./strings";

/**
 * The common start of `fill` and `indigo`: the workbook read, the agreement resolved, the sheet
 * validated, the programme evaluated. Ends early with exit code 2 (unusable input, invalid
 * --param, no premium) or 1 (validation errors), as issue 4 says.
 */

export interface CheckedProgramme {
  workbook: PackageWorkbook;
  /** The beneficiary sheet's name. */
  sheet: string;
  input: SheetInput;
  params: Params;
  overridden: ParamKey[];
  /** The workbook's H4A_Parametri, null when it has none. */
  agreementSheet: SheetInput | null;
  parsed: ParsedSheet;
  model: PaymentModel;
  /** The sheet's warnings and notes, then the agreement's warnings (premium disagreement, more families than planned, …). */
  notices: Issue[];
}

function refusal(errors: Issue[], families: number, allIssues: Issue[], io: Io): CliError {
  return new CliError(
    1,
    say(io.lang).dataErrors(errors.length),
    errors.map((issue) => issueLine(issue, io.lang)),
    validationJson(families, allIssues, io.lang),
  );
}

export async function checkedProgramme(
  file: string,
  sheetName: string | undefined,
  paramItems: readonly string[],
  io: Io,
): Promise<CheckedProgramme> {
  const overrides = parseOverrides(paramItems, io.lang);
  const { workbook, sheet, input } = await openBeneficiaries(file, sheetName, io);
  const agreement = agreementOf(workbook, file, overrides, io.lang);
  const params = agreement.params;
  io.progress.step(say(io.lang).checkingRows);
  const parsed = parseBeneficiarySheet(input, params);
  const allIssues = [...agreement.issues, ...parsed.issues];
  if (agreement.issues.length > 0)
    throw refusal(
      allIssues.filter((i) => i.severity === "error"),
      parsed.families.length,
      allIssues,
      io,
    );
  requirePremium(params, io.lang);
  const errors = parsed.issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) throw refusal(errors, parsed.families.length, allIssues, io);
  io.progress.step(say(io.lang).computingPayments);
  let model: PaymentModel;
  try {
    model = paymentModel(parsed, params);
  } catch (error) {
    if (!(error instanceof PaymentPlanError)) throw error;
    const exitCode = error.reason === "missing-premium" ? 2 : 1;
    throw new CliError(exitCode, pick(error.text, io.lang), exitCode === 1 ? error.issues.map((i) => issueLine(i, io.lang)) : []);
  }
  const notices = [...parsed.issues, ...resolvePremiumPerFamily(params).issues, ...model.schedule.issues];
  return { workbook, sheet, input, params, overridden: agreement.overridden, agreementSheet: agreement.sheet, parsed, model, notices };
}
