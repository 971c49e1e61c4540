import { fromSerial } from "./calendar";
import { toCents } from "./rounding";
import type { CellValue } from "../types";

/** Values as the messages show them: Italian with a decimal comma, English with a point. */
export type Lang = "it" | "en";

const MAX_SHOWN_CHARS = 60;

export function formatNumber(n: number, lang: Lang, maxDecimals?: number): string {
  const rounded = maxDecimals === undefined ? n : Number(n.toFixed(maxDecimals));
  const text = String(rounded);
  return lang === "it" ? text.replace(".", ",") : text;
}

/** Euros with thousands separators: "26.000 €", "€26,000"; cents only when there are any. */
export function formatEuro(n: number, lang: Lang): string {
  const totalCents = Math.round(Math.abs(n) * 100);
  if (!Number.isSafeInteger(totalCents)) return lang === "it" ? `${formatNumber(n, lang)} €` : `€${n}`;
  const grouped = String(Math.floor(totalCents / 100)).replace(/\B(?=(\d{3})+$)/g, lang === "it" ? "." : ",");
  const cents = totalCents % 100;
  const decimals = cents === 0 ? "" : (lang === "it" ? "," : ".") + String(cents).padStart(2, "0");
  const sign = n < 0 ? "-" : "";
  return lang === "it" ? `${sign}${grouped}${decimals} €` : `${sign}€${grouped}${decimals}`;
}

/** Euros always with two decimals, taken to the cent as Excel's ROUND: "65.400,00 €", "€65,400.00". */
export function formatEuroCents(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return lang === "it" ? `${formatNumber(n, lang)} €` : `€${n}`;
  const cents = toCents(n);
  const size = cents < 0n ? -cents : cents;
  const whole = (size / 100n).toString().replace(/\B(?=(\d{3})+$)/g, lang === "it" ? "." : ",");
  const decimals = (size % 100n).toString().padStart(2, "0");
  const sign = cents < 0n ? "-" : "";
  return lang === "it" ? `${sign}${whole},${decimals} €` : `${sign}€${whole}.${decimals}`;
}

/** Italian dd/mm/yyyy, English yyyy-mm-dd (never ambiguous). */
export function formatDate(serial: number, lang: Lang): string {
  const { year, month, day } = fromSerial(serial);
  const dd = String(day).padStart(2, "0");
  const mm = String(month).padStart(2, "0");
  return lang === "it" ? `${dd}/${mm}/${year}` : `${year}-${mm}-${dd}`;
}

/** A cell value as typed; long text is cut. */
export function formatCellValue(value: CellValue, lang: Lang): string {
  if (value === null) return "";
  if (typeof value === "number") return formatNumber(value, lang);
  if (typeof value === "boolean") return lang === "it" ? (value ? "VERO" : "FALSO") : value ? "TRUE" : "FALSE";
  return value.length > MAX_SHOWN_CHARS ? `${value.slice(0, MAX_SHOWN_CHARS)}…` : value;
}

/** "1, 2 e 3" / "1, 2 and 3". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(", ")} ${lang === "it" ? "e" : "and"} ${last}`;
}
