import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { parseCatalog, type CustomFunctionInfo } from "./functionsCatalog";
import { languageOf } from "./i18n";

/** functions.json sits beside taskpane.html (both in dist/ and on the dev server). */
async function loadCatalog(): Promise<CustomFunctionInfo[]> {
  const response = await fetch(new URL("functions.json", document.baseURI).href, { cache: "no-cache" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return parseCatalog(await response.json());
}

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const language = languageOf(Office.context?.displayLanguage);
  document.documentElement.lang = language;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} loadCatalog={loadCatalog} />
    </FluentProvider>,
  );
});
