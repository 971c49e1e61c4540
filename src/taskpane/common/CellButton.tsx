import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: "inherit",
    color: tokens.colorBrandForeground1,
    backgroundColor: "transparent",
    border: "none",
    padding: 0,
    cursor: "pointer",
    textDecorationLine: "underline",
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    ":disabled": { cursor: "default", color: tokens.colorNeutralForegroundDisabled },
  },
});

/** A cell address that shows the cell in Excel when clicked (e.g. "Beneficiari!P5"). */
export function CellButton({
  cell,
  title,
  disabled,
  onSelect,
}: {
  cell: string;
  title: string;
  disabled: boolean;
  onSelect: (cell: string) => void;
}) {
  const styles = useStyles();
  return (
    <button type="button" className={styles.cell} title={title} data-cell={cell} disabled={disabled} onClick={() => onSelect(cell)}>
      {cell}
    </button>
  );
}
