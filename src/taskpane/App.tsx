import type { Lang } from "../engine/cells/lang";
import { Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Tab, TabList, Title3, tokens } from "@fluentui/react-components";
import { CheckmarkStarburstRegular, InfoRegular, MoneyRegular, PeopleQueueRegular, SettingsRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState, type CSSProperties, type ReactNode, type RefObject } from "react";
import { TAB_ID_PREFIX } from "./frame/frameIds";
import type { CustomFunctionInfo } from "./functionsCatalog";
import { InfoPanel, type CatalogState } from "./InfoPanel";
import { ParametersPanel, PaymentsPanel, RankingPanel, SharePanel, SimulationPanel, ValidationPanel } from "./lazyPanels";
import { PaneProvider, usePane } from "./PaneContext";
import { useCandidateChoice } from "./useCandidateChoice";
import { useSources } from "./useSources";
import { DataTrendingRegular, ShareRegular } from "@fluentui/react-icons";
import type { WorkbookActions } from "./workbookActions";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  heading: {
    display: "flex",
    flexDirection: "column",
  },
  title: {
    margin: 0,
  },
  /** The tab list's landmark, stuck to the top while the pane scrolls, so the other tabs are always one click away; opaque over what scrolls under it. */
  nav: {
    position: "sticky",
    top: 0,
    zIndex: 3,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Seven tabs do not fit a narrow pane on one line: they wrap rather than hide off the edge.
  tabs: { flexWrap: "wrap" },
  main: {
    paddingTop: tokens.spacingVerticalS,
  },
});

/** The space kept between the sticky tab list and a field the browser scrolls into view below it. */
const FOCUS_GAP = 8;

/**
 * Follows the tab list's height (it wraps to more lines in a narrow pane): panels stick their own
 * headers just below it (`--h4a-sticky-top`), and the page's scroll padding keeps a field that takes
 * the focus from landing under it (WCAG 2.4.11).
 */
function useStickyTabsHeight(tabs: RefObject<HTMLElement>): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const element = tabs.current;
    if (element === null || typeof ResizeObserver === "undefined") return;
    const measure = () => setHeight(Math.ceil(element.getBoundingClientRect().height));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [tabs]);
  useEffect(() => {
    const root = document.documentElement;
    root.style.scrollPaddingTop = `${height + FOCUS_GAP}px`;
    return () => {
      root.style.scrollPaddingTop = "";
    };
  }, [height]);
  return height;
}

export type TabKey = "parameters" | "ranking" | "validation" | "payments" | "simulation" | "share" | "info";
const TABS: TabKey[] = ["parameters", "ranking", "validation", "payments", "simulation", "share", "info"];
const isTabKey = (key: string): key is TabKey => (TABS as string[]).includes(key);
const ICONS: Record<TabKey, JSX.Element> = {
  parameters: <SettingsRegular />,
  ranking: <PeopleQueueRegular />,
  validation: <CheckmarkStarburstRegular />,
  payments: <MoneyRegular />,
  simulation: <DataTrendingRegular />,
  share: <ShareRegular />,
  info: <InfoRegular />,
};

export interface AppProps {
  language: Lang;
  /** Reads the registered custom functions (functions.json); no Office.js needed. */
  loadCatalog: () => Promise<CustomFunctionInfo[]>;
  /** The workbook's actions; null when the pane runs outside Excel. */
  actions: WorkbookActions | null;
  /** Office.js has not answered yet: the tabs but Informazioni say so in their place, with no action to click. */
  connecting?: boolean;
  /** The tab shown first. */
  initialTab?: TabKey;
  /** The tab clicked in the frame pre-rendered in taskpane.html before this render took its place (frame/tabChoice.ts), if any: opened once mounted. */
  takeFrameChoice?: () => string | null;
}

/** The task pane: the header, the tabs, and their panels (each but Informazioni fetched when its tab first opens: lazyPanels.ts). */
export function App({ language, loadCatalog, actions, connecting = false, initialTab = "parameters", takeFrameChoice }: AppProps) {
  return (
    <PaneProvider language={language} actions={actions}>
      <Pane loadCatalog={loadCatalog} initialTab={initialTab} connecting={connecting} takeFrameChoice={takeFrameChoice} />
    </PaneProvider>
  );
}

interface PaneProps {
  loadCatalog: AppProps["loadCatalog"];
  initialTab: TabKey;
  connecting: boolean;
  takeFrameChoice: AppProps["takeFrameChoice"];
}

function Pane({ loadCatalog, initialTab, connecting, takeFrameChoice }: PaneProps) {
  const styles = useStyles();
  const { strings, actions } = usePane();
  const [tab, setTab] = useState<TabKey>(initialTab);
  // A panel is mounted the first time its tab is opened and kept afterwards, so it keeps its state.
  const [opened, setOpened] = useState<Set<TabKey>>(new Set([initialTab]));
  const [catalog, setCatalog] = useState<CatalogState>({ status: "loading" });
  const sources = useSources();
  const candidates = useCandidateChoice(sources);
  const tabsRef = useRef<HTMLElement>(null);
  const tabsHeight = useStickyTabsHeight(tabsRef);

  useEffect(() => {
    let current = true;
    loadCatalog().then(
      (functions) => {
        if (current) setCatalog({ status: "ready", functions });
      },
      (error: unknown) => {
        if (current) setCatalog({ status: "failed", reason: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [loadCatalog]);

  // The sheets are listed the first time a tab that works on them is shown (again after a failed listing, on the next such tab).
  const needsSources = tab === "validation" || tab === "payments" || tab === "ranking" || tab === "simulation";
  const { sources: listed, refresh: listSources } = sources;
  const wantsSources = needsSources && actions !== null && listed === null;
  useEffect(() => {
    if (wantsSources) void listSources();
  }, [wantsSources, listSources]);

  const open = useCallback((next: TabKey) => {
    setTab(next);
    setOpened((current) => (current.has(next) ? current : new Set([...current, next])));
  }, []);

  useEffect(() => {
    const chosen = takeFrameChoice?.() ?? null;
    // The choice lives outside React (a click on the frame, recorded on #root): taken once, after the
    // commit that removed the frame, so that a click made up to that moment is not lost either.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (chosen !== null && isTabKey(chosen)) open(chosen);
  }, [takeFrameChoice, open]);

  const panel = (key: TabKey): ReactNode => {
    if (key === "info") return <InfoPanel strings={strings} catalog={catalog} />;
    if (connecting) return <Spinner label={strings.connecting} data-testid="connecting" />;
    if (actions === null) {
      return (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.noExcel}</MessageBarBody>
        </MessageBar>
      );
    }
    if (key === "parameters") return <ParametersPanel onNext={() => open("validation")} />;
    if (key === "validation") return <ValidationPanel sources={sources} candidates={candidates.selected} />;
    if (key === "ranking") return <RankingPanel sources={sources} candidates={candidates} />;
    if (key === "simulation") return <SimulationPanel sources={sources} />;
    if (key === "share") return <SharePanel />;
    return <PaymentsPanel sources={sources} onOpenValidation={() => open("validation")} onOpenParameters={() => open("parameters")} />;
  };

  return (
    <div className={styles.root} style={{ "--h4a-sticky-top": `${tabsHeight}px` } as CSSProperties}>
      <header className={styles.header}>
        <img src="assets/icon-32.png" alt="" width={32} height={32} />
        <div className={styles.heading}>
          <Title3 as="h1" className={styles.title}>
            {strings.title}
          </Title3>
          <Caption1>{strings.subtitle}</Caption1>
        </div>
      </header>
      <nav ref={tabsRef} className={styles.nav} aria-label={strings.tabs.label}>
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, data) => open(data.value as TabKey)}
          aria-label={strings.tabs.label}
          size="small"
        >
          {TABS.map((key) => (
            // "Informazioni" shows as its icon alone, so that the four tabs fit a narrow pane on one line.
            <Tab
              key={key}
              value={key}
              icon={ICONS[key]}
              id={`${TAB_ID_PREFIX}${key}`}
              aria-controls={`h4a-panel-${key}`}
              aria-label={key === "info" ? strings.tabs.info : undefined}
              title={key === "info" ? strings.tabs.info : undefined}
            >
              {key === "info" ? null : strings.tabs[key]}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main}>
        {TABS.filter((key) => opened.has(key)).map((key) => (
          <div key={key} role="tabpanel" id={`h4a-panel-${key}`} aria-labelledby={`${TAB_ID_PREFIX}${key}`} hidden={key !== tab}>
            {panel(key)}
          </div>
        ))}
      </main>
    </div>
  );
}
