import { pick, type Lang, type Text } from "../cells/lang";
import * as z from "../zod";
import { formatCellValue, formatEuro } from "../cells/format";
import { PARAM_KEYS, type ParamKey } from "../keys";
import { PARAM_LABELS, paramLabel } from "./paramLabels";
import type { CellValue, Issue } from "../types";

/** The agreement's parameters (MECHANISM.md §5), in the order of the H4A_Parametri sheet. */

const blankToUndefined = (value: unknown): unknown => (value === "" || value === null || value === undefined ? undefined : value);

const toNumber = (value: unknown): unknown => {
  const v = blankToUndefined(value);
  if (typeof v === "string" && /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(v)) return Number(v);
  return v;
};

const TRUE_WORDS = new Set(["true", "vero", "sì", "si", "yes", "1"]);
const FALSE_WORDS = new Set(["false", "falso", "no", "0"]);
const toBoolean = (value: unknown): unknown => {
  const v = blankToUndefined(value);
  if (typeof v === "string") {
    const word = v.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  return v;
};

const toShares = (value: unknown): unknown => {
  const v = blankToUndefined(value);
  if (typeof v === "string") return v.split(",").map((part) => toNumber(part));
  return Array.isArray(v) ? v.map(toNumber) : v;
};

/** `prepare` on the raw value, then `schema` (the classic API's z.preprocess). */
const preprocess = <S extends z.ZodMiniType>(prepare: (value: unknown) => unknown, schema: S) => z.pipe(z.transform(prepare), schema);
type NumberCheck = (s: z.ZodMiniNumber) => z.ZodMiniNumber;
const num = (check: NumberCheck, fallback: number) => preprocess(toNumber, z._default(check(z.number()), fallback));
const optionalNum = (check: NumberCheck) => preprocess((v) => toNumber(v) ?? null, z.nullable(check(z.number())));
const bool = (fallback: boolean) => preprocess(toBoolean, z._default(z.boolean(), fallback));
/** A list of whole numbers typed as "11,11", "11; 11" or "11 11" (a single number is a list of one). */
const toCounts = (value: unknown): unknown => {
  const v = blankToUndefined(value);
  if (typeof v === "number") return [v];
  if (typeof v === "string")
    return v
      .trim()
      .split(/\s*[,;]\s*|\s+/)
      .map((part) => toNumber(part));
  return Array.isArray(v) ? v.map(toNumber) : v;
};

export const TRUE_UP_POLICIES = ["nextPayment", "reportOnly"] as const;
export type TrueUpPolicy = (typeof TRUE_UP_POLICIES)[number];
const toPolicy = (value: unknown): unknown => {
  const v = blankToUndefined(value);
  if (typeof v !== "string") return v;
  return TRUE_UP_POLICIES.find((policy) => policy.toLowerCase() === v.trim().toLowerCase()) ?? v;
};

const fraction: NumberCheck = (s) => s.check(z.minimum(0), z.maximum(1));
const positive: NumberCheck = (s) => s.check(z.positive());
const nonNegative: NumberCheck = (s) => s.check(z.minimum(0));
const positiveInt: NumberCheck = (s) => s.check(z.int(), z.minimum(1));
const nonNegativeInt: NumberCheck = (s) => s.check(z.int(), z.minimum(0));
const atLeast = (min: number) => z.number().check(z.minimum(min));

/** The most entry years plannedEnrolment may list. */
export const MAX_PLANNED_YEARS = 100;

export const ParamsSchema = z.object({
  totalPremium: optionalNum(positive),
  plannedFamilies: optionalNum(positiveInt),
  premiumPerFamily: optionalNum(positive),
  shares: preprocess(toShares, z._default(z.tuple([atLeast(0), atLeast(0), atLeast(0)]), [0.2, 0.3, 0.5])),
  fullThreshold: num(fraction, 0.8),
  fullStrict: bool(true),
  partialThreshold: num(fraction, 0.6),
  partialStrict: bool(false),
  partialPayment: num(fraction, 0.8),
  belowPartialPayment: num(fraction, 0),
  waitLimitMonths: num(positiveInt, 8),
  leaversInDenominator: bool(true),
  currentYear: num(positiveInt, 1),
  firstCalendarYear: optionalNum((s) => s.check(z.int(), z.minimum(1900), z.maximum(9999))),
  cap: optionalNum(nonNegative),
  iseeCeiling: num(nonNegative, 26000),
  counterfactualMonths: num(nonNegative, 24),
  dailyCost: num(nonNegative, 20),
  wEvictionExecuted: num(nonNegative, 30),
  wEvictionValidated: num(nonNegative, 20),
  wEvictionIntimated: num(nonNegative, 10),
  wPerMonthInShelter: num(nonNegative, 2),
  maxShelterPoints: num(nonNegative, 24),
  wPerMinor: num(nonNegative, 10),
  wPerElder: num(nonNegative, 10),
  wPerDisabled: num(nonNegative, 15),
  wViolence: num(nonNegative, 20),
  wLowIsee: num(nonNegative, 10),
  minShelterMonths: num(nonNegativeInt, 3),
  plannedEnrolment: preprocess(
    (v) => toCounts(v) ?? null,
    z.nullable(z.array(z.int().check(z.minimum(0))).check(z.minLength(1), z.maxLength(MAX_PLANNED_YEARS))),
  ),
  trueUpPolicy: preprocess(toPolicy, z._default(z.enum(TRUE_UP_POLICIES), "nextPayment")),
} satisfies Record<ParamKey, z.ZodMiniType>);

export type Params = z.output<typeof ParamsSchema>;

/** The families planned per entry programme year (§11): plannedEnrolment, else plannedFamilies in year 1, else none. */
export const plannedEnrolmentOf = (p: Params): number[] => p.plannedEnrolment ?? (p.plannedFamilies === null ? [] : [p.plannedFamilies]);
export { PARAM_KEYS, type ParamKey };
/** The names of the H4A_Parametri rows: `shares` takes three rows. */
export type ParamRowKey = Exclude<ParamKey, "shares"> | "share1" | "share2" | "share3";

interface ParamInfo {
  /** The H4A_Parametri sheet's Descrizione column (in Italian) and the form's hint. */
  description: Text;
  /** What a valid value looks like, for the messages. */
  expected: Text;
}

const FRACTION: Text = { it: "un numero tra 0 e 1 (es. 0,8)", en: "a number between 0 and 1 (e.g. 0.8)" };
const NON_NEGATIVE: Text = { it: "un numero ≥ 0", en: "a number ≥ 0" };
const BOOLEAN: Text = { it: "VERO o FALSO", en: "TRUE or FALSE" };
const PREMIUM_OR_EMPTY: Text = { it: "un importo in euro > 0, o vuoto", en: "an amount in euros > 0, or empty" };
/** A fraction bounded by another parameter. */
const fractionNotAbove = (bound: Text): Text => ({
  it: `${FRACTION.it}, non oltre ${bound.it}`,
  en: `${FRACTION.en}, not above ${bound.en}`,
});
/** A parameter the form's label describes in full. */
const described = (key: ParamKey, expected: Text): ParamInfo => ({ description: PARAM_LABELS[key], expected });

export const PARAM_INFO: Record<ParamKey, ParamInfo> = {
  totalPremium: {
    description: { it: "Premio di risultato complessivo dell'accordo (€)", en: "Total result premium of the agreement (€)" },
    expected: PREMIUM_OR_EMPTY,
  },
  plannedFamilies: {
    description: { it: "Famiglie per cui è stato previsto il premio complessivo", en: "Families the total premium was planned for" },
    expected: { it: "un numero intero ≥ 1, o vuoto", en: "a whole number ≥ 1, or empty" },
  },
  premiumPerFamily: {
    description: {
      it: "Premio per famiglia (€): prevale sui due valori precedenti",
      en: "Premium per family (€): wins over the two values above",
    },
    expected: PREMIUM_OR_EMPTY,
  },
  shares: {
    description: { it: "Quota della tranche negli anni di coorte 1, 2, 3", en: "Tranche share in cohort years 1, 2, 3" },
    expected: {
      it: "tre numeri tra 0 e 1 con somma 1 (es. 0,2; 0,3; 0,5)",
      en: "three numbers between 0 and 1 summing to 1 (e.g. 0.2, 0.3, 0.5)",
    },
  },
  fullThreshold: {
    description: { it: "Soglia per il saldo pieno (100 %)", en: "Threshold for the full balance (100 %)" },
    expected: FRACTION,
  },
  fullStrict: {
    description: { it: "Soglia piena stretta (VERO: >, FALSO: ≥)", en: "Full threshold strict (TRUE: >, FALSE: ≥)" },
    expected: BOOLEAN,
  },
  partialThreshold: described("partialThreshold", fractionNotAbove({ it: "la soglia piena", en: "the full threshold" })),
  partialStrict: {
    description: { it: "Soglia parziale stretta (VERO: >, FALSO: ≥)", en: "Partial threshold strict (TRUE: >, FALSE: ≥)" },
    expected: BOOLEAN,
  },
  partialPayment: described("partialPayment", FRACTION),
  belowPartialPayment: described("belowPartialPayment", fractionNotAbove({ it: "il pagamento parziale", en: "the partial payment" })),
  waitLimitMonths: {
    description: { it: "Mesi di attesa massimi (sempre stretto: <)", en: "Waiting limit in months (always strict: <)" },
    expected: { it: "un numero intero di mesi ≥ 1", en: "a whole number of months ≥ 1" },
  },
  leaversInDenominator: {
    description: { it: "Le famiglie uscite contano nel denominatore dei tassi", en: "Families who left count in the rates' denominator" },
    expected: BOOLEAN,
  },
  currentYear: {
    description: {
      it: "Anno corrente: ultimo anno di programma con esiti verificati",
      en: "Current year: last programme year with verified outcomes",
    },
    expected: { it: "un numero intero ≥ 1", en: "a whole number ≥ 1" },
  },
  firstCalendarYear: described("firstCalendarYear", { it: "un anno (es. 2024), o vuoto", en: "a year (e.g. 2024), or empty" }),
  cap: {
    description: { it: "Tetto all'impegno complessivo (€)", en: "Cap on the total premium (€)" },
    expected: { it: "un importo in euro ≥ 0, o vuoto", en: "an amount in euros ≥ 0, or empty" },
  },
  iseeCeiling: { description: { it: "Soglia ISEE di ammissibilità (€)", en: "ISEE eligibility ceiling (€)" }, expected: NON_NEGATIVE },
  counterfactualMonths: described("counterfactualMonths", NON_NEGATIVE),
  dailyCost: {
    description: {
      it: "Costo giornaliero della struttura temporanea, € per persona",
      en: "Daily cost of temporary accommodation, € per person",
    },
    expected: NON_NEGATIVE,
  },
  wEvictionExecuted: described("wEvictionExecuted", NON_NEGATIVE),
  wEvictionValidated: described("wEvictionValidated", NON_NEGATIVE),
  wEvictionIntimated: described("wEvictionIntimated", NON_NEGATIVE),
  wPerMonthInShelter: described("wPerMonthInShelter", NON_NEGATIVE),
  maxShelterPoints: described("maxShelterPoints", NON_NEGATIVE),
  wPerMinor: described("wPerMinor", NON_NEGATIVE),
  wPerElder: described("wPerElder", NON_NEGATIVE),
  wPerDisabled: described("wPerDisabled", NON_NEGATIVE),
  wViolence: described("wViolence", NON_NEGATIVE),
  wLowIsee: described("wLowIsee", NON_NEGATIVE),
  minShelterMonths: described("minShelterMonths", { it: "un numero intero ≥ 0", en: "a whole number ≥ 0" }),
  plannedEnrolment: {
    description: {
      it: "Famiglie previste per anno di ingresso (es. 11; 11): vuoto = le famiglie previste nell'anno 1",
      en: "Families planned per entry year (e.g. 11; 11): empty = the planned families in year 1",
    },
    expected: {
      it: "numeri interi ≥ 0 separati da punto e virgola (es. 11; 11), o vuoto",
      en: "whole numbers ≥ 0 separated by commas or semicolons (e.g. 11,11), or empty",
    },
  },
  trueUpPolicy: {
    description: {
      it: "Conguagli: nextPayment = sul primo pagamento non registrato, reportOnly = solo segnalati",
      en: "True-ups: nextPayment = on the first payment not recorded, reportOnly = shown only",
    },
    expected: { it: "nextPayment o reportOnly", en: "nextPayment or reportOnly" },
  },
};

/** Row keys in sheet order: `shares` expands to share1..share3. */
export const PARAM_ROW_KEYS: ParamRowKey[] = PARAM_KEYS.flatMap((key): ParamRowKey[] =>
  key === "shares" ? ["share1", "share2", "share3"] : [key],
);

export const PARAMS_SHEET = "H4A_Parametri";

/** A parameter in a sentence, with its sheet beside it: Anno corrente (foglio H4A_Parametri). */
export const paramInSheet = (key: ParamKey, lang: Lang): string =>
  `${paramLabel(key, lang)} (${pick({ it: "foglio", en: "sheet" }, lang)} ${PARAMS_SHEET})`;

/** The workbook-scope name of a parameter's value cell. */
export const paramName = (rowKey: ParamRowKey): string => `H4A_${rowKey}`;

/** The value cell of a parameter row in H4A_Parametri (header in row 1, values in column B). */
export const paramCell = (rowKey: ParamRowKey): string => `${PARAMS_SHEET}!B${PARAM_ROW_KEYS.indexOf(rowKey) + 2}`;

export const DEFAULT_PARAMS: Params = ParamsSchema.parse({});

export type RawParams = Partial<Record<ParamKey | ParamRowKey, unknown>>;

export interface ParamsResult {
  params: Params | null;
  issues: Issue[];
}

/** A parameter value as the user typed or sees it: numbers with the language's decimal mark, a list's parts apart. */
export const paramValueText = (value: unknown, lang: Lang): string =>
  Array.isArray(value)
    ? value.map((part) => paramValueText(part, lang)).join(pick({ it: "; ", en: ", " }, lang))
    : value === undefined
      ? ""
      : formatCellValue(toCellValue(value), lang);

function paramIssue(key: ParamKey, value: unknown, rule = "invalid-parameter"): Issue {
  const info = PARAM_INFO[key];
  const shown = (lang: Lang): string => paramValueText(value, lang);
  const cellKey: ParamRowKey = key === "shares" ? "share1" : key;
  return {
    rule,
    severity: "error",
    cell: paramCell(cellKey),
    field: key,
    value: toCellValue(value),
    message: {
      it: `Parametro «${PARAM_LABELS[key].it}» (${key}): valore «${shown("it")}» non valido; atteso ${info.expected.it}.`,
      en: `Parameter "${PARAM_LABELS[key].en}" (${key}): invalid value "${shown("en")}"; expected ${info.expected.en}.`,
    },
  };
}

function toCellValue(value: unknown): CellValue {
  if (value === undefined || value === null) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return Array.isArray(value) ? value.join(",") : String(value);
}

/** Gathers share1..share3 rows into `shares`, leaving other keys as they are. */
function collectShares(raw: RawParams): Record<string, unknown> {
  const { share1, share2, share3, ...rest } = raw;
  const rows = [share1, share2, share3];
  if (rest.shares === undefined && rows.some((v) => blankToUndefined(v) !== undefined)) {
    return { ...rest, shares: rows };
  }
  return rest;
}

/** Rules that relate two parameters: each names the parameter reported and when it fails. */
const CROSS_CHECKS: { key: ParamKey; fails: (p: Params) => boolean }[] = [
  { key: "shares", fails: (p) => Math.abs(p.shares[0] + p.shares[1] + p.shares[2] - 1) > 1e-9 },
  { key: "partialThreshold", fails: (p) => p.partialThreshold > p.fullThreshold },
  { key: "belowPartialPayment", fails: (p) => p.belowPartialPayment > p.partialPayment },
];

/** Reads the agreement from raw values (sheet cells or command-line strings); never throws. */
export function parseParams(raw: RawParams): ParamsResult {
  const input = collectShares(raw);
  const parsed: Record<string, unknown> = {};
  const invalid = new Set<ParamKey>();
  for (const key of PARAM_KEYS) {
    const result = ParamsSchema.shape[key].safeParse(input[key]);
    if (result.success) parsed[key] = result.data;
    else invalid.add(key);
  }
  const params = parsed as Params;
  for (const check of CROSS_CHECKS) {
    if (!invalid.has(check.key) && check.fails(params)) invalid.add(check.key);
  }
  if (invalid.size === 0) return { params, issues: [] };
  return { params: null, issues: PARAM_KEYS.filter((k) => invalid.has(k)).map((k) => paramIssue(k, input[k])) };
}

export interface PremiumResolution {
  premiumPerFamily: number | null;
  issues: Issue[];
}

/** The premium per family (§4): given directly, or total / planned families; never rounded. */
export function resolvePremiumPerFamily(params: Params): PremiumResolution {
  const { premiumPerFamily, totalPremium, plannedFamilies } = params;
  const derived = totalPremium !== null && plannedFamilies !== null ? totalPremium / plannedFamilies : null;
  if (premiumPerFamily !== null) {
    const issues: Issue[] = [];
    if (derived !== null && Math.abs(derived - premiumPerFamily) > 0.005) {
      issues.push({
        rule: "premium-disagreement",
        severity: "warning",
        cell: paramCell("premiumPerFamily"),
        field: "premiumPerFamily",
        value: premiumPerFamily,
        message: {
          it: `Il premio per famiglia (${formatEuro(premiumPerFamily, "it")}) differisce dal premio complessivo diviso per le famiglie previste (${formatEuro(derived, "it")}): vale il premio per famiglia.`,
          en: `The premium per family (${formatEuro(premiumPerFamily, "en")}) differs from the total premium divided by the planned families (${formatEuro(derived, "en")}): the premium per family is used.`,
        },
      });
    }
    return { premiumPerFamily, issues };
  }
  if (derived !== null) return { premiumPerFamily: derived, issues: [] };
  return {
    premiumPerFamily: null,
    issues: [
      {
        rule: "missing-premium",
        severity: "error",
        cell: paramCell("premiumPerFamily"),
        field: "premiumPerFamily",
        value: "",
        message: {
          it: "Nessun pagamento è calcolabile senza il premio per famiglia (premiumPerFamily), o il premio complessivo (totalPremium) con le famiglie previste (plannedFamilies).",
          en: "Nothing can be paid without the premium per family (premiumPerFamily), or the total premium (totalPremium) and the planned families (plannedFamilies).",
        },
      },
    ],
  };
}
