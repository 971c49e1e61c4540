import { cleanToken, normalizeText } from "../../../src/engine/cells/text";

describe("header text is compared without case, accents, spaces or punctuation", () => {
  it.each([
    ["Stabilità abitativa", "stabilitaabitativa"],
    ["  STABILITA' ABITATIVA ", "stabilitaabitativa"],
    ["ID_famiglia", "idfamiglia"],
    ["Family-ID", "familyid"],
    ["Mesi di attesa (n.)", "mesidiattesan"],
    ["Risparmio affitto €", "risparmioaffitto"],
  ])("%j → %j", (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });
});

describe("tokens are compared lowercased, without accents, trimmed", () => {
  it.each([
    [" Sì ", "si"],
    ["SÍ", "si"],
    ["Vero", "vero"],
    ["alloggio  inadeguato", "alloggio  inadeguato"],
  ])("%j → %j", (text, expected) => {
    expect(cleanToken(text)).toBe(expected);
  });
});
