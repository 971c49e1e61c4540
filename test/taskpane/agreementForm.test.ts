import { DEFAULT_PARAMS, PARAM_ROW_KEYS, parseParams } from "../../src/engine/params";
import { fieldMessage, formIssues, formValues, GROUPS, rawOfForm, typedValue } from "../../src/taskpane/agreementForm";
import { failureOf } from "../../src/taskpane/failures";
import { AddInError } from "../../src/excel/errors";
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

  test("round-trips the agreement: sheet values → form → the same agreement", () => {
    const agreement = { ...DEFAULT_PARAMS, premiumPerFamily: 6000, currentYear: 4, shares: [0.1, 0.4, 0.5] as [number, number, number], fullStrict: false };
    const values = formValues(rawOf(agreement), "it");
    expect(values.share1).toBe("0,1");
    expect(values.fullStrict).toBe(false);
    expect(parseParams(rawOfForm(values, "it")).params).toEqual(agreement);
  });

  test("gives the schema's message for a wrong value, in Italian and in English, and the cross-checks'", () => {
    const values = { ...formValues(rawOf(DEFAULT_PARAMS), "it"), fullThreshold: "1,5", share1: "0,5" };
    const issues = formIssues(values, "it");
    expect(fieldMessage("fullThreshold", issues, "it")).toBe("Atteso un numero tra 0 e 1 (es. 0,8).");
    expect(fieldMessage("fullThreshold", issues, "en")).toBe("Expected a number between 0 and 1 (e.g. 0.8).");
    expect(fieldMessage("shares", issues, "it")).toBe("Atteso tre numeri tra 0 e 1 con somma 1 (es. 0,2; 0,3; 0,5).");
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
