/**
 * Keyed pseudonyms for family ids (MECHANISM.md §8), the same in the task pane and on the
 * command line: the City's passphrase is turned into an HMAC key by PBKDF2, and a family id into
 * "P-" and the first 16 hex digits of HMAC-SHA-256(key, id). The same passphrase always gives the
 * same pseudonyms, so Homes4All can follow a family from one year's copy to the next; without
 * the passphrase an id can be neither recovered nor re-derived. Web Crypto only: it runs in Node
 * and in the browser alike.
 */

export const PSEUDONYM_PREFIX = "P-";
/** Hex digits kept from the HMAC: 64 bits, so that thousands of families never collide by chance. */
export const PSEUDONYM_HEX_DIGITS = 16;

/** How a passphrase becomes the HMAC key; changing any of these changes every pseudonym. */
export const KEY_DERIVATION = {
  algorithm: "PBKDF2 with HMAC-SHA-256",
  salt: "H4A Homes4All pseudonyms v1",
  iterations: 600_000,
  keyBits: 256,
} as const;

export const MIN_PASSPHRASE_CHARACTERS = 20;
const MIN_DISTINCT_CHARACTERS = 8;

/** The id as the engine compares ids: trimmed, ignoring case (Unicode-normalised). */
export const idKey = (id: string): string => id.trim().normalize("NFC").toLowerCase();

/** The passphrase as derived: Unicode-normalised, without surrounding white space (a key file's final newline included). */
export const normalizePassphrase = (text: string): string => text.normalize("NFC").trim();

export interface PassphraseProblem {
  it: string;
  en: string;
}

const KEYBOARD_ORDER = "0123456789abcdefghijklmnopqrstuvwxyz";

/** Whether the characters only climb or fall by one, digits then letters ("0123456789abcdef…", "zyxw…"). */
function isRun(text: string): boolean {
  const positions = [...text.toLowerCase()].map((c) => {
    const at = KEYBOARD_ORDER.indexOf(c);
    return at >= 0 ? at : 1000 + (c.codePointAt(0) as number);
  });
  const steps = new Set(positions.slice(1).map((position, i) => position - positions[i]));
  return steps.size === 1 && (steps.has(1) || steps.has(-1));
}

/** Whether the text is one short piece repeated ("abcabcabc…"). */
const isRepetition = (text: string): boolean => /^(.{1,8})\1+$/su.test(text);

/** Why a passphrase is too weak to protect the families' ids, or null when it will do. */
export function passphraseProblem(raw: string): PassphraseProblem | null {
  const passphrase = normalizePassphrase(raw);
  const characters = [...passphrase];
  if (characters.length < MIN_PASSPHRASE_CHARACTERS) {
    return {
      it: `la frase segreta ha ${characters.length} caratteri: ne servono almeno ${MIN_PASSPHRASE_CHARACTERS} (una frase di quattro o più parole va bene).`,
      en: `the passphrase has ${characters.length} characters: at least ${MIN_PASSPHRASE_CHARACTERS} are needed (a sentence of four or more words will do).`,
    };
  }
  if (new Set(characters.map((c) => c.toLowerCase())).size < MIN_DISTINCT_CHARACTERS || isRepetition(passphrase) || isRun(passphrase)) {
    return {
      it: "la frase segreta è una sequenza o una ripetizione, facile da indovinare: sceglierne una meno prevedibile.",
      en: "the passphrase is a sequence or a repetition, easy to guess: choose a less predictable one.",
    };
  }
  return null;
}

/** UTF-8 bytes (TextEncoder made when used, so that importing this module needs none). */
const encoder = { encode: (text: string) => new TextEncoder().encode(text) };

/** The derived HMAC key (a Web Crypto key, never extractable). */
export type PseudonymKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.deriveKey>>;

/** The HMAC key of a passphrase (KEY_DERIVATION); the caller checks passphraseProblem first. */
export async function pseudonymKey(passphrase: string): Promise<PseudonymKey> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey("raw", encoder.encode(normalizePassphrase(passphrase)), "PBKDF2", false, ["deriveKey"]);
  return subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: encoder.encode(KEY_DERIVATION.salt), iterations: KEY_DERIVATION.iterations },
    material,
    { name: "HMAC", hash: "SHA-256", length: KEY_DERIVATION.keyBits },
    false,
    ["sign"],
  );
}

/** The pseudonym of one id. */
export async function pseudonymOf(key: PseudonymKey, id: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.sign("HMAC", key, encoder.encode(idKey(id))));
  const hex = [...digest.subarray(0, PSEUDONYM_HEX_DIGITS / 2)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${PSEUDONYM_PREFIX}${hex.toUpperCase()}`;
}

/** The pseudonyms of many ids, by idKey. */
export async function pseudonymsOf(key: PseudonymKey, ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set([...ids].map(idKey))];
  const pseudonyms = await Promise.all(unique.map((id) => pseudonymOf(key, id)));
  return new Map(unique.map((id, i) => [id, pseudonyms[i]]));
}
