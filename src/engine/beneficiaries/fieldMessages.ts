import { formatCellValue, formatNumber } from "../cells/format";
import type { Text } from "../cells/lang";
import type { CellValue } from "../types";

/** What the messages call a field and what its cell should hold. */
export interface FieldWords {
  header: Text;
  /** Completes "inserire …" / "enter …". */
  expected: Text;
}

export const valueIt = (value: CellValue): string => `«${formatCellValue(value, "it")}»`;
export const valueEn = (value: CellValue): string => `"${formatCellValue(value, "en")}"`;

/**
 * The messages that say the same of any sheet's field, the beneficiary sheet's (§3) and the
 * candidates sheet's (§3b): a repeated column, a missing value, a cell that cannot be read.
 */
export function fieldMessages<K extends string>(words: Readonly<Record<K, FieldWords>>) {
  const it = (field: K): string => `«${words[field].header.it}»`;
  const en = (field: K): string => `"${words[field].header.en}"`;
  return {
    it,
    en,
    duplicateColumn: ({ field, firstCell }: { field: K; firstCell: string }): Text => ({
      it: `la colonna ${it(field)} è ripetuta (è già in ${firstCell}); tenerne una sola: viene letta solo la prima.`,
      en: `the column ${en(field)} appears twice (it is already in ${firstCell}); keep only one: only the first is read.`,
    }),
    missingValue: ({ field }: { field: K }): Text => ({
      it: `${it(field)} è vuoto ma è un dato obbligatorio; inserire ${words[field].expected.it}.`,
      en: `${en(field)} is empty but required; enter ${words[field].expected.en}.`,
    }),
    wrongType: ({ field, value }: { field: K; value: CellValue }): Text => ({
      it: `${valueIt(value)} non è un valore valido per ${it(field)}; inserire ${words[field].expected.it}.`,
      en: `${valueEn(value)} is not a valid value for ${en(field)}; enter ${words[field].expected.en}.`,
    }),
    outOfRange: ({ field, value }: { field: K; value: number }): Text => ({
      it: `${formatNumber(value, "it")} è fuori dall'intervallo ammesso per ${it(field)}; inserire ${words[field].expected.it}.`,
      en: `${formatNumber(value, "en")} is out of range for ${en(field)}; enter ${words[field].expected.en}.`,
    }),
    impossibleDate: ({ field, value }: { field: K; value: CellValue }): Text => ({
      it: `${valueIt(value)} non è una data esistente per ${it(field)}; controllare giorno, mese e anno (formato gg/mm/aaaa).`,
      en: `${valueEn(value)} is not an existing date for ${en(field)}; check the day, month and year (format dd/mm/yyyy).`,
    }),
    /** A cell of a yes/no field that holds neither. */
    notYesNo: (field: K, value: CellValue): Text => ({
      it: `${valueIt(value)} non è un valore sì/no valido per ${it(field)}; usare Sì o No.`,
      en: `${valueEn(value)} is not a valid yes/no value for ${en(field)}; use Yes or No.`,
    }),
  };
}

/** A housing condition that is not one of the listed ones. */
export const unknownCondition = (value: CellValue, conditions: string): Text => ({
  it: `${valueIt(value)} non è una condizione abitativa prevista; usare uno di questi valori: ${conditions}.`,
  en: `${valueEn(value)} is not a listed housing condition; use one of: ${conditions}.`,
});
