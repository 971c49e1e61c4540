import { pick, type Lang } from "../../engine/cells/lang";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  CounterBadge,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ErrorCircleRegular, InfoRegular, WarningRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { CANDIDATE_FIELD_BY_KEY, isCandidateField } from "../../engine/candidates/fields";
import { FIELD_BY_KEY } from "../../engine/beneficiaries/fields";
import { formatCellValue } from "../../engine/cells/format";
import { PARAM_LABELS, paramLabel } from "../../engine/agreement/paramLabels";
import type { ParamKey } from "../../engine/agreement/params";
import type { FieldKey, Issue, Severity } from "../../engine/types";
import type { Strings } from "../i18n";

const PAGE = 100;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    ":disabled": { cursor: "default", color: tokens.colorNeutralForegroundDisabled },
  },
  icon: { flexShrink: 0, fontSize: "16px", marginTop: "2px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  where: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

/** A field's name as people see it: the header of §3 or §3b, or the parameter's label in the Parametri form. */
export function fieldName(field: Issue["field"], language: Lang): string | null {
  if (field === null) return null;
  if (field in FIELD_BY_KEY) {
    const spec = FIELD_BY_KEY[field as FieldKey];
    return pick(spec.header, language);
  }
  if (isCandidateField(field)) {
    const spec = CANDIDATE_FIELD_BY_KEY[field];
    return pick(spec.header, language);
  }
  return Object.prototype.hasOwnProperty.call(PARAM_LABELS, field) ? paramLabel(field as ParamKey, language) : field;
}

/** An issue's message without the cell it starts with ("Beneficiari!F7: …"): the card names the cell above it. */
export function issueSentence(issue: Issue, language: Lang): string {
  const message = pick(issue.message, language);
  const prefix = `${issue.cell}: `;
  const sentence = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The field's name for the card's heading, or null when there is none or the sentence already says it. */
export function fieldHeading(issue: Issue, language: Lang): string | null {
  const name = fieldName(issue.field, language);
  return name === null || issueSentence(issue, language).includes(name) ? null : name;
}

/** The issue in one line, as a refusal lists it: the field's name (when the sentence does not say it), then the sentence. */
export function issueText(issue: Issue, language: Lang): string {
  const heading = fieldHeading(issue, language);
  return `${heading ? `${heading}: ` : ""}${issueSentence(issue, language)}`;
}

const SEVERITIES: Severity[] = ["error", "warning", "note"];

export interface IssueListProps {
  issues: Issue[];
  strings: Strings;
  language: Lang;
  /** Shows the issue's cell; the list is disabled while another action runs. */
  onSelect: (issue: Issue) => void;
  disabled: boolean;
}

/** Issues grouped by severity, with counts; each opens its cell. */
export function IssueList({ issues, strings, language, onSelect, disabled }: IssueListProps) {
  const styles = useStyles();
  const s = strings.validation;
  const [shown, setShown] = useState<Record<Severity, number>>({ error: PAGE, warning: PAGE, note: PAGE });
  const groups = SEVERITIES.map((severity) => ({ severity, items: issues.filter((issue) => issue.severity === severity) })).filter(
    (g) => g.items.length > 0,
  );
  const icon = (severity: Severity) => {
    if (severity === "error") return <ErrorCircleRegular className={mergeClasses(styles.icon, styles.error)} aria-hidden />;
    if (severity === "warning") return <WarningRegular className={mergeClasses(styles.icon, styles.warning)} aria-hidden />;
    return <InfoRegular className={mergeClasses(styles.icon, styles.note)} aria-hidden />;
  };
  if (groups.length === 0) return null;
  return (
    <Accordion
      multiple
      collapsible
      defaultOpenItems={groups.filter((g) => g.severity !== "note").map((g) => g.severity)}
      aria-label={s.issuesLabel}
    >
      {groups.map(({ severity, items }) => (
        <AccordionItem key={severity} value={severity}>
          <AccordionHeader>
            <span className={styles.header}>
              {s.groups[severity]}
              <CounterBadge
                count={items.length}
                overflowCount={9999}
                color={severity === "error" ? "danger" : severity === "warning" ? "important" : "informative"}
                appearance={severity === "note" ? "ghost" : "filled"}
              />
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list} data-severity={severity}>
              {items.slice(0, shown[severity]).map((issue, i) => {
                const name = fieldHeading(issue, language);
                const value = formatCellValue(issue.value, language);
                return (
                  <li key={`${issue.cell}-${issue.rule}-${i}`}>
                    <button
                      type="button"
                      className={styles.item}
                      title={s.cellTitle(issue.cell)}
                      disabled={disabled}
                      onClick={() => onSelect(issue)}
                      data-cell={issue.cell}
                    >
                      {icon(severity)}
                      <span className={styles.body}>
                        <span className={styles.where}>
                          <span className={styles.cell}>{issue.cell}</span>
                          {name ? <Caption1>{name}</Caption1> : null}
                          <Caption1>
                            {s.valueLabel}: {value === "" ? s.noValue : pick({ it: `«${value}»`, en: `"${value}"` }, language)}
                          </Caption1>
                        </span>
                        <Text size={200}>{issueSentence(issue, language)}</Text>
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
            {items.length > shown[severity] ? (
              <Button appearance="subtle" size="small" onClick={() => setShown({ ...shown, [severity]: shown[severity] + PAGE })}>
                {s.showMore(Math.min(PAGE, items.length - shown[severity]))}
              </Button>
            ) : null}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
