import type { Applicant } from "../beneficiaries/sheetSummary";
import type { CandidateRanking } from "./ranking";

/** The candidates sheet's rows as the flow of §3b counts them (applied → eligible), in sheet order. */
export function applicantsOf(ranking: CandidateRanking): Applicant[] {
  const rows = [
    ...ranking.eligible.map((r) => ({ candidate: r.candidate, eligible: true })),
    ...ranking.excluded.map((e) => ({ candidate: e.candidate, eligible: false })),
  ].sort((a, b) => a.candidate.row - b.candidate.row);
  return rows.map(({ candidate, eligible }) => ({ id: candidate.id, referral: candidate.referral, eligible }));
}
