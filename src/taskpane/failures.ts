import type { Lang } from "../engine/cells/lang";
import { AddInError } from "../contract/errors";

/** A failure as the pane shows it: what happened, and what to do about it. */
export interface Failure {
  title: string;
  detail: string;
  action: string;
}

type Texts = Record<Lang, Failure>;

/** Office.js error codes (OfficeExtension.Error.code) the pane explains; anything else is "excel". */
const EXCEL_CODES: Record<string, Texts> = {
  InvalidOperationInCellEditMode: {
    it: {
      title: "Excel sta modificando una cella",
      detail: "Mentre si scrive in una cella Excel non accetta altre operazioni.",
      action: "Premere Invio o Esc nella cella, poi riprovare.",
    },
    en: {
      title: "Excel is editing a cell",
      detail: "While a cell is being edited Excel accepts no other operation.",
      action: "Press Enter or Esc in the cell, then try again.",
    },
  },
  ItemNotFound: {
    it: {
      title: "Un foglio o una tabella non esiste più",
      detail: "Il foglio, la tabella o la cella richiesti sono stati rinominati o eliminati.",
      action: "Ripetere la verifica per aggiornare l'elenco, poi riprovare.",
    },
    en: {
      title: "A sheet or table no longer exists",
      detail: "The sheet, table or cell was renamed or deleted.",
      action: "Validate again to refresh the list, then try again.",
    },
  },
  AccessDenied: {
    it: {
      title: "Il foglio è protetto",
      detail: "Excel non permette di modificare un foglio o una cartella protetti.",
      action: "Rimuovere la protezione (Revisione → Rimuovi protezione foglio), poi riprovare.",
    },
    en: {
      title: "The sheet is protected",
      detail: "Excel does not allow changes to a protected sheet or workbook.",
      action: "Unprotect it (Review → Unprotect Sheet), then try again.",
    },
  },
  RequestPayloadSizeLimitExceeded: {
    it: {
      title: "Troppi dati in una volta",
      detail: "Excel per il web ha rifiutato una richiesta troppo grande.",
      action: "Ridurre le righe vuote o le colonne inutili del foglio e riprovare; se persiste, usare Excel desktop.",
    },
    en: {
      title: "Too much data at once",
      detail: "Excel on the web refused a request that was too large.",
      action: "Remove empty rows or unneeded columns and try again; if it persists, use Excel desktop.",
    },
  },
};
EXCEL_CODES.ResponsePayloadSizeLimitExceeded = EXCEL_CODES.RequestPayloadSizeLimitExceeded;

const FOREIGN: Record<Lang, (sheets: string) => Failure> = {
  it: (sheets) => ({
    title: `Il foglio ${sheets} non è stato creato da H4A`,
    detail: `Esiste già un foglio con questo nome: H4A non scrive mai sui fogli che non ha creato, per non perdere dati.`,
    action: `Rinominare il foglio ${sheets} (o spostarne i dati), poi riprovare: H4A lo ricreerà.`,
  }),
  en: (sheets) => ({
    title: `The sheet ${sheets} was not created by H4A`,
    detail: "A sheet of this name exists: H4A never writes to sheets it did not create, so that no data is lost.",
    action: `Rename the sheet ${sheets} (or move its data), then try again: H4A will create it anew.`,
  }),
};

const TABLE_TAKEN: Record<Lang, (table: string, sheet: string) => Failure> = {
  it: (table, sheet) => ({
    title: `Il nome di tabella ${table} è già usato`,
    detail: `Una tabella del foglio ${sheet} si chiama ${table}, il nome che H4A usa per le sue tabelle.`,
    action: `Rinominare quella tabella (Struttura tabella → Nome tabella), poi riprovare.`,
  }),
  en: (table, sheet) => ({
    title: `The table name ${table} is taken`,
    detail: `A table on sheet ${sheet} is named ${table}, the name H4A gives one of its tables.`,
    action: "Rename that table (Table Design → Table Name), then try again.",
  }),
};

const NOT_SUPPORTED: Record<Lang, (feature: string) => Failure> = {
  it: (feature) => ({
    title: "Questa versione di Excel non permette di creare la copia",
    detail: `Manca la funzione ${feature} di Office.js, necessaria per leggere la cartella aperta e aprire la copia come nuova cartella.`,
    action: "Usare Excel per il web, Excel di Microsoft 365 per desktop o Excel 2021 e successivi; oppure il comando h4a share.",
  }),
  en: (feature) => ({
    title: "This version of Excel cannot make the copy",
    detail: `It lacks the Office.js function ${feature}, needed to read the open workbook and open the copy as a new workbook.`,
    action: "Use Excel on the web, Microsoft 365 Excel for desktop or Excel 2021 or later; or the h4a share command.",
  }),
};

const NO_EXCEL: Texts = {
  it: {
    title: "Excel non è disponibile",
    detail: "Questa pagina è aperta fuori da Excel.",
    action: "Aprire il riquadro da Excel: scheda Home → Homes4All.",
  },
  en: {
    title: "Excel is not available",
    detail: "This page is open outside Excel.",
    action: "Open the pane from Excel: Home tab → Homes4All.",
  },
};

/** Part of the pane's code (a tab, the workbook's actions) is fetched when first needed, and that fetch failed. */
const NOT_LOADED: Texts = {
  it: {
    title: "Impossibile caricare questa parte del riquadro",
    detail: "Il suo codice non è arrivato dal server: la rete è assente o si è interrotta.",
    action: "Controllare la connessione, poi riprovare.",
  },
  en: {
    title: "This part of the pane could not be loaded",
    detail: "Its code did not arrive from the server: the network is down or was interrupted.",
    action: "Check the connection, then try again.",
  },
};

/** webpack's error when the script of a chunk fetched by import() does not load. */
export const isChunkLoadError = (error: unknown): boolean => error instanceof Error && error.name === "ChunkLoadError";

const GENERIC: Record<Lang, (message: string) => Failure> = {
  it: (message) => ({
    title: "Excel ha rifiutato l'operazione",
    detail: message,
    action: "Riprovare; se l'errore si ripete, salvare la cartella, riaprirla e riprovare.",
  }),
  en: (message) => ({
    title: "Excel refused the operation",
    detail: message,
    action: "Try again; if it happens again, save the workbook, reopen it and try again.",
  }),
};

/** Explains an error thrown by an action, in the pane's language. */
export function failureOf(error: unknown, language: Lang): Failure {
  if (error instanceof AddInError) {
    if (error.reason === "foreign-sheets") return FOREIGN[language](error.subjects.join(", "));
    if (error.reason === "not-supported") return NOT_SUPPORTED[language](error.subjects[0] ?? "");
    return TABLE_TAKEN[language](error.subjects[0] ?? "", error.subjects[1] ?? "");
  }
  if (error instanceof ReferenceError && /\bExcel\b/.test(error.message)) return NO_EXCEL[language];
  if (isChunkLoadError(error)) return NOT_LOADED[language];
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const known = EXCEL_CODES[code];
  if (known) return known[language];
  const message = error instanceof Error ? error.message : String(error);
  return GENERIC[language](code === "" ? message : `${message} (${code})`);
}

export const noExcelFailure = (language: Lang): Failure => NO_EXCEL[language];
