import { tokens } from "@fluentui/react-components";
import type { CandidateRanking } from "../../engine/candidates/ranking";
import type { Lang } from "../../engine/cells/lang";
import type { RankingStrings } from "./rankingStrings";

/** How many families a list shows at first, and how many more each "show more" adds. */
export const LIST_PAGE = 100;

/** The styles the ranking's lists share: an item's header line, a family's ID, a list of lines, a link-like button. */
export const RANKING_STYLES = {
  itemHeader: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  id: { fontFamily: tokens.fontFamilyMonospace },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  link: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorBrandForeground1,
    background: "none",
    border: "none",
    padding: 0,
    cursor: "pointer",
    textDecorationLine: "underline",
    alignSelf: "flex-start",
  },
} as const;

/** What every view of the ranking's families is given: the ranking, the words, and the way to a family's row. */
export interface RankingViewProps {
  ranking: CandidateRanking;
  strings: RankingStrings;
  language: Lang;
  onGoTo: (row: number) => void;
  disabled: boolean;
}
