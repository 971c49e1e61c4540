/**
 * The words and formats of the payment sheets (H4A_Calcolo, H4A_Pagamenti): the sheets' Italian
 * dictionary. Table names are workbook-unique; header cells are unique non-empty text.
 */

export const CALC_SHEET = "H4A_Calcolo";
export const PAYMENT_SHEET = "H4A_Pagamenti";

export const TABLE_NAMES = {
  families: "H4A_Famiglie",
  tranches: "H4A_Tranche",
  years: "H4A_Anni",
  outcomes: "H4A_Esiti",
  saving: "H4A_Risparmio",
  ledger: "H4A_Registrato",
} as const;

/** The workbook-scope name of the premium per family the tables use (given, or total ÷ planned families). */
export const PREMIUM_USED_NAME = "H4A_premiumPerFamilyUsed";

export const EURO_FORMAT = '#,##0.00 "€"';
export const SHARE_FORMAT = "0%";
export const RATE_FORMAT = "0.0%";
export const DATE_FORMAT = "dd/mm/yyyy";
export const DECIMAL_FORMAT = "0.00";
export const YEAR_FORMAT = "0";
export const RATIO_FORMAT = "0.00";

export const YES_TEXT = "Sì";
export const NO_TEXT = "No";
export const UNREACHABLE_TEXT = "non raggiungibile";

/** The year-3 tier as the outcomes table names it. */
export const TIER_TEXT = { full: "pieno", partial: "parziale", below: "sotto soglia" } as const;

export const CALC_TITLE = "H4A — colonne di calcolo per famiglia (scritte dal componente aggiuntivo: non modificare)";
export const CALC_NOTE =
  "Ogni riga legge una famiglia del foglio dei beneficiari con formule native; un valore fisso al posto di una formula viene da una cella scritta come testo (vedi la verifica).";

export const PAYMENT_TITLE = "H4A — pagamenti del premio di risultato Homes4All";
export const PAYMENT_NOTE =
  "Formule native di Excel: si aggiornano quando cambiano i beneficiari o i parametri in H4A_Parametri, anche senza il componente aggiuntivo.";
export const PREMIUM_LABEL = "Premio per famiglia";
export const CURRENT_YEAR_LABEL = "Anno corrente (esiti verificati)";

export const TABLE_TITLES = {
  tranches: "Tranche per coorte e anno di coorte",
  years: "Pagamenti per anno di programma (tranche dovute)",
  outcomes: "Esiti del terzo anno per coorte",
  saving: "Risparmio del Comune",
} as const;
