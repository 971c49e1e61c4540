/** Arguments as Excel hands them to a custom function, including the ones its declared types do not admit. */

/** A one-column range. */
export const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

/** Any value where the function declares a number: text, a boolean, a blank "". */
export const text = (value: unknown): number => value as number;

/** Any value where the function declares a boolean. */
export const flag = (value: unknown): boolean => value as boolean;

/** An Excel error value inside a range, as the custom functions runtime passes it. */
export const excelError = (code: string): CustomFunctions.Error => new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
