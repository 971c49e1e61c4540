/**
 * A yes/no token typed exactly as listed in tokens.ts (YES_TOKENS, NO_TOKENS), in lower or in upper
 * case, or the empty text: true, false or null (blank); undefined for any other text, which is
 * then read cleaned. A switch over constant texts costs a column of 1,048,576 cells a fraction of
 * what a Map lookup per cell does; the tests check it against the lists.
 */
export function yesNoAsTyped(text: string): boolean | null | undefined {
  switch (text) {
    case "Sì":
    case "sì":
    case "SÌ":
    case "Si":
    case "si":
    case "SI":
    case "S":
    case "s":
    case "Yes":
    case "yes":
    case "YES":
    case "Y":
    case "y":
    case "X":
    case "x":
    case "1":
    case "Vero":
    case "vero":
    case "VERO":
    case "True":
    case "true":
    case "TRUE":
      return true;
    case "No":
    case "no":
    case "NO":
    case "N":
    case "n":
    case "0":
    case "Falso":
    case "falso":
    case "FALSO":
    case "False":
    case "false":
    case "FALSE":
      return false;
    case "":
      return null;
    default:
      return undefined;
  }
}
