import { pick, type Lang } from "../engine/cells/lang";
import type { CommandName } from "./args";

/** The --help texts, Italian and English. */

const GENERAL_IT = `h4a — il premio di risultato Homes4All dalla riga di comando (Città di Torino)

Uso:
  h4a validate <file.xlsx> [--sheet NOME] [--param chiave=valore]… [--json]
  h4a fill     <file.xlsx> -o <uscita.xlsx> [--param chiave=valore]… [--sheet NOME] [--json] [--force]
  h4a share    <file.xlsx> -o <uscita.xlsx> (--key-file <file> | --passphrase-stdin) [--keep COLONNA]… [--sheet NOME] [--json] [--force]
  h4a indigo   <file.xlsx> [-o <uscita.json>] [--param chiave=valore]… [--sheet NOME] [--force]
  h4a rank     <file.xlsx> -o <uscita.xlsx> [--sheet NOME] [--param chiave=valore]… [--json] [--force]
  h4a pay      <file.xlsx> --year N --act TESTO --date AAAA-MM-GG -o <uscita.xlsx> [--key-file F] [--param chiave=valore]… [--json]
  h4a commitments <file.xlsx> [--param chiave=valore]… [--json]
  h4a statement <file.xlsx> --year N -o <prospetto.pdf> [--lang it|en] [--key-file F]
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
  h4a pay      <file.xlsx> --year N --act TEXT --date YYYY-MM-DD -o <out.xlsx> [--key-file F] [--param key=value]… [--json]
  h4a commitments <file.xlsx> [--param key=value]… [--json]
  h4a statement <file.xlsx> --year N -o <statement.pdf> [--lang it|en] [--key-file F]
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
  --key-file FILE       la frase segreta degli pseudonimi, per indicare le celle dei conguagli
                        quando le evidenze sono state registrate con pseudonimi
  --json                {"payments": […], "years": […], "total", "capCut", "costSaving", "netSaving",
                         "ledger": {"recorded": […], "trueUps": […], "outstanding"}}; years[].amount è
                        quanto si paga nell'anno: registrato, o calcolato più i conguagli applicati
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
  --key-file FILE       the pseudonyms' passphrase, to name the cells behind the true-ups when the
                        evidence was recorded with pseudonyms
  --json                {"payments": […], "years": […], "total", "capCut", "costSaving", "netSaving",
                         "ledger": {"recorded": […], "trueUps": […], "outstanding"}}; years[].amount is
                        what is paid in the year: as recorded, or computed plus the true-ups applied
  --force               replace the output if it exists

Example: h4a fill beneficiari.xlsx -o payments.xlsx --param currentYear=4`,
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
  pay: [
    `h4a pay <file.xlsx> --year N --act TESTO --date AAAA-MM-GG -o <uscita.xlsx> [--key-file F] [--param chiave=valore]… [--json] [--force]

Registra il pagamento dell'anno di programma N (MECHANISM.md §10) in una copia del file: una riga
per tranche dovuta nell'anno (e per conguaglio applicato) in fondo a H4A_Registro, le evidenze
(pseudonimi, o numeri di riga senza --key-file) in H4A_Evidenze, il prospetto stampabile
H4A_Prospetto_N. Le righe registrate non si riscrivono mai. Rifiuta (uscita 1, nulla scritto) se il
foglio o l'accordo hanno errori, se l'anno è già registrato, se viene dopo l'anno corrente, se un
anno precedente non è registrato, o se il registro è stato modificato a mano.

  --year N              l'anno di programma da registrare
  --act TESTO           l'atto di liquidazione, ad esempio "DD 1234/2026"
  --date AAAA-MM-GG     la data dell'atto
  -o, --output FILE     il file da scrivere (obbligatorio)
  --key-file FILE       la frase segreta: le famiglie nelle evidenze con il loro pseudonimo (§8)
${PARAM_IT}
${SHEET_IT}
  --json                {"recorded", "programmeYear", "act", "date", "rows": […], "total", "cumulative", "ledger"}
  --force               sostituisce l'uscita se esiste già

Esempio: h4a pay pagamenti.xlsx --year 3 --act "DD 1234/2026" --date 2026-12-15 -o pagamenti-3.xlsx`,
    `h4a pay <file.xlsx> --year N --act TEXT --date YYYY-MM-DD -o <out.xlsx> [--key-file F] [--param key=value]… [--json] [--force]

Records the payment of programme year N (MECHANISM.md §10) into a copy of the file: one row per
tranche due in the year (and per true-up applied) at the end of H4A_Registro, the evidence
(pseudonyms, or row numbers without --key-file) in H4A_Evidenze, the printable statement
H4A_Prospetto_N. Recorded rows are never rewritten. Refuses (exit 1, nothing written) when the
sheet or the agreement has errors, the year is already recorded, comes after the current year, an
earlier year is not recorded, or the ledger was changed by hand.

  --year N              the programme year to record
  --act TEXT            the payment act, for example "DD 1234/2026"
  --date YYYY-MM-DD     the date of the act
  -o, --output FILE     the file to write (required)
  --key-file FILE       the passphrase: families named by their pseudonym (§8) in the evidence
${PARAM_EN}
${SHEET_EN}
  --json                {"recorded", "programmeYear", "act", "date", "rows": […], "total", "cumulative", "ledger"}
  --force               replace the output if it exists

Example: h4a pay payments.xlsx --year 3 --act "DD 1234/2026" --date 2026-12-15 -o payments-3.xlsx`,
  ],
  commitments: [
    `h4a commitments <file.xlsx> [--param chiave=valore]… [--sheet NOME] [--json]

Gli impegni per il bilancio della Città per anno solare (o di programma senza firstCalendarYear,
MECHANISM.md §11): pagato (dal registro), dovuto (calcolato, non registrato), previsto (le coorti
non ancora concluse alle famiglie previste da plannedEnrolment, livello pieno), massimo (ogni
famiglia nota o prevista al livello pieno), e il margine sotto il tetto. Non scrive nulla.

${PARAM_IT}
${SHEET_IT}
  --json                {"years": [{"year", "paid", "due", "planned", "maximum"}], "totals", "cap", "headroom", "warnings"}

Esempio: h4a commitments pagamenti.xlsx --param plannedEnrolment=11,11,11`,
    `h4a commitments <file.xlsx> [--param key=value]… [--sheet NAME] [--json]

The City's commitments by calendar year (programme year without firstCalendarYear, MECHANISM.md
§11): paid (from the ledger), due (computed, not recorded), planned (cohorts not yet complete at
the families plannedEnrolment plans, full tier), maximum (every known or planned family at the
full tier), and the headroom under the cap. Writes nothing.

${PARAM_EN}
${SHEET_EN}
  --json                {"years": [{"year", "paid", "due", "planned", "maximum"}], "totals", "cap", "headroom", "warnings"}

Example: h4a commitments payments.xlsx --param plannedEnrolment=11,11,11`,
  ],
  statement: [
    `h4a statement <file.xlsx> --year N -o <prospetto.pdf> [--lang it|en] [--key-file F] [--force]

Il prospetto di liquidazione dell'anno N in PDF A4 (MECHANISM.md §12): l'accordo e la sua
impronta, una sezione per tranche (famiglie, tassi come conteggio / famiglie = percentuale contro
la soglia, livello, importo), i conguagli applicati, totale dell'anno, cumulato e tetto, gli
pseudonimi conteggiati, atto, data e firma. Per un anno registrato legge H4A_Registro; per un anno
dovuto non ancora registrato scrive una bozza. Non modifica il file .xlsx.

  --year N              l'anno di programma
  -o, --output FILE     il PDF da scrivere (obbligatorio)
  --lang it|en          la lingua del prospetto (predefinita: quella dei messaggi)
  --key-file FILE       la frase segreta, per la bozza di un anno non registrato con pseudonimi
  --force               sostituisce l'uscita se esiste già

Esempio: h4a statement pagamenti-3.xlsx --year 3 -o prospetto-3.pdf`,
    `h4a statement <file.xlsx> --year N -o <statement.pdf> [--lang it|en] [--key-file F] [--force]

The payment statement of year N as an A4 PDF (MECHANISM.md §12): the agreement and its
fingerprint, one section per tranche (families, rates as count / families = percentage against
the threshold, tier, amount), the true-ups applied, the year's total, cumulative total and cap,
the pseudonyms counted, act, date and signature. A recorded year is read from H4A_Registro; a due
year not yet recorded gives a draft. Never modifies the .xlsx file.

  --year N              the programme year
  -o, --output FILE     the PDF to write (required)
  --lang it|en          the statement's language (default: the messages' language)
  --key-file FILE       the passphrase, for the draft of a year not recorded, with pseudonyms
  --force               replace the output if it exists

Example: h4a statement payments-3.xlsx --year 3 -o statement-3.pdf`,
  ],
};

export function generalHelp(lang: Lang): string {
  return pick({ it: GENERAL_IT, en: GENERAL_EN }, lang);
}

export function commandHelp(command: CommandName, lang: Lang): string {
  const [it, en] = COMMANDS[command];
  return pick({ it, en }, lang);
}
