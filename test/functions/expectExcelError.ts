/** Asserts that calling `body` yields the Excel error `code` (e.g. "#VALUE!") and returns its message. */
export function excelErrorOf(body: () => unknown): { code: string; message: string | undefined } {
  try {
    body();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return { code: error.code, message: error.message };
    throw new Error(`expected an Excel error value, got ${String(error)}`);
  }
  throw new Error("expected an Excel error value, got a result");
}
