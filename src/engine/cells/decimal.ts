/** Exact decimal arithmetic on the text of a number, with BigInt. */

/** value = coefficient × 10^exponent, exactly. */
export interface Decimal {
  coefficient: bigint;
  exponent: number;
}

/** A fraction num / den with den > 0. */
export interface Fraction {
  num: bigint;
  den: bigint;
}

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/;

/** Reads the text JavaScript writes for a finite number ("0.8", "1.5e+21", "33000.3850000000"). */
export function parseDecimal(text: string): Decimal {
  const match = DECIMAL_TEXT.exec(text);
  if (match === null) throw new RangeError(`Not a finite decimal number: "${text}".`);
  const [, sign, whole, fraction = "", exponent = "0"] = match;
  const magnitude = BigInt(whole + fraction);
  return { coefficient: sign === "-" ? -magnitude : magnitude, exponent: Number(exponent) - fraction.length };
}

export const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** The exact value of a number's shortest decimal text: 0.8 is 4/5, not the binary 0.8000000000000000444. */
export function shortestFraction(x: number): Fraction {
  if (!Number.isFinite(x)) throw new RangeError(`Not a finite number: ${x}.`);
  const { coefficient, exponent } = parseDecimal(String(x));
  return exponent >= 0 ? { num: coefficient * pow10(exponent), den: 1n } : { num: coefficient, den: pow10(-exponent) };
}

/** ⌊a / b⌋ for b > 0 (BigInt division truncates towards zero). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/** ⌈a / b⌉ for b > 0. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return -floorDiv(-a, b);
}
