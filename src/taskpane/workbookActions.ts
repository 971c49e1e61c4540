import type { Text } from "../engine/cells/lang";
import { agreementBlocksPayments, readAgreement, type AgreementReading } from "../engine/agreement/agreement";
import { PARAMS_SHEET, DEFAULT_PARAMS, parseParams, type ParamKey, type Params, type RawParams } from "../engine/agreement/params";
import { parseBeneficiarySheet } from "../engine/beneficiaries/parse";
import type { CohortOutcome } from "../engine/payments/cohorts";
import { currentYearTranches, type CurrentYearTranches } from "../engine/payments/currentYearTranches";
import { evaluateProgramme } from "../engine/payments/programme";
import type { YearTotal } from "../engine/payments/schedule";
import { parametersPlan, parametersUpdate, rawParamsFromSheet } from "../engine/sheets/parametersSheet";
import { paymentModel } from "../engine/sheets/paymentModel";
import { PAYMENT_SHEET, PaymentPlanError, paymentPlans, type PaymentRefusal } from "../engine/sheets/paymentPlans";
import { summarizeSheet, type SheetSummary } from "../engine/beneficiaries/sheetSummary";
import { simulatedTotals, type SimulatedTotals } from "../engine/simulation/simulatedTotals";
import type { CellValue, Issue, Severity } from "../engine/types";
import { tableRowList } from "../engine/sheets/tableRows";
import { isFormulaCell, type SheetPlan } from "../engine/sheets/workbookPlan";
import type { DataSource, ExcelGateway, HighlightMark, HighlightResult, SheetOwnership } from "../contract/contract";
import { AddInError } from "../contract/errors";
import { applicantsFrom, createRankingActions, type RankingActions, type RankingAgreement } from "./ranking/rankingActions";
import { createSimulationActions, type SimulationActions } from "./simulation/simulationActions";
import { createShareActions, type ShareActions } from "./share/shareActions";
import { createLedgerActions, type LedgerActions } from "./ledger/ledgerActions";
import { workbookLedger } from "./ledger/ledgerReading";

/**
 * What the task pane does, as plain functions of an ExcelGateway: the engine reads and checks,
 * the gateway carries the reads and writes out. No Office.js and no React here, so the whole flow
 * is tested against an in-memory gateway.
 */

/** The agreement as the Parametri tab shows it. */
export interface AgreementView {
  ownership: SheetOwnership;
  /** The values of H4A_Parametri (the defaults when the sheet does not exist yet). */
  raw: RawParams;
  issues: Issue[];
}

export type SaveResult = { saved: true; params: Params } | { saved: false; issues: Issue[] };

/** The sheets and tables offered in Verifica, with the one to use first. */
export interface SourceChoice {
  sources: DataSource[];
  detected: DataSource | null;
}

export interface Validation {
  source: DataSource;
  /** Issues of the agreement (H4A_Parametri), then of the beneficiary sheet, then of the payments. */
  issues: Issue[];
  counts: Record<Severity, number>;
  summary: SheetSummary;
  /** Invalid agreement values replaced by their defaults to check the sheet. */
  defaultedParams: ParamKey[];
  /** Whether H4A_Parametri had to be created (first use). */
  agreementCreated: boolean;
  /** Each cohort's outcome counts and the agreement they were judged with (the year-3 rates of the summary). */
  outcomes: CohortOutcome[];
  params: Params;
}

export interface FormulaCheck {
  /** Formula cells of the payment tables compared with the engine. */
  compared: number;
  mismatches: { table: string; row: number; column: number; expected: CellValue; actual: CellValue }[];
}

export type PaymentResult =
  | {
      status: "refused";
      reason: PaymentRefusal | "agreement-errors" | "agreement-missing";
      /** With "agreement-missing": what the Parametri tab must give first. */
      missing?: MissingAgreement[];
      message: Text;
      issues: Issue[];
    }
  | {
      status: "written";
      sheets: string[];
      tables: { name: string; rows: number }[];
      years: YearTotal[];
      total: number;
      capCut: number;
      saving: number;
      net: number;
      check: FormulaCheck;
      overview: PaymentOverview;
    };

/** What Pagamenti shows beside the tables: this year's tranches, and the totals of Simulazione to set beside the due one. */
export interface PaymentOverview {
  currentYear: CurrentYearTranches;
  /** Each cohort's outcome counts and the agreement that judged them (the year-3 rates against the thresholds). */
  outcomes: CohortOutcome[];
  params: Params;
  /** Simulazione's simulated and expected totals for the same data and agreement; null when it cannot simulate them. */
  simulation: SimulatedTotals | null;
}

/**
 * The workbook actions of every tab; the Simulazione tab's are in simulation/simulationActions.ts,
 * Condividi's in share/shareActions.ts, the ledger of Pagamenti's in ledger/ledgerActions.ts.
 */
export interface WorkbookActions extends SimulationActions, RankingActions, ShareActions, LedgerActions {
  loadAgreement(): Promise<AgreementView>;
  saveAgreement(raw: RawParams): Promise<SaveResult>;
  listSources(): Promise<SourceChoice>;
  /** With a candidates sheet, the summary's flow starts with its applications (MECHANISM.md §3b; Graduatoria's are in rankingActions.ts). */
  validate(source: DataSource, candidates?: DataSource): Promise<Validation>;
  selectCell(cell: string): Promise<void>;
  highlight(issues: Issue[]): Promise<HighlightResult>;
  removeHighlight(): Promise<HighlightResult>;
  highlightActive(): Promise<boolean>;
  writePayments(source: DataSource, onProgress?: (step: PaymentStep) => void): Promise<PaymentResult>;
}

/** What an agreement lacks before any payment: the premium, and a current year the user chose. */
export type MissingAgreement = "premium" | "currentYear";

/** What the Parametri tab must give before payments: nothing once H4A_Parametri holds a premium and a current year. */
export function missingAgreement(ownership: SheetOwnership, params: Params): MissingAgreement[] {
  if (ownership === "foreign") return [];
  const premium = params.premiumPerFamily !== null || (params.totalPremium !== null && params.plannedFamilies !== null);
  return [...(premium ? [] : (["premium"] as const)), ...(ownership === "missing" ? (["currentYear"] as const) : [])];
}

/** The stages of writing the payment sheets, for the pane's progress. */
export type PaymentStep = "read" | "write" | "check";

/** The raw values of an agreement, as H4A_Parametri holds them (the shares on three rows). */
export function rawOf(params: Params): RawParams {
  const plan = parametersPlan(params);
  const rows = new Map<number, CellValue[]>();
  for (const cell of plan.cells) {
    const row = rows.get(cell.row) ?? [];
    row[cell.column - 1] = isFormulaCell(cell.value) ? cell.value.result : cell.value;
    rows.set(cell.row, row);
  }
  return rawParamsFromSheet({ sheetName: PARAMS_SHEET, topLeft: "A1", values: [...rows.values()] });
}

const countBySeverity = (issues: readonly Issue[]): Record<Severity, number> => ({
  error: issues.filter((i) => i.severity === "error").length,
  warning: issues.filter((i) => i.severity === "warning").length,
  note: issues.filter((i) => i.severity === "note").length,
});

/** The agreement as the checks and the simulation use it: invalid values at their defaults, listed. */
const usableParams = (reading: AgreementReading): { params: Params; issues: Issue[]; defaulted: ParamKey[] } => ({
  params: reading.params,
  issues: reading.issues,
  defaulted: reading.assumed,
});

/** Marks for "Evidenzia": errors and warnings, one per cell. */
export function highlightMarks(issues: readonly Issue[]): HighlightMark[] {
  return issues
    .filter((issue): issue is Issue & { severity: "error" | "warning" } => issue.severity === "error" || issue.severity === "warning")
    .map((issue) => ({ cell: issue.cell, severity: issue.severity }));
}

/** Compares what Excel computed with each formula's expected result (to the cent for numbers). */
export function checkFormulas(plans: readonly SheetPlan[], tables: { name: string; values: CellValue[][] }[]): FormulaCheck {
  const mismatches: FormulaCheck["mismatches"] = [];
  let compared = 0;
  for (const { name, values } of tables) {
    const table = plans.flatMap((plan) => plan.tables).find((t) => t.name === name);
    if (table === undefined) continue;
    tableRowList(table.rows).forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!isFormulaCell(cell)) return;
        compared++;
        const actual = values[r]?.[c] ?? null;
        const expected = cell.result;
        const same =
          typeof expected === "number" && typeof actual === "number"
            ? Math.abs(expected - actual) < 0.005
            : expected === actual || (expected === null && actual === "");
        if (!same) mismatches.push({ table: name, row: r + 1, column: c + 1, expected, actual });
      }),
    );
  }
  return { compared, mismatches };
}

/** Tables small enough to read back after writing (the per-family helper table is checked by tests instead). */
const CHECKED_TABLE_ROWS = 2_000;

export function createWorkbookActions(gateway: ExcelGateway): WorkbookActions {
  /** H4A_Parametri read by the engine's one reading of the agreement (the defaults when the sheet does not exist). */
  async function readAgreementSheet(): Promise<{ ownership: SheetOwnership; reading: AgreementReading }> {
    const sheet = await gateway.readAddInSheet(PARAMS_SHEET);
    const own = sheet.ownership === "own" && sheet.input !== null;
    return { ownership: sheet.ownership, reading: readAgreement(own ? sheet.input : null) };
  }

  async function loadAgreement(): Promise<AgreementView> {
    const { ownership, reading } = await readAgreementSheet();
    if (ownership !== "own") return { ownership, raw: rawOf(DEFAULT_PARAMS), issues: [] };
    return { ownership, raw: reading.raw, issues: reading.issues };
  }

  /** The agreement from H4A_Parametri (read now, unless `read` already holds it), creating the sheet with the defaults on first use. */
  async function ensureAgreement(read?: {
    ownership: SheetOwnership;
    reading: AgreementReading;
  }): Promise<{ reading: AgreementReading; created: boolean }> {
    const { ownership, reading } = read ?? (await readAgreementSheet());
    if (ownership === "foreign") throw AddInError.foreignSheets([PARAMS_SHEET]);
    if (ownership === "missing") await gateway.writeSheets([parametersPlan(DEFAULT_PARAMS)]);
    return { reading, created: ownership === "missing" };
  }

  async function readAndCheck(source: DataSource, read?: { ownership: SheetOwnership; reading: AgreementReading }) {
    const agreement = await ensureAgreement(read);
    const { params, issues: agreementIssues, defaulted } = usableParams(agreement.reading);
    const sheet = await gateway.readSource(source);
    const parsed = parseBeneficiarySheet(sheet, params);
    const programme = evaluateProgramme(parsed.families, params);
    return { agreement, params, agreementIssues, defaulted, sheet, parsed, programme };
  }

  /** The agreement for the ranking and the flow: read, never created; a foreign H4A_Parametri stops. */
  async function rankingAgreement(): Promise<RankingAgreement> {
    const { ownership, reading } = await readAgreementSheet();
    if (ownership === "foreign") throw AddInError.foreignSheets([PARAMS_SHEET]);
    return { ownership, params: reading.params, issues: reading.issues };
  }

  return {
    ...createRankingActions(gateway, rankingAgreement),
    ...createSimulationActions(gateway, async () => usableParams((await readAgreementSheet()).reading)),
    ...createShareActions(gateway),
    ...createLedgerActions(gateway, readAgreementSheet),

    loadAgreement,

    async saveAgreement(raw) {
      const parsed = parseParams(raw);
      if (parsed.params === null) return { saved: false, issues: parsed.issues };
      const sheet = await gateway.readAddInSheet(PARAMS_SHEET);
      if (sheet.ownership === "own" && sheet.input !== null) {
        // The add-in's sheet keeps what the user typed there: only the values that differ change.
        const update = parametersUpdate(sheet.input, parsed.params);
        if (update.cells.length > 0) await gateway.updateOwnCells(PARAMS_SHEET, update.cells, update.names);
      } else {
        // writeSheets refuses, writing nothing, a H4A_Parametri that H4A did not create.
        await gateway.writeSheets([parametersPlan(parsed.params)]);
      }
      return { saved: true, params: parsed.params };
    },

    async listSources() {
      const sources = await gateway.listSources();
      const detected = sources.find((s) => s.kind === "table" && s.headerFound) ?? sources.find((s) => s.headerFound) ?? null;
      return { sources, detected };
    },

    async validate(source, candidates) {
      const { agreement, agreementIssues, defaulted, parsed, programme, params } = await readAndCheck(source);
      const issues = [...agreementIssues, ...parsed.issues, ...programme.issues];
      const applicants = candidates === undefined ? null : await applicantsFrom(gateway, candidates, params);
      return {
        source,
        issues,
        counts: countBySeverity(issues),
        summary: summarizeSheet(parsed.families, params.currentYear, applicants),
        defaultedParams: defaulted,
        agreementCreated: agreement.created,
        outcomes: programme.outcomes,
        params,
      };
    },

    selectCell: (cell) => gateway.selectCell(cell),
    highlight: (issues) => gateway.applyHighlight(highlightMarks(issues)),
    removeHighlight: () => gateway.applyHighlight([]),
    highlightActive: () => gateway.highlightActive(),

    async writePayments(source, onProgress) {
      onProgress?.("read");
      const current = await readAgreementSheet();
      const missing = missingAgreement(current.ownership, current.reading.params);
      if (missing.length > 0) {
        return {
          status: "refused",
          reason: "agreement-missing",
          missing,
          message: {
            it: "Prima dei pagamenti servono i parametri dell'accordo: nulla è stato scritto.",
            en: "The payments need the agreement's parameters first: nothing was written.",
          },
          issues: [],
        };
      }
      const { agreement, sheet, parsed, params } = await readAndCheck(source, current);
      if (agreementBlocksPayments(agreement.reading)) {
        return {
          status: "refused",
          reason: "agreement-errors",
          message: {
            it: `I parametri in ${PARAMS_SHEET} non sono validi: correggerli nella scheda Parametri.`,
            en: `The parameters in ${PARAMS_SHEET} are not valid: fix them in the Parameters tab.`,
          },
          issues: agreement.reading.issues,
        };
      }
      let plans: SheetPlan[];
      try {
        // H4A_Pagamenti shows the years as paid once the ledger holds payments (table (e)), as `h4a fill`
        // writes it; a ledger not as recorded is left out of it (the ledger section says why).
        const ledger = await workbookLedger(gateway, {
          model: paymentModel(parsed, params),
          beneficiarySheet: sheet.sheetName,
          columns: parsed.columns,
          key: null,
        });
        plans = paymentPlans({ sheet, parsed, params }, ledger.errors.length === 0 ? ledger.status : null);
      } catch (error) {
        if (!(error instanceof PaymentPlanError)) throw error;
        return { status: "refused", reason: error.reason, message: error.text, issues: error.issues };
      }
      onProgress?.("write");
      await gateway.writeSheets(plans, { activate: PAYMENT_SHEET });
      onProgress?.("check");
      const tables = plans.flatMap((plan) => plan.tables);
      const checked = tables.filter((table) => table.rows.length <= CHECKED_TABLE_ROWS).map((table) => table.name);
      const check = checkFormulas(plans, await gateway.readTables(checked));
      const programme = evaluateProgramme(parsed.families, params);
      const schedule = programme.schedule;
      return {
        status: "written",
        sheets: plans.map((plan) => plan.name),
        tables: tables.map((table) => ({ name: table.name, rows: table.rows.length })),
        years: schedule?.years ?? [],
        total: schedule?.total ?? 0,
        capCut: schedule?.capCut ?? 0,
        saving: programme.saving.total,
        net: programme.net?.net ?? 0,
        check,
        overview: {
          currentYear: currentYearTranches(schedule, params),
          outcomes: programme.outcomes,
          params,
          simulation: simulatedTotals(parsed.families, params, programme.premiumPerFamily),
        },
      };
    },
  };
}
