import { pick, type Lang } from "../cells/lang";
import { formatEuroCents, formatNumber } from "../cells/format";
import type { StatementFormat } from "./types";

/** The statement's numbers as text, the same way wherever it is rendered. */

/** A fraction as a percentage with one decimal: "81,8 %" / "81.8%". */
export function percentText(fraction: number, lang: Lang): string {
  const text = (fraction * 100).toFixed(1);
  return pick({ it: `${text.replace(".", ",")} %`, en: `${text}%` }, lang);
}

/** A parameter's fraction as a percentage, decimals only when it has some: "80 %" / "80%", "62,5 %". */
export function thresholdText(fraction: number, lang: Lang): string {
  const text = formatNumber(Number((fraction * 100).toFixed(4)), lang);
  return pick({ it: `${text} %`, en: `${text}%` }, lang);
}

/** A field's or a table cell's value as text: euros with cents, whole numbers grouped by thousands, percentages with one decimal. */
export function statementValueText(value: string | number, format: StatementFormat, lang: Lang): string {
  if (typeof value === "string") return value;
  switch (format) {
    case "euro":
      return formatEuroCents(value, lang);
    case "percent":
      return percentText(value, lang);
    case "integer":
      return Number.isInteger(value)
        ? String(value).replace(/\B(?=(\d{3})+$)/g, pick({ it: ".", en: "," }, lang))
        : formatNumber(value, lang);
    case "text":
      return formatNumber(value, lang);
  }
}
