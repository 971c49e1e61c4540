import { FluentProvider } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../excel/officeWorkbook";
import { App } from "./App";
import { parseCatalog, type CustomFunctionInfo } from "./functionsCatalog";
import { languageOf, type Language } from "./i18n";
import { fluentThemeOf, useColourScheme, usePageColours } from "./theme";
import { createWorkbookActions, type WorkbookActions } from "./workbookActions";

/** The functions' metadata in the pane's language sits beside taskpane.html (in dist/ and on the dev server). */
const catalogLoader = (language: Language) => async (): Promise<CustomFunctionInfo[]> => {
  const file = language === "it" ? "functions.it.json" : "functions.json";
  const response = await fetch(new URL(file, document.baseURI).href, { cache: "no-cache" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return parseCatalog(await response.json());
};

/**
 * The end-to-end test serves this page outside Office, where Office.onReady reports no host, and
 * installs an in-memory Excel under this global first. Only then does a missing host mean Excel.
 */
const TEST_WORKBOOK_GLOBAL = "__H4A_TEST_WORKBOOK__";

function workbookActions(host: Office.HostType | null | undefined): WorkbookActions | null {
  const inExcel = host === Office.HostType.Excel;
  const testHarness = (host === null || host === undefined) && TEST_WORKBOOK_GLOBAL in window;
  return inExcel || testHarness ? createWorkbookActions(new OfficeWorkbook()) : null;
}

/** Fluent's theme from Office's (or the system's), the page behind it in the same colours. */
function ThemedPane({ children }: { children: ReactNode }) {
  const scheme = useColourScheme();
  usePageColours(scheme);
  return (
    <FluentProvider theme={fluentThemeOf(scheme)}>
      {children}
    </FluentProvider>
  );
}

function start(actions: WorkbookActions | null, displayLanguage: string | undefined): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const language = languageOf(displayLanguage);
  document.documentElement.lang = language;
  createRoot(container).render(
    <ThemedPane>
      <App language={language} loadCatalog={catalogLoader(language)} actions={actions} />
    </ThemedPane>,
  );
}

if (typeof Office === "undefined") {
  // office.js could not be loaded (offline, blocked): the pane still opens and says what to do.
  start(null, navigator.language);
} else {
  // Outside Office (a browser, the end-to-end test) there is no display language: the browser's is taken.
  Office.onReady((info) => start(workbookActions(info.host), Office.context?.displayLanguage ?? navigator.language));
}
