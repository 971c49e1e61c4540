import type { Issue } from "../types";
import { trancheKey, type LedgerEntry } from "./entry";
import { canonicalEvidence, type EvidenceEntry } from "./evidence";
import { EVIDENCE_SHEET } from "./evidenceSheet";
import { sha256Hex } from "./fingerprints";
import { canonicalRow, REGISTER_SHEET } from "./registerSheet";

/**
 * Whether the ledger is as recorded: each H4A_Registro row's seal against its own cells and the
 * seal above it, and each tranche's H4A_Evidenze rows against its evidence fingerprint. A
 * mismatch is an error naming the row: the ledger was changed by hand, or the copy is broken.
 */
export async function verifyLedger(entries: readonly LedgerEntry[], evidence: readonly EvidenceEntry[]): Promise<Issue[]> {
  const issues: Issue[] = [];
  let previous = "";
  for (const entry of entries) {
    const expected = await sha256Hex(canonicalRow(entry, previous));
    if (expected !== entry.seal) {
      issues.push({
        rule: "ledger-row-changed",
        severity: "error",
        cell: `${REGISTER_SHEET}!P${entry.row}`,
        field: null,
        value: entry.seal,
        message: {
          it: `${REGISTER_SHEET}, riga ${entry.row}: il sigillo non corrisponde ai valori della riga (la riga, o quella sopra, è stata modificata, tolta o aggiunta a mano): ripristinare la copia registrata.`,
          en: `${REGISTER_SHEET}, row ${entry.row}: the seal does not match the row's values (the row, or the one above, was changed, removed or added by hand): restore the recorded copy.`,
        },
      });
    }
    previous = entry.seal;
  }
  const tranches = new Set<string>();
  for (const entry of entries.filter((e) => e.kind === "tranche")) {
    const key = `${entry.programmeYear}:${trancheKey(entry)}`;
    tranches.add(key);
    const rows = evidence.filter((e) => `${e.programmeYear}:${trancheKey(e)}` === key);
    if ((await sha256Hex(canonicalEvidence(entry.cohort, entry.cohortYear, rows))) === entry.evidenceFingerprint) continue;
    issues.push({
      rule: "evidence-changed",
      severity: "error",
      cell: `${REGISTER_SHEET}!O${entry.row}`,
      field: null,
      value: entry.evidenceFingerprint,
      message: {
        it: `${EVIDENCE_SHEET}: le evidenze della coorte ${entry.cohort}, anno di percorso ${entry.cohortYear} non corrispondono all'impronta registrata in ${REGISTER_SHEET} riga ${entry.row}: ripristinare la copia registrata.`,
        en: `${EVIDENCE_SHEET}: the evidence of cohort ${entry.cohort}, cohort year ${entry.cohortYear} does not match the fingerprint recorded in ${REGISTER_SHEET} row ${entry.row}: restore the recorded copy.`,
      },
    });
  }
  const first = evidence.find((e) => !tranches.has(`${e.programmeYear}:${trancheKey(e)}`));
  if (first !== undefined) {
    issues.push({
      rule: "evidence-without-payment",
      severity: "error",
      cell: `${EVIDENCE_SHEET}!A1`,
      field: null,
      value: first.family,
      message: {
        it: `${EVIDENCE_SHEET}: ci sono evidenze (coorte ${first.cohort}, anno di percorso ${first.cohortYear}, anno ${first.programmeYear}) senza un pagamento registrato in ${REGISTER_SHEET}: ripristinare la copia registrata.`,
        en: `${EVIDENCE_SHEET}: there is evidence (cohort ${first.cohort}, cohort year ${first.cohortYear}, year ${first.programmeYear}) with no payment recorded in ${REGISTER_SHEET}: restore the recorded copy.`,
      },
    });
  }
  return issues;
}
