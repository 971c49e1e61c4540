import { applicantsOf } from "../../engine/candidates/flow";
import { parseCandidateSheet, type ParsedCandidates } from "../../engine/candidates/parse";
import { rankCandidates } from "../../engine/candidates/ranking";
import { rankingParamsOf, type RankingParams } from "../../engine/candidates/weights";
import { RANKING_PARAM_KEYS } from "../../engine/keys";
import type { Params } from "../../engine/agreement/params";
import { parseBeneficiarySheet } from "../../engine/beneficiaries/parse";
import { summarizeSheet, type Applicant, type SheetSummary } from "../../engine/beneficiaries/sheetSummary";
import { flowPlan } from "../../engine/sheets/flowSheet";
import { FLOW_SHEET, RANKING_SHEET } from "../../engine/sheets/rankingLabels";
import { rankingPlan } from "../../engine/sheets/rankingSheet";
import type { Issue } from "../../engine/types";
import type { DataSource, ExcelGateway } from "../../contract/contract";

/**
 * The task pane's actions for §3b, as plain functions of an ExcelGateway: read the candidates
 * sheet with the agreement's weights, write the ranking (H4A_Graduatoria) and the flow
 * (H4A_Flusso). The ranking itself is computed in the pane from the parsed rows, so that changing
 * a weight re-ranks without a round trip to Excel. The candidates sheet is only ever read.
 */

/** The agreement as the ranking needs it: usable values (defaults for invalid ones), and what was wrong. */
export interface RankingAgreement {
  ownership: "own" | "missing";
  params: Params;
  issues: Issue[];
}

export interface CandidatesView {
  source: DataSource;
  parsed: ParsedCandidates;
  /** The weights and thresholds of H4A_Parametri (the defaults when the sheet does not exist yet). */
  params: RankingParams;
  /** Whether H4A_Parametri exists; "missing": the defaults are used. */
  agreement: "own" | "missing";
  /** Invalid values of H4A_Parametri among the ranking's parameters (their defaults are used). */
  agreementIssues: Issue[];
}

export type RankingWriteResult =
  { status: "refused"; issues: Issue[] } | { status: "written"; sheet: string; eligible: number; excluded: number; params: RankingParams };

export interface FlowWriteResult {
  sheet: string;
  /** Services in the table. */
  services: number;
  withCandidates: boolean;
  summary: SheetSummary;
}

export interface RankingActions {
  /** 5 syncs: the agreement 3 (1 while H4A_Parametri is missing), the candidates 2 (more read blocks for very large sheets). */
  readCandidates(source: DataSource): Promise<CandidatesView>;
  /** Reads the candidates again and writes H4A_Graduatoria with `params`; refuses while the sheet has errors. 4 syncs. */
  writeRanking(source: DataSource, params: RankingParams): Promise<RankingWriteResult>;
  /** Writes H4A_Flusso from the beneficiary sheet and, when given, the candidates sheet. 7 syncs, 9 with candidates. */
  writeFlow(beneficiaries: DataSource, candidates?: DataSource): Promise<FlowWriteResult>;
}

const RANKING_KEYS: ReadonlySet<string> = new Set(RANKING_PARAM_KEYS);

/** The applications of a candidates sheet for the flow, eligible by the agreement's own weights. */
export async function applicantsFrom(gateway: ExcelGateway, source: DataSource, params: Params): Promise<Applicant[]> {
  const parsed = parseCandidateSheet(await gateway.readSource(source));
  return applicantsOf(rankCandidates(parsed, rankingParamsOf(params)));
}

export function createRankingActions(gateway: ExcelGateway, agreement: () => Promise<RankingAgreement>): RankingActions {
  return {
    async readCandidates(source) {
      const terms = await agreement();
      const parsed = parseCandidateSheet(await gateway.readSource(source));
      return {
        source,
        parsed,
        params: rankingParamsOf(terms.params),
        agreement: terms.ownership,
        agreementIssues: terms.issues.filter((issue) => issue.field !== null && RANKING_KEYS.has(issue.field)),
      };
    },

    async writeRanking(source, params) {
      const parsed = parseCandidateSheet(await gateway.readSource(source));
      const errors = parsed.issues.filter((issue) => issue.severity === "error");
      if (errors.length > 0) return { status: "refused", issues: errors };
      const ranking = rankCandidates(parsed, params);
      await gateway.writeSheets([rankingPlan(ranking)], { activate: RANKING_SHEET });
      return { status: "written", sheet: RANKING_SHEET, eligible: ranking.eligible.length, excluded: ranking.excluded.length, params };
    },

    async writeFlow(beneficiaries, candidates) {
      const { params } = await agreement();
      const parsed = parseBeneficiarySheet(await gateway.readSource(beneficiaries), params);
      const applicants = candidates === undefined ? null : await applicantsFrom(gateway, candidates, params);
      const summary = summarizeSheet(parsed.families, params.currentYear, applicants);
      await gateway.writeSheets([flowPlan(summary, { beneficiaries: beneficiaries.sheet, candidates: candidates?.sheet ?? null })], {
        activate: FLOW_SHEET,
      });
      return { sheet: FLOW_SHEET, services: summary.flow.length, withCandidates: applicants !== null, summary };
    },
  };
}
