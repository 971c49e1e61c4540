import type { Words } from "./words";

/** The words of the command line itself: commands, options and their values, --param, the passphrase. */
export const COMMAND_LINE_WORDS = {
  unknownCommand: (name: string, commands: readonly string[]) => ({
    it: `h4a: comando sconosciuto «${name}»; i comandi sono ${commands.join(", ")} (h4a --help).`,
    en: `h4a: unknown command "${name}"; the commands are ${commands.join(", ")} (h4a --help).`,
  }),
  unexpectedError: (command: string, detail: string) => ({
    it: `h4a ${command}: errore imprevisto: ${detail}`,
    en: `h4a ${command}: unexpected error: ${detail}`,
  }),
  seeHelp: (problem: string, command: string) => ({
    it: `${problem} (vedere h4a ${command} --help).`,
    en: `${problem} (see h4a ${command} --help).`,
  }),
  fileMissing: (command: string) => ({
    it: `manca il file .xlsx (vedere h4a ${command} --help).`,
    en: `the .xlsx file is missing (see h4a ${command} --help).`,
  }),
  oneFileAtATime: (files: readonly string[]) => ({
    it: `un solo file alla volta, ricevuti ${files.length}: ${files.join(", ")}.`,
    en: `one file at a time, got ${files.length}: ${files.join(", ")}.`,
  }),
  unknownOption: (option: string) => ({ it: `opzione sconosciuta ${option}`, en: `unknown option ${option}` }),
  optionNeedsValue: (option: string) => ({ it: `l'opzione ${option} richiede un valore`, en: `option ${option} needs a value` }),
  optionMissing: (command: string, option: string) => ({
    it: `manca ${option} (vedere h4a ${command} --help).`,
    en: `${option} is missing (see h4a ${command} --help).`,
  }),
  outputXlsxOption: { it: "-o <uscita.xlsx>", en: "-o <out.xlsx>" },
  outputPdfOption: { it: "-o <prospetto.pdf>", en: "-o <statement.pdf>" },
  yearOption: { it: "--year N", en: "--year N" },
  actOption: { it: "--act TESTO", en: "--act TEXT" },
  dateOption: { it: "--date AAAA-MM-GG", en: "--date YYYY-MM-DD" },
  badYear: (text: string) => ({
    it: `--year ${text}: atteso un anno di programma, un numero intero ≥ 1.`,
    en: `--year ${text}: expected a programme year, a whole number ≥ 1.`,
  }),
  badDate: (text: string) => ({
    it: `--date ${text}: attesa una data AAAA-MM-GG, ad esempio 2026-12-15.`,
    en: `--date ${text}: expected a date YYYY-MM-DD, for example 2026-12-15.`,
  }),
  badLang: (value: string) => ({ it: `--lang ${value}: attesa «it» o «en».`, en: `--lang ${value}: expected "it" or "en".` }),
  paramNotKeyValue: (item: string) => ({
    it: `--param ${item}: atteso chiave=valore, ad esempio --param premiumPerFamily=6000.`,
    en: `--param ${item}: expected key=value, for example --param premiumPerFamily=6000.`,
  }),
  paramUnknown: (typed: string, keys: readonly string[]) => ({
    it: `--param ${typed}: parametro sconosciuto; le chiavi sono: ${keys.join(", ")}.`,
    en: `--param ${typed}: unknown parameter; the keys are: ${keys.join(", ")}.`,
  }),
  setThePremium: {
    it: "Indicarlo in H4A_Parametri o con --param premiumPerFamily=6000.",
    en: "Set it in H4A_Parametri or with --param premiumPerFamily=6000.",
  },
  keyFileNotFound: (keyFile: string) => ({
    it: `${keyFile}: file della frase segreta non trovato.`,
    en: `${keyFile}: passphrase file not found.`,
  }),
  keyFileUnreadable: (keyFile: string) => ({
    it: `${keyFile}: impossibile leggere il file della frase segreta.`,
    en: `${keyFile}: cannot read the passphrase file.`,
  }),
  passphraseMissing: {
    it: "manca --key-file <file> o --passphrase-stdin (vedere h4a share --help).",
    en: "--key-file <file> or --passphrase-stdin is missing (see h4a share --help).",
  },
} satisfies Words;
