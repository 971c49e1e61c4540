import { Button, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import type { DataSource } from "../contract/contract";
import { usePane } from "./PaneContext";
import { sourceKey } from "./sourceKey";

export { sourceKey };

const useStyles = makeStyles({
  row: {
    display: "flex",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalS,
  },
  field: {
    flexGrow: 1,
    minWidth: 0,
  },
  dropdown: {
    minWidth: 0,
    width: "100%",
  },
  found: {
    color: tokens.colorPaletteGreenForeground1,
  },
});

export interface SourcePickerProps {
  sources: DataSource[] | null;
  selected: DataSource | null;
  onSelect: (source: DataSource) => void;
  onRefresh: () => void;
  disabled: boolean;
  /** For another kind of data than the beneficiaries (the candidates sheet): the field's label, which sources are recognised, and the words. */
  kind?: { label: string; isFound: (source: DataSource) => boolean; foundLabel: string; noneFound: string };
}

/** Which sheet or table holds the beneficiaries (or, with `kind`, the candidates): the detected one first, any other on request. */
export function SourcePicker({ sources, selected, onSelect, onRefresh, disabled, kind }: SourcePickerProps) {
  const { strings } = usePane();
  const styles = useStyles();
  const s = strings.validation;
  const label = (source: DataSource): string =>
    source.kind === "table" ? s.tableOption(source.table ?? "", source.sheet) : s.sheetOption(source.sheet);
  const list = sources ?? [];
  const found = kind?.isFound ?? ((source: DataSource) => source.headerFound);
  const foundLabel = kind?.foundLabel ?? s.headerFound;
  const empty = sources !== null && (list.length === 0 || (kind !== undefined && !list.some(found)));
  return (
    <div className={styles.row}>
      <Field
        label={kind?.label ?? s.source}
        className={styles.field}
        validationMessage={empty ? (kind?.noneFound ?? s.noSources) : undefined}
        validationState={empty ? "warning" : "none"}
      >
        <Dropdown
          className={styles.dropdown}
          placeholder={s.sourcePrompt}
          disabled={disabled || list.length === 0}
          value={selected ? label(selected) : ""}
          selectedOptions={selected ? [sourceKey(selected)] : []}
          onOptionSelect={(_, data) => {
            const chosen = list.find((source) => sourceKey(source) === data.optionValue);
            if (chosen) onSelect(chosen);
          }}
        >
          {list.map((source) => (
            <Option key={sourceKey(source)} value={sourceKey(source)} text={label(source)}>
              <span>
                {label(source)}
                {found(source) ? <span className={styles.found}> · {foundLabel}</span> : null}
              </span>
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button icon={<ArrowSyncRegular />} aria-label={s.refreshSources} title={s.refreshSources} onClick={onRefresh} disabled={disabled} />
    </div>
  );
}
