import { Body1, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { formulaSyntax, type CustomFunctionInfo } from "./functionsCatalog";
import type { Strings } from "./i18n";
import { PanelHeader } from "./common/PanelHeader";

/** Where the list of functions stands: being read, read, or not readable (with the reason). */
export type CatalogState =
  { status: "loading" } | { status: "ready"; functions: CustomFunctionInfo[] } | { status: "failed"; reason: string };

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  paragraph: {
    margin: 0,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  syntax: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForeground1,
    overflowWrap: "anywhere",
  },
  arguments: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  argumentName: {
    fontFamily: tokens.fontFamilyMonospace,
  },
});

export interface InfoPanelProps {
  strings: Strings;
  catalog: CatalogState;
}

/** The "Informazioni" panel: what the add-in does and the H4A functions with their syntax. */
export function InfoPanel({ strings, catalog }: InfoPanelProps) {
  const styles = useStyles();
  return (
    <section className={styles.panel} aria-labelledby="h4a-about-heading">
      <PanelHeader id="h4a-about-heading" heading={strings.aboutHeading} intro={strings.aboutParagraphs} />
      <Subtitle2 as="h2">{strings.functionsHeading}</Subtitle2>
      <Body1 as="p" className={styles.paragraph}>
        {strings.functionsHint} {strings.optionalNote}
      </Body1>
      <FunctionList strings={strings} catalog={catalog} />
    </section>
  );
}

function FunctionList({ strings, catalog }: InfoPanelProps) {
  const styles = useStyles();
  switch (catalog.status) {
    case "loading":
      return <Spinner size="tiny" label={strings.loading} />;
    case "failed":
      return (
        <MessageBar intent="error">
          <MessageBarBody>{strings.loadFailed(catalog.reason)}</MessageBarBody>
        </MessageBar>
      );
    case "ready":
      if (catalog.functions.length === 0) return <Body1>{strings.noFunctions}</Body1>;
      return (
        <ul className={styles.list}>
          {catalog.functions.map((fn) => (
            <li key={fn.id} className={styles.item}>
              <code className={styles.syntax}>{formulaSyntax(fn, strings.argumentSeparator)}</code>
              {fn.description ? <Body1>{fn.description}</Body1> : null}
              {fn.parameters.some((parameter) => parameter.description) ? (
                <ul className={styles.arguments} aria-label={strings.parametersLabel}>
                  {fn.parameters.map((parameter) => (
                    <li key={parameter.name}>
                      <Caption1>
                        <span className={styles.argumentName}>{parameter.name}</span>
                        {parameter.description ? ` – ${parameter.description}` : ""}
                      </Caption1>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      );
  }
}
