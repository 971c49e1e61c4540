import { costSaving, costSavingOf, daysAvoided, familySavings, netSaving, waitingMonths } from "../../../src/engine/payments/saving";
import { agreement, date, family } from "./moneyFixtures";

const defaults = agreement();

describe("days avoided (§6)", () => {
  test("(counterfactual 24 − waited 4) × 365.25 / 12 = 608.75 days", () => {
    expect(daysAvoided(family(2, { waitMonths: 4 }), defaults)).toBe(608.75);
  });

  test("the family's own Giorni evitati wins, even 0 for a family that kept its home", () => {
    expect(daysAvoided(family(2, { waitMonths: 4, daysAvoided: 100 }), defaults)).toBe(100);
    expect(daysAvoided(family(2, { waitMonths: 4, daysAvoided: 0 }), defaults)).toBe(0);
  });

  test("without waiting months, the months between request and contract date are used", () => {
    const f = family(2, { requestDate: date(2024, 1, 1), contractDate: date(2024, 5, 1) });
    expect(waitingMonths(f)).toBeCloseTo(121 / 30.4375, 12);
    expect(daysAvoided(f, defaults)).toBeCloseTo(730.5 - 121, 9);
  });

  test("the waiting months cell wins over the dates", () => {
    const f = family(2, { waitMonths: 4, requestDate: date(2024, 1, 1), contractDate: date(2024, 12, 1) });
    expect(daysAvoided(f, defaults)).toBe(608.75);
  });

  test("a wait longer than the counterfactual avoids 0 days, never a negative number", () => {
    expect(daysAvoided(family(2, { waitMonths: 30 }), defaults)).toBe(0);
  });

  test("the counterfactual months and the daily cost come from the agreement", () => {
    const p = agreement({ counterfactualMonths: 12, dailyCost: 30 });
    expect(daysAvoided(family(2, { waitMonths: 4 }), p)).toBe(243.5);
    expect(costSaving([family(2, { members: 2, waitMonths: 4 })], p).total).toBe(14610);
  });

  test("an unknown wait (no months, a date missing, or the contract before the request) gives null", () => {
    expect(daysAvoided(family(2), defaults)).toBeNull();
    expect(daysAvoided(family(2, { requestDate: date(2024, 1, 1) }), defaults)).toBeNull();
    expect(daysAvoided(family(2, { requestDate: date(2024, 5, 1), contractDate: date(2024, 1, 1) }), defaults)).toBeNull();
  });
});

describe("costSaving", () => {
  test("days × daily cost × members, summed over families; unknown days or members are excluded and listed", () => {
    const families = [
      family(5, { members: 3, waitMonths: 4 }),
      family(2, { members: 1, daysAvoided: 10 }),
      family(3, { members: 2 }),
      family(4, { members: null, waitMonths: 1 }),
      family(6, { members: 0, waitMonths: 1 }),
      family(7, { members: 2.5, waitMonths: 1 }),
    ];
    const saving = costSaving(families, defaults);
    expect(saving.total).toBe(36525 + 200);
    expect(familySavings(families, defaults).map((f) => [f.row, f.days, f.saving])).toEqual([
      [2, 10, 200],
      [5, 608.75, 36525],
    ]);
    expect(saving.excluded).toEqual([3, 4, 6, 7]);
  });

  test("savings are summed unrounded and rounded once: five savings of 0.001 € make 0.01 €, not 0", () => {
    const p = agreement({ dailyCost: 0.001 });
    const families = [2, 3, 4, 5, 6].map((row) => family(row, { members: 1, daysAvoided: 1 }));
    expect(costSaving(families, p).total).toBe(0.01);
    expect(costSavingOf([{ days: 1, members: 1 }], 0.005)).toBe(0.01);
  });

  test("no families save nothing", () => {
    expect(costSaving([], defaults)).toEqual({ total: 0, excluded: [] });
    expect(familySavings([], defaults)).toEqual([]);
  });
});

describe("netSaving", () => {
  test("the City's net saving is saving − due payments, to the cent, and the ratio saving / payments", () => {
    expect(netSaving(36525, 13200)).toEqual({ net: 23325, ratio: 36525 / 13200 });
    expect(netSaving(0.3, 0.1).net).toBe(0.2);
    expect(netSaving(1000, 1500)).toEqual({ net: -500, ratio: 1000 / 1500 });
  });

  test("with no payments the ratio is null", () => {
    expect(netSaving(36525, 0)).toEqual({ net: 36525, ratio: null });
  });
});
