import { formatEuroCents } from "../../engine/cells/format";
import type { Text } from "../../engine/cells/lang";
import type { Words } from "./words";

/** The words of the commands' results and refusals: fill, indigo, rank, pay, statement, share. */

const euro = (amount: number): Text => ({ it: formatEuroCents(amount, "it"), en: formatEuroCents(amount, "en") });

export const COMMAND_WORDS = {
  dataErrors: (n: number) => ({
    it: `${n} ${n === 1 ? "errore" : "errori"} nei dati: nulla è stato scritto. Correggere e riprovare (h4a validate mostra anche gli avvisi).`,
    en: `${n} ${n === 1 ? "error" : "errors"} in the data: nothing was written. Fix them and try again (h4a validate also shows the warnings).`,
  }),
  candidateErrors: (n: number) => ({
    it: `${n} ${n === 1 ? "errore" : "errori"} nei dati: nulla è stato scritto. Correggere e riprovare.`,
    en: `${n} ${n === 1 ? "error" : "errors"} in the data: nothing was written. Fix them and try again.`,
  }),
  withParams: (keys: readonly string[]) => ({ it: ` (con --param ${keys.join(", ")})`, en: ` (with --param ${keys.join(", ")})` }),
  filled: (output: string, sheets: readonly string[], paramsSheet: string, overridden: string) => ({
    it: `Scritto ${output}: ${sheets.join(", ")}; l'accordo usato è in ${paramsSheet}${overridden}.`,
    en: `Wrote ${output}: ${sheets.join(", ")}; the agreement used is in ${paramsSheet}${overridden}.`,
  }),
  indigoWritten: (output: string) => ({ it: `Dati INDIGO scritti in ${output}.`, en: `INDIGO data written to ${output}.` }),
  ranked: (output: string, sheets: readonly string[], paramsSheet: string, overridden: string, sheet: string) => ({
    it: `Scritto ${output}: ${sheets.join(", ")}; i pesi usati sono in ${paramsSheet}${overridden}. Il foglio «${sheet}» non è stato modificato.`,
    en: `Wrote ${output}: ${sheets.join(", ")}; the weights used are in ${paramsSheet}${overridden}. The sheet "${sheet}" was not changed.`,
  }),
  applications: (sheet: string, file: string, eligible: number, excluded: number) => {
    const applied = eligible + excluded;
    return {
      it: `${sheet} (${file}): ${applied} ${applied === 1 ? "domanda" : "domande"}; ${eligible} ammesse, ${excluded} non ammesse.`,
      en: `${sheet} (${file}): ${applied} ${applied === 1 ? "application" : "applications"}; ${eligible} eligible, ${excluded} not eligible.`,
    };
  },
  noId: { it: "(senza ID)", en: "(no ID)" },
  rankingTitle: { it: "Graduatoria:", en: "Ranking:" },
  notEligibleTitle: { it: "Non ammesse:", en: "Not eligible:" },
  row: { it: "riga", en: "row" },
  nothingWritten: { it: "Nulla è stato scritto.", en: "Nothing was written." },
  recorded: (year: number, act: string, date: string, total: number, rows: number, cumulative: number) => ({
    it: `Registrato il pagamento dell'anno ${year} (${act}, ${date}): ${euro(total).it} in ${rows} righe; cumulato ${euro(cumulative).it}.`,
    en: `Recorded the payment of year ${year} (${act}, ${date}): ${euro(total).en} in ${rows} rows; cumulative ${euro(cumulative).en}.`,
  }),
  recordedRow: (e: { kind: string; cohort: number; cohortYear: number; amount: number }) => ({
    it: `  ${e.kind === "tranche" ? "tranche" : "conguaglio"} coorte ${e.cohort}, anno di percorso ${e.cohortYear}: ${euro(e.amount).it}`,
    en: `  ${e.kind === "tranche" ? "tranche" : "true-up"} cohort ${e.cohort}, cohort year ${e.cohortYear}: ${euro(e.amount).en}`,
  }),
  paymentWritten: (output: string, statementSheet: string) => ({
    it: `Scritto ${output}: H4A_Registro, H4A_Evidenze, ${statementSheet}.`,
    en: `Wrote ${output}: H4A_Registro, H4A_Evidenze, ${statementSheet}.`,
  }),
  noStatementWritten: { it: "Nessun prospetto scritto.", en: "No statement written." },
  statementWritten: (output: string, year: number, recorded: boolean, total: number) => ({
    it: `Scritto ${output}: prospetto dell'anno ${year}${recorded ? "" : " (bozza: non ancora registrato)"}, ${euro(total).it}.`,
    en: `Wrote ${output}: statement of year ${year}${recorded ? "" : " (draft: not yet recorded)"}, ${euro(total).en}.`,
  }),
  shareWritten: (output: string) => ({ it: `Copia per Homes4All scritta in ${output}.`, en: `Copy for Homes4All written to ${output}.` }),
  pseudonymised: (families: number, copies: number) => ({
    it: `- ID famiglia sostituiti da pseudonimi (HMAC-SHA-256 con la chiave della frase segreta): ${families}; altre celle che mostravano un ID: ${copies}.`,
    en: `- Family IDs replaced by pseudonyms (HMAC-SHA-256 with the passphrase's key): ${families}; other cells that showed an ID: ${copies}.`,
  }),
  candidatesPseudonymised: (n: number) => ({
    it: `- ID delle domande nel foglio dei candidati sostituiti da pseudonimi: ${n} (stessa famiglia, stesso pseudonimo).`,
    en: `- Application IDs in the candidates sheet replaced by pseudonyms: ${n} (same family, same pseudonym).`,
  }),
  noColumnsRemoved: { it: "- Colonne rimosse: nessuna.", en: "- Columns removed: none." },
  columnsRemoved: (n: number) => ({ it: `- Colonne rimosse (svuotate): ${n}`, en: `- Columns removed (emptied): ${n}` }),
  keptColumn: (column: string) => ({ it: `- Mantenuta con --keep: ${column}`, en: `- Kept with --keep: ${column}` }),
  formulasReplaced: (cells: readonly string[]) => {
    const list = cells.length > 0 ? ` (${cells.join(", ")})` : "";
    return {
      it: `- Formule H4A.* sostituite dal loro valore: ${cells.length}${list}.`,
      en: `- H4A.* formulas replaced by their value: ${cells.length}${list}.`,
    };
  },
  notesRemoved: (n: number) => ({ it: `- Note di cella rimosse: ${n}.`, en: `- Cell notes removed: ${n}.` }),
  removedOutsideCells: (n: number) => ({
    it: `- Dati rimossi o sostituiti fuori dai valori delle celle: ${n}`,
    en: `- Data removed or replaced outside the cells' values: ${n}`,
  }),
  agreementKept: { it: "- L'accordo in H4A_Parametri è mantenuto.", en: "- The agreement in H4A_Parametri is kept." },
} satisfies Words;
