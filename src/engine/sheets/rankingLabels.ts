import { CONTRIBUTION_LABELS } from "../candidates/weights";
import type { ContributionKey } from "../keys";

/**
 * The words of the sheets H4A_Graduatoria and H4A_Flusso (MECHANISM.md §3b): the sheets' Italian
 * dictionary. Table names are workbook-unique; header cells are unique non-empty text.
 */

export const RANKING_SHEET = "H4A_Graduatoria";
export const FLOW_SHEET = "H4A_Flusso";

export const RANKING_TABLES = { eligible: "H4A_Ammesse", excluded: "H4A_Escluse" } as const;
export const FLOW_TABLE = "H4A_Percorso";

export const RANKING_TITLE = "H4A — graduatoria delle domande (indicatori di emergenza abitativa, §3b)";
export const RANKING_RULE_NOTE =
  "Punteggio = somma dei pesi per gli indicatori (pesi e soglie usati in fondo al foglio); a pari punteggio viene prima la domanda più vecchia, poi l'ID in ordine crescente.";
export const rankingSourceNote = (sheet: string, applied: number, eligible: number, excluded: number): string =>
  `Dal foglio «${sheet}»: ${applied} ${applied === 1 ? "domanda" : "domande"}, ${eligible} ${eligible === 1 ? "ammessa" : "ammesse"}, ${excluded} non ${excluded === 1 ? "ammessa" : "ammesse"}. ` +
  "Valori fissi scritti dal componente aggiuntivo: scrivere di nuovo dopo una modifica. Il foglio dei candidati non è stato modificato.";

export const RANKING_TABLE_TITLES = {
  eligible: "Famiglie ammesse, in ordine di graduatoria",
  excluded: "Famiglie non ammesse e motivi",
  params: "Pesi e soglie usati",
} as const;

export const PARAMS_BLOCK_HEADER = ["Chiave", "Valore", "Descrizione"] as const;

/** The column of a contribution: its label and "(punti)", so that it reads as points, not as a count. */
export const contributionHeader = (key: ContributionKey): string => `${CONTRIBUTION_LABELS[key].it} (punti)`;

export const RANKING_HEADERS = {
  rank: "Posizione",
  id: "ID famiglia",
  score: "Punteggio",
  requestDate: "Data domanda",
  referral: "Servizio inviante",
  emergencies: "Condizioni di emergenza",
  why: "Motivazione",
  row: "Riga candidati",
  reasons: "Motivi",
} as const;

export const FLOW_TITLE = "H4A — percorso delle famiglie per servizio inviante (§3b)";

export const FLOW_HEADERS = {
  referral: "Servizio inviante",
  applied: "Domande",
  eligible: "Ammesse",
  referred: "Inviate",
  leaseSigned: "Contratto firmato",
  housingKept: "Alloggio mantenuto",
  stability: "Stabilità abitativa",
} as const;

export const flowSourceNote = (beneficiaries: string, candidates: string | null): string =>
  candidates === null
    ? `Dal foglio «${beneficiaries}»: famiglie inviate → contratto firmato → alloggio mantenuto → stabilità abitativa. Valori fissi: scrivere di nuovo dopo una modifica.`
    : `Dai fogli «${candidates}» (domande → ammesse) e «${beneficiaries}» (inviate → contratto firmato → alloggio mantenuto → stabilità abitativa), famiglie unite per ID; il servizio di una famiglia è quello del foglio dei beneficiari, se indicato. Valori fissi: scrivere di nuovo dopo una modifica.`;

export const FLOW_TOTAL = "Totale";
export const NO_SERVICE = "(non indicato)";

export const flowJoinNote = (fromCandidates: number, referred: number, eligibleNotReferred: number): string =>
  `Famiglie inviate presenti tra le domande: ${fromCandidates} di ${referred}; ammesse non (ancora) inviate: ${eligibleNotReferred}.`;
