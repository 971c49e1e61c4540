/** The task pane's words: Italian first, English when Office's display language is English. */

export type Language = "it" | "en";

/** `Office.context.displayLanguage` is a tag such as "it-IT" or "en-US"; anything but English is Italian. */
export function languageOf(displayLanguage: string | undefined | null): Language {
  return (displayLanguage ?? "").trim().toLowerCase().startsWith("en") ? "en" : "it";
}

export interface Strings {
  title: string;
  subtitle: string;
  aboutHeading: string;
  aboutParagraphs: string[];
  functionsHeading: string;
  functionsHint: string;
  /** Excel's argument separator in the language's usual regional settings. */
  argumentSeparator: string;
  optionalNote: string;
  parametersLabel: string;
  loading: string;
  loadFailed: (reason: string) => string;
  noFunctions: string;
}

const it: Strings = {
  title: "H4A · Homes4All",
  subtitle: "Premio di risultato – Città di Torino",
  aboutHeading: "Che cosa fa H4A",
  aboutParagraphs: [
    "H4A calcola il premio di risultato che la Città di Torino riconosce a Homes4All nell'accordo pay by results: " +
      "il premio per famiglia, le tre tranche di ogni coorte (20 % al primo anno, 30 % al secondo, 50 % al terzo)" +
      " e la fascia del saldo del terzo anno, che dipende dai tassi di stabilità abitativa, di benessere " +
      "migliorato e di attesa inferiore a 8 mesi: 100 % se tutti e tre superano l'80 %, 80 % se tutti raggiungono " +
      "almeno il 60 %, altrimenti 0 %. Quote e soglie sono parametri dell'accordo: quelli indicati sono i valori " +
      "predefiniti.",
    "Calcola anche il risparmio della Città sulle permanenze evitate in strutture temporanee. Le funzioni qui sotto " +
      "si usano in qualsiasi cella del foglio, come le funzioni di Excel.",
  ],
  functionsHeading: "Funzioni H4A",
  functionsHint: "Scrivi =H4A. in una cella per vederle nel completamento automatico di Excel.",
  argumentSeparator: ";",
  optionalNote: "Gli argomenti tra parentesi quadre sono facoltativi.",
  parametersLabel: "Argomenti",
  loading: "Caricamento dell'elenco delle funzioni…",
  loadFailed: (reason) => `Impossibile leggere l'elenco delle funzioni (functions.json): ${reason}`,
  noFunctions: "Nessuna funzione H4A è registrata.",
};

const en: Strings = {
  title: "H4A · Homes4All",
  subtitle: "Result premium – City of Turin",
  aboutHeading: "What H4A does",
  aboutParagraphs: [
    "H4A computes the result premium that the City of Turin pays Homes4All under the pay-by-results agreement: " +
      "the premium per family, the three tranches of each cohort (20 % in year 1, 30 % in year 2, 50 % in year 3)" +
      " and the tier of the year-3 balance, which depends on the rates of housing stability, improved wellbeing " +
      "and waits shorter than 8 months: 100 % when all three exceed 80 %, 80 % when all reach at least 60 %, " +
      "otherwise 0 %. Shares and thresholds are parameters of the agreement: the figures above are the " +
      "defaults.",
    "It also computes the City's saving on avoided stays in temporary accommodation. The functions below work in any " +
      "cell of the sheet, like Excel's own functions.",
  ],
  functionsHeading: "H4A functions",
  functionsHint: "Type =H4A. in a cell to see them in Excel's autocomplete.",
  argumentSeparator: ",",
  optionalNote: "Arguments in square brackets are optional.",
  parametersLabel: "Arguments",
  loading: "Loading the list of functions…",
  loadFailed: (reason) => `Could not read the list of functions (functions.json): ${reason}`,
  noFunctions: "No H4A function is registered.",
};

const DICTIONARY: Record<Language, Strings> = { it, en };

export function stringsFor(language: Language): Strings {
  return DICTIONARY[language];
}
