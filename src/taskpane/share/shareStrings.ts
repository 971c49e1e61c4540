import type { Lang } from "../../engine/cells/lang";
import type { ShareStep } from "./shareActions";

/** The words of the Condividi tab: Italian first, English when Office is in English. */

export interface ShareStrings {
  heading: string;
  intro: string;
  passphrase: string;
  passphraseHint: string;
  make: string;
  making: string;
  steps: Record<ShareStep, string>;
  refused: string;
  opened: string;
  openedDetail: (sheet: string) => string;
  download: string;
  downloadDetail: (sheet: string, fileMegabytes: string, sentMegabytes: string) => string;
  downloadButton: string;
  fileName: string;
  pseudonymised: (n: number, copies: number) => string;
  candidates: (n: number) => string;
  columnsNone: string;
  columnsHeading: (n: number) => string;
  formulas: (n: number) => string;
  notes: (n: number) => string;
  removalsHeading: (n: number) => string;
  part: string;
  kind: string;
  count: string;
  agreementKept: string;
  keyNote: string;
}

const it: ShareStrings = {
  heading: "Copia per Homes4All",
  intro:
    "Crea una copia di questa cartella in cui gli ID famiglia sono sostituiti da pseudonimi, e i dati personali e il testo libero sono rimossi; " +
    "la copia si apre come nuova cartella, da salvare e inviare. La cartella aperta non viene modificata. Lo stesso calcolo del comando h4a share.",
  passphrase: "Frase segreta della Città",
  passphraseHint: "Almeno 20 caratteri. La stessa frase dà sempre gli stessi pseudonimi; non viene salvata da nessuna parte.",
  make: "Crea la copia per Homes4All",
  making: "Creazione della copia…",
  steps: {
    load: "Caricamento del codice di condivisione…",
    key: "Calcolo della chiave dalla frase segreta…",
    read: "Lettura della cartella aperta…",
    copy: "Pseudonimizzazione e rimozione dei dati personali…",
    open: "Apertura della copia come nuova cartella…",
  },
  refused: "Copia non creata",
  opened: "Copia per Homes4All aperta come nuova cartella",
  openedDetail: (sheet) => `Foglio dei beneficiari: «${sheet}». Salvare la nuova cartella prima di inviarla.`,
  download: "Copia per Homes4All pronta da scaricare",
  downloadDetail: (sheet, file, sent) =>
    `Foglio dei beneficiari: «${sheet}». La copia occupa ${file} MB, che Excel per il web riceverebbe come ${sent} MB di testo: ` +
    "oltre il suo limite di 5 MB per richiesta da un componente aggiuntivo, per cui non si può aprire come nuova cartella. " +
    "Scaricarla e inviare il file scaricato. In Excel per Windows o Mac, o con h4a share, la copia si crea senza questo limite.",
  downloadButton: "Scarica la copia",
  fileName: "Copia per Homes4All.xlsx",
  pseudonymised: (n, copies) =>
    `ID famiglia sostituiti da pseudonimi (HMAC-SHA-256 con la chiave della frase segreta): ${n}; altre celle che mostravano un ID: ${copies}.`,
  candidates: (n) => `ID delle domande nel foglio dei candidati sostituiti da pseudonimi: ${n} (stessa famiglia, stesso pseudonimo).`,
  columnsNone: "Colonne rimosse: nessuna.",
  columnsHeading: (n) => `Colonne rimosse (svuotate): ${n}`,
  formulas: (n) => `Formule H4A.* sostituite dal loro valore: ${n}.`,
  notes: (n) => `Note di cella rimosse: ${n}.`,
  removalsHeading: (n) => `Dati rimossi o sostituiti fuori dai valori delle celle: ${n}`,
  part: "Parte",
  kind: "Tipo",
  count: "Quanti",
  agreementKept: "L'accordo (foglio H4A_Parametri) è mantenuto.",
  keyNote: "La frase segreta è stata cancellata dal campo.",
};

const en: ShareStrings = {
  heading: "Copy for Homes4All",
  intro:
    "Makes a copy of this workbook where family IDs are replaced by pseudonyms, and personal data and free text are removed; " +
    "the copy opens as a new workbook, to save and send. The open workbook is not changed. The same computation as the h4a share command.",
  passphrase: "The City's passphrase",
  passphraseHint: "At least 20 characters. The same passphrase always gives the same pseudonyms; it is never stored anywhere.",
  make: "Make the copy for Homes4All",
  making: "Making the copy…",
  steps: {
    load: "Loading the sharing code…",
    key: "Deriving the key from the passphrase…",
    read: "Reading the open workbook…",
    copy: "Pseudonymising and removing personal data…",
    open: "Opening the copy as a new workbook…",
  },
  refused: "Copy not made",
  opened: "Copy for Homes4All opened as a new workbook",
  openedDetail: (sheet) => `Beneficiary sheet: "${sheet}". Save the new workbook before sending it.`,
  download: "Copy for Homes4All ready to download",
  downloadDetail: (sheet, file, sent) =>
    `Beneficiary sheet: "${sheet}". The copy takes ${file} MB, which Excel on the web would receive as ${sent} MB of text: ` +
    "over its limit of 5 MB per request from an add-in, so it cannot open as a new workbook. " +
    "Download it and send the downloaded file. In Excel for Windows or Mac, or with h4a share, the copy is made without this limit.",
  downloadButton: "Download the copy",
  fileName: "Copy for Homes4All.xlsx",
  pseudonymised: (n, copies) =>
    `Family IDs replaced by pseudonyms (HMAC-SHA-256 with the passphrase's key): ${n}; other cells that showed an ID: ${copies}.`,
  candidates: (n) => `Application IDs in the candidates sheet replaced by pseudonyms: ${n} (same family, same pseudonym).`,
  columnsNone: "Columns removed: none.",
  columnsHeading: (n) => `Columns removed (emptied): ${n}`,
  formulas: (n) => `H4A.* formulas replaced by their value: ${n}.`,
  notes: (n) => `Cell notes removed: ${n}.`,
  removalsHeading: (n) => `Data removed or replaced outside the cells' values: ${n}`,
  part: "Part",
  kind: "Kind",
  count: "Count",
  agreementKept: "The agreement (sheet H4A_Parametri) is kept.",
  keyNote: "The passphrase was cleared from the field.",
};

const DICTIONARY: Record<Lang, ShareStrings> = { it, en };

export const shareStringsFor = (language: Lang): ShareStrings => DICTIONARY[language];
