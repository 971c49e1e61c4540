import { pick, type Text } from "../engine/cells/lang";
import { displayLanguage } from "./language";

type ErrorKind = "value" | "num";

/** A bad argument, carried to the cell as #VALUE! or #NUM! with a message in both languages. */
export class ArgumentError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly text: Text,
  ) {
    super(text.en);
  }
}

export const badValue = (text: Text): ArgumentError => new ArgumentError("value", text);
export const badNumber = (text: Text): ArgumentError => new ArgumentError("num", text);

function isFiniteResult(result: unknown): boolean {
  if (typeof result === "number") return Number.isFinite(result);
  if (Array.isArray(result)) return result.every(isFiniteResult);
  return true;
}

function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof ArgumentError) {
    const code = error.kind === "num" ? CustomFunctions.ErrorCode.invalidNumber : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, pick(error.text, displayLanguage()));
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, detail);
}

/**
 * Runs a custom function's body: bad arguments, engine failures, NaN and Infinity all reach the
 * cell as an Excel error value with a message, never as a raw exception.
 */
export function guard<T>(body: () => T): T {
  let result: T;
  try {
    result = body();
  } catch (error) {
    throw toExcelError(error);
  }
  if (!isFiniteResult(result)) {
    const message = pick(
      {
        it: "Il risultato non è un numero finito: i valori sono troppo grandi.",
        en: "The result is not a finite number: the values are too large.",
      },
      displayLanguage(),
    );
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, message);
  }
  return result;
}
