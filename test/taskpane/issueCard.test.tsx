/**
 * @jest-environment jsdom
 */
import type { Lang } from "../../src/engine/cells/lang";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { makeIssue } from "../../src/engine/beneficiaries/messages";
import { parseParams } from "../../src/engine/agreement/params";
import type { Issue } from "../../src/engine/types";
import { stringsFor } from "../../src/taskpane/i18n";
import { IssueList } from "../../src/taskpane/common/IssueList";

/** An issue card in Verifica and Pagamenti names its cell once and its field once. */

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

function card(issue: Issue, language: Lang = "it"): string {
  render(
    <FluentProvider theme={webLightTheme}>
      <IssueList issues={[issue]} strings={stringsFor(language)} language={language} onSelect={() => undefined} disabled={false} />
    </FluentProvider>,
  );
  const button = screen.getAllByRole("button").find((b) => b.getAttribute("data-cell") === issue.cell);
  if (button === undefined) throw new Error(`no card for ${issue.cell}`);
  return button.textContent ?? "";
}

test("a missing value: the cell once, the field once, the sentence after them", () => {
  const issue = makeIssue("missing-value", { cell: "Beneficiari!B7", field: "cohort", value: "" }, { field: "cohort" });
  const text = card(issue);
  expect(occurrences(text, "Beneficiari!B7")).toBe(1);
  expect(occurrences(text, "Coorte")).toBe(1);
  expect(text).toContain("«Coorte» è vuoto ma è un dato obbligatorio");
});

test("a rule whose sentence does not name the field: the field is named once, above it", () => {
  const issue = makeIssue("excel-error", { cell: "Beneficiari!D9", field: "members", value: "#N/A" }, { error: "#N/A" });
  const text = card(issue);
  expect(occurrences(text, "Beneficiari!D9")).toBe(1);
  expect(occurrences(text, "Componenti")).toBe(1);
  expect(text).toContain("La cella contiene l'errore di Excel «#N/A»");
});

test("a parameter: the cell once and the form's label once, never its key alone", () => {
  const [issue] = parseParams({ currentYear: "quattro" }).issues;
  const text = card(issue);
  expect(occurrences(text, issue.cell)).toBe(1);
  expect(occurrences(text, "Anno corrente")).toBe(1);
  expect(text).toContain("Parametro «Anno corrente» (currentYear)");
});

test("in English too", () => {
  const issue = makeIssue("missing-value", { cell: "Beneficiari!B7", field: "cohort", value: "" }, { field: "cohort" });
  const text = card(issue, "en");
  expect(occurrences(text, "Beneficiari!B7")).toBe(1);
  expect(occurrences(text, "Cohort")).toBe(1);
});
