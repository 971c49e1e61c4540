import {
  DEFAULT_PARAMS,
  PARAM_INFO,
  PARAM_KEYS,
  PARAM_ROW_KEYS,
  paramCell,
  paramName,
  parseParams,
  resolvePremiumPerFamily,
} from "../../../src/engine/agreement/params";

describe("the agreement's parameters (MECHANISM.md §5)", () => {
  test("defaults are those of §5", () => {
    expect(DEFAULT_PARAMS).toMatchObject({
      totalPremium: null,
      plannedFamilies: null,
      premiumPerFamily: null,
      shares: [0.2, 0.3, 0.5],
      fullThreshold: 0.8,
      fullStrict: true,
      partialThreshold: 0.6,
      partialStrict: false,
      partialPayment: 0.8,
      belowPartialPayment: 0,
      waitLimitMonths: 8,
      leaversInDenominator: true,
      currentYear: 1,
      firstCalendarYear: null,
      cap: null,
      iseeCeiling: 26000,
      counterfactualMonths: 24,
      dailyCost: 20,
      wEvictionExecuted: 30,
      wEvictionValidated: 20,
      wEvictionIntimated: 10,
      wPerMonthInShelter: 2,
      maxShelterPoints: 24,
      wPerMinor: 10,
      wPerElder: 10,
      wPerDisabled: 15,
      wViolence: 20,
      wLowIsee: 10,
      minShelterMonths: 3,
    });
  });

  test("H4A_Parametri rows follow §5's order, shares taking three rows named H4A_share1..3", () => {
    expect(PARAM_ROW_KEYS.slice(0, 7)).toEqual([
      "totalPremium",
      "plannedFamilies",
      "premiumPerFamily",
      "share1",
      "share2",
      "share3",
      "fullThreshold",
    ]);
    expect(PARAM_ROW_KEYS).toHaveLength(PARAM_KEYS.length + 2);
    expect(paramName("share2")).toBe("H4A_share2");
    expect(paramCell("totalPremium")).toBe("H4A_Parametri!B2");
    expect(paramCell("minShelterMonths")).toBe("H4A_Parametri!B32");
    expect(paramCell("plannedEnrolment")).toBe("H4A_Parametri!B33");
    expect(paramCell("trueUpPolicy")).toBe(`H4A_Parametri!B${PARAM_ROW_KEYS.length + 1}`);
  });

  test("plannedEnrolment is a list of whole numbers, typed with commas, semicolons or one number; trueUpPolicy one of two words", () => {
    expect(parseParams({ plannedEnrolment: "11,11" }).params?.plannedEnrolment).toEqual([11, 11]);
    expect(parseParams({ plannedEnrolment: "11; 12 ;13" }).params?.plannedEnrolment).toEqual([11, 12, 13]);
    expect(parseParams({ plannedEnrolment: 11 }).params?.plannedEnrolment).toEqual([11]);
    expect(parseParams({}).params?.plannedEnrolment).toBeNull();
    expect(parseParams({ plannedEnrolment: 11.11 }).issues.map((i) => i.field)).toEqual(["plannedEnrolment"]);
    expect(parseParams({ plannedEnrolment: "11,x" }).issues[0].message.en).toContain("whole numbers ≥ 0 separated by commas or semicolons");
    expect(parseParams({ trueUpPolicy: "reportonly" }).params?.trueUpPolicy).toBe("reportOnly");
    expect(parseParams({}).params?.trueUpPolicy).toBe("nextPayment");
    expect(parseParams({ trueUpPolicy: "sempre" }).issues.map((i) => i.cell)).toEqual(["H4A_Parametri!B34"]);
  });

  test("every parameter has an Italian and English description and expected value", () => {
    for (const key of PARAM_KEYS) {
      const info = PARAM_INFO[key];
      expect([info.description.it, info.description.en, info.expected.it, info.expected.en].every((t) => t.length > 3)).toBe(true);
    }
  });

  test("reads sheet cells: numbers, TRUE/FALSE, blanks as defaults or none, share rows", () => {
    const { params, issues } = parseParams({
      premiumPerFamily: 6000,
      share1: 0.1,
      share2: 0.4,
      share3: 0.5,
      fullStrict: false,
      currentYear: 4,
      cap: "",
      firstCalendarYear: 2024,
    });
    expect(issues).toEqual([]);
    expect(params).toMatchObject({ premiumPerFamily: 6000, shares: [0.1, 0.4, 0.5], fullStrict: false, currentYear: 4, cap: null });
  });

  test("reads command-line text: dot decimals, comma-separated lists, words for booleans", () => {
    const { params } = parseParams({ premiumPerFamily: "6000.5", shares: "0.2,0.3,0.5", leaversInDenominator: "false" });
    expect(params).toMatchObject({ premiumPerFamily: 6000.5, shares: [0.2, 0.3, 0.5], leaversInDenominator: false });
  });

  test("every invalid parameter gets its own message naming it and the expected value", () => {
    const { params, issues } = parseParams({ currentYear: 2.5, fullThreshold: 1.5, shares: "0.2,0.3,0.6", fullStrict: "forse" });
    expect(params).toBeNull();
    expect(issues.map((i) => i.field)).toEqual(["shares", "fullThreshold", "fullStrict", "currentYear"]);
    const currentYear = issues.find((i) => i.field === "currentYear")!;
    expect(currentYear).toMatchObject({ rule: "invalid-parameter", severity: "error", cell: "H4A_Parametri!B16", value: 2.5 });
    expect(currentYear.message.it).toContain("currentYear");
    expect(currentYear.message.it).toContain("numero intero ≥ 1");
    expect(currentYear.message.en).toContain("a whole number ≥ 1");
  });

  test("the waiting limit is a whole number of months ≥ 1: 7.5 is refused, naming the parameter and what it expects", () => {
    expect(parseParams({ waitLimitMonths: "7" }).params).toMatchObject({ waitLimitMonths: 7 });
    for (const value of [7.5, "7.5", 0]) {
      const { params, issues } = parseParams({ waitLimitMonths: value });
      expect(params).toBeNull();
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ field: "waitLimitMonths", rule: "invalid-parameter", severity: "error", value });
      expect(issues[0].message.it).toContain("un numero intero di mesi ≥ 1");
      expect(issues[0].message.en).toContain("a whole number of months ≥ 1");
    }
    expect(PARAM_INFO.waitLimitMonths.expected.en).toBe("a whole number of months ≥ 1");
  });

  test("a partial threshold above the full one, or a below-partial payment above the partial one, is invalid", () => {
    const { issues } = parseParams({ fullThreshold: 0.6, partialThreshold: 0.7, partialPayment: 0.5, belowPartialPayment: 0.6 });
    expect(issues.map((i) => i.field)).toEqual(["partialThreshold", "belowPartialPayment"]);
  });
});

describe("the premium per family (§4)", () => {
  const withValues = (raw: Parameters<typeof parseParams>[0]) => parseParams(raw).params!;

  test("is the total premium divided by the planned families, never rounded", () => {
    expect(resolvePremiumPerFamily(withValues({ totalPremium: 100000, plannedFamilies: 3 })).premiumPerFamily).toBe(100000 / 3);
  });

  test("given directly it wins, with a warning when it disagrees with total / planned", () => {
    const { premiumPerFamily, issues } = resolvePremiumPerFamily(
      withValues({ totalPremium: 132000, plannedFamilies: 22, premiumPerFamily: 6500 }),
    );
    expect(premiumPerFamily).toBe(6500);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: "premium-disagreement", severity: "warning", field: "premiumPerFamily" });
  });

  test("nothing can be paid without it: the message says which parameters to give", () => {
    const { premiumPerFamily, issues } = resolvePremiumPerFamily(withValues({ totalPremium: 132000 }));
    expect(premiumPerFamily).toBeNull();
    expect(issues[0]).toMatchObject({ rule: "missing-premium", severity: "error" });
    expect(issues[0].message.en).toContain("plannedFamilies");
  });
});
