import { PARAM_ROW_KEYS, type ParamRowKey, type Params } from "../agreement/params";

/**
 * The SHA-256 fingerprints of the ledger (MECHANISM.md §10), each over a canonical text so that
 * the same facts always give the same fingerprint, whatever the workbook's formatting:
 *
 * - agreement: "H4A agreement v1", then one line per H4A_Parametri row in the sheet's order,
 *   `key=value` (numbers as JavaScript prints them, TRUE/FALSE, lists joined by ";", none empty),
 *   except currentYear: it says how far the outcomes are verified, not what was agreed, and moves
 *   every year;
 * - evidence of one tranche: "H4A evidence v1", "tranche <cohort> <cohort year>", then one line
 *   per family of the cohort, sorted by family reference, its fields tab-separated (see
 *   evidence.ts): reference, counted (1/0), then each deciding answer as 1, 0 or - (no answer);
 * - seal of a H4A_Registro row: "H4A ledger row v1", the row's cells tab-separated (amount in
 *   whole cents, date as its Excel serial), then the seal of the row above ("" for the first),
 *   so that a changed, removed or inserted row breaks the seal of that row or the next.
 *
 * Texts are hashed as UTF-8 with Web Crypto (Node and the browser alike); the fingerprint is
 * the lower-case hex digest.
 */

export const AGREEMENT_FORM = "H4A agreement v1";
export const EVIDENCE_FORM = "H4A evidence v1";
export const SEAL_FORM = "H4A ledger row v1";

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

function rowValue(params: Params, rowKey: ParamRowKey): string {
  const value =
    rowKey === "share1"
      ? params.shares[0]
      : rowKey === "share2"
        ? params.shares[1]
        : rowKey === "share3"
          ? params.shares[2]
          : params[rowKey];
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Array.isArray(value)) return value.join(";");
  return String(value);
}

/** The agreement's canonical text: every H4A_Parametri row, as the agreement used holds it. */
export const canonicalAgreement = (params: Params): string =>
  [
    AGREEMENT_FORM,
    ...PARAM_ROW_KEYS.filter((rowKey) => rowKey !== "currentYear").map((rowKey) => `${rowKey}=${rowValue(params, rowKey)}`),
  ].join("\n");

export const agreementFingerprint = (params: Params): Promise<string> => sha256Hex(canonicalAgreement(params));
