import { FRAME_ATTRIBUTE, TAB_ID_PREFIX } from "./frameIds";

/** The attribute of #root that keeps the tab last clicked in the pre-rendered frame, by its key. */
const CHOICE_ATTRIBUTE = "data-h4a-tab-chosen";

/**
 * Keeps the tab clicked in the pre-rendered frame, whose tabs cannot switch panels before the
 * pane's own first render: that render opens it (takeTabChoice), so a click made while the pane
 * was still loading is not lost.
 */
export function rememberTabChoice(root: HTMLElement): void {
  root.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const tab = target?.closest(`[${FRAME_ATTRIBUTE}] [role="tab"]`);
    if (tab?.id.startsWith(TAB_ID_PREFIX)) root.setAttribute(CHOICE_ATTRIBUTE, tab.id.slice(TAB_ID_PREFIX.length));
  });
}

/** The key of the tab clicked in the frame, once (the choice is cleared), or null when none was. */
export function takeTabChoice(root: HTMLElement): string | null {
  const chosen = root.getAttribute(CHOICE_ATTRIBUTE);
  root.removeAttribute(CHOICE_ATTRIBUTE);
  return chosen;
}
