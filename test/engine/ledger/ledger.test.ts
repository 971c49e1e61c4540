import { ILLUSTRATION_FAMILIES, ILLUSTRATION_PARAMS } from "../fixtures/illustration";
import { beneficiarySheet, paramsWith } from "../fixtures/beneficiarySheet";
import { FIELD_KEYS } from "../../../src/engine/beneficiaries/fields";
import { pseudonymKey } from "../../../src/engine/sharing/pseudonyms";
import type { Params } from "../../../src/engine/agreement/params";
import type { SheetInput } from "../../../src/engine/types";
import { LedgerBook, ledgerOf, record } from "./ledgerBook";

/** MECHANISM.md §10 on the programme of §9 (two cohorts of 11, premium 6,000 €; H4A-01 is row 5, stability column P). */

const titleRows = [["Homes4All — nuclei familiari beneficiari"], ["Situazione"], []];
const sheetWith = (changes: Record<string, Partial<Record<string, string>>> = {}): SheetInput =>
  beneficiarySheet(
    ILLUSTRATION_FAMILIES.map((row) => ({ ...row, ...(changes[row.id as string] ?? {}) })),
    { fields: FIELD_KEYS, titleRows },
  );
const at = (year: number, overrides: Partial<Params> = {}): Params =>
  paramsWith({ ...ILLUSTRATION_PARAMS, currentYear: year, ...overrides });
const ORIGINAL = sheetWith();
/** One of cohort 1's year-3 stability answers corrected from yes to no: 8/11 = 72.7 %, tier 80 %. */
const CORRECTED = sheetWith({ "H4A-01": { stability: "No" } });

async function recordedOneToThree(): Promise<LedgerBook> {
  const book = new LedgerBook();
  for (const year of [1, 2, 3]) expect(await record(book, ORIGINAL, at(3), year)).toEqual([]);
  return book;
}

describe("§10 worked example: years 1–3 recorded, then one stability answer of cohort 1 from yes to no", () => {
  test("the recorded years stay as paid and the true-up of −6,600 € (33,000 paid, 26,400 due) reduces year 4 to 19,800 €", async () => {
    const book = await recordedOneToThree();
    const { status, errors } = await ledgerOf(book, CORRECTED, at(4));
    expect(errors).toEqual([]);
    expect(status.recordedYears).toEqual([1, 2, 3]);
    expect(status.years.map((y) => [y.programmeYear, y.recorded, y.amount])).toEqual([
      [1, true, 13200],
      [2, true, 31200],
      [3, true, 52800],
      [4, false, 19800],
    ]);
    expect(status.trueUps).toHaveLength(1);
    expect(status.trueUps[0]).toMatchObject({
      cohort: 1,
      cohortYear: 3,
      programmeYear: 3,
      paid: 33000,
      due: 26400,
      difference: -6600,
      appliedIn: 4,
      agreementChanged: false,
    });
    expect(status.trueUps[0].changes).toEqual([{ family: "riga 5", field: "stability", cell: "Beneficiari!P5", was: true, now: false }]);
    expect(status.total).toBe(117000);
    expect(status.outstanding).toBe(0);
  });

  test("recording year 4 freezes the true-up as its own row: afterwards nothing is left to true up", async () => {
    const book = await recordedOneToThree();
    expect(await record(book, CORRECTED, at(4), 4)).toEqual([]);
    const { status } = await ledgerOf(book, CORRECTED, at(4));
    const year4 = status.entries.filter((e) => e.programmeYear === 4).map((e) => [e.kind, e.cohort, e.cohortYear, e.amount]);
    expect(year4).toEqual([
      ["tranche", 2, 3, 26400],
      ["trueUp", 1, 3, -6600],
    ]);
    expect(status.trueUps).toEqual([]);
    expect(status.total).toBe(117000);
  });

  test("a cohort of 12 families gives the issue's figures: 36,000 paid, 28,800 due, −7,200 €", async () => {
    const twelfth = { ...ILLUSTRATION_FAMILIES[0], id: "H4A-23" };
    const rows = [...ILLUSTRATION_FAMILIES.slice(0, 11), twelfth, ...ILLUSTRATION_FAMILIES.slice(11)];
    const sheet = (stabilityOfFirst: string) =>
      beneficiarySheet(
        rows.map((r, i) => (i === 0 ? { ...r, stability: stabilityOfFirst } : r)),
        { fields: FIELD_KEYS, titleRows },
      );
    const book = new LedgerBook();
    for (const year of [1, 2, 3]) expect(await record(book, sheet("Sì"), at(3), year)).toEqual([]);
    const { status } = await ledgerOf(book, sheet("No"), at(4));
    expect(status.trueUps.map((t) => [t.paid, t.due, t.difference, t.appliedIn])).toEqual([[36000, 28800, -7200, 4]]);
  });
});

describe("trueUpPolicy", () => {
  test("reportOnly shows the true-up and never applies it", async () => {
    const book = await recordedOneToThree();
    const { status } = await ledgerOf(book, CORRECTED, at(4, { trueUpPolicy: "reportOnly" }));
    expect(status.trueUps[0]).toMatchObject({ difference: -6600, appliedIn: null, applied: [] });
    expect(status.years.at(-1)).toMatchObject({ programmeYear: 4, amount: 26400, trueUps: 0 });
  });

  test("a true-up larger than the next payment takes it to 0 and carries the rest on, also once recorded", async () => {
    const book = await recordedOneToThree();
    const collapsed = sheetWith(
      Object.fromEntries(["H4A-01", "H4A-02", "H4A-03", "H4A-04", "H4A-05"].map((id) => [id, { stability: "No" }])),
    );
    const first = await ledgerOf(book, collapsed, at(4));
    expect(first.status.trueUps[0]).toMatchObject({
      paid: 33000,
      due: 0,
      difference: -33000,
      appliedIn: 4,
      applied: [{ programmeYear: 4, amount: -26400 }],
    });
    expect(first.status.years.at(-1)).toMatchObject({ programmeYear: 4, computed: 26400, trueUps: -26400, amount: 0 });
    expect(first.status.outstanding).toBe(-6600);

    expect(await record(book, collapsed, at(4), 4)).toEqual([]);
    const after = await ledgerOf(book, collapsed, at(4));
    expect(after.status.trueUps[0]).toMatchObject({ paid: 6600, due: 0, difference: -6600, appliedIn: 5, applied: [] });
    expect(after.status.outstanding).toBe(-6600);
  });
});

test("a parameter changed after recording: every recorded tranche is trued up, the agreement is flagged, no cell changed", async () => {
  const book = await recordedOneToThree();
  const { status } = await ledgerOf(book, ORIGINAL, at(4, { premiumPerFamily: 6600 }));
  expect(status.trueUps.map((t) => [t.cohort, t.cohortYear, t.paid, t.due, t.difference, t.agreementChanged])).toEqual([
    [1, 1, 13200, 14520, 1320, true],
    [1, 2, 18000, 19800, 1800, true],
    [2, 1, 13200, 14520, 1320, true],
    [1, 3, 33000, 36300, 3300, true],
    [2, 2, 19800, 21780, 1980, true],
  ]);
  expect(status.trueUps.every((t) => t.changes !== null && t.changes.length === 0)).toBe(true);
  expect(status.issues.map((i) => [i.rule, i.severity])).toEqual([
    ["agreement-changed-since-recording", "warning"],
    ["agreement-changed-since-recording", "warning"],
    ["agreement-changed-since-recording", "warning"],
  ]);
  expect(status.years.at(-1)).toMatchObject({ programmeYear: 4, computed: 29040, trueUps: 9720, amount: 38760 });
});

test("the current year moving on is not a change of the agreement", async () => {
  const book = await recordedOneToThree();
  const { status } = await ledgerOf(book, ORIGINAL, at(4));
  expect(status.issues).toEqual([]);
  expect(status.trueUps).toEqual([]);
});

describe("pseudonymous evidence", () => {
  const passphrase = "quattro gatti sul tetto di Torino";
  test("with the key the evidence names families by pseudonym and the changed cell is still found; without it, it cannot be", async () => {
    const key = await pseudonymKey(passphrase);
    const book = new LedgerBook();
    for (const year of [1, 2, 3]) expect(await record(book, ORIGINAL, at(3), year, key)).toEqual([]);
    expect(book.evidence.slice(1).every((row) => /^P-[0-9A-F]{16}$/.test(String(row[3])))).toBe(true);
    expect(JSON.stringify(book.evidence)).not.toContain("H4A-01");
    const withKey = await ledgerOf(book, CORRECTED, at(4), key);
    expect(withKey.status.trueUps[0].changes).toEqual([
      expect.objectContaining({ field: "stability", cell: "Beneficiari!P5", was: true, now: false }),
    ]);
    const withoutKey = await ledgerOf(book, CORRECTED, at(4));
    expect(withoutKey.status.trueUps[0]).toMatchObject({ difference: -6600, changes: null });
  });
});
