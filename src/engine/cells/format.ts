import { pick, type Lang } from "./lang";
import { fromSerial } from "./calendar";
import { toCents } from "./rounding";
import type { CellValue } from "../types";

/** Values as the messages show them: Italian with a decimal comma, English with a point. */

const MAX_SHOWN_CHARS = 60;

export function formatNumber(n: number, lang: Lang, maxDecimals?: number): string {
  const rounded = maxDecimals === undefined ? n : Number(n.toFixed(maxDecimals));
  const text = String(rounded);
  return pick({ it: text.replace(".", ","), en: text }, lang);
}

/** Euros with thousands separators: "26.000 €", "€26,000"; cents only when there are any. */
export function formatEuro(n: number, lang: Lang): string {
  const totalCents = Math.round(Math.abs(n) * 100);
  if (!Number.isSafeInteger(totalCents)) return pick({ it: `${formatNumber(n, lang)} €`, en: `€${n}` }, lang);
  const grouped = String(Math.floor(totalCents / 100)).replace(/\B(?=(\d{3})+$)/g, pick({ it: ".", en: "," }, lang));
  const cents = totalCents % 100;
  const decimals = cents === 0 ? "" : pick({ it: ",", en: "." }, lang) + String(cents).padStart(2, "0");
  const sign = n < 0 ? "-" : "";
  return pick({ it: `${sign}${grouped}${decimals} €`, en: `${sign}€${grouped}${decimals}` }, lang);
}

/** Euros always with two decimals, taken to the cent as Excel's ROUND: "65.400,00 €", "€65,400.00". */
export function formatEuroCents(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return pick({ it: `${formatNumber(n, lang)} €`, en: `€${n}` }, lang);
  const cents = toCents(n);
  const size = cents < 0n ? -cents : cents;
  const whole = (size / 100n).toString().replace(/\B(?=(\d{3})+$)/g, pick({ it: ".", en: "," }, lang));
  const decimals = (size % 100n).toString().padStart(2, "0");
  const sign = cents < 0n ? "-" : "";
  return pick({ it: `${sign}${whole},${decimals} €`, en: `${sign}€${whole}.${decimals}` }, lang);
}

/** Italian dd/mm/yyyy, English yyyy-mm-dd (never ambiguous). */
export function formatDate(serial: number, lang: Lang): string {
  const { year, month, day } = fromSerial(serial);
  const dd = String(day).padStart(2, "0");
  const mm = String(month).padStart(2, "0");
  return pick({ it: `${dd}/${mm}/${year}`, en: `${year}-${mm}-${dd}` }, lang);
}

/** A cell value as typed; long text is cut. */
export function formatCellValue(value: CellValue, lang: Lang): string {
  if (value === null) return "";
  if (typeof value === "number") return formatNumber(value, lang);
  if (typeof value === "boolean") return pick({ it: value ? "VERO" : "FALSO", en: value ? "TRUE" : "FALSE" }, lang);
  return value.length > MAX_SHOWN_CHARS ? `${value.slice(0, MAX_SHOWN_CHARS)}…` : value;
}

/** "1, 2 e 3" / "1, 2 and 3". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(", ")} ${pick({ it: "e", en: "and" }, lang)} ${last}`;
}
