import type { FlowRow, SheetSummary } from "../beneficiaries/sheetSummary";
import type { LooseCell, PlannedCell, SheetPlan, TablePlan } from "./workbookPlan";
import { FLOW_HEADERS, FLOW_SHEET, FLOW_TABLE, FLOW_TITLE, FLOW_TOTAL, flowJoinNote, flowSourceNote, NO_SERVICE } from "./rankingLabels";

/**
 * The sheet H4A_Flusso: the flow of §3b by referring service and stage — applied → eligible (when
 * the workbook has a candidates sheet) → referred → lease signed → housing kept → stability — as
 * a table, with the total below it and how the two sheets meet. The one layout of the task pane
 * and of `h4a rank`.
 */

const TITLE_ROW = 1;
const NOTE_ROW = 2;
const HEADER_ROW = 4;

type Stage = Exclude<keyof FlowRow, "referral">;
const STAGES: readonly Stage[] = ["applied", "eligible", "referred", "leaseSigned", "housingKept", "stability"];

export interface FlowSources {
  beneficiaries: string;
  /** The candidates sheet, or null when the flow starts at "referred". */
  candidates: string | null;
}

export function flowPlan(summary: SheetSummary, sources: FlowSources): SheetPlan {
  const withCandidates = summary.flowJoin !== null;
  const stages = STAGES.filter((stage) => withCandidates || (stage !== "applied" && stage !== "eligible"));
  const rowOf = (row: FlowRow, label: string): PlannedCell[] => [label, ...stages.map((stage) => row[stage] ?? 0)];
  const table: TablePlan = {
    name: FLOW_TABLE,
    row: HEADER_ROW,
    column: 1,
    header: [FLOW_HEADERS.referral, ...stages.map((stage) => FLOW_HEADERS[stage])],
    rows: summary.flow.map((row) => rowOf(row, row.referral ?? NO_SERVICE)),
    numberFormats: [null, ...stages.map(() => null)],
  };
  const totalRow = HEADER_ROW + Math.max(1, summary.flow.length) + 1;
  const cells: LooseCell[] = [
    { row: TITLE_ROW, column: 1, value: FLOW_TITLE, bold: true },
    { row: NOTE_ROW, column: 1, value: flowSourceNote(sources.beneficiaries, withCandidates ? sources.candidates : null) },
    ...rowOf(summary.flowTotal, FLOW_TOTAL).map((value, i): LooseCell => ({ row: totalRow, column: i + 1, value, bold: true })),
  ];
  if (summary.flowJoin !== null) {
    const join = summary.flowJoin;
    cells.push({
      row: totalRow + 2,
      column: 1,
      value: flowJoinNote(join.referredFromCandidates, summary.families, join.eligibleNotReferred),
    });
  }
  return {
    name: FLOW_SHEET,
    cells,
    tables: [table],
    names: [],
    columnWidths: [36, ...stages.map(() => 14)],
  };
}
