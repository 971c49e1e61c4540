import type { Words } from "./words";

/** The words about files: reading the input, its sheets, writing the output, and the progress of long runs. */
export const FILE_WORDS = {
  noSuchFile: (file: string) => ({ it: `${file}: file non trovato.`, en: `${file}: no such file.` }),
  inputIsFolder: (file: string) => ({ it: `${file}: è una cartella, non un file .xlsx.`, en: `${file}: is a folder, not an .xlsx file.` }),
  readDenied: (file: string) => ({ it: `${file}: lettura non permessa.`, en: `${file}: permission denied.` }),
  readFailed: (file: string, detail: string) => ({
    it: `${file}: impossibile leggere il file (${detail}).`,
    en: `${file}: cannot read the file (${detail}).`,
  }),
  damaged: (name: string, detail: string) => ({
    it: `${name}: file .xlsx danneggiato o incompleto (${detail}).`,
    en: `${name}: the .xlsx file is damaged or incomplete (${detail}).`,
  }),
  noWorksheets: (name: string) => ({
    it: `${name}: la cartella non contiene fogli di lavoro (al più fogli grafico); serve un foglio con l'elenco delle famiglie.`,
    en: `${name}: the workbook holds no worksheets (chart sheets at most); a sheet listing the families is needed.`,
  }),
  noSuchSheet: (name: string, requested: string, sheets: readonly string[]) => ({
    it: `${name}: nessun foglio «${requested}» (fogli presenti: ${sheets.join(", ")}).`,
    en: `${name}: no sheet "${requested}" (sheets: ${sheets.join(", ")}).`,
  }),
  noBeneficiarySheet: (name: string) => ({
    it: `${name}: nessun foglio dei beneficiari (serve una riga di intestazione con «ID famiglia», «Coorte» e almeno altre due colonne previste); indicarlo con --sheet NOME.`,
    en: `${name}: no beneficiary sheet (it needs a header row with "Family ID", "Cohort" and at least two other listed columns); name it with --sheet NAME.`,
  }),
  noCandidatesSheet: (name: string) => ({
    it: `${name}: nessun foglio dei candidati (serve una riga di intestazione con «ID famiglia», almeno un indicatore — Sfratto, Mesi in struttura, Anziani, Disabili, Violenza — e almeno altre due colonne previste); indicarlo con --sheet NOME.`,
    en: `${name}: no candidates sheet (it needs a header row with "Family ID", at least one indicator — Eviction, Months in shelter, Members aged 70+, Members with a disability, Violence — and at least two other listed columns); name it with --sheet NAME.`,
  }),
  foreignSheet: (name: string) => ({
    it: `il foglio ${name} esiste ma non l'ha creato H4A: rinominarlo, perché H4A non legge né scrive un foglio che non è suo.`,
    en: `the sheet ${name} exists but H4A did not create it: rename it, since H4A neither reads nor writes a sheet that is not its own.`,
  }),
  ledgerAltered: (rows: number) => ({
    it: `il registro dei pagamenti non è come registrato (${rows} ${rows === 1 ? "riga" : "righe"}): nulla è stato scritto.`,
    en: `the ledger of payments is not as recorded (${rows} ${rows === 1 ? "row" : "rows"}): nothing was written.`,
  }),
  outputIsInput: (output: string) => ({
    it: `${output}: è il file di ingresso; h4a non modifica mai l'ingresso, scegliere un altro nome con -o.`,
    en: `${output}: this is the input file; h4a never modifies its input, choose another name with -o.`,
  }),
  outputIsFolder: (output: string) => ({
    it: `${output}: è una cartella; indicare il nome di un file.`,
    en: `${output}: is a folder; give a file name.`,
  }),
  outputExists: (output: string) => ({
    it: `${output}: il file esiste già; usare --force per sostituirlo.`,
    en: `${output}: the file already exists; use --force to replace it.`,
  }),
  noSuchFolder: (output: string, folder: string) => ({
    it: `${output}: la cartella ${folder} non esiste.`,
    en: `${output}: the folder ${folder} does not exist.`,
  }),
  notAFolder: (output: string, folder: string) => ({
    it: `${output}: ${folder} non è una cartella.`,
    en: `${output}: ${folder} is not a folder.`,
  }),
  folderNotWritable: (output: string, folder: string) => ({
    it: `${output}: non si può scrivere nella cartella ${folder}.`,
    en: `${output}: cannot write in the folder ${folder}.`,
  }),
  outputLocked: (output: string) => ({
    it: `${output}: file bloccato o non scrivibile (è aperto in Excel?); nulla è stato scritto.`,
    en: `${output}: the file is locked or not writable (is it open in Excel?); nothing was written.`,
  }),
  folderWriteFailed: (output: string, folder: string) => ({
    it: `${output}: non si può scrivere nella cartella ${folder}; nulla è stato scritto.`,
    en: `${output}: cannot write in the folder ${folder}; nothing was written.`,
  }),
  writeFailed: (output: string, detail: string) => ({
    it: `${output}: scrittura non riuscita (${detail}); nulla è stato scritto.`,
    en: `${output}: writing failed (${detail}); nothing was written.`,
  }),
  progressLine: (step: string, seconds: string) => ({
    it: `h4a: ${step} [${seconds.replace(".", ",")} s]`,
    en: `h4a: ${step} [${seconds} s]`,
  }),
  reading: (name: string, megabytes: string) => ({
    it: `lettura di ${name} (${megabytes.replace(".", ",")} MB)…`,
    en: `reading ${name} (${megabytes} MB)…`,
  }),
  rowsRead: (sheet: string, rows: number) => ({ it: `foglio «${sheet}»: ${rows} righe lette`, en: `sheet "${sheet}": ${rows} rows read` }),
  saving: (name: string, megabytes: string) => ({
    it: `salvataggio di ${name} (${megabytes.replace(".", ",")} MB)…`,
    en: `saving ${name} (${megabytes} MB)…`,
  }),
  checkingRows: { it: "verifica delle righe…", en: "checking the rows…" },
  computingPayments: { it: "calcolo dei pagamenti…", en: "computing the payments…" },
  writingSheets: { it: "scrittura dei fogli H4A…", en: "writing the H4A sheets…" },
  recordingPayment: { it: "registrazione del pagamento…", en: "recording the payment…" },
  writingStatement: { it: "scrittura del prospetto…", en: "writing the statement…" },
  readingApplications: (sheet: string) => ({
    it: `foglio «${sheet}»: lettura delle domande…`,
    en: `sheet "${sheet}": reading the applications…`,
  }),
  ranking: { it: "calcolo della graduatoria…", en: "ranking…" },
  pseudonymising: { it: "pseudonimizzazione e rimozione dei dati personali…", en: "pseudonymising and removing personal data…" },
} satisfies Words;
