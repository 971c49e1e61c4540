import { tokens } from "@fluentui/react-components";

/** The layout every tab of the pane shares: a column of sections, plain paragraphs, a row of buttons. */
export const PANEL_STYLES = {
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  paragraph: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
} as const;
