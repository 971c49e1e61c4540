import { type Lang, pick } from "../engine/cells/lang";
import { readAgreement, type AgreementReading } from "../engine/agreement/agreement";
import {
  PARAM_KEYS,
  PARAMS_SHEET,
  resolvePremiumPerFamily,
  type ParamKey,
  type Params,
  type ParamRowKey,
  type RawParams,
} from "../engine/agreement/params";
import type { SheetInput } from "../engine/types";
import type { PackageWorkbook } from "../xlsx";
import { unusable } from "./cliError";
import { say } from "./strings";
import { sheetValues } from "./workbookInput";

/**
 * The agreement a command uses (docs/rules.md §7): the workbook's H4A_Parametri sheet (or the
 * defaults), overridden by --param key=value.
 */

const ROW_KEYS: readonly string[] = [...PARAM_KEYS, "share1", "share2", "share3"];

/** --param key=value … as raw parameters; throws a one-line CliError on a malformed item or unknown key. */
export function parseOverrides(items: readonly string[], lang: Lang): RawParams {
  const raw: RawParams = {};
  for (const item of items) {
    const eq = item.indexOf("=");
    if (eq <= 0) {
      throw unusable(say(lang).paramNotKeyValue(item));
    }
    const typed = item.slice(0, eq).trim();
    const key = ROW_KEYS.find((k) => k === typed) ?? ROW_KEYS.find((k) => k.toLowerCase() === typed.toLowerCase());
    if (key === undefined) {
      throw unusable(say(lang).paramUnknown(typed, ROW_KEYS));
    }
    raw[key as ParamKey | ParamRowKey] = item.slice(eq + 1).trim();
  }
  return raw;
}

/** The H4A_Parametri sheet's used range, or null when the workbook has none. */
export function parametersSheetInput(workbook: PackageWorkbook, file: string, lang: Lang): SheetInput | null {
  const sheet = workbook.worksheetNames().find((name) => name.toLowerCase() === PARAMS_SHEET.toLowerCase());
  return sheet === undefined ? null : { ...sheetValues(workbook, sheet, file, lang), sheetName: PARAMS_SHEET };
}

/**
 * The agreement: the workbook's parameters with the overrides applied, read by the engine's one
 * reading (readAgreement). An invalid override is the command line's fault: a one-line CliError
 * (exit code 2). An invalid value in the workbook is an error of the workbook, in `issues`: it
 * blocks every write of payments; checks go on with the defaults listed in `assumed`.
 */
/** The agreement read, with the H4A_Parametri sheet it was read from (null when the workbook has none). */
export interface WorkbookAgreement extends AgreementReading {
  sheet: SheetInput | null;
}

export function agreementOf(workbook: PackageWorkbook, file: string, overrides: RawParams, lang: Lang): WorkbookAgreement {
  const sheet = parametersSheetInput(workbook, file, lang);
  const reading = readAgreement(sheet, overrides);
  // An override is at fault when it is invalid itself, or when the sheet alone was valid.
  const sheetAlone = reading.overridden.length === 0 ? reading : readAgreement(sheet);
  const byOverride =
    reading.issues.find((issue) => reading.overridden.includes(issue.field as ParamKey)) ??
    (sheetAlone.assumed.length === 0 ? reading.issues.find((issue) => reading.assumed.includes(issue.field as ParamKey)) : undefined);
  if (byOverride !== undefined) throw unusable(`--param: ${pick(byOverride.message, lang)}`);
  return { ...reading, sheet };
}

/** The premium per family, or a one-line CliError (exit code 2) when the agreement gives none. */
export function requirePremium(params: Params, lang: Lang): number {
  const resolution = resolvePremiumPerFamily(params);
  if (resolution.premiumPerFamily !== null) return resolution.premiumPerFamily;
  const issue = resolution.issues[0];
  throw unusable(`${pick(issue.message, lang)} ${say(lang).setThePremium}`);
}
