import * as ExcelJS from "exceljs";
import type { Lang } from "../engine/format";
import {
  DEFAULT_PARAMS,
  PARAM_KEYS,
  PARAMS_SHEET,
  parseParams,
  resolvePremiumPerFamily,
  type ParamKey,
  type Params,
  type ParamRowKey,
  type RawParams,
} from "../engine/params";
import { rawParamsFromSheet } from "../engine/sheets/parametersSheet";
import type { CellValue, Issue } from "../engine/types";
import { unusable } from "./cliError";
import { pick } from "./language";
import { cellValueOf } from "./readWorkbook";

/**
 * The agreement a command uses (MECHANISM.md §5): the workbook's H4A_Parametri sheet (or the
 * defaults), overridden by --param key=value.
 */

const ROW_KEYS: readonly string[] = [...PARAM_KEYS, "share1", "share2", "share3"];

const keyOfRow = (key: string): ParamKey => (key === "share1" || key === "share2" || key === "share3" ? "shares" : (key as ParamKey));

/** --param key=value … as raw parameters; throws a one-line CliError on a malformed item or unknown key. */
export function parseOverrides(items: readonly string[], lang: Lang): RawParams {
  const raw: RawParams = {};
  for (const item of items) {
    const eq = item.indexOf("=");
    if (eq <= 0) {
      throw unusable(
        pick(
          lang,
          `--param ${item}: atteso chiave=valore, ad esempio --param premiumPerFamily=6000.`,
          `--param ${item}: expected key=value, for example --param premiumPerFamily=6000.`,
        ),
      );
    }
    const typed = item.slice(0, eq).trim();
    const key = ROW_KEYS.find((k) => k === typed) ?? ROW_KEYS.find((k) => k.toLowerCase() === typed.toLowerCase());
    if (key === undefined) {
      throw unusable(
        pick(
          lang,
          `--param ${typed}: parametro sconosciuto; le chiavi sono: ${ROW_KEYS.join(", ")}.`,
          `--param ${typed}: unknown parameter; the keys are: ${ROW_KEYS.join(", ")}.`,
        ),
      );
    }
    raw[key as ParamKey | ParamRowKey] = item.slice(eq + 1).trim();
  }
  return raw;
}

/** The H4A_Parametri sheet's values from A1 (the layout of §5), or null when the workbook has none. */
export function parametersSheetValues(workbook: ExcelJS.Workbook): CellValue[][] | null {
  const sheet = workbook.getWorksheet(PARAMS_SHEET);
  if (sheet === undefined) return null;
  const values: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    values[rowNumber - 1] = [1, 2, 3].map((column) => {
      const cell = row.findCell(column);
      return cell === undefined ? "" : cellValueOf(cell);
    });
  });
  return Array.from(values, (row) => row ?? ["", "", ""]);
}

export interface Agreement {
  params: Params;
  /** The workbook's own invalid parameters (errors on H4A_Parametri cells); their defaults are used meanwhile. */
  issues: Issue[];
  /** The keys given with --param. */
  overridden: ParamKey[];
}

function merge(sheet: RawParams, overrides: RawParams): RawParams {
  const merged: RawParams = { ...sheet, ...overrides };
  if ("shares" in overrides) {
    delete merged.share1;
    delete merged.share2;
    delete merged.share3;
  }
  return merged;
}

/**
 * The agreement: the workbook's parameters with the overrides applied. An invalid override is
 * the command line's fault: a one-line CliError (exit code 2). An invalid value in the workbook
 * is an error of the workbook: reported in `issues`, its default used meanwhile.
 */
export function agreementOf(workbook: ExcelJS.Workbook, overrides: RawParams, lang: Lang): Agreement {
  const values = parametersSheetValues(workbook);
  const fromSheet = values === null ? {} : rawParamsFromSheet({ sheetName: PARAMS_SHEET, topLeft: "A1", values });
  const overridden = [...new Set(Object.keys(overrides).map(keyOfRow))];
  const merged = merge(fromSheet, overrides);
  const result = parseParams(merged);
  if (result.params !== null) return { params: result.params, issues: [], overridden };

  const byOverride = result.issues.find((issue) => overridden.includes(issue.field as ParamKey));
  const sheetAlone = parseParams(fromSheet);
  if (byOverride !== undefined || sheetAlone.params !== null) {
    const issue = byOverride ?? result.issues[0];
    throw unusable(`--param: ${pick(lang, issue.messageIt, issue.messageEn)}`);
  }
  return { params: withoutInvalid(merged, result.issues), issues: result.issues, overridden };
}

/** The agreement with the invalid keys dropped (their defaults), dropping more until it parses. */
function withoutInvalid(raw: RawParams, issues: Issue[]): Params {
  let rest: RawParams = { ...raw };
  let current = issues;
  for (let attempt = 0; attempt < PARAM_KEYS.length; attempt++) {
    for (const issue of current) {
      const key = issue.field as ParamKey;
      delete rest[key];
      if (key === "shares") rest = { ...rest, share1: undefined, share2: undefined, share3: undefined };
    }
    const next = parseParams(rest);
    if (next.params !== null) return next.params;
    current = next.issues;
  }
  return DEFAULT_PARAMS;
}

/** The premium per family, or a one-line CliError (exit code 2) when the agreement gives none. */
export function requirePremium(params: Params, lang: Lang): number {
  const resolution = resolvePremiumPerFamily(params);
  if (resolution.premiumPerFamily !== null) return resolution.premiumPerFamily;
  const issue = resolution.issues[0];
  throw unusable(
    `${pick(lang, issue.messageIt, issue.messageEn)} ${pick(
      lang,
      "Indicarlo in H4A_Parametri o con --param premiumPerFamily=6000.",
      "Set it in H4A_Parametri or with --param premiumPerFamily=6000.",
    )}`,
  );
}
