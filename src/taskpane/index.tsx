import { pick, type Lang, langOf } from "../engine/cells/lang";
import { FluentProvider } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import type { ExcelApi } from "../excel/officeWorkbook";
import { App } from "./App";
import { parseCatalog, type CustomFunctionInfo } from "./functionsCatalog";
import { lazyWorkbookActions } from "./lazyWorkbookActions";
import { fluentThemeOf, useColourScheme, usePageColours } from "./theme";
import type { WorkbookActions } from "./workbookActions";

/** The functions' metadata in the pane's language sits beside taskpane.html (in dist/ and on the dev server). */
const catalogLoader = (language: Lang) => async (): Promise<CustomFunctionInfo[]> => {
  const file = pick({ it: "functions.it.json", en: "functions.json" }, language);
  const response = await fetch(new URL(file, document.baseURI).href, { cache: "no-cache" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return parseCatalog(await response.json());
};

/**
 * The end-to-end tests serve the build of `npm run build:e2e` (H4A_TEST_HOOK true) outside Office,
 * where Office.onReady reports no host, with an in-memory Excel installed under this global first.
 * In the production build H4A_TEST_HOOK is false and the minifier drops this branch.
 */
function testWorkbookExcel(): ExcelApi | null {
  return (window as { __H4A_TEST_WORKBOOK__?: { Excel: ExcelApi } }).__H4A_TEST_WORKBOOK__?.Excel ?? null;
}

function excelOf(host: Office.HostType | null | undefined): ExcelApi | null {
  if (host === Office.HostType.Excel) return Excel;
  if (H4A_TEST_HOOK && (host === null || host === undefined)) return testWorkbookExcel();
  return null;
}

/** The actions' code (the engine and the Office adapter) is a chunk of its own, fetched at the first action, after the first render. */
async function loadWorkbookActions(excel: ExcelApi): Promise<WorkbookActions> {
  const [{ OfficeWorkbook }, { createWorkbookActions }] = await Promise.all([
    import(/* webpackChunkName: "workbook" */ "../excel/officeWorkbook"),
    import(/* webpackChunkName: "workbook" */ "./workbookActions"),
  ]);
  return createWorkbookActions(new OfficeWorkbook(excel));
}

function workbookActions(host: Office.HostType | null | undefined): WorkbookActions | null {
  const excel = excelOf(host);
  return excel === null ? null : lazyWorkbookActions(() => loadWorkbookActions(excel));
}

/** Fluent's theme from Office's (or the system's), the page behind it in the same colours. */
function ThemedPane({ children }: { children: ReactNode }) {
  const scheme = useColourScheme();
  usePageColours(scheme);
  return <FluentProvider theme={fluentThemeOf(scheme)}>{children}</FluentProvider>;
}

function start(actions: WorkbookActions | null, displayLanguage: string | undefined): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const language = langOf(displayLanguage);
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
