import { tokens } from "@fluentui/react-components";

/** The layout every tab of the pane shares: a column of sections, plain paragraphs, a row of buttons. */
export const PANEL_STYLES = {
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  paragraph: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
} as const;

/** The parts of a tab's sections: a section (a tighter column) and a list without bullets. */
export const SECTION_STYLES = {
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
} as const;
