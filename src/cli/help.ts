import type { Lang } from "../engine/format";
import type { CommandName } from "./args";

/** The --help texts, Italian and English. */

const GENERAL_IT = `h4a — il premio di risultato Homes4All dalla riga di comando (Città di Torino)

Uso:
  h4a validate <file.xlsx> [--sheet NOME] [--param chiave=valore]… [--json]
  h4a fill     <file.xlsx> -o <uscita.xlsx> [--param chiave=valore]… [--sheet NOME] [--json] [--force]
  h4a share    <file.xlsx> -o <uscita.xlsx> (--key-file <file> | --passphrase-stdin) [--keep COLONNA]… [--sheet NOME] [--json] [--force]
  h4a indigo   <file.xlsx> [-o <uscita.json>] [--param chiave=valore]… [--sheet NOME] [--force]
  h4a rank     <file.xlsx> -o <uscita.xlsx> [--sheet NOME] [--param chiave=valore]… [--json] [--force]
  h4a <comando> --help     aiuto su un comando
  h4a --version

Codici di uscita: 0 riuscito; 1 i dati hanno errori; 2 ingresso inutilizzabile (file mancante,
non .xlsx, danneggiato, senza foglio dei beneficiari, --param non valido, uscita non scrivibile).
Lingua dei messaggi: inglese se LANG inizia con "en", altrimenti italiano.`;

const GENERAL_EN = `h4a — the Homes4All result premium from the command line (City of Turin)

Usage:
  h4a validate <file.xlsx> [--sheet NAME] [--param key=value]… [--json]
  h4a fill     <file.xlsx> -o <out.xlsx> [--param key=value]… [--sheet NAME] [--json] [--force]
  h4a share    <file.xlsx> -o <out.xlsx> (--key-file <file> | --passphrase-stdin) [--keep COLUMN]… [--sheet NAME] [--json] [--force]
  h4a indigo   <file.xlsx> [-o <out.json>] [--param key=value]… [--sheet NAME] [--force]
  h4a rank     <file.xlsx> -o <out.xlsx> [--sheet NAME] [--param key=value]… [--json] [--force]
  h4a <command> --help     help on one command
  h4a --version

Exit codes: 0 success; 1 the data has errors; 2 unusable input (missing file, not an .xlsx,
damaged, no beneficiary sheet, invalid --param, output not writable).
Language of the messages: English when LANG starts with "en", Italian otherwise.`;

const SHEET_IT = `  --sheet NOME          il foglio dei beneficiari (di solito trovato da solo: il primo foglio la cui
                        riga di intestazione ha «ID famiglia», «Coorte» e almeno altre due colonne)`;
const SHEET_EN = `  --sheet NAME          the beneficiary sheet (usually found by itself: the first sheet whose header
                        row has "Family ID", "Cohort" and at least two other listed columns)`;
const PARAM_IT = `  --param chiave=valore un parametro dell'accordo (MECHANISM.md §5) al posto di quello in
                        H4A_Parametri; elenchi separati da virgole, decimali col punto:
                        --param premiumPerFamily=6000 --param shares=0.2,0.3,0.5 --param cap=`;
const PARAM_EN = `  --param key=value     an agreement parameter (MECHANISM.md §5) instead of the one in
                        H4A_Parametri; lists comma-separated, decimals with a point:
                        --param premiumPerFamily=6000 --param shares=0.2,0.3,0.5 --param cap=`;

const COMMANDS: Record<CommandName, [string, string]> = {
  validate: [
    `h4a validate <file.xlsx> [--sheet NOME] [--param chiave=valore]… [--json]

Verifica il foglio dei beneficiari con le regole dell'accordo (anno corrente, soglia ISEE presi da
H4A_Parametri). Stampa il riepilogo e un avviso per riga; con --json:
  {"families": N, "issues": [{"severity", "cell", "field", "rule", "value", "message", "messageIt", "messageEn"}]}
Esce con 0 senza errori (gli avvisi sono ammessi), 1 con errori, 2 se il file è inutilizzabile.

${SHEET_IT}
${PARAM_IT}
  --json                il risultato in JSON

Esempio: h4a validate assets/sample/beneficiari.xlsx`,
    `h4a validate <file.xlsx> [--sheet NAME] [--param key=value]… [--json]

Checks the beneficiary sheet against the agreement's rules (current year and ISEE ceiling from
H4A_Parametri). Prints a summary and one line per issue; with --json:
  {"families": N, "issues": [{"severity", "cell", "field", "rule", "value", "message", "messageIt", "messageEn"}]}
Exits with 0 without errors (warnings allowed), 1 with errors, 2 when the file is unusable.

${SHEET_EN}
${PARAM_EN}
  --json                the result as JSON

Example: h4a validate assets/sample/beneficiari.xlsx`,
  ],
  fill: [
    `h4a fill <file.xlsx> -o <uscita.xlsx> [--param chiave=valore]… [--sheet NOME] [--json] [--force]

Scrive in <uscita.xlsx> una copia del file con i fogli che scrive il riquadro attività:
H4A_Parametri (l'accordo usato, --param compresi), H4A_Calcolo e H4A_Pagamenti (tabelle con
formule native di Excel). Rifiuta (uscita 1) se il foglio ha errori; premio mancante o --param non
valido: uscita 2. Non modifica mai l'ingresso, scrive in modo atomico.

  -o, --output FILE     il file da scrivere (obbligatorio)
${PARAM_IT}
${SHEET_IT}
  --json                {"payments": […], "years": […], "total", "capCut", "costSaving", "netSaving"}
  --force               sostituisce l'uscita se esiste già

Esempio: h4a fill beneficiari.xlsx -o pagamenti.xlsx --param currentYear=4`,
    `h4a fill <file.xlsx> -o <out.xlsx> [--param key=value]… [--sheet NAME] [--json] [--force]

Writes into <out.xlsx> a copy of the file with the sheets the task pane writes: H4A_Parametri
(the agreement used, --param included), H4A_Calcolo and H4A_Pagamenti (tables of native Excel
formulas). Refuses (exit 1) when the sheet has errors; a missing premium or an invalid --param:
exit 2. Never modifies the input; writes atomically.

  -o, --output FILE     the file to write (required)
${PARAM_EN}
${SHEET_EN}
  --json                {"payments": […], "years": […], "total", "capCut", "costSaving", "netSaving"}
  --force               replace the output if it exists

Example: h4a fill beneficiari.xlsx -o payouts.xlsx --param currentYear=4`,
  ],
  share: [
    `h4a share <file.xlsx> -o <uscita.xlsx> (--key-file <file> | --passphrase-stdin) [--keep COLONNA]… [--sheet NOME] [--json] [--force]

La copia per Homes4All: ID famiglia sostituiti da pseudonimi (HMAC-SHA-256 con una chiave
ricavata dalla frase segreta della Città con PBKDF2: stessa frase, stesso pseudonimo, anche nel
riquadro), colonne di dati personali diretti svuotate (nomi, codice fiscale, e-mail, telefono,
indirizzo: per intestazione e per contenuto), colonne di testo libero svuotate, note e commenti
rimossi, ogni formula H4A.* sostituita dal suo valore, H4A_Parametri mantenuto. Stampa cosa ha
rimosso. La frase segreta non viene mai scritta né stampata.

  -o, --output FILE     il file da scrivere (obbligatorio)
  --key-file FILE       il file con la frase segreta (almeno 20 caratteri; l'a capo finale non conta)
  --passphrase-stdin    legge la frase segreta dallo standard input
  --keep COLONNA        mantiene una colonna di testo libero (per intestazione o lettera)
${SHEET_IT}
  --json                il resoconto in JSON
  --force               sostituisce l'uscita se esiste già

Esempio: h4a share beneficiari.xlsx -o per-homes4all.xlsx --key-file ~/frase-h4a.txt`,
    `h4a share <file.xlsx> -o <out.xlsx> (--key-file <file> | --passphrase-stdin) [--keep COLUMN]… [--sheet NAME] [--json] [--force]

The copy for Homes4All: family IDs replaced by pseudonyms (HMAC-SHA-256 with a key derived from
the City's passphrase by PBKDF2: the same passphrase gives the same pseudonym, in the task pane
too), columns of direct personal data emptied (names, codice fiscale, e-mail, phone, address: by
header and by content), free-text columns emptied, notes and comments removed, every H4A.*
formula replaced by its value, H4A_Parametri kept. Prints what it removed. The passphrase is
never written or printed.

  -o, --output FILE     the file to write (required)
  --key-file FILE       the file holding the passphrase (at least 20 characters; a final newline does not count)
  --passphrase-stdin    read the passphrase from standard input
  --keep COLUMN         keep a free-text column (by header or letter)
${SHEET_EN}
  --json                the report as JSON
  --force               replace the output if it exists

Example: h4a share beneficiari.xlsx -o for-homes4all.xlsx --key-file ~/h4a-passphrase.txt`,
  ],
  indigo: [
    `h4a indigo <file.xlsx> [-o <uscita.json>] [--param chiave=valore]… [--sheet NOME] [--force]

Metriche di esito, prezzi e pagamenti per esito (previsti ed effettivi, per coorte e anno di
programma) nella forma dello standard di dati INDIGO del Government Outcomes Lab, per i valutatori
della Città. Senza -o stampa il JSON. Uscita 1 se il foglio ha errori, 2 senza premio.

  -o, --output FILE     il file .json da scrivere
${PARAM_IT}
${SHEET_IT}
  --force               sostituisce l'uscita se esiste già

Esempio: h4a indigo beneficiari.xlsx -o indigo.json`,
    `h4a indigo <file.xlsx> [-o <out.json>] [--param key=value]… [--sheet NAME] [--force]

Outcome metrics, prices and outcome payments (planned and actual, per cohort and programme year)
in the shape of the Government Outcomes Lab's INDIGO data standard, for the City's evaluators.
Without -o it prints the JSON. Exit 1 when the sheet has errors, 2 without a premium.

  -o, --output FILE     the .json file to write
${PARAM_EN}
${SHEET_EN}
  --force               replace the output if it exists

Example: h4a indigo beneficiari.xlsx -o indigo.json`,
  ],
  rank: [
    `h4a rank <file.xlsx> -o <uscita.xlsx> [--sheet NOME] [--param chiave=valore]… [--json] [--force]

La graduatoria delle domande (MECHANISM.md §3b) con i pesi dell'accordo (H4A_Parametri, o
--param): ammesse con ISEE non oltre iseeCeiling e almeno una condizione di emergenza (sfratto
convalidato o eseguito, almeno minShelterMonths mesi in struttura, alloggio inadeguato,
violenza); punteggio = somma dei pesi per gli indicatori; a pari punteggio prima la domanda più
vecchia, poi l'ID. Scrive in <uscita.xlsx> una copia con H4A_Parametri (i pesi usati),
H4A_Graduatoria (la tabella del riquadro attività) e, se c'è anche il foglio dei beneficiari,
H4A_Flusso (domande → ammesse → inviate → contratto → alloggio → stabilità per servizio). Il foglio
dei candidati non viene mai modificato. Uscita 1 (nulla scritto) se il foglio dei candidati o
H4A_Parametri hanno errori; 2 se il file o un --param sono inutilizzabili.

  -o, --output FILE     il file da scrivere (obbligatorio)
  --sheet NOME          il foglio dei candidati (di solito trovato da solo: il primo foglio la cui
                        riga di intestazione ha «ID famiglia», un indicatore come «Sfratto» o
                        «Mesi in struttura» e almeno altre due colonne previste)
${PARAM_IT}
                        ad esempio --param wViolence=30 --param minShelterMonths=6
  --json                {"eligible": [{"id", "rank", "score", "contributions", "row"}],
                         "excluded": [{"id", "reasons": [{"code", "message", …}], "row"}], "params"}
  --force               sostituisce l'uscita se esiste già

Esempio: h4a rank beneficiari.xlsx -o graduatoria.xlsx`,
    `h4a rank <file.xlsx> -o <out.xlsx> [--sheet NAME] [--param key=value]… [--json] [--force]

Ranks the applications (MECHANISM.md §3b) with the agreement's weights (H4A_Parametri, or
--param): eligible with an ISEE not above iseeCeiling and at least one emergency condition
(eviction validated or executed, at least minShelterMonths months in temporary accommodation,
inadequate housing, violence); score = sum of weight × indicator; equal scores go to the earlier
request, then to the lower ID. Writes into <out.xlsx> a copy with H4A_Parametri (the weights
used), H4A_Graduatoria (the task pane's table) and, when there is also a beneficiary sheet,
H4A_Flusso (applied → eligible → referred → lease → housing → stability by service). The
candidates sheet is never changed. Exit 1 (nothing written) when the candidates sheet or
H4A_Parametri has errors; 2 when the file or a --param is unusable.

  -o, --output FILE     the file to write (required)
  --sheet NAME          the candidates sheet (usually found by itself: the first sheet whose header
                        row has "Family ID", an indicator such as "Sfratto" or "Mesi in struttura"
                        and at least two other listed columns)
${PARAM_EN}
                        for example --param wViolence=30 --param minShelterMonths=6
  --json                {"eligible": [{"id", "rank", "score", "contributions", "row"}],
                         "excluded": [{"id", "reasons": [{"code", "message", …}], "row"}], "params"}
  --force               replace the output if it exists

Example: h4a rank beneficiari.xlsx -o ranking.xlsx`,
  ],
};

export function generalHelp(lang: Lang): string {
  return lang === "it" ? GENERAL_IT : GENERAL_EN;
}

export function commandHelp(command: CommandName, lang: Lang): string {
  const [it, en] = COMMANDS[command];
  return lang === "it" ? it : en;
}
