import { createHmac, pbkdf2Sync } from "node:crypto";
import { KEY_DERIVATION, passphraseProblem, pseudonymKey, pseudonymOf, pseudonymsOf } from "../../../src/engine/sharing/pseudonyms";

/** Pseudonyms from a passphrase: the documented derivation, stable across spellings of one id and one key file's newline. */

const PASSPHRASE = "il gatto dorme sul tetto di via Po";

test("the pseudonym is P- and 16 hex digits of HMAC-SHA-256 keyed by PBKDF2 of the passphrase, as documented", async () => {
  const key = pbkdf2Sync(PASSPHRASE, KEY_DERIVATION.salt, KEY_DERIVATION.iterations, KEY_DERIVATION.keyBits / 8, "sha256");
  const expected = `P-${createHmac("sha256", key).update("to-2023-001").digest("hex").slice(0, 16).toUpperCase()}`;
  expect(await pseudonymOf(await pseudonymKey(PASSPHRASE), " TO-2023-001 ")).toBe(expected);
});

test("a key file's final newline, or spaces around, do not change the pseudonyms; another passphrase does", async () => {
  const ids = ["TO-2023-001", "to-2023-002"];
  const plain = await pseudonymsOf(await pseudonymKey(PASSPHRASE), ids);
  expect(await pseudonymsOf(await pseudonymKey(`${PASSPHRASE}\n`), ids)).toEqual(plain);
  expect(await pseudonymsOf(await pseudonymKey(`  ${PASSPHRASE}\r\n`), ids)).toEqual(plain);
  expect(await pseudonymsOf(await pseudonymKey(`${PASSPHRASE}!`), ids)).not.toEqual(plain);
  expect([...plain.keys()]).toEqual(["to-2023-001", "to-2023-002"]);
  expect(plain.get("to-2023-001")).not.toBe(plain.get("to-2023-002"));
});

test("a weak passphrase is refused with the reason: too short, a sequence, a repetition", () => {
  expect(passphraseProblem("0123456789abcdef")?.en).toContain("at least 20");
  expect(passphraseProblem("0123456789abcdefghijklmn")?.en).toContain("sequence");
  expect(passphraseProblem("abcabcabcabcabcabcabcabc")?.en).toContain("repetition");
  expect(passphraseProblem("aaaaaaaaaaaaaaaaaaaaaaaa")?.it).toContain("ripetizione");
  expect(passphraseProblem(PASSPHRASE)).toBeNull();
  expect(passphraseProblem(`${"9f1c2a7e5b3d4c6a8e0f1b2c3d4e5f60"}\n`)).toBeNull();
});

test("an empty passphrase, or one of blanks only, is refused in Italian and English: it would key every pseudonym with nothing", () => {
  for (const empty of ["", "   ", "\n", " \t\r\n"]) {
    expect(passphraseProblem(empty)).toEqual({
      it: "la frase segreta ha 0 caratteri: ne servono almeno 20 (una frase di quattro o più parole va bene).",
      en: "the passphrase has 0 characters: at least 20 are needed (a sentence of four or more words will do).",
    });
  }
});
