import { paramCell } from "../../../src/engine/agreement/params";
import { evaluateProgramme } from "../../../src/engine/payments/programme";
import { agreement, cohortFamilies, COHORT_1, COHORT_2, family } from "./moneyFixtures";

const deckFamilies = [...cohortFamilies(COHORT_1), ...cohortFamilies(COHORT_2)];
// 21 families waited 4 months (608.75 days avoided), 1 waited 10 (426.125); 3 members each, 20 € a day.
const DECK_SAVING = (21 * 608.75 + 426.125) * 20 * 3;

describe("evaluateProgramme", () => {
  test("the deck's programme at current year 4: outcomes, 123,600 € paid, the saving and the net saving", () => {
    const result = evaluateProgramme(deckFamilies, agreement({ premiumPerFamily: 6000, currentYear: 4 }));
    expect(result.premiumPerFamily).toBe(6000);
    expect(result.outcomes.map((o) => o.tier.level)).toEqual(["full", "partial"]);
    expect(result.schedule?.total).toBe(123600);
    expect(result.saving.total).toBe(DECK_SAVING);
    expect(result.net).toEqual({ net: DECK_SAVING - 123600, ratio: DECK_SAVING / 123600 });
    expect(result.issues).toEqual([]);
  });

  test("the premium per family comes from the total premium over the planned families", () => {
    const result = evaluateProgramme(deckFamilies, agreement({ totalPremium: 132000, plannedFamilies: 22, currentYear: 4 }));
    expect(result.premiumPerFamily).toBe(6000);
    expect(result.schedule?.total).toBe(123600);
  });

  test("without a premium nothing can be paid: no schedule, no net saving, the saving still shown", () => {
    const result = evaluateProgramme(deckFamilies, agreement({ currentYear: 4 }));
    expect(result.premiumPerFamily).toBeNull();
    expect(result.schedule).toBeNull();
    expect(result.net).toBeNull();
    expect(result.saving.total).toBe(DECK_SAVING);
    expect(result.issues.map((i) => i.rule)).toEqual(["missing-premium"]);
  });

  test("families with an invalid cohort are left out of the outcomes, the payments and the saving", () => {
    const strays = [family(900, { cohort: null, members: 3, waitMonths: 4 }), family(901, { cohort: 0, members: 3, waitMonths: 4 })];
    const p = agreement({ premiumPerFamily: 6000, currentYear: 4 });
    const result = evaluateProgramme([...deckFamilies, ...strays], p);
    expect(result.outcomes.map((o) => o.families)).toEqual([11, 11]);
    expect(result.saving.total).toBe(DECK_SAVING);
    expect(result.saving.excluded).toEqual([]);
  });

  test("the premium's issues come first, then the schedule's", () => {
    const p = agreement({ premiumPerFamily: 6000, totalPremium: 100000, plannedFamilies: 20, currentYear: 4 });
    expect(evaluateProgramme(deckFamilies, p).issues.map((i) => i.rule)).toEqual([
      "premium-disagreement",
      "families-exceed-planned",
      "payments-exceed-total-premium",
    ]);
  });

  test("amounts beyond the range of numbers give an error issue and no schedule instead of throwing", () => {
    const result = evaluateProgramme(deckFamilies, agreement({ premiumPerFamily: 1e308, currentYear: 4 }));
    expect(result.schedule).toBeNull();
    expect(result.net).toBeNull();
    expect(result.issues).toEqual([
      expect.objectContaining({ rule: "amount-out-of-range", severity: "error", cell: paramCell("premiumPerFamily") }),
    ]);
  });
});
