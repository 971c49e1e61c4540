import { langOf, type Lang } from "../engine/cells/lang";

/**
 * The locale Office gives the pane before Office.js is ready: the fourth field of the `_host_Info`
 * query parameter that Office adds to the pane's address ("Excel$Win32$16.01$it-IT$…", the fields
 * split by "$" or "|"), the one Office.js reads for its own language files. Null outside Office.
 */
export function hostLocaleOf(search: string): string | null {
  const hostInfo = new URLSearchParams(search).get("_host_Info");
  if (hostInfo === null) return null;
  const dollar = hostInfo.split("$");
  const fields = dollar.length > 3 ? dollar : hostInfo.split("|");
  const locale = fields[3]?.trim() ?? "";
  return locale === "" ? null : locale;
}

/** The pane's language before Office.js answers: Office's locale in the address, else (outside Office) the browser's. */
export const firstLanguageOf = (search: string, browserLanguage: string): Lang => langOf(hostLocaleOf(search) ?? browserLanguage);
