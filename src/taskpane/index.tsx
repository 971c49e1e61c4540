import { pick, type Lang, langOf } from "../engine/cells/lang";
import { FluentProvider } from "@fluentui/react-components";
import { useEffect, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import type { ExcelApi } from "../excel/officeWorkbook";
import { App } from "./App";
import { takeTabChoice } from "./frame/tabChoice";
import { parseCatalog, type CustomFunctionInfo } from "./functionsCatalog";
import { firstLanguageOf } from "./hostLocale";
import { ParametersPanel } from "./lazyPanels";
import { lazyWorkbookActions } from "./lazyWorkbookActions";
import { countedActions } from "./testHook";
import { fluentThemeOf, useColourScheme, usePageColours } from "./theme";
import type { WorkbookActions } from "./workbookActions";

/** The functions' metadata in the pane's language sits beside taskpane.html (in dist/ and on the dev server). */
const catalogLoader = (language: Lang) => async (): Promise<CustomFunctionInfo[]> => {
  const file = pick({ it: "functions.it.json", en: "functions.json" }, language);
  const response = await fetch(new URL(file, document.baseURI).href, { cache: "no-cache" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return parseCatalog(await response.json());
};

/** The in-memory Excel the end-to-end tests install in the page before its scripts run. */
function testWorkbookExcel(): ExcelApi | null {
  return (window as { __H4A_TEST_WORKBOOK__?: { Excel: ExcelApi } }).__H4A_TEST_WORKBOOK__?.Excel ?? null;
}

function excelOf(host: Office.HostType | null | undefined): ExcelApi | null {
  if (host === Office.HostType.Excel) return Excel;
  // The end-to-end tests serve the build with the test hook outside Office, where Office.onReady
  // reports no host, with an in-memory Excel installed first; the production build
  // has H4A_TEST_HOOK false, and the minifier drops this line.
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
  if (excel === null) return null;
  const actions = lazyWorkbookActions(() => loadWorkbookActions(excel));
  return H4A_TEST_HOOK ? countedActions(actions) : actions;
}

/**
 * The first tab's code, fetched while Office.js gets ready, but only once the frame is committed
 * (an effect, after the first render): its six requests and their scripts then neither delay nor
 * share the CPU with the frame's first render. Without office.js no tab can work: nothing to fetch.
 */
function preloadFirstTab(): void {
  if (typeof Office !== "undefined") ParametersPanel.preload();
}

/** Fluent's theme from Office's (or the system's), the page behind it in the same colours. */
function ThemedPane({ officeReady, children }: { officeReady: boolean; children: ReactNode }) {
  const scheme = useColourScheme(officeReady);
  usePageColours(scheme);
  useEffect(preloadFirstTab, []);
  return <FluentProvider theme={fluentThemeOf(scheme)}>{children}</FluentProvider>;
}

const catalogs: Record<Lang, () => Promise<CustomFunctionInfo[]>> = { it: catalogLoader("it"), en: catalogLoader("en") };

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);
const takeFrameChoice = () => takeTabChoice(container);

/** Renders the pane: `connecting` until Office.onReady has answered, then Excel's actions (null outside Excel). */
function show(language: Lang, actions: WorkbookActions | null, connecting: boolean): void {
  document.documentElement.lang = language;
  root.render(
    <ThemedPane officeReady={!connecting}>
      <App
        language={language}
        loadCatalog={catalogs[language]}
        actions={actions}
        connecting={connecting}
        takeFrameChoice={takeFrameChoice}
      />
    </ThemedPane>,
  );
}

const firstLanguage = firstLanguageOf(window.location.search, navigator.language);

if (typeof Office === "undefined") {
  // office.js could not be loaded (offline, blocked): the pane still opens and says what to do.
  show(firstLanguage, null, false);
} else {
  // The header and the tabs are shown at once; the tabs that work on the workbook wait for Office.js,
  // while the first one's code is fetched (ThemedPane, after the first render).
  show(firstLanguage, null, true);
  Office.onReady((info) =>
    show(Office.context?.displayLanguage ? langOf(Office.context.displayLanguage) : firstLanguage, workbookActions(info.host), false),
  );
}
