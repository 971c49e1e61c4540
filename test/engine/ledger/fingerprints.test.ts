import { agreementFingerprint, canonicalAgreement, sha256Hex } from "../../../src/engine/ledger/fingerprints";
import { canonicalEvidence, type EvidenceEntry } from "../../../src/engine/ledger/evidence";
import { DEFAULT_PARAMS } from "../../../src/engine/agreement/params";

test("SHA-256 as Web Crypto gives it: the standard test vector", async () => {
  expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
});

test("the agreement's canonical text: one key=value line per H4A_Parametri row, in order, current year left out", () => {
  const text = canonicalAgreement({ ...DEFAULT_PARAMS, premiumPerFamily: 6000, plannedEnrolment: [11, 11] });
  const lines = text.split("\n");
  expect(lines.slice(0, 7)).toEqual([
    "H4A agreement v1",
    "totalPremium=",
    "plannedFamilies=",
    "premiumPerFamily=6000",
    "share1=0.2",
    "share2=0.3",
    "share3=0.5",
  ]);
  expect(lines).toContain("fullStrict=TRUE");
  expect(lines).toContain("plannedEnrolment=11;11");
  expect(lines.at(-1)).toBe("trueUpPolicy=nextPayment");
  expect(text).not.toContain("currentYear");
});

test("the same agreement gives the same fingerprint whatever the current year; any agreed value changes it", async () => {
  const base = await agreementFingerprint(DEFAULT_PARAMS);
  expect(await agreementFingerprint({ ...DEFAULT_PARAMS, currentYear: 7 })).toBe(base);
  expect(await agreementFingerprint({ ...DEFAULT_PARAMS, partialPayment: 0.7 })).not.toBe(base);
});

test("evidence: families sorted by reference, counted and each deciding answer as 1, 0 or -", () => {
  const entry = (family: string, counted: boolean, answers: EvidenceEntry["answers"]): EvidenceEntry => ({
    programmeYear: 3,
    cohort: 1,
    cohortYear: 3,
    family,
    row: 5,
    counted,
    answers,
  });
  const text = canonicalEvidence(1, 3, [
    entry("riga 6", true, { stability: false, wellbeing: null, waited: true, left: false }),
    entry("riga 5", true, { stability: true, wellbeing: true, waited: true, left: false }),
  ]);
  expect(text).toBe(["H4A evidence v1", "tranche 1 3", "riga 5\t1\t1\t1\t1\t0", "riga 6\t1\t0\t-\t1\t0"].join("\n"));
});
