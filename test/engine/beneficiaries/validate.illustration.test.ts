import { monthsBetween, edate } from "../../../src/engine/cells/calendar";
import { parseBeneficiarySheet } from "../../../src/engine/beneficiaries/parse";
import type { Family } from "../../../src/engine/types";
import { ILLUSTRATION_PARAMS, ILLUSTRATION_SHEET } from "../fixtures/illustration";

const { families, issues, columns } = parseBeneficiarySheet(ILLUSTRATION_SHEET, ILLUSTRATION_PARAMS);
const cohort = (c: number) => families.filter((f) => f.cohort === c);
const count = (list: Family[], test: (f: Family) => boolean) => list.filter(test).length;
const waitedLessThan8 = (f: Family) =>
  f.requestDate !== null && f.contractDate !== null ? f.contractDate < edate(f.requestDate, 8) : (f.waitMonths ?? Infinity) < 8;

describe("the worked illustration of MECHANISM.md §9", () => {
  it("validates with no error; its only warnings are the dates typed as text, which the payment tables cannot follow", () => {
    expect(issues.filter((i) => i.rule !== "text-date")).toEqual([]);
    expect(issues.map((i) => i.cell)).toContain("Beneficiari!H5");
    expect(issues.every((i) => i.severity === "warning" && typeof i.value === "string")).toBe(true);
    expect(columns.headerRow).toBe(4);
  });

  it("has two cohorts of 11 families, each with both dates or the waiting months", () => {
    expect(cohort(1)).toHaveLength(11);
    expect(cohort(2)).toHaveLength(11);
    expect(families.every((f) => (f.requestDate !== null && f.contractDate !== null) || f.waitMonths !== null)).toBe(true);
    expect(families.every((f) => f.exitDate === null)).toBe(true);
  });

  it("cohort 1: 11 meet year 1, 10 meet year 2, stability 9, wellbeing 10, waiting 11", () => {
    const c1 = cohort(1);
    expect(count(c1, (f) => f.leaseSigned === true && f.supportStarted === true)).toBe(11);
    expect(count(c1, (f) => f.housingKept === true && f.supportContinued === true)).toBe(10);
    expect(count(c1, (f) => f.stability === true)).toBe(9);
    expect(count(c1, (f) => f.wellbeing === true)).toBe(10);
    expect(count(c1, waitedLessThan8)).toBe(11);
  });

  it("cohort 2: 11 meet year 1, 11 keep housing, stability 7, wellbeing 9, waiting 10", () => {
    const c2 = cohort(2);
    expect(count(c2, (f) => f.leaseSigned === true && f.supportStarted === true)).toBe(11);
    expect(count(c2, (f) => f.housingKept === true && f.supportContinued === true)).toBe(11);
    expect(count(c2, (f) => f.stability === true)).toBe(7);
    expect(count(c2, (f) => f.wellbeing === true)).toBe(9);
    expect(count(c2, waitedLessThan8)).toBe(10);
  });

  it("waiting months given beside both dates agree with them within a month", () => {
    for (const f of families.filter((x) => x.waitMonths !== null && x.requestDate !== null && x.contractDate !== null)) {
      expect(Math.abs((f.waitMonths ?? 0) - monthsBetween(f.requestDate ?? 0, f.contractDate ?? 0))).toBeLessThanOrEqual(1);
    }
  });
});
