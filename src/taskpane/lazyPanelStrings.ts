import type { Text } from "../engine/cells/lang";

/** What the pane shows while a tab's code arrives from the server (its own chunk, fetched the first time the tab opens). */
export const LOADING_TAB: Text = {
  it: "Caricamento della scheda…",
  en: "Loading the tab…",
};
