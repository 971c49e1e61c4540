import { createHmac } from "node:crypto";

/**
 * Keyed pseudonyms for family ids (MECHANISM.md §8): HMAC-SHA-256 of the id, keyed by the bytes
 * of the City's key file. The same key always gives the same pseudonym, so Homes4All can follow
 * a family across the yearly copies; without the key an id cannot be recovered or re-derived.
 */

export const PSEUDONYM_PREFIX = "P-";
/** Hex digits kept from the HMAC: 64 bits, so that thousands of families never collide by chance. */
export const PSEUDONYM_HEX_DIGITS = 16;

/** The id as the engine compares ids: trimmed, ignoring case (Unicode-normalised). */
export const idKey = (id: string): string => id.trim().normalize("NFC").toLowerCase();

export function pseudonymOf(key: Buffer, id: string): string {
  const digest = createHmac("sha256", key).update(idKey(id), "utf8").digest("hex");
  return `${PSEUDONYM_PREFIX}${digest.slice(0, PSEUDONYM_HEX_DIGITS).toUpperCase()}`;
}
