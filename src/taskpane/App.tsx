import { Caption1, makeStyles, Title3, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { CustomFunctionInfo } from "./functionsCatalog";
import { stringsFor, type Language } from "./i18n";
import { InfoPanel, type CatalogState } from "./InfoPanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
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
});

export interface AppProps {
  language: Language;
  /** Reads the registered custom functions (functions.json); no Office.js needed. */
  loadCatalog: () => Promise<CustomFunctionInfo[]>;
}

/** The task pane: the header and what H4A does, with the functions it registers. */
export function App({ language, loadCatalog }: AppProps) {
  const styles = useStyles();
  const strings = stringsFor(language);
  const [catalog, setCatalog] = useState<CatalogState>({ status: "loading" });

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

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <img src="assets/icon-32.png" alt="" width={32} height={32} />
        <div className={styles.heading}>
          <Title3 as="h1" className={styles.title}>
            {strings.title}
          </Title3>
          <Caption1>{strings.subtitle}</Caption1>
        </div>
      </header>
      <main>
        <InfoPanel strings={strings} catalog={catalog} />
      </main>
    </div>
  );
}
