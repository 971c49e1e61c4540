import * as path from "node:path";
import { applicantsOf } from "../engine/candidates/flow";
import { parseCandidateSheet } from "../engine/candidates/parse";
import { rankCandidates, tieText, type CandidateRanking } from "../engine/candidates/ranking";
import { scoreSentence } from "../engine/candidates/score";
import { rankingParamsOf } from "../engine/candidates/weights";
import { formatNumber } from "../engine/cells/format";
import { type Lang, pick } from "../engine/cells/lang";
import { PARAMS_SHEET, type Params } from "../engine/agreement/params";
import { parseBeneficiarySheet } from "../engine/beneficiaries/parse";
import { summarizeSheet } from "../engine/beneficiaries/sheetSummary";
import { flowPlan } from "../engine/sheets/flowSheet";
import { rankingPlan } from "../engine/sheets/rankingSheet";
import type { SheetPlan } from "../engine/sheets/workbookPlan";
import type { PackageWorkbook } from "../xlsx";
import { agreementOf, parseOverrides } from "./agreement";
import { requireOption, type ParsedCommand } from "./args";
import { findCandidatesSheet } from "./candidatesInput";
import { CliError } from "./cliError";
import type { Io } from "./io";
import { issueLine, validationJson } from "./issuesReport";
import { openWorkbook } from "./openInput";
import { checkOutput } from "./output";
import { rankJson } from "./rankJson";
import { say } from "./strings";
import { findBeneficiarySheet, sheetValues } from "./workbookInput";
import { saveWorkbook, writeAddInSheets, writeAgreement } from "./workbookOutput";

/**
 * `h4a rank`: the candidates sheet (docs/rules.md §5) ranked with the agreement's weights —
 * H4A_Parametri, overridden by --param — and written into a copy of the workbook: H4A_Parametri
 * (the agreement used), H4A_Graduatoria (the task pane's layout) and, when the workbook also has a
 * beneficiary sheet, H4A_Flusso. The candidates sheet is never changed. Exit 1 (nothing written)
 * while the candidates sheet or H4A_Parametri has errors; 2 for an unusable input.
 */
export async function rankCommand(command: ParsedCommand, io: Io): Promise<number> {
  const file = command.file as string;
  const t = say(io.lang);
  const output = requireOption("rank", command.output, t.outputXlsxOption, io.lang);
  const target = checkOutput(output, [file], command.force, io.lang);
  const overrides = parseOverrides(command.params, io.lang);
  const workbook = await openWorkbook(file, io);
  const sheet = findCandidatesSheet(workbook, command.sheet, file, io.lang);
  io.progress.step(t.readingApplications(sheet));
  const agreement = agreementOf(workbook, file, overrides, io.lang);
  const parsed = parseCandidateSheet(sheetValues(workbook, sheet, file, io.lang));
  const allIssues = [...agreement.issues, ...parsed.issues];
  const errors = allIssues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) {
    throw new CliError(
      1,
      t.candidateErrors(errors.length),
      errors.map((issue) => issueLine(issue, io.lang)),
      validationJson(parsed.candidates.length, allIssues, io.lang),
    );
  }
  io.progress.step(t.ranking);
  const ranking = rankCandidates(parsed, rankingParamsOf(agreement.params));
  const flow = flowOf(workbook, file, agreement.params, ranking, io.lang);
  const ranked: SheetPlan[] = [rankingPlan(ranking), ...(flow === null ? [] : [flow])];
  await writeAddInSheets(workbook, [...(await writeAgreement(workbook, agreement.sheet, agreement.params)), ...ranked], io.lang);
  const plans = [{ name: PARAMS_SHEET }, ...ranked];
  await saveWorkbook(target, workbook, io);

  if (command.json) {
    io.out(JSON.stringify(rankJson(ranking, io.lang), null, 2));
    return 0;
  }
  const lines = rankingLines(ranking, path.basename(file), io.lang);
  const notices = parsed.issues.filter((issue) => issue.severity !== "note");
  if (notices.length > 0) lines.push("", t.warnings, ...notices.map((issue) => issueLine(issue, io.lang)));
  const overridden = agreement.overridden.length > 0 ? t.withParams(agreement.overridden) : "";
  lines.push(
    "",
    t.ranked(
      output,
      plans.map((p) => p.name),
      PARAMS_SHEET,
      overridden,
      sheet,
    ),
  );
  io.out(lines.join("\n"));
  return 0;
}

/** The flow of §3b when the workbook also holds a beneficiary sheet; null otherwise. */
function flowOf(workbook: PackageWorkbook, file: string, params: Params, ranking: CandidateRanking, lang: Lang): SheetPlan | null {
  let beneficiaries: string;
  try {
    beneficiaries = findBeneficiarySheet(workbook, undefined, file, lang);
  } catch (error) {
    if (error instanceof CliError) return null;
    throw error;
  }
  const parsed = parseBeneficiarySheet(sheetValues(workbook, beneficiaries, file, lang), params);
  const summary = summarizeSheet(parsed.families, params.currentYear, applicantsOf(ranking));
  return flowPlan(summary, { beneficiaries, candidates: ranking.sheetName });
}

/** The ranking for people: a summary line, the ranked families with their points, the others with their reasons. */
export function rankingLines(ranking: CandidateRanking, fileName: string, lang: Lang): string[] {
  const t = say(lang);
  const lines = [t.applications(ranking.sheetName, fileName, ranking.eligible.length, ranking.excluded.length)];
  const noId = t.noId;
  if (ranking.eligible.length > 0) {
    lines.push("", t.rankingTitle);
    const width = Math.max(...ranking.eligible.map((r) => (r.candidate.id ?? noId).length));
    for (const ranked of ranking.eligible) {
      const score = { score: ranked.score, contributions: ranked.contributions };
      const tie = tieText(ranked, lang);
      lines.push(
        `${String(ranked.rank).padStart(4)}. ${(ranked.candidate.id ?? noId).padEnd(width)}  ${formatNumber(ranked.score, lang).padStart(5)}  ${scoreSentence(ranked.candidate, score, ranking.params, lang)}${tie === null ? "" : `. ${tie}`}`,
      );
    }
  }
  if (ranking.excluded.length > 0) {
    lines.push("", t.notEligibleTitle);
    for (const { candidate, reasons } of ranking.excluded) {
      lines.push(`      ${candidate.id ?? noId} (${t.row} ${candidate.row}): ${reasons.map((r) => pick(r.message, lang)).join("; ")}`);
    }
  }
  return lines;
}
