import { DEFAULT_PARAMS, PARAM_ROW_KEYS, parseParams } from "../../src/engine/agreement/params";
import {
  fieldMessage,
  formIssues,
  formValues,
  fractionOf,
  GROUPS,
  PERCENT_ROWS,
  percentOf,
  rawOfForm,
  typedPercent,
  typedValue,
} from "../../src/taskpane/parameters/agreementForm";
import { failureOf } from "../../src/taskpane/failures";
import { AddInError } from "../../src/contract/errors";
import { rawOf } from "../../src/taskpane/workbookActions";

describe("the Parametri form", () => {
  test("shows every row of H4A_Parametri exactly once", () => {
    expect(GROUPS.flatMap((g) => g.rows).sort()).toEqual([...PARAM_ROW_KEYS].sort());
  });

  test("reads numbers as typed in the pane's language", () => {
    expect(typedValue("0,8", "it")).toBe(0.8);
    expect(typedValue("132.000", "it")).toBe(132000);
    expect(typedValue("1.234,50 €", "it")).toBe(1234.5);
    expect(typedValue("1,234.50", "en")).toBe(1234.5);
    expect(typedValue("", "it")).toBe("");
    expect(typedValue("quattro", "it")).toBe("quattro");
  });

  test("shows shares, thresholds and payments as percentages and stores them as the same fractions, exactly", () => {
    expect([...PERCENT_ROWS].sort()).toEqual([
      "belowPartialPayment",
      "fullThreshold",
      "partialPayment",
      "partialThreshold",
      "share1",
      "share2",
      "share3",
    ]);
    const values = formValues(
      rawOf({
        ...DEFAULT_PARAMS,
        shares: [0.1, 0.3, 0.6],
        fullThreshold: 0.07,
        partialThreshold: 0.07,
        partialPayment: 0.57,
        belowPartialPayment: 0,
      }),
      "it",
    );
    expect([values.share1, values.share2, values.share3, values.fullThreshold, values.partialPayment, values.belowPartialPayment]).toEqual([
      "10",
      "30",
      "60",
      "7",
      "57",
      "0",
    ]);
    const raw = rawOfForm(values, "it");
    expect([raw.share1, raw.share2, raw.share3, raw.fullThreshold, raw.partialPayment, raw.belowPartialPayment]).toEqual([
      0.1, 0.3, 0.6, 0.07, 0.57, 0,
    ]);
    expect(percentOf(0.3)).toBe(30);
    expect(percentOf(0.07)).toBe(7);
    expect(percentOf(0.333)).toBe(33.3);
    expect(fractionOf(30)).toBe(0.3);
    expect(fractionOf(33.3)).toBe(0.333);
    expect(fractionOf(57)).toBe(0.57);
  });

  test("reads a percentage typed with or without %, in Italian and in English; text stays text for the schema", () => {
    expect(typedPercent("75", "it")).toBe(0.75);
    expect(typedPercent("80 %", "it")).toBe(0.8);
    expect(typedPercent("80%", "en")).toBe(0.8);
    expect(typedPercent("12,5 %", "it")).toBe(0.125);
    expect(typedPercent("12.5", "en")).toBe(0.125);
    expect(typedPercent("", "it")).toBe("");
    expect(typedPercent("molto", "it")).toBe("molto");
    expect(rawOfForm({ ...formValues(rawOf(DEFAULT_PARAMS), "en"), fullThreshold: "75 %" }, "en").fullThreshold).toBe(0.75);
  });

  test("round-trips the agreement: sheet values → form → the same agreement", () => {
    const agreement = {
      ...DEFAULT_PARAMS,
      premiumPerFamily: 6000,
      currentYear: 4,
      shares: [0.1, 0.4, 0.5] as [number, number, number],
      fullStrict: false,
    };
    const values = formValues(rawOf(agreement), "it");
    expect(values.share1).toBe("10");
    expect(values.fullStrict).toBe(false);
    expect(parseParams(rawOfForm(values, "it")).params).toEqual(agreement);
  });

  test("gives the schema's message for a wrong value, in Italian and in English, and the cross-checks'", () => {
    const values = { ...formValues(rawOf(DEFAULT_PARAMS), "it"), fullThreshold: "150", share1: "50" };
    const issues = formIssues(values, "it");
    expect(fieldMessage("fullThreshold", issues, "it")).toBe("Attesa una percentuale tra 0 e 100 (es. 80).");
    expect(fieldMessage("fullThreshold", issues, "en")).toBe("Expected a percentage between 0 and 100 (e.g. 80).");
    expect(fieldMessage("shares", issues, "it")).toBe("Attese tre percentuali tra 0 e 100 con somma 100 (es. 20; 30; 50).");
    expect(fieldMessage("currentYear", issues, "it")).toBeNull();
  });
});

describe("a failure as the pane explains it", () => {
  test("Excel's codes get what happened and what to do; anything else keeps its message", () => {
    expect(failureOf(Object.assign(new Error("x"), { code: "AccessDenied" }), "it").action).toMatch(/Rimuovere la protezione/);
    expect(failureOf(Object.assign(new Error("x"), { code: "ItemNotFound" }), "en").title).toBe("A sheet or table no longer exists");
    expect(failureOf(AddInError.tableNameTaken("H4A_Anni", "Mie"), "it").title).toBe("Il nome di tabella H4A_Anni è già usato");
    expect(failureOf(new ReferenceError("Excel is not defined"), "it").title).toBe("Excel non è disponibile");
    expect(failureOf(Object.assign(new Error("boom"), { code: "GeneralException" }), "en").detail).toBe("boom (GeneralException)");
  });
});

test("plannedEnrolment typed as 11,11 in Italian stays a list of two, not 11.11; a single number stays a number; trueUpPolicy is kept as chosen", () => {
  const values = { ...formValues({}, "it"), plannedEnrolment: "11,11", trueUpPolicy: "reportOnly" };
  const raw = rawOfForm(values, "it");
  expect(raw.plannedEnrolment).toBe("11,11");
  expect(raw.trueUpPolicy).toBe("reportOnly");
  expect(formIssues(values, "it")).toEqual([]);
  expect(rawOfForm({ ...values, plannedEnrolment: " 12 " }, "it").plannedEnrolment).toBe(12);
  expect(GROUPS.find((g) => g.key === "ledger")?.rows).toEqual(["plannedEnrolment", "trueUpPolicy"]);
});
