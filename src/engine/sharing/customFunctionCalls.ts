/**
 * The add-in's custom functions (=H4A.PREMIUM(…)) in a file: Excel stores them as
 * "H4A.NAME(" or, once saved where the add-in is not loaded, "_xldudf_H4A_NAME(". A shared
 * workbook must hold none (MECHANISM.md §8): each is replaced by the value Excel last computed.
 */

const CUSTOM_FUNCTION_CALL = /(?:^|[^A-Za-z0-9_.])(?:_xldudf_)?H4A\.[A-Za-z][A-Za-z0-9_.]*\s*\(|_xldudf_H4A_[A-Za-z][A-Za-z0-9_]*\s*\(/i;

/** Whether a formula calls one of the add-in's custom functions (text in quotes is not a call). */
export function callsCustomFunction(formula: string): boolean {
  const outsideQuotes = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return CUSTOM_FUNCTION_CALL.test(outsideQuotes);
}
