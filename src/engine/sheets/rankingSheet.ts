import { emergencyText } from "../candidates/eligibility";
import { tieText, type CandidateRanking } from "../candidates/ranking";
import { scoreSentence } from "../candidates/score";
import { CONTRIBUTION_KEYS, RANKING_PARAM_KEYS, type ContributionKey } from "../keys";
import { PARAM_INFO } from "../agreement/params";
import type { LooseCell, PlannedCell, SheetPlan, TablePlan } from "./workbookPlan";
import { DATE_FORMAT, EURO_FORMAT } from "./paymentLabels";
import {
  contributionHeader,
  PARAMS_BLOCK_HEADER,
  RANKING_HEADERS,
  RANKING_RULE_NOTE,
  RANKING_SHEET,
  RANKING_TABLE_TITLES,
  RANKING_TABLES,
  RANKING_TITLE,
  rankingSourceNote,
} from "./rankingLabels";

/**
 * The sheet H4A_Graduatoria: the ranked list of §3b as a table (rank, id, score, each weight's
 * points, the reasons in words), the families not eligible with every reason, and the weights and
 * thresholds the ranking used — the one layout that the task pane and `h4a rank` both write.
 * Values only: the ranking is a decision taken at one moment, and the candidates sheet is never
 * touched.
 */

const TITLE_ROW = 1;
const SOURCE_ROW = 2;
const RULE_ROW = 3;
const FIRST_TITLE_ROW = 5;

type EligibleColumn = "rank" | "id" | "score" | "requestDate" | "referral" | "emergencies" | ContributionKey | "why" | "row";
type ExcludedColumn = "id" | "row" | "requestDate" | "referral" | "reasons";

const ELIGIBLE_COLUMNS: readonly EligibleColumn[] = [
  "rank",
  "id",
  "score",
  "requestDate",
  "referral",
  "emergencies",
  ...CONTRIBUTION_KEYS,
  "why",
  "row",
];
/** From column B, so that id, date and service sit under the same columns as in the ranked table. */
const EXCLUDED_COLUMNS: readonly ExcludedColumn[] = ["id", "row", "requestDate", "referral", "reasons"];

const headerOf = (column: EligibleColumn | ExcludedColumn): string =>
  (CONTRIBUTION_KEYS as readonly string[]).includes(column)
    ? contributionHeader(column as ContributionKey)
    : RANKING_HEADERS[column as keyof typeof RANKING_HEADERS];

const FORMATS: Partial<Record<EligibleColumn | ExcludedColumn, string>> = { requestDate: DATE_FORMAT };

const blankIfNull = (value: string | number | null): PlannedCell => (value === null ? "" : value);

export function rankingPlan(ranking: CandidateRanking): SheetPlan {
  const { params } = ranking;
  const eligibleRows = ranking.eligible.map((ranked): PlannedCell[] => {
    const c = ranked.candidate;
    const score = { score: ranked.score, contributions: ranked.contributions };
    const tie = tieText(ranked, "it");
    const why = `${scoreSentence(c, score, params, "it")}.${tie === null ? "" : ` ${tie}`}`;
    const cells: Record<EligibleColumn, PlannedCell> = {
      rank: ranked.rank,
      id: blankIfNull(c.id),
      score: ranked.score,
      requestDate: blankIfNull(c.requestDate),
      referral: blankIfNull(c.referral),
      emergencies: ranked.emergencies.map((code) => emergencyText(code, c, params, "it")).join("; "),
      ...ranked.contributions,
      why,
      row: c.row,
    };
    return ELIGIBLE_COLUMNS.map((column) => cells[column]);
  });
  const excludedRows = ranking.excluded.map(({ candidate: c, reasons }): PlannedCell[] => {
    const cells: Record<ExcludedColumn, PlannedCell> = {
      id: blankIfNull(c.id),
      row: c.row,
      requestDate: blankIfNull(c.requestDate),
      referral: blankIfNull(c.referral),
      reasons: reasons.map((reason) => reason.message.it).join("; "),
    };
    return EXCLUDED_COLUMNS.map((column) => cells[column]);
  });

  const eligibleHeader = FIRST_TITLE_ROW + 1;
  const eligibleTable: TablePlan = {
    name: RANKING_TABLES.eligible,
    row: eligibleHeader,
    column: 1,
    header: ELIGIBLE_COLUMNS.map(headerOf),
    rows: eligibleRows,
    numberFormats: ELIGIBLE_COLUMNS.map((column) => FORMATS[column] ?? null),
  };
  // An empty table still takes one (blank) row in Excel.
  const excludedTitle = eligibleHeader + Math.max(1, eligibleRows.length) + 2;
  const excludedTable: TablePlan = {
    name: RANKING_TABLES.excluded,
    row: excludedTitle + 1,
    column: 2,
    header: EXCLUDED_COLUMNS.map(headerOf),
    rows: excludedRows,
    numberFormats: EXCLUDED_COLUMNS.map((column) => FORMATS[column] ?? null),
  };
  const paramsTitle = excludedTitle + 1 + Math.max(1, excludedRows.length) + 2;

  const title = (row: number, value: string): LooseCell => ({ row, column: 1, value, bold: true });
  const cells: LooseCell[] = [
    title(TITLE_ROW, RANKING_TITLE),
    {
      row: SOURCE_ROW,
      column: 1,
      value: rankingSourceNote(
        ranking.sheetName,
        ranking.eligible.length + ranking.excluded.length,
        ranking.eligible.length,
        ranking.excluded.length,
      ),
    },
    { row: RULE_ROW, column: 1, value: RANKING_RULE_NOTE },
    title(FIRST_TITLE_ROW, RANKING_TABLE_TITLES.eligible),
    title(excludedTitle, RANKING_TABLE_TITLES.excluded),
    title(paramsTitle, RANKING_TABLE_TITLES.params),
    ...PARAMS_BLOCK_HEADER.map((value, i): LooseCell => ({ row: paramsTitle + 1, column: i + 1, value, bold: true })),
  ];
  RANKING_PARAM_KEYS.forEach((key, i) => {
    const row = paramsTitle + 2 + i;
    cells.push({ row, column: 1, value: key });
    cells.push({ row, column: 2, value: params[key], ...(key === "iseeCeiling" ? { numberFormat: EURO_FORMAT } : {}) });
    cells.push({ row, column: 3, value: PARAM_INFO[key].description.it });
  });
  return {
    name: RANKING_SHEET,
    cells,
    tables: [eligibleTable, excludedTable],
    names: [],
    columnWidths: [10, 14, 14, 13, 34, 44, 16, 16, 16, 16, 16, 16, 16, 16, 16, 110, 14],
  };
}
