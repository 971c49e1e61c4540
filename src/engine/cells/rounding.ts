import { parseDecimal, pow10 } from "./decimal";

/**
 * Excel's ROUND(x, digits): x is first taken to 15 significant digits (as Excel holds it), then
 * rounded half away from zero at `digits` decimals (negative digits round left of the point),
 * in decimal, so 33000.385 (binary 33000.384999…) gives 33000.39.
 * `digits` is truncated towards zero, as Excel does. A non-finite x (NaN, ±Infinity) is returned
 * as is; a non-finite `digits` throws a RangeError. The result is never −0.
 */
export function excelRound(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  if (!Number.isFinite(digits)) throw new RangeError(`ROUND: digits must be a finite number, got ${digits}.`);
  const places = Math.trunc(digits);
  const text = Math.abs(x).toPrecision(15);
  const { coefficient, exponent } = parseDecimal(text);
  const shift = exponent + places;
  // Fewer than `places` decimals already: the 15-digit value is the result.
  if (shift >= 0) return signed(x, Number(text));
  // The rounding position lies left of all 15 digits: the result is 0.
  if (shift < -15) return 0;
  return signed(x, Number(`${roundShifted(coefficient, -shift)}e${-places}`));
}

/** excelRound(x, 2). */
export const roundCents = (x: number): number => excelRound(x, 2);

/** The whole number of cents of ROUND(x, 2), exactly. Throws a RangeError when x is not finite. */
export function toCents(x: number): bigint {
  if (!Number.isFinite(x)) throw new RangeError(`Not a finite amount: ${x}.`);
  const { coefficient, exponent } = parseDecimal(Math.abs(x).toPrecision(15));
  const shift = exponent + 2;
  const cents = shift >= 0 ? coefficient * pow10(shift) : roundShifted(coefficient, -shift);
  return x < 0 ? -cents : cents;
}

/** The amount in euros of a whole number of cents (the nearest number to it). */
export const fromCents = (cents: bigint): number => Number(`${cents}e-2`);

/** The sum of amounts, each taken to the cent as ROUND(x, 2), added in integer cents. */
export const sumCents = (amounts: readonly number[]): number => fromCents(amounts.reduce((sum, amount) => sum + toCents(amount), 0n));

/** coefficient / 10^places, rounded half up (the coefficient is ≥ 0). */
function roundShifted(coefficient: bigint, places: number): bigint {
  const unit = pow10(places);
  const quotient = coefficient / unit;
  return (coefficient % unit) * 2n >= unit ? quotient + 1n : quotient;
}

function signed(x: number, magnitude: number): number {
  if (magnitude === 0) return 0;
  return x < 0 ? -magnitude : magnitude;
}

/** An amount already to the cent as a whole number of cents, for exact sums of a few amounts. */
export const wholeCents = (amount: number): number => Math.round(amount * 100);
