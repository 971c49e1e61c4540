import fc from "fast-check";
import type { Params } from "../../../src/engine/agreement/params";
import { evaluateProgramme } from "../../../src/engine/payments/programme";
import { sumCents } from "../../../src/engine/cells/rounding";
import type { Schedule } from "../../../src/engine/payments/schedule";
import { HOUSING_CONDITIONS, type Family, type OutcomeKey } from "../../../src/engine/types";
import { agreement } from "./moneyFixtures";
import { familySavings } from "../../../src/engine/payments/saving";
import { referenceOutcomes, referenceSaving } from "./referenceProgramme";

const RUNS = { numRuns: 200 };
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const serial = fc.oneof(fc.integer({ min: 44000, max: 46500 }), fc.double());
const flag = maybe(fc.boolean());

/** Any family a faulty sheet could produce: every number may be NaN, ±Infinity, negative or fractional. */
const anyFamily: fc.Arbitrary<Family> = fc.record({
  row: fc.integer({ min: 1, max: 60 }),
  id: maybe(fc.string({ maxLength: 3 })),
  cohort: maybe(fc.oneof(fc.integer({ min: -1, max: 8 }), fc.integer({ min: 1, max: 30000 }), fc.double())),
  members: maybe(fc.oneof(fc.integer({ min: -1, max: 8 }), fc.double())),
  minors: maybe(fc.double()),
  isee: maybe(fc.double()),
  condition: fc.constantFrom(null, ...HOUSING_CONDITIONS),
  referral: maybe(fc.string({ maxLength: 3 })),
  requestDate: maybe(serial),
  contractDate: maybe(serial),
  waitMonths: maybe(fc.oneof(fc.double({ min: 0, max: 40, noNaN: true }), fc.double())),
  rentSaving: maybe(fc.double()),
  leaseSigned: flag,
  supportStarted: flag,
  housingKept: flag,
  supportContinued: flag,
  stability: flag,
  wellbeing: flag,
  daysAvoided: maybe(fc.oneof(fc.double({ min: 0, max: 1000, noNaN: true }), fc.double())),
  exitDate: maybe(serial),
});

/** A family as the parser gives it for a valid row. */
const validFamily: fc.Arbitrary<Family> = fc.record({
  row: fc.integer({ min: 2, max: 500 }),
  id: fc.string({ minLength: 1, maxLength: 3 }),
  cohort: fc.integer({ min: 1, max: 6 }),
  members: fc.integer({ min: 1, max: 6 }),
  minors: fc.constant(null),
  isee: maybe(fc.integer({ min: 0, max: 26000 })),
  condition: fc.constantFrom(null, ...HOUSING_CONDITIONS),
  referral: fc.constant(null),
  requestDate: maybe(fc.integer({ min: 44000, max: 45000 })),
  contractDate: maybe(fc.integer({ min: 45000, max: 45400 })),
  waitMonths: maybe(fc.double({ min: 0, max: 16, noNaN: true })),
  rentSaving: fc.constant(null),
  leaseSigned: flag,
  supportStarted: flag,
  housingKept: flag,
  supportContinued: flag,
  stability: flag,
  wellbeing: flag,
  daysAvoided: maybe(fc.integer({ min: 0, max: 800 })),
  exitDate: maybe(fc.integer({ min: 45000, max: 46000 })),
});

const fraction = fc.integer({ min: 0, max: 20 }).map((n) => n / 20);
const ordered = fc.tuple(fraction, fraction).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
const shares = fc
  .tuple(fc.nat(10), fc.nat(10), fc.nat(10))
  .filter(([a, b, c]) => a + b + c > 0)
  .map(([a, b, c]) => [a, b, c].map((n) => n / (a + b + c)));

/** A valid agreement; `premium` and `currentYear` let a property widen or narrow their range. */
const agreementArb = (premium: fc.Arbitrary<number>, currentYear: fc.Arbitrary<number>, withPremium = false): fc.Arbitrary<Params> =>
  fc
    .record({
      premiumPerFamily: withPremium ? premium : maybe(premium),
      totalPremium: maybe(fc.double({ min: 1, max: 1e7, noNaN: true })),
      plannedFamilies: maybe(fc.integer({ min: 1, max: 60 })),
      shares,
      thresholds: ordered,
      payments: ordered,
      fullStrict: fc.boolean(),
      partialStrict: fc.boolean(),
      waitLimitMonths: fc.integer({ min: 1, max: 24 }),
      leaversInDenominator: fc.boolean(),
      currentYear,
      firstCalendarYear: maybe(fc.integer({ min: 2000, max: 2100 })),
      cap: maybe(fc.oneof(fc.integer({ min: 0, max: 300000 }), fc.double({ min: 0, max: 1e6, noNaN: true }))),
      counterfactualMonths: fc.integer({ min: 0, max: 48 }),
      dailyCost: fc.double({ min: 0, max: 200, noNaN: true }),
    })
    .map(({ thresholds, payments, ...rest }) =>
      agreement({
        ...rest,
        partialThreshold: thresholds[0],
        fullThreshold: thresholds[1],
        belowPartialPayment: payments[0],
        partialPayment: payments[1],
      }),
    );

const everydayPremium = fc.oneof(fc.integer({ min: 1, max: 20000 }), fc.double({ min: 0.01, max: 1e5, noNaN: true }));
const everydayAgreement = agreementArb(everydayPremium, fc.integer({ min: 1, max: 8 }), true);

const amountsOf = (s: Schedule): number[] => [
  ...s.payments.flatMap((p) => [p.amount, p.amountBeforeCap]),
  ...s.planned.flatMap((p) => [p.amount, p.amountBeforeCap]),
  ...s.years.flatMap((y) => [y.amount, y.cumulative]),
  s.total,
  s.capCut,
];

const isWholeCents = (x: number): boolean => Number.isFinite(x) && Number(x.toFixed(2)) === x;

test("evaluateProgramme never throws, whatever the families and the agreement", () => {
  const anyPremium = fc.oneof(everydayPremium, fc.double({ min: 1e300, max: 1.7e308, noNaN: true }));
  const anyAgreement = agreementArb(anyPremium, fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 30000 })));
  fc.assert(
    fc.property(fc.array(anyFamily, { maxLength: 40 }), anyAgreement, (families, p) => {
      const result = evaluateProgramme(families, p);
      expect(Array.isArray(result.issues)).toBe(true);
    }),
    RUNS,
  );
});

test("every amount of the schedule is a finite number of whole cents", () => {
  fc.assert(
    fc.property(fc.array(anyFamily, { maxLength: 40 }), everydayAgreement, (families, p) => {
      const { schedule } = evaluateProgramme(families, p);
      expect(schedule).not.toBeNull();
      for (const amount of amountsOf(schedule as Schedule)) expect(isWholeCents(amount)).toBe(true);
    }),
    RUNS,
  );
});

const OUTCOMES: OutcomeKey[] = ["leaseSigned", "supportStarted", "housingKept", "supportContinued", "stability", "wellbeing"];

test("one more family achieving an outcome never lowers any payment, and never lowers the total even under a cap", () => {
  fc.assert(
    fc.property(
      fc.array(validFamily, { minLength: 1, maxLength: 30 }),
      fc.nat(),
      fc.constantFrom(...OUTCOMES),
      everydayAgreement,
      (families, pick, outcome, p) => {
        const index = pick % families.length;
        fc.pre(families[index][outcome] !== true);
        const better = families.map((f, i) => (i === index ? { ...f, [outcome]: true } : f));
        const uncapped = { ...p, cap: null };
        const before = evaluateProgramme(families, uncapped).schedule as Schedule;
        const after = evaluateProgramme(better, uncapped).schedule as Schedule;
        expect(after.payments).toHaveLength(before.payments.length);
        after.payments.forEach((pay, i) => expect(pay.amount).toBeGreaterThanOrEqual(before.payments[i].amount));
        expect(after.total).toBeGreaterThanOrEqual(before.total);
        const cappedBefore = evaluateProgramme(families, p).schedule as Schedule;
        const cappedAfter = evaluateProgramme(better, p).schedule as Schedule;
        expect(cappedAfter.total).toBeGreaterThanOrEqual(cappedBefore.total);
      },
    ),
    RUNS,
  );
});

test("payments never exceed the cap, and total + what the cap cut equals the uncapped total", () => {
  fc.assert(
    fc.property(
      fc.array(validFamily, { maxLength: 30 }),
      everydayAgreement,
      fc.oneof(fc.integer({ min: 0, max: 200000 }), fc.double({ min: 0, max: 300000, noNaN: true })),
      (families, p, cap) => {
        const capped = evaluateProgramme(families, { ...p, cap }).schedule as Schedule;
        const uncapped = evaluateProgramme(families, { ...p, cap: null }).schedule as Schedule;
        expect(capped.total).toBeLessThanOrEqual(cap);
        expect(sumCents([capped.total, capped.capCut])).toBe(uncapped.total);
        capped.payments.forEach((pay, i) => {
          expect(pay.amountBeforeCap).toBe(uncapped.payments[i].amount);
          expect(pay.amount).toBeLessThanOrEqual(pay.amountBeforeCap);
        });
      },
    ),
    RUNS,
  );
});

test("the order of the rows does not change the result", () => {
  const familiesAndShuffle = fc
    .array(anyFamily, { maxLength: 30 })
    .chain((families) =>
      fc.tuple(fc.constant(families), fc.shuffledSubarray(families, { minLength: families.length, maxLength: families.length })),
    );
  fc.assert(
    fc.property(familiesAndShuffle, everydayAgreement, ([families, shuffled], p) => {
      const original = evaluateProgramme(families, p);
      const reordered = evaluateProgramme(shuffled, p);
      expect(reordered.schedule).toEqual(original.schedule);
      expect(reordered).toEqual(original);
    }),
    RUNS,
  );
});

test("the counts and the saving are exactly those of the plain reference, in any row order and in sheet order", () => {
  const inSheetOrder = (families: Family[]): Family[] => families.map((f, i) => ({ ...f, row: i + 2 }));
  const anyFamilies = fc.oneof(fc.array(anyFamily, { maxLength: 40 }), fc.array(validFamily, { maxLength: 40 }));
  const anyAgreement = agreementArb(everydayPremium, fc.integer({ min: 1, max: 8 }));
  fc.assert(
    fc.property(anyFamilies, fc.boolean(), anyAgreement, (drawn, sheetOrder, p) => {
      const families = sheetOrder ? inSheetOrder(drawn) : drawn;
      const result = evaluateProgramme(families, p);
      const valid = families.filter((f) => f.cohort !== null && Number.isInteger(f.cohort) && f.cohort >= 1);
      expect(result.outcomes).toEqual(referenceOutcomes(families, p));
      const { perFamily, ...reference } = referenceSaving(valid, p);
      expect(result.saving).toEqual(reference);
      expect(familySavings(valid, p)).toEqual(perFamily);
    }),
    RUNS,
  );
});
