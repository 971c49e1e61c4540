import type { Text } from "../../engine/cells/lang";
import type { CommandName, OptionName } from "../options";

/** The --help texts: the general help, and for each command its usage, what it does, each option it accepts, an example. */

export interface OptionHelp {
  /** What follows the option's name, as `FILE` in `--output FILE`; none for a switch. */
  value?: Text;
  /** Its meaning; a line break continues under the first line. */
  text: Text;
}

export interface CommandHelp<C extends CommandName> {
  /** The usage line after `h4a <command> `. */
  usage: Text;
  about: Text;
  /** One entry for each option the command accepts, in the order shown. */
  options: { readonly [O in OptionName<C>]: OptionHelp };
  /** The example after "Esempio: " / "Example: ". */
  example: Text;
}

export const GENERAL_HELP = {
  title: {
    it: "h4a — il premio di risultato Homes4All dalla riga di comando (Città di Torino)",
    en: "h4a — the Homes4All result premium from the command line (City of Turin)",
  },
  usage: { it: "Uso:", en: "Usage:" },
  commandHelp: { it: "  h4a <comando> --help     aiuto su un comando", en: "  h4a <command> --help     help on one command" },
  exitCodes: {
    it: `Codici di uscita: 0 riuscito; 1 i dati hanno errori; 2 ingresso inutilizzabile (file mancante,
non .xlsx, danneggiato, senza foglio dei beneficiari, --param non valido, uscita non scrivibile).`,
    en: `Exit codes: 0 success; 1 the data has errors; 2 unusable input (missing file, not an .xlsx,
damaged, no beneficiary sheet, invalid --param, output not writable).`,
  },
  language: {
    it: `Lingua dei messaggi: inglese se LANG inizia con "en", altrimenti italiano.`,
    en: `Language of the messages: English when LANG starts with "en", Italian otherwise.`,
  },
  documents: {
    it: "Le regole: docs/rules.md; la riga di comando in dettaglio: docs/cli.md.",
    en: "The rules: docs/rules.md; the command line in detail: docs/cli.md.",
  },
  example: { it: "Esempio", en: "Example" },
} satisfies Record<string, Text>;

const HELP: OptionHelp = { text: { it: "questo aiuto", en: "this help" } };
const FORCE: OptionHelp = { text: { it: "sostituisce l'uscita se esiste già", en: "replace the output if it exists" } };
const FILE: Text = { it: "FILE", en: "FILE" };
const OUTPUT: OptionHelp = { value: FILE, text: { it: "il file da scrivere (obbligatorio)", en: "the file to write (required)" } };
const SHEET: OptionHelp = {
  value: { it: "NOME", en: "NAME" },
  text: {
    it: `il foglio dei beneficiari (di solito trovato da solo: il primo foglio la cui
riga di intestazione ha «ID famiglia», «Coorte» e almeno altre due colonne)`,
    en: `the beneficiary sheet (usually found by itself: the first sheet whose header
row has "Family ID", "Cohort" and at least two other listed columns)`,
  },
};
const PARAM_TEXT: Text = {
  it: `un parametro dell'accordo (docs/rules.md §7) al posto di quello in
H4A_Parametri; elenchi separati da virgole, decimali col punto:
--param premiumPerFamily=6000 --param shares=0.2,0.3,0.5 --param cap=`,
  en: `an agreement parameter (docs/rules.md §7) instead of the one in
H4A_Parametri; lists comma-separated, decimals with a point:
--param premiumPerFamily=6000 --param shares=0.2,0.3,0.5 --param cap=`,
};
const KEY_VALUE: Text = { it: "chiave=valore", en: "key=value" };
const PARAM: OptionHelp = { value: KEY_VALUE, text: PARAM_TEXT };
const YEAR: Text = { it: "N", en: "N" };

export const COMMAND_HELP: { readonly [C in CommandName]: CommandHelp<C> } = {
  validate: {
    usage: {
      it: "<file.xlsx> [--sheet NOME] [--param chiave=valore]… [--json]",
      en: "<file.xlsx> [--sheet NAME] [--param key=value]… [--json]",
    },
    about: {
      it: `Verifica il foglio dei beneficiari con le regole dell'accordo (anno corrente, soglia ISEE presi da
H4A_Parametri). Stampa il riepilogo e un avviso per riga; con --json:
  {"families": N, "issues": [{"severity", "cell", "field", "rule", "value", "message", "messageIt", "messageEn"}]}
Esce con 0 senza errori (gli avvisi sono ammessi), 1 con errori, 2 se il file è inutilizzabile.`,
      en: `Checks the beneficiary sheet against the agreement's rules (current year and ISEE ceiling from
H4A_Parametri). Prints a summary and one line per issue; with --json:
  {"families": N, "issues": [{"severity", "cell", "field", "rule", "value", "message", "messageIt", "messageEn"}]}
Exits with 0 without errors (warnings allowed), 1 with errors, 2 when the file is unusable.`,
    },
    options: { sheet: SHEET, param: PARAM, json: { text: { it: "il risultato in JSON", en: "the result as JSON" } }, help: HELP },
    example: { it: "h4a validate assets/sample/beneficiari.xlsx", en: "h4a validate assets/sample/beneficiari.xlsx" },
  },
  fill: {
    usage: {
      it: "<file.xlsx> -o <uscita.xlsx> [--param chiave=valore]… [--sheet NOME] [--key-file F] [--json] [--force]",
      en: "<file.xlsx> -o <out.xlsx> [--param key=value]… [--sheet NAME] [--key-file F] [--json] [--force]",
    },
    about: {
      it: `Scrive in <uscita.xlsx> una copia del file con i fogli che scrive il riquadro attività:
H4A_Parametri (l'accordo usato, --param compresi), H4A_Calcolo e H4A_Pagamenti (tabelle con
formule native di Excel). Rifiuta (uscita 1) se il foglio ha errori; premio mancante o --param non
valido: uscita 2. Non modifica mai l'ingresso, scrive in modo atomico.`,
      en: `Writes into <out.xlsx> a copy of the file with the sheets the task pane writes: H4A_Parametri
(the agreement used, --param included), H4A_Calcolo and H4A_Pagamenti (tables of native Excel
formulas). Refuses (exit 1) when the sheet has errors; a missing premium or an invalid --param:
exit 2. Never modifies the input; writes atomically.`,
    },
    options: {
      output: OUTPUT,
      param: PARAM,
      sheet: SHEET,
      "key-file": {
        value: FILE,
        text: {
          it: `la frase segreta degli pseudonimi, per indicare le celle dei conguagli
quando le evidenze sono state registrate con pseudonimi`,
          en: `the pseudonyms' passphrase, to name the cells behind the true-ups when the
evidence was recorded with pseudonyms`,
        },
      },
      json: {
        text: {
          it: `{"payments": […], "years": […], "total", "capCut", "costSaving", "netSaving",
 "ledger": {"recorded": […], "trueUps": […], "outstanding"}}; years[].amount è
quanto si paga nell'anno: registrato, o calcolato più i conguagli applicati`,
          en: `{"payments": […], "years": […], "total", "capCut", "costSaving", "netSaving",
 "ledger": {"recorded": […], "trueUps": […], "outstanding"}}; years[].amount is
what is paid in the year: as recorded, or computed plus the true-ups applied`,
        },
      },
      force: FORCE,
      help: HELP,
    },
    example: {
      it: "h4a fill beneficiari.xlsx -o pagamenti.xlsx --param currentYear=4",
      en: "h4a fill beneficiari.xlsx -o payments.xlsx --param currentYear=4",
    },
  },
  share: {
    usage: {
      it: "<file.xlsx> -o <uscita.xlsx> (--key-file <file> | --passphrase-stdin) [--keep COLONNA]… [--sheet NOME] [--json] [--force]",
      en: "<file.xlsx> -o <out.xlsx> (--key-file <file> | --passphrase-stdin) [--keep COLUMN]… [--sheet NAME] [--json] [--force]",
    },
    about: {
      it: `La copia per Homes4All: ID famiglia sostituiti da pseudonimi (HMAC-SHA-256 con una chiave
ricavata dalla frase segreta della Città con PBKDF2: stessa frase, stesso pseudonimo, anche nel
riquadro), colonne di dati personali diretti svuotate (nomi, codice fiscale, e-mail, telefono,
indirizzo: per intestazione e per contenuto), colonne di testo libero svuotate, note e commenti
rimossi, ogni formula H4A.* sostituita dal suo valore, H4A_Parametri mantenuto. Stampa cosa ha
rimosso. La frase segreta non viene mai scritta né stampata.`,
      en: `The copy for Homes4All: family IDs replaced by pseudonyms (HMAC-SHA-256 with a key derived from
the City's passphrase by PBKDF2: the same passphrase gives the same pseudonym, in the task pane
too), columns of direct personal data emptied (names, codice fiscale, e-mail, phone, address: by
header and by content), free-text columns emptied, notes and comments removed, every H4A.*
formula replaced by its value, H4A_Parametri kept. Prints what it removed. The passphrase is
never written or printed.`,
    },
    options: {
      output: OUTPUT,
      "key-file": {
        value: FILE,
        text: {
          it: "il file con la frase segreta (almeno 20 caratteri; l'a capo finale non conta)",
          en: "the file holding the passphrase (at least 20 characters; a final newline does not count)",
        },
      },
      "passphrase-stdin": { text: { it: "legge la frase segreta dallo standard input", en: "read the passphrase from standard input" } },
      keep: {
        value: { it: "COLONNA", en: "COLUMN" },
        text: {
          it: "mantiene una colonna di testo libero (per intestazione o lettera)",
          en: "keep a free-text column (by header or letter)",
        },
      },
      sheet: SHEET,
      json: { text: { it: "il resoconto in JSON", en: "the report as JSON" } },
      force: FORCE,
      help: HELP,
    },
    example: {
      it: "h4a share beneficiari.xlsx -o per-homes4all.xlsx --key-file ~/frase-h4a.txt",
      en: "h4a share beneficiari.xlsx -o for-homes4all.xlsx --key-file ~/h4a-passphrase.txt",
    },
  },
  indigo: {
    usage: {
      it: "<file.xlsx> [-o <uscita.json>] [--param chiave=valore]… [--sheet NOME] [--force]",
      en: "<file.xlsx> [-o <out.json>] [--param key=value]… [--sheet NAME] [--force]",
    },
    about: {
      it: `Metriche di esito, prezzi e pagamenti per esito (previsti ed effettivi, per coorte e anno di
programma) nella forma dello standard di dati INDIGO del Government Outcomes Lab, per i valutatori
della Città. Senza -o stampa il JSON. Uscita 1 se il foglio ha errori, 2 senza premio.`,
      en: `Outcome metrics, prices and outcome payments (planned and actual, per cohort and programme year)
in the shape of the Government Outcomes Lab's INDIGO data standard, for the City's evaluators.
Without -o it prints the JSON. Exit 1 when the sheet has errors, 2 without a premium.`,
    },
    options: {
      output: { value: FILE, text: { it: "il file .json da scrivere", en: "the .json file to write" } },
      param: PARAM,
      sheet: SHEET,
      force: FORCE,
      help: HELP,
    },
    example: { it: "h4a indigo beneficiari.xlsx -o indigo.json", en: "h4a indigo beneficiari.xlsx -o indigo.json" },
  },
  rank: {
    usage: {
      it: "<file.xlsx> -o <uscita.xlsx> [--sheet NOME] [--param chiave=valore]… [--json] [--force]",
      en: "<file.xlsx> -o <out.xlsx> [--sheet NAME] [--param key=value]… [--json] [--force]",
    },
    about: {
      it: `La graduatoria delle domande (docs/rules.md §5) con i pesi dell'accordo (H4A_Parametri, o
--param): ammesse con ISEE non oltre iseeCeiling e almeno una condizione di emergenza (sfratto
convalidato o eseguito, almeno minShelterMonths mesi in struttura, alloggio inadeguato,
violenza); punteggio = somma dei pesi per gli indicatori; a pari punteggio prima la domanda più
vecchia, poi l'ID. Scrive in <uscita.xlsx> una copia con H4A_Parametri (i pesi usati),
H4A_Graduatoria (la tabella del riquadro attività) e, se c'è anche il foglio dei beneficiari,
H4A_Flusso (domande → ammesse → inviate → contratto → alloggio → stabilità per servizio). Il foglio
dei candidati non viene mai modificato. Uscita 1 (nulla scritto) se il foglio dei candidati o
H4A_Parametri hanno errori; 2 se il file o un --param sono inutilizzabili.`,
      en: `Ranks the applications (docs/rules.md §5) with the agreement's weights (H4A_Parametri, or
--param): eligible with an ISEE not above iseeCeiling and at least one emergency condition
(eviction validated or executed, at least minShelterMonths months in temporary accommodation,
inadequate housing, violence); score = sum of weight × indicator; equal scores go to the earlier
request, then to the lower ID. Writes into <out.xlsx> a copy with H4A_Parametri (the weights
used), H4A_Graduatoria (the task pane's table) and, when there is also a beneficiary sheet,
H4A_Flusso (applied → eligible → referred → lease → housing → stability by service). The
candidates sheet is never changed. Exit 1 (nothing written) when the candidates sheet or
H4A_Parametri has errors; 2 when the file or a --param is unusable.`,
    },
    options: {
      output: OUTPUT,
      sheet: {
        value: SHEET.value,
        text: {
          it: `il foglio dei candidati (di solito trovato da solo: il primo foglio la cui
riga di intestazione ha «ID famiglia», un indicatore come «Sfratto» o
«Mesi in struttura» e almeno altre due colonne previste)`,
          en: `the candidates sheet (usually found by itself: the first sheet whose header
row has "Family ID", an indicator such as "Sfratto" or "Mesi in struttura"
and at least two other listed columns)`,
        },
      },
      param: {
        value: KEY_VALUE,
        text: {
          it: `${PARAM_TEXT.it}\nad esempio --param wViolence=30 --param minShelterMonths=6`,
          en: `${PARAM_TEXT.en}\nfor example --param wViolence=30 --param minShelterMonths=6`,
        },
      },
      json: {
        text: {
          it: `{"eligible": [{"id", "rank", "score", "contributions", "row"}],
 "excluded": [{"id", "reasons": [{"code", "message", …}], "row"}], "params"}`,
          en: `{"eligible": [{"id", "rank", "score", "contributions", "row"}],
 "excluded": [{"id", "reasons": [{"code", "message", …}], "row"}], "params"}`,
        },
      },
      force: FORCE,
      help: HELP,
    },
    example: { it: "h4a rank beneficiari.xlsx -o graduatoria.xlsx", en: "h4a rank beneficiari.xlsx -o ranking.xlsx" },
  },
  pay: {
    usage: {
      it: "<file.xlsx> --year N --act TESTO --date AAAA-MM-GG -o <uscita.xlsx> [--key-file F] [--param chiave=valore]… [--sheet NOME] [--json] [--force]",
      en: "<file.xlsx> --year N --act TEXT --date YYYY-MM-DD -o <out.xlsx> [--key-file F] [--param key=value]… [--sheet NAME] [--json] [--force]",
    },
    about: {
      it: `Registra il pagamento dell'anno di programma N (docs/rules.md §13.1) in una copia del file: una
riga per tranche dovuta nell'anno (e per conguaglio applicato) in fondo a H4A_Registro, le evidenze
(pseudonimi, o numeri di riga senza --key-file) in H4A_Evidenze, il prospetto stampabile
H4A_Prospetto_N. Le righe registrate non si riscrivono mai. Rifiuta (uscita 1, nulla scritto) se il
foglio o l'accordo hanno errori, se l'anno è già registrato, se viene dopo l'anno corrente, se un
anno precedente non è registrato, o se il registro è stato modificato a mano.`,
      en: `Records the payment of programme year N (docs/rules.md §13.1) into a copy of the file: one row
per tranche due in the year (and per true-up applied) at the end of H4A_Registro, the evidence
(pseudonyms, or row numbers without --key-file) in H4A_Evidenze, the printable statement
H4A_Prospetto_N. Recorded rows are never rewritten. Refuses (exit 1, nothing written) when the
sheet or the agreement has errors, the year is already recorded, comes after the current year, an
earlier year is not recorded, or the ledger was changed by hand.`,
    },
    options: {
      year: { value: YEAR, text: { it: "l'anno di programma da registrare", en: "the programme year to record" } },
      act: {
        value: { it: "TESTO", en: "TEXT" },
        text: { it: `l'atto di liquidazione, ad esempio "DD 1234/2026"`, en: `the payment act, for example "DD 1234/2026"` },
      },
      date: { value: { it: "AAAA-MM-GG", en: "YYYY-MM-DD" }, text: { it: "la data dell'atto", en: "the date of the act" } },
      output: OUTPUT,
      "key-file": {
        value: FILE,
        text: {
          it: `la frase segreta: le famiglie nelle evidenze con il loro pseudonimo
(docs/rules.md §11)`,
          en: `the passphrase: families named by their pseudonym in the evidence
(docs/rules.md §11)`,
        },
      },
      param: PARAM,
      sheet: SHEET,
      json: {
        text: {
          it: `{"recorded", "programmeYear", "act", "date", "rows": […], "total", "cumulative", "ledger"}`,
          en: `{"recorded", "programmeYear", "act", "date", "rows": […], "total", "cumulative", "ledger"}`,
        },
      },
      force: FORCE,
      help: HELP,
    },
    example: {
      it: `h4a pay pagamenti.xlsx --year 3 --act "DD 1234/2026" --date 2026-12-15 -o pagamenti-3.xlsx`,
      en: `h4a pay payments.xlsx --year 3 --act "DD 1234/2026" --date 2026-12-15 -o payments-3.xlsx`,
    },
  },
  commitments: {
    usage: {
      it: "<file.xlsx> [--param chiave=valore]… [--sheet NOME] [--json]",
      en: "<file.xlsx> [--param key=value]… [--sheet NAME] [--json]",
    },
    about: {
      it: `Gli impegni per il bilancio della Città per anno solare (o di programma senza firstCalendarYear,
docs/rules.md §13.2): pagato (dal registro), dovuto (calcolato, non registrato), previsto (le coorti
non ancora concluse alle famiglie previste da plannedEnrolment, livello pieno), massimo (ogni
famiglia nota o prevista al livello pieno), e il margine sotto il tetto. Non scrive nulla.`,
      en: `The City's commitments by calendar year (programme year without firstCalendarYear, docs/rules.md
§13.2): paid (from the ledger), due (computed, not recorded), planned (cohorts not yet complete at
the families plannedEnrolment plans, full tier), maximum (every known or planned family at the
full tier), and the headroom under the cap. Writes nothing.`,
    },
    options: {
      param: PARAM,
      sheet: SHEET,
      json: {
        text: {
          it: `{"years": [{"year", "paid", "due", "planned", "maximum"}], "totals", "cap", "headroom", "warnings"}`,
          en: `{"years": [{"year", "paid", "due", "planned", "maximum"}], "totals", "cap", "headroom", "warnings"}`,
        },
      },
      help: HELP,
    },
    example: {
      it: "h4a commitments pagamenti.xlsx --param plannedEnrolment=11,11,11",
      en: "h4a commitments payments.xlsx --param plannedEnrolment=11,11,11",
    },
  },
  statement: {
    usage: {
      it: "<file.xlsx> --year N -o <prospetto.pdf> [--lang it|en] [--key-file F] [--param chiave=valore]… [--sheet NOME] [--force]",
      en: "<file.xlsx> --year N -o <statement.pdf> [--lang it|en] [--key-file F] [--param key=value]… [--sheet NAME] [--force]",
    },
    about: {
      it: `Il prospetto di liquidazione dell'anno N in PDF A4 (docs/rules.md §13.3): l'accordo e la sua
impronta, una sezione per tranche (famiglie, tassi come conteggio / famiglie = percentuale contro
la soglia, livello, importo), i conguagli applicati, totale dell'anno, cumulato e tetto, gli
pseudonimi conteggiati, atto, data e firma. Per un anno registrato legge H4A_Registro; per un anno
dovuto non ancora registrato scrive una bozza. Non modifica il file .xlsx.`,
      en: `The payment statement of year N as an A4 PDF (docs/rules.md §13.3): the agreement and its
fingerprint, one section per tranche (families, rates as count / families = percentage against
the threshold, tier, amount), the true-ups applied, the year's total, cumulative total and cap,
the pseudonyms counted, act, date and signature. A recorded year is read from H4A_Registro; a due
year not yet recorded gives a draft. Never modifies the .xlsx file.`,
    },
    options: {
      year: { value: YEAR, text: { it: "l'anno di programma", en: "the programme year" } },
      output: { value: FILE, text: { it: "il PDF da scrivere (obbligatorio)", en: "the PDF to write (required)" } },
      lang: {
        value: { it: "it|en", en: "it|en" },
        text: {
          it: "la lingua del prospetto (predefinita: quella dei messaggi)",
          en: "the statement's language (default: the messages' language)",
        },
      },
      "key-file": {
        value: FILE,
        text: {
          it: "la frase segreta, per la bozza di un anno non registrato con pseudonimi",
          en: "the passphrase, for the draft of a year not recorded, with pseudonyms",
        },
      },
      param: PARAM,
      sheet: SHEET,
      force: FORCE,
      help: HELP,
    },
    example: {
      it: "h4a statement pagamenti-3.xlsx --year 3 -o prospetto-3.pdf",
      en: "h4a statement payments-3.xlsx --year 3 -o statement-3.pdf",
    },
  },
};
