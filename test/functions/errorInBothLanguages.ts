import { excelErrorOf } from "./expectExcelError";

/** An Excel error value as the cell shows it: its code and its message in Italian and in English. */
export interface ErrorInBothLanguages {
  code: string;
  it: string | undefined;
  en: string | undefined;
}

function inOfficeLanguage<T>(displayLanguage: string, body: () => T): T {
  const global = globalThis as { Office?: unknown };
  const saved = global.Office;
  global.Office = { context: { displayLanguage } };
  try {
    return body();
  } finally {
    global.Office = saved;
  }
}

/**
 * Calls a custom function as Excel in Italian and then in English would: the one place the tests
 * read an error's messages, whatever the functions' errors carry inside.
 */
export function errorInBothLanguages(body: () => unknown): ErrorInBothLanguages {
  const it = inOfficeLanguage("it-IT", () => excelErrorOf(body));
  const en = inOfficeLanguage("en-US", () => excelErrorOf(body));
  if (it.code !== en.code) throw new Error(`the error code depends on the language: ${it.code} in Italian, ${en.code} in English`);
  return { code: it.code, it: it.message, en: en.message };
}

/** One invalid-argument case: the call, and the error value and messages the cell must show. */
export interface InvalidCase {
  what: string;
  call: () => unknown;
  code: "#VALUE!" | "#NUM!" | "#N/A";
  it: string;
  en: string;
}

/** Checks a table of cases, one jest test each. */
export function testInvalidArguments(cases: readonly InvalidCase[]): void {
  test.each(cases.map((c) => [c.what, c] as const))("%s", (_what, c) => {
    expect(errorInBothLanguages(c.call)).toEqual({ code: c.code, it: c.it, en: c.en });
  });
}
