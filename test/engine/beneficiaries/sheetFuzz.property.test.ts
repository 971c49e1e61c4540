import fc from "fast-check";
import { cellAddress, parseAddress } from "../../../src/engine/cells/address";
import { toCents } from "../../../src/engine/cells/rounding";
import type { Params } from "../../../src/engine/agreement/params";
import { parseBeneficiarySheet } from "../../../src/engine/beneficiaries/parse";
import { evaluateProgramme, type ProgrammeResult } from "../../../src/engine/payments/programme";
import { isValidCohort } from "../../../src/engine/payments/cohorts";
import type { Schedule } from "../../../src/engine/payments/schedule";
import type { CellValue, Family, FieldKey, OutcomeKey, ParsedSheet, SheetInput } from "../../../src/engine/types";
import { agreementArb, beneficiarySheetArb, type GeneratedSheet } from "../fixtures/sheetArbitraries";
import { fuzzRun } from "../fixtures/fuzzRun";

/**
 * Generated beneficiary sheets (issue 15), each property over at least 2,000 of them: the seed and
 * the count are printed; H4A_FUZZ_SEED replays a run and H4A_FUZZ_RUNS raises the count.
 */

const RUN = fuzzRun();
const figures = { sheets: 0, headerFound: 0, dataRows: 0, families: 0, issues: 0, duePayments: 0, capCuts: 0, raisedPayments: 0 };
const timings: string[] = [];

beforeAll(() => {
  console.log(`Fuzzing ${RUN.numRuns} beneficiary sheets per property, seed ${RUN.seed} (H4A_FUZZ_SEED=${RUN.seed} replays it).`);
});

afterAll(() => {
  const f = figures;
  console.log(
    [
      `Fuzzed ${f.sheets} sheets (${f.headerFound} with a header found), ${f.dataRows} data rows, ${f.families} families, ${f.issues} issues;`,
      `${f.duePayments} due payments, ${f.capCuts} schedules cut by the cap, ${f.raisedPayments} outcome changes that raised a payment.`,
      ...timings,
    ].join("\n"),
  );
});

/** Runs a property over RUN.numRuns cases and records how long it took. */
function fuzz<T>(name: string, arb: fc.Arbitrary<T>, check: (value: T) => void): void {
  const start = Date.now();
  const cpu = process.cpuUsage();
  fc.assert(fc.property(arb, check), RUN);
  const { user, system } = process.cpuUsage(cpu);
  const seconds = (ms: number): string => (ms / 1000).toFixed(1);
  timings.push(`${name}: ${RUN.numRuns} cases in ${seconds((user + system) / 1000)} s of CPU (${seconds(Date.now() - start)} s elapsed)`);
}

const dataRowsOf = ({ input, headerIndex }: GeneratedSheet): number[] => input.values.map((_, i) => i).slice(headerIndex + 1);

function scheduleOf(families: Family[], p: Params): Schedule {
  const { schedule, issues } = evaluateProgramme(families, p);
  if (schedule === null) throw new Error(`no schedule: ${issues.map((i) => i.message.en).join(" ")}`);
  return schedule;
}

describe("generated beneficiary sheets", () => {
  test("are validated without throwing, every issue on a cell of the grid with its address and message", () => {
    fuzz("issues on cells", fc.tuple(beneficiarySheetArb, agreementArb), ([sheet, p]) => {
      const { input } = sheet;
      const result = parseBeneficiarySheet(input, p);
      figures.sheets++;
      if (result.columns.headerRow !== null) figures.headerFound++;
      figures.dataRows += dataRowsOf(sheet).length;
      figures.families += result.families.length;
      figures.issues += result.issues.length;
      expect(misplaced(sheet, result)).toEqual([]);
    });
  });

  test("never pay more than the cap, nor more than the premium × the families that entered", () => {
    fuzz("cap and premium × families", fc.tuple(beneficiarySheetArb, agreementArb), ([{ input }, p]) => {
      const { families } = parseBeneficiarySheet(input, p);
      const { premiumPerFamily } = evaluateProgramme(families, p);
      const capped = scheduleOf(families, p);
      const uncapped = scheduleOf(families, { ...p, cap: null });
      figures.duePayments += capped.payments.length;
      if (capped.capCut > 0) figures.capCuts++;
      if (p.cap !== null) expect(capped.total).toBeLessThanOrEqual(p.cap);
      expect(capped.total).toBeLessThanOrEqual(uncapped.total);
      const entered = families.filter((f) => isValidCohort(f.cohort) && f.cohort <= p.currentYear).length;
      // Each tranche is rounded to the cent (ROUND(x; 2)), so each may add half a cent.
      const tranches = uncapped.payments.length + uncapped.planned.length;
      const ceilingCents = (premiumPerFamily as number) * entered * 100 + 0.5 * tranches;
      const committed = [...uncapped.payments, ...uncapped.planned];
      const committedCents = Number(committed.reduce((sum, pay) => sum + toCents(pay.amount), 0n));
      expect(committedCents).toBeLessThanOrEqual(ceilingCents * (1 + 1e-12));
      for (const pay of committed) expect(pay.amount).toBeGreaterThanOrEqual(0);
    });
  });

  test("never pay less when one more family reaches an outcome", () => {
    const change = fc.tuple(beneficiarySheetArb, agreementArb, fc.nat(), fc.constantFrom<OutcomeKey | "waiting">(...OUTCOMES, "waiting"));
    fuzz("more outcomes never pay less", change, ([sheet, p, pick, outcome]) => {
      const rows = dataRowsOf(sheet);
      fc.pre(rows.length > 0);
      const before = parseBeneficiarySheet(sheet.input, p);
      // Most often a family of a cohort that has entered, whose payments the change may raise.
      const top = parseAddress(sheet.input.topLeft).row;
      const entered = before.families.filter((f) => isValidCohort(f.cohort) && f.cohort <= p.currentYear).map((f) => f.row - top);
      const choices = entered.length > 0 && pick % 4 !== 0 ? entered : rows;
      const rowIndex = choices[pick % choices.length];
      const better = reachOutcome(sheet.input, before, rowIndex, outcome);
      fc.pre(better !== null);
      const after = parseBeneficiarySheet(better, p);
      const uncapped = { ...p, cap: null };
      const was = scheduleOf(before.families, uncapped);
      const now = scheduleOf(after.families, uncapped);
      expect(now.payments).toHaveLength(was.payments.length);
      now.payments.forEach((pay, i) => expect(pay.amount).toBeGreaterThanOrEqual(was.payments[i].amount));
      expect(now.total).toBeGreaterThanOrEqual(was.total);
      if (now.total > was.total) figures.raisedPayments++;
      expect(scheduleOf(after.families, p).total).toBeGreaterThanOrEqual(scheduleOf(before.families, p).total);
    });
  });

  test("give the same families, issues and payments whatever the order of the data rows", () => {
    const shuffled = fc.tuple(beneficiarySheetArb, agreementArb).chain(([sheet, p]) => {
      const rows = dataRowsOf(sheet);
      return fc.shuffledSubarray(rows, { minLength: rows.length }).map((order) => ({ sheet, p, order }));
    });
    fuzz("row order", shuffled, ({ sheet, p, order }) => {
      const { input, headerIndex } = sheet;
      const reordered: SheetInput = { ...input, values: [...input.values.slice(0, headerIndex + 1), ...order.map((i) => input.values[i])] };
      const before = parseBeneficiarySheet(input, p);
      const after = parseBeneficiarySheet(reordered, p);
      expect(after.families.map(withoutRow).sort()).toEqual(before.families.map(withoutRow).sort());
      expect(after.issues.map(issueKind).sort()).toEqual(before.issues.map(issueKind).sort());
      expect(withoutRows(evaluateProgramme(after.families, p))).toEqual(withoutRows(evaluateProgramme(before.families, p)));
    });
  });
});

const OUTCOMES: OutcomeKey[] = ["leaseSigned", "supportStarted", "housingKept", "supportContinued", "stability", "wellbeing"];

function withoutRow({ row: _row, ...family }: Family): string {
  return JSON.stringify(family);
}

/** A programme's result without the sheet rows it cites, which move with the rows. */
function withoutRows(result: ProgrammeResult): unknown {
  const { excluded, total } = result.saving;
  return { ...result, saving: { total, excluded: excluded.length } };
}

/**
 * What is wrong with where the issues and families of a parsed sheet lie: every issue on a cell of
 * the grid (its address written back as it was read, its messages opening with it, the value it
 * cites the cell's own; "" for a missing column or header row), every family below the header row. Plain checks, collected: a sheet may have hundreds of issues.
 */
function misplaced({ input, headerIndex }: GeneratedSheet, result: ParsedSheet): string[] {
  const origin = parseAddress(input.topLeft);
  const width = Math.max(1, ...input.values.map((row) => row.length));
  const inside = (row: number, column: number): boolean =>
    row >= origin.row && row < origin.row + input.values.length && column >= origin.column && column < origin.column + width;
  const problems: string[] = [];
  for (const issue of result.issues) {
    const cell = parseAddress(issue.cell);
    if (cell.sheet !== input.sheetName) problems.push(`${issue.cell}: not on sheet ${input.sheetName}`);
    if (cellAddress(input.sheetName, cell.row, cell.column) !== issue.cell) problems.push(`${issue.cell}: address not as Excel writes it`);
    if (!inside(cell.row, cell.column)) problems.push(`${issue.cell} (${issue.rule}): outside the grid`);
    const seen = input.values[cell.row - origin.row]?.[cell.column - origin.column] ?? null;
    if (issue.value !== "" && !Object.is(issue.value, seen))
      problems.push(`${issue.cell} (${issue.rule}): cites ${String(issue.value)}, the cell holds ${String(seen)}`);
    if (!issue.message.it.startsWith(`${issue.cell}: `) || !issue.message.en.startsWith(`${issue.cell}: `)) {
      problems.push(`${issue.cell} (${issue.rule}): message does not name its cell`);
    }
  }
  for (const family of result.families) {
    if (family.row <= origin.row + headerIndex || !inside(family.row, origin.column)) problems.push(`family on row ${family.row}`);
  }
  return problems;
}

const issueKind = (issue: { rule: string; field: unknown; severity: string }): string =>
  `${issue.rule} ${String(issue.field)} ${issue.severity}`;

/**
 * The sheet with the family of one data row reaching an outcome: its yes/no cell set to "Sì"; for
 * waiting, its contract signed the day of its request, or no months waited. Null when the sheet
 * has no column to change.
 */
function reachOutcome(
  input: SheetInput,
  parsed: ReturnType<typeof parseBeneficiarySheet>,
  rowIndex: number,
  outcome: OutcomeKey | "waiting",
): SheetInput | null {
  const { columns } = parsed.columns;
  const left = parseAddress(input.topLeft).column;
  const set = (field: FieldKey, value: CellValue): SheetInput | null => {
    const column = columns[field];
    if (column === undefined) return null;
    const values = input.values.map((row) => [...row]);
    const row = values[rowIndex];
    while (row.length <= column - left) row.push("");
    row[column - left] = value;
    return { ...input, values };
  };
  if (outcome !== "waiting") return set(outcome, "Sì");
  const top = parseAddress(input.topLeft).row;
  const family = parsed.families.find((f) => f.row === top + rowIndex);
  if (family?.requestDate != null && family.contractDate !== null) return set("contractDate", family.requestDate);
  return set("waitMonths", 0);
}
