import { pick, type Lang } from "../engine/cells/lang";
import type { ScrubKind } from "./scrub";
import type { RemovedColumn } from "./shareCopy";

/**
 * The words for what the copy for Homes4All removed (src/xlsx/shareCopy.ts), the same in
 * `h4a share` (src/cli/share.ts) and in the task pane's Condividi tab. Plain data: importing it
 * brings no zip or XML code into the pane's first bundle.
 */

/** The kinds of personal data of an emptied column (PersonalDataKind), in each language. */
const KIND: Record<Lang, Record<string, string>> = {
  it: {
    name: "nomi",
    fiscalCode: "codici fiscali",
    email: "e-mail",
    phone: "telefoni",
    address: "indirizzi",
  },
  en: {
    name: "names",
    fiscalCode: "fiscal codes",
    email: "e-mail addresses",
    phone: "phone numbers",
    address: "addresses",
  },
};

/** The kinds of removal of the package scrubber (src/xlsx/scrub.ts), for people, in each language. */
export const REMOVAL: Record<Lang, Record<ScrubKind, string>> = {
  it: {
    "header-footer": "intestazione o piè di pagina",
    "data-validation": "convalida dati",
    "conditional-format": "formattazione condizionale",
    formula: "testo in formule",
    "formula-result": "risultato di formula",
    hyperlink: "collegamento ipertestuale rimosso",
    "sheet-text": "testo del foglio",
    "defined-name": "nome definito (formula)",
    "defined-name-removed": "nome definito rimosso",
    "sheet-renamed": "foglio rinominato",
    "document-property": "proprietà del documento",
    chart: "grafico",
    drawing: "disegno",
    "pivot-cache": "cache di tabella pivot",
    "relationship-target": "destinazione di un collegamento",
    "relationship-removed": "relazione rimossa",
    "part-removed": "parte rimossa (non ripulibile)",
    text: "testo",
  },
  en: {
    "header-footer": "header or footer",
    "data-validation": "data validation",
    "conditional-format": "conditional format",
    formula: "text in formulas",
    "formula-result": "formula result",
    hyperlink: "hyperlink removed",
    "sheet-text": "sheet text",
    "defined-name": "defined name (formula)",
    "defined-name-removed": "defined name removed",
    "sheet-renamed": "sheet renamed",
    "document-property": "document property",
    chart: "chart",
    drawing: "drawing",
    "pivot-cache": "pivot table cache",
    "relationship-target": "link target",
    "relationship-removed": "relationship removed",
    "part-removed": "part removed (could not be cleaned)",
    text: "text",
  },
};

/** "Beneficiari!B «Codice fiscale»: codici fiscali" — an emptied column and why, for people. */
export function removedColumnText(c: RemovedColumn, lang: Lang): string {
  const header = c.header === "" ? pick({ it: "(senza intestazione)", en: "(no header)" }, lang) : `«${c.header}»`;
  const why = c.reason === "free-text" ? pick({ it: "testo libero", en: "free text" }, lang) : KIND[lang][c.kind ?? "name"];
  return `${c.sheet}!${c.column} ${header}: ${why}`;
}
