import { pick, type Lang } from "../cells/lang";
// zod/mini: the same checks as zod's classic API, a fraction of its size in functions.js.
import * as z from "zod/mini";
import { formatEuro } from "../cells/format";
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
  descriptionIt: string;
  descriptionEn: string;
  expectedIt: string;
  expectedEn: string;
}

const FRACTION_IT = "un numero tra 0 e 1 (es. 0,8)";
const FRACTION_EN = "a number between 0 and 1 (e.g. 0.8)";
const NON_NEG_IT = "un numero ≥ 0";
const NON_NEG_EN = "a number ≥ 0";
const BOOL_IT = "VERO o FALSO";
const BOOL_EN = "TRUE or FALSE";
const weight = (it: string, en: string): ParamInfo => ({
  descriptionIt: `Punti: ${it}`,
  descriptionEn: `Points: ${en}`,
  expectedIt: NON_NEG_IT,
  expectedEn: NON_NEG_EN,
});

export const PARAM_INFO: Record<ParamKey, ParamInfo> = {
  totalPremium: {
    descriptionIt: "Premio di risultato complessivo dell'accordo (€)",
    descriptionEn: "Total result premium of the agreement (€)",
    expectedIt: "un importo in euro > 0, o vuoto",
    expectedEn: "an amount in euros > 0, or empty",
  },
  plannedFamilies: {
    descriptionIt: "Famiglie per cui è stato previsto il premio complessivo",
    descriptionEn: "Families the total premium was planned for",
    expectedIt: "un numero intero ≥ 1, o vuoto",
    expectedEn: "a whole number ≥ 1, or empty",
  },
  premiumPerFamily: {
    descriptionIt: "Premio per famiglia (€): prevale sui due valori precedenti",
    descriptionEn: "Premium per family (€): wins over the two values above",
    expectedIt: "un importo in euro > 0, o vuoto",
    expectedEn: "an amount in euros > 0, or empty",
  },
  shares: {
    descriptionIt: "Quota della tranche negli anni di coorte 1, 2, 3",
    descriptionEn: "Tranche share in cohort years 1, 2, 3",
    expectedIt: "tre numeri tra 0 e 1 con somma 1 (es. 0,2; 0,3; 0,5)",
    expectedEn: "three numbers between 0 and 1 summing to 1 (e.g. 0.2, 0.3, 0.5)",
  },
  fullThreshold: {
    descriptionIt: "Soglia per il saldo pieno (100 %)",
    descriptionEn: "Threshold for the full balance (100 %)",
    expectedIt: FRACTION_IT,
    expectedEn: FRACTION_EN,
  },
  fullStrict: {
    descriptionIt: "Soglia piena stretta (VERO: >, FALSO: ≥)",
    descriptionEn: "Full threshold strict (TRUE: >, FALSE: ≥)",
    expectedIt: BOOL_IT,
    expectedEn: BOOL_EN,
  },
  partialThreshold: {
    descriptionIt: "Soglia per il saldo parziale",
    descriptionEn: "Threshold for the partial balance",
    expectedIt: `${FRACTION_IT}, non oltre la soglia piena`,
    expectedEn: `${FRACTION_EN}, not above the full threshold`,
  },
  partialStrict: {
    descriptionIt: "Soglia parziale stretta (VERO: >, FALSO: ≥)",
    descriptionEn: "Partial threshold strict (TRUE: >, FALSE: ≥)",
    expectedIt: BOOL_IT,
    expectedEn: BOOL_EN,
  },
  partialPayment: {
    descriptionIt: "Quota del saldo pagata al livello parziale",
    descriptionEn: "Share of the balance paid at the partial tier",
    expectedIt: FRACTION_IT,
    expectedEn: FRACTION_EN,
  },
  belowPartialPayment: {
    descriptionIt: "Quota del saldo pagata sotto la soglia parziale",
    descriptionEn: "Share of the balance paid below the partial threshold",
    expectedIt: `${FRACTION_IT}, non oltre il pagamento parziale`,
    expectedEn: `${FRACTION_EN}, not above the partial payment`,
  },
  waitLimitMonths: {
    descriptionIt: "Mesi di attesa massimi (sempre stretto: <)",
    descriptionEn: "Waiting limit in months (always strict: <)",
    expectedIt: "un numero intero di mesi ≥ 1",
    expectedEn: "a whole number of months ≥ 1",
  },
  leaversInDenominator: {
    descriptionIt: "Le famiglie uscite contano nel denominatore dei tassi",
    descriptionEn: "Families who left count in the rates' denominator",
    expectedIt: BOOL_IT,
    expectedEn: BOOL_EN,
  },
  currentYear: {
    descriptionIt: "Anno corrente: ultimo anno di programma con esiti verificati",
    descriptionEn: "Current year: last programme year with verified outcomes",
    expectedIt: "un numero intero ≥ 1",
    expectedEn: "a whole number ≥ 1",
  },
  firstCalendarYear: {
    descriptionIt: "Anno solare dell'anno di programma 1",
    descriptionEn: "Calendar year of programme year 1",
    expectedIt: "un anno (es. 2024), o vuoto",
    expectedEn: "a year (e.g. 2024), or empty",
  },
  cap: {
    descriptionIt: "Tetto all'impegno complessivo (€)",
    descriptionEn: "Cap on the total premium (€)",
    expectedIt: "un importo in euro ≥ 0, o vuoto",
    expectedEn: "an amount in euros ≥ 0, or empty",
  },
  iseeCeiling: {
    descriptionIt: "Soglia ISEE di ammissibilità (€)",
    descriptionEn: "ISEE eligibility ceiling (€)",
    expectedIt: NON_NEG_IT,
    expectedEn: NON_NEG_EN,
  },
  counterfactualMonths: {
    descriptionIt: "Mesi controfattuali in struttura temporanea",
    descriptionEn: "Counterfactual months in temporary accommodation",
    expectedIt: NON_NEG_IT,
    expectedEn: NON_NEG_EN,
  },
  dailyCost: {
    descriptionIt: "Costo giornaliero della struttura temporanea, € per persona",
    descriptionEn: "Daily cost of temporary accommodation, € per person",
    expectedIt: NON_NEG_IT,
    expectedEn: NON_NEG_EN,
  },
  wEvictionExecuted: weight("sfratto eseguito", "eviction carried out"),
  wEvictionValidated: weight("sfratto convalidato", "eviction validated"),
  wEvictionIntimated: weight("sfratto intimato", "eviction notice served"),
  wPerMonthInShelter: weight("per mese in struttura temporanea", "per month in temporary accommodation"),
  maxShelterPoints: weight("massimo per i mesi in struttura", "maximum for months in accommodation"),
  wPerMinor: weight("per minore", "per minor"),
  wPerElder: weight("per componente di 70 anni o più", "per member aged 70 or more"),
  wPerDisabled: weight("per componente con disabilità", "per member with a disability"),
  wViolence: weight("vittima di violenza", "victim of violence"),
  wLowIsee: weight("ISEE sotto metà della soglia", "ISEE below half the ceiling"),
  minShelterMonths: {
    descriptionIt: "Mesi in struttura temporanea che rendono ammissibile",
    descriptionEn: "Months in temporary accommodation that make a family eligible",
    expectedIt: "un numero intero ≥ 0",
    expectedEn: "a whole number ≥ 0",
  },
  plannedEnrolment: {
    descriptionIt: "Famiglie previste per anno di ingresso (es. 11; 11): vuoto = le famiglie previste nell'anno 1",
    descriptionEn: "Families planned per entry year (e.g. 11; 11): empty = the planned families in year 1",
    expectedIt: "numeri interi ≥ 0 separati da punto e virgola (es. 11; 11), o vuoto",
    expectedEn: "whole numbers ≥ 0 separated by commas or semicolons (e.g. 11,11), or empty",
  },
  trueUpPolicy: {
    descriptionIt: "Conguagli: nextPayment = sul primo pagamento non registrato, reportOnly = solo segnalati",
    descriptionEn: "True-ups: nextPayment = on the first payment not recorded, reportOnly = shown only",
    expectedIt: "nextPayment o reportOnly",
    expectedEn: "nextPayment or reportOnly",
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

function paramIssue(key: ParamKey, value: unknown, rule = "invalid-parameter"): Issue {
  const info = PARAM_INFO[key];
  const shown = Array.isArray(value) ? value.join(", ") : value === undefined || value === null ? "" : String(value);
  const cellKey: ParamRowKey = key === "shares" ? "share1" : key;
  return {
    rule,
    severity: "error",
    cell: paramCell(cellKey),
    field: key,
    value: toCellValue(value),
    message: {
      it: `Parametro «${PARAM_LABELS[key].it}» (${key}): valore «${shown}» non valido; atteso ${info.expectedIt}.`,
      en: `Parameter "${PARAM_LABELS[key].en}" (${key}): invalid value "${shown}"; expected ${info.expectedEn}.`,
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
