import { pick, type Lang } from "../cells/lang";
import { parseAddress } from "../cells/address";
import { formatDate } from "../cells/format";
import type { Issue } from "../types";
import { eligibilityOf, type EmergencyCode, type ExclusionReason, type RowErrors } from "./eligibility";
import { isCandidateField, type Candidate, type CandidateFieldKey } from "./fields";
import { scoreOf, type Contributions } from "./score";
import type { RankingParams } from "./weights";

/**
 * The ranked list of §3b: eligible families by score, ranks 1…n with no shared rank — equal
 * scores go to the earlier request date (a family without one after those with one), then to the
 * id in ascending order (numbers inside ids compared as numbers: F9 before F10) — and every
 * family that is not eligible, with all its reasons. A row with a validation error is not ranked:
 * it is listed with its cells to fix.
 */

export interface RankedCandidate {
  /** 1…n, no two families share one. */
  rank: number;
  candidate: Candidate;
  score: number;
  /** Each weight's points, keyed by the weight's key. */
  contributions: Contributions;
  /** The emergency conditions that make the family eligible. */
  emergencies: EmergencyCode[];
  /** The eligible families with exactly the same score, this one included; null when its score is its own. */
  tie: Tie | null;
}

/** A group of equal scores, placed by request date, then id: the ranks it takes, first and last (the group is this span). */
export interface Tie {
  firstRank: number;
  lastRank: number;
}

export interface ExcludedCandidate {
  candidate: Candidate;
  reasons: ExclusionReason[];
}

export interface CandidateRanking {
  sheetName: string;
  params: RankingParams;
  eligible: RankedCandidate[];
  /** In sheet order. */
  excluded: ExcludedCandidate[];
}

export interface RankingInput {
  sheetName: string;
  candidates: readonly Candidate[];
  /** The sheet's issues: a row with an error is excluded ("invalid-data"). */
  issues: readonly Issue[];
}

export function rankCandidates(input: RankingInput, params: RankingParams): CandidateRanking {
  const errors = rowErrors(input.sheetName, input.issues);
  const scored: Omit<RankedCandidate, "rank" | "tie">[] = [];
  const excluded: ExcludedCandidate[] = [];
  for (const candidate of input.candidates) {
    const eligibility = eligibilityOf(candidate, params, errors.get(candidate.row) ?? null);
    if (!eligibility.eligible) {
      excluded.push({ candidate, reasons: eligibility.reasons });
      continue;
    }
    const { score, contributions } = scoreOf(candidate, params);
    scored.push({ candidate, score, contributions, emergencies: eligibility.emergencies });
  }
  scored.sort(compareScored);
  const eligible: RankedCandidate[] = [];
  for (let first = 0; first < scored.length;) {
    let last = first;
    while (last + 1 < scored.length && scored[last + 1].score === scored[first].score) last++;
    const tie: Tie | null = last === first ? null : { firstRank: first + 1, lastRank: last + 1 };
    for (let i = first; i <= last; i++) eligible.push({ ...scored[i], rank: i + 1, tie });
    first = last + 1;
  }
  return { sheetName: input.sheetName, params, eligible, excluded };
}

/** Higher score first; then the earlier request date (none last); then the id ascending; then the row. */
export function compareScored(a: Pick<RankedCandidate, "score" | "candidate">, b: Pick<RankedCandidate, "score" | "candidate">): number {
  if (a.score !== b.score) return b.score - a.score;
  const da = a.candidate.requestDate;
  const db = b.candidate.requestDate;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da - db;
  }
  return compareIds(a.candidate.id, b.candidate.id) || a.candidate.row - b.candidate.row;
}

const CHUNKS = /(\d+)|(\D+)/g;

/**
 * Ids in ascending order as people read them: text ignoring case, runs of digits as numbers
 * ("F9" before "F10", "TO-2025-002" before "TO-2025-010"). A missing id comes last.
 */
export function compareIds(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const pa = a.toLowerCase().match(CHUNKS) ?? [];
  const pb = b.toLowerCase().match(CHUNKS) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) {
      const diff = Number(x) - Number(y);
      if (diff !== 0) return diff;
      if (x.length !== y.length) return x.length - y.length;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The error cells of each data row, and the fields they concern. */
function rowErrors(sheetName: string, issues: readonly Issue[]): Map<number, RowErrors> {
  const byRow = new Map<number, { cells: string[]; fields: Set<CandidateFieldKey> }>();
  for (const issue of issues) {
    if (issue.severity !== "error") continue;
    let row: number;
    try {
      const at = parseAddress(issue.cell);
      if (at.sheet !== null && at.sheet !== sheetName) continue;
      row = at.row;
    } catch {
      continue;
    }
    const entry = byRow.get(row) ?? { cells: [], fields: new Set<CandidateFieldKey>() };
    if (!entry.cells.includes(issue.cell)) entry.cells.push(issue.cell);
    if (isCandidateField(issue.field)) entry.fields.add(issue.field);
    byRow.set(row, entry);
  }
  return byRow;
}

/**
 * Why a family sits where it does among equal scores, to tell the family: how many share its
 * score, which ranks the group takes, and its own request date. It names no other family: the
 * text may be read to the family, and the sheet it is written on may be shared.
 */
export function tieText(ranked: RankedCandidate, lang: Lang): string | null {
  const { tie } = ranked;
  if (tie === null) return null;
  const n = tie.lastRank - tie.firstRank;
  const others = pick(
    { it: n === 1 ? "un'altra famiglia" : `altre ${n} famiglie`, en: n === 1 ? "one other family" : `${n} other families` },
    lang,
  );
  const date = ranked.candidate.requestDate;
  const own =
    date === null
      ? pick(
          { it: "questa domanda non ha data e va dopo quelle datate", en: "this application has no date and goes after the dated ones" },
          lang,
        )
      : pick({ it: `questa domanda è del ${formatDate(date, "it")}`, en: `this application is dated ${formatDate(date, "en")}` }, lang);
  return pick(
    {
      it: `Pari punteggio con ${others} (posizioni ${tie.firstRank}–${tie.lastRank}): viene prima la domanda più vecchia, poi l'ID più basso; ${own}.`,
      en: `Same score as ${others} (ranks ${tie.firstRank}–${tie.lastRank}): the earlier request comes first, then the lower ID; ${own}.`,
    },
    lang,
  );
}
