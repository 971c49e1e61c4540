/**
 * Text the add-in read from the user (ids, notes, services, scenario names) may begin like a
 * formula. Excel reads input that starts with "=" as a formula (and, as typed, "+", "-" and "@"
 * too), and a leading tab or carriage return starts one when the sheet goes through CSV. Such
 * text is written as text, with exactly the user's characters: the Office.js writer sends it
 * behind an apostrophe, the .xlsx writer as a string cell with the quote prefix
 * (docs/architecture.md, "Text that looks like a formula").
 */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

/** True when `value` is text that a spreadsheet could take for a formula: it must be written marked as text. */
export function needsTextMark(value: unknown): value is string {
  return typeof value === "string" && FORMULA_LEAD.test(value);
}
