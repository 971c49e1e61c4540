import type { CellValue } from "../types";

/**
 * A number cell: an Excel number, or numeric text with a decimal comma or point ("3,5", "3.5",
 * "1.234,50", "1,234.50", "€ 150"). Text whose reading depends on the locale ("1.234", "1,234":
 * a thousand or one point something) is "invalid", as is anything that is not a finite number.
 * Blank → null.
 */
export function parseNumberCell(value: CellValue): number | null | "invalid" {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? noNegativeZero(value) : "invalid";
  if (typeof value !== "string") return "invalid";
  const text = value.replace(/\s/gu, "").replace(/^€|€$/g, "");
  if (text === "") return value.trim() === "" ? null : "invalid";
  const number = parseNumericText(text);
  return number === null || !Number.isFinite(number) ? "invalid" : noNegativeZero(number);
}

const INTEGER = /^[+-]?\d+$/;
const ONE_SEPARATOR = /^([+-]?)(\d*)[.,](\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/;
const ITALIAN_GROUPED_DECIMAL = /^[+-]?\d{1,3}(?:\.\d{3})*,\d+$/;
const ENGLISH_GROUPED_DECIMAL = /^[+-]?\d{1,3}(?:,\d{3})*\.\d+$/;

function parseNumericText(text: string): number | null {
  if (INTEGER.test(text)) return Number(text);
  const single = ONE_SEPARATOR.exec(text);
  if (single) {
    const [, sign, whole, fraction] = single;
    const couldBeThousands = fraction.length === 3 && whole.length >= 1 && whole.length <= 3 && whole !== "0";
    if (couldBeThousands) return null;
    return Number(`${sign}${whole === "" ? "0" : whole}.${fraction}`);
  }
  if (GROUPED.test(text)) return Number(text.replace(/[.,]/g, ""));
  if (ITALIAN_GROUPED_DECIMAL.test(text)) return Number(text.replace(/\./g, "").replace(",", "."));
  if (ENGLISH_GROUPED_DECIMAL.test(text)) return Number(text.replace(/,/g, ""));
  return null;
}

function noNegativeZero(n: number): number {
  return n === 0 ? 0 : n;
}
