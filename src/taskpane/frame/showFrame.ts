import { firstLanguageOf } from "../hostLocale";
import { ENGLISH_FRAME_ID, FRAME_ATTRIBUTE } from "./frameIds";

/**
 * taskpane.html's one synchronous script, right after the pre-rendered frame: when the pane's
 * first language is English, the English frame takes the Italian one's place before the browser
 * draws either. Office's locale is in the page's address before office.js has run (hostLocale.ts).
 */
export function showFrame(document: Document, search: string, browserLanguage: string): void {
  const english = document.getElementById(ENGLISH_FRAME_ID) as HTMLTemplateElement | null;
  const italian = document.querySelector(`[${FRAME_ATTRIBUTE}="it"]`);
  const language = firstLanguageOf(search, browserLanguage);
  document.documentElement.lang = language;
  if (english !== null && italian !== null && language === "en") italian.replaceWith(english.content);
  english?.remove();
}
