import * as path from "node:path";
import { applicantsOf } from "../../src/engine/candidates/flow";
import { parseCandidateSheet } from "../../src/engine/candidates/parse";
import { rankCandidates, type CandidateRanking, type RankedCandidate } from "../../src/engine/candidates/ranking";
import { rankingParamsOf } from "../../src/engine/candidates/weights";
import { parseBeneficiarySheet } from "../../src/engine/beneficiaries/parse";
import { summarizeSheet } from "../../src/engine/beneficiaries/sheetSummary";
import type { Family } from "../../src/engine/types";
import { CANDIDATE_YEARS } from "../../src/samples/candidates";
import { CANDIDATES_SHEET, SAMPLE_FILE, SAMPLE_PARAMS, SAMPLE_SHEET } from "../../src/samples/sampleWorkbooks";
import { valuesIn } from "../support/xlsxFiles";

/**
 * The sample workbook of assets/sample tells the City's funnel as one story: each year's
 * applications, ranked by the engine with the agreement's weights (MECHANISM.md §3b), put that
 * year's cohort first, in the order of its ids, and the stages narrow from the applications to
 * housing stability.
 */

const FILE = path.resolve(__dirname, "..", "..", "assets", "sample", SAMPLE_FILE);

let families: Family[];
let ranking: CandidateRanking;

beforeAll(() => {
  const parsedFamilies = parseBeneficiarySheet(valuesIn(FILE, SAMPLE_SHEET), SAMPLE_PARAMS);
  const candidates = parseCandidateSheet(valuesIn(FILE, CANDIDATES_SHEET));
  expect(parsedFamilies.issues.filter((i) => i.severity === "error")).toEqual([]);
  expect(candidates.issues).toEqual([]);
  families = parsedFamilies.families;
  ranking = rankCandidates(candidates, rankingParamsOf(SAMPLE_PARAMS));
});

const yearOf = (id: string | null): number => Number(/^TO-(\d{4})-/.exec(id ?? "")?.[1]);

describe("each entry year of the sample", () => {
  test.each(CANDIDATE_YEARS.map((year, i) => [year, i + 1]))(
    "%i: its cohort %i is exactly the year's first ranked applications, in the order of its ids",
    (year, cohort) => {
      const entered = families.filter((f) => f.cohort === cohort);
      const ranked = ranking.eligible.filter((r) => yearOf(r.candidate.id) === year);
      expect(entered.length).toBeGreaterThan(0);
      expect(ranked.slice(0, entered.length).map((r) => r.candidate.id)).toEqual(entered.map((f) => f.id));
      // The same family on both sheets: household, ISEE, condition, service, request date.
      entered.forEach((f, i) => {
        const c = ranked[i].candidate;
        expect({ id: c.id, members: c.members, minors: c.minors, isee: c.isee, condition: c.condition, referral: c.referral }).toEqual({
          id: f.id,
          members: f.members,
          minors: f.minors,
          isee: f.isee,
          condition: f.condition,
          referral: f.referral,
        });
        if (f.requestDate !== null) expect(c.requestDate).toBe(f.requestDate);
      });
    },
  );

  test.each(CANDIDATE_YEARS.map((year, i) => [year, i + 1]))(
    "%i: applications > eligible > entered, some eligible families still wait and some are not eligible",
    (year, cohort) => {
      const applied = [...ranking.eligible.map((r) => r.candidate), ...ranking.excluded.map((e) => e.candidate)].filter(
        (c) => yearOf(c.id) === year,
      ).length;
      const eligible = ranking.eligible.filter((r) => yearOf(r.candidate.id) === year).length;
      const entered = families.filter((f) => f.cohort === cohort).length;
      expect(applied).toBeGreaterThan(eligible);
      expect(eligible).toBeGreaterThan(entered);
    },
  );
});

test("ranked together, the 39 families that entered come first, then those still waiting", () => {
  const entered = new Set(families.map((f) => f.id));
  expect(entered.size).toBe(39);
  const ids = ranking.eligible.map((r) => r.candidate.id);
  expect(new Set(ids.slice(0, 39))).toEqual(entered);
  expect(ids.slice(39).some((id) => entered.has(id))).toBe(false);
});

test("the documented ties are there: one decided by the request date, one by the id", () => {
  const pairs = (decided: (a: RankedCandidate, b: RankedCandidate) => boolean) =>
    ranking.eligible.slice(1).flatMap((b, i) => {
      const a = ranking.eligible[i];
      return a.score === b.score && yearOf(a.candidate.id) === yearOf(b.candidate.id) && decided(a, b)
        ? [[a.candidate.id, b.candidate.id]]
        : [];
    });
  const byDate = pairs((a, b) => (a.candidate.requestDate as number) < (b.candidate.requestDate as number));
  const byId = pairs((a, b) => a.candidate.requestDate === b.candidate.requestDate);
  expect(byDate).toEqual(
    expect.arrayContaining([
      ["TO-2024-003", "TO-2024-004"],
      ["TO-2025-021", "TO-2025-020"],
    ]),
  );
  expect(byId).toEqual([["TO-2025-022", "TO-2025-023"]]);
});

test("the flow of §3b narrows at every stage, for every service, and every family sent is among the applications", () => {
  const summary = summarizeSheet(families, SAMPLE_PARAMS.currentYear, applicantsOf(ranking));
  expect(summary.flowJoin).toEqual({ applicants: 74, referredFromCandidates: 39, referredOutsideCandidates: 0, eligibleNotReferred: 22 });
  for (const row of [...summary.flow, summary.flowTotal]) {
    const stages = [row.applied, row.eligible, row.referred, row.leaseSigned, row.housingKept, row.stability] as number[];
    stages.slice(1).forEach((count, i) =>
      expect({ service: row.referral, stage: i + 1, count: Math.min(count, stages[i]) }).toEqual({
        service: row.referral,
        stage: i + 1,
        count,
      }),
    );
  }
  const total = summary.flowTotal;
  expect([total.applied, total.eligible, total.referred]).toEqual([74, 61, 39]);
});
