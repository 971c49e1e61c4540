import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { formulaSyntax, parseCatalog, type CustomFunctionInfo } from "../../src/taskpane/functionsCatalog";
import { langOf } from "../../src/engine/cells/lang";
import { stringsFor } from "../../src/taskpane/i18n";
import { InfoPanel, type CatalogState } from "../../src/taskpane/InfoPanel";

const TIER: CustomFunctionInfo = {
  id: "TIER",
  name: "TIER",
  description: "The year-3 tier.",
  parameters: [
    { name: "stabilityRate", description: "Housing stability rate." },
    { name: "wellbeingRate" },
    { name: "fullThreshold", optional: true },
  ],
};

function render(language: "it" | "en", catalog: CatalogState): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <InfoPanel strings={stringsFor(language)} catalog={catalog} />
    </FluentProvider>,
  );
}

describe("the task pane's language", () => {
  test("is Italian unless Office's display language is English", () => {
    expect(langOf("it-IT")).toBe("it");
    expect(langOf("en-US")).toBe("en");
    expect(langOf("EN-gb")).toBe("en");
    expect(langOf("fr-FR")).toBe("it");
    expect(langOf(undefined)).toBe("it");
  });
});

describe("the list of H4A functions", () => {
  test("shows a formula's syntax with the namespace, optional arguments in brackets", () => {
    expect(formulaSyntax(TIER, ";")).toBe("=H4A.TIER(stabilityRate; wellbeingRate; [fullThreshold])");
    expect(formulaSyntax(TIER, ",")).toBe("=H4A.TIER(stabilityRate, wellbeingRate, [fullThreshold])");
    const sum: CustomFunctionInfo = { id: "SUM", name: "SUM", parameters: [{ name: "values", repeating: true }] };
    expect(formulaSyntax(sum, ";")).toBe("=H4A.SUM(values; …)");
  });

  test("reads functions.json sorted by name and refuses another shape", () => {
    const json = {
      functions: [
        { id: "TIER", name: "TIER", parameters: [] },
        { id: "PREMIUM", name: "PREMIUM" },
      ],
    };
    expect(parseCatalog(json).map((fn) => fn.name)).toEqual(["PREMIUM", "TIER"]);
    expect(() => parseCatalog({ functions: [{ name: "X" }] })).toThrow(/functions\.0\.id/);
  });

  test("the Italian panel says what H4A does and lists each function with its syntax and arguments", () => {
    const html = render("it", { status: "ready", functions: [TIER] });
    expect(html).toContain("Che cosa fa H4A");
    expect(html).toContain("Funzioni H4A");
    expect(html).toContain("=H4A.TIER(stabilityRate; wellbeingRate; [fullThreshold])");
    expect(html).toContain("The year-3 tier.");
    expect(html).toContain("Housing stability rate.");
  });

  test("the English panel uses commas between arguments", () => {
    const html = render("en", { status: "ready", functions: [TIER] });
    expect(html).toContain("What H4A does");
    expect(html).toContain("=H4A.TIER(stabilityRate, wellbeingRate, [fullThreshold])");
  });

  test("while loading it says so, and when functions.json cannot be read it gives the reason", () => {
    expect(render("it", { status: "loading" })).toContain("Caricamento dell&#x27;elenco delle funzioni");
    expect(render("en", { status: "failed", reason: "HTTP 404" })).toContain(
      "Could not read the list of functions (functions.json): HTTP 404",
    );
  });
});
