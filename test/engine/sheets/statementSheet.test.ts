import { EURO_FORMAT } from "../../../src/engine/sheets/paymentLabels";
import { statementSheetName, statementSheetPlan, wrapText } from "../../../src/engine/sheets/statementSheet";
import { statementDocument } from "../../../src/engine/statement/document";
import type { LooseCell, SheetPlan } from "../../../src/engine/sheets/workbookPlan";
import { COHORT_2_YEAR_3, draftYear3, FINGERPRINT, recordedYear4 } from "../fixtures/statement";

/** The print-ready sheet H4A_Prospetto_<year>: the statement down the sheet, plain cells, A4 print settings. */

const cellAt = (plan: SheetPlan, row: number, column: number): LooseCell | undefined =>
  plan.cells.find((c) => c.row === row && c.column === column);
const rowOf = (plan: SheetPlan, text: string): number => {
  const cell = plan.cells.find((c) => c.value === text);
  if (cell === undefined) throw new Error(`no cell "${text}"`);
  return cell.row;
};
/** The cell right of a label. */
const valueBeside = (plan: SheetPlan, label: string): LooseCell | undefined => cellAt(plan, rowOf(plan, label), 2);

describe("the statement sheet", () => {
  const doc = statementDocument(recordedYear4(), "it");
  const plan = statementSheetPlan(doc, 4);

  test("is named after the programme year; plain cells, no tables, no names", () => {
    expect(statementSheetName(4)).toBe("H4A_Prospetto_4");
    expect(plan.name).toBe("H4A_Prospetto_4");
    expect(plan.tables).toEqual([]);
    expect(plan.names).toEqual([]);
  });

  test("the running header in row 1, the title in bold below it, then the status", () => {
    expect(cellAt(plan, 1, 1)?.value).toBe(doc.runningHeader);
    expect(cellAt(plan, 3, 1)).toEqual({ row: 3, column: 1, value: doc.title, bold: true });
    expect(cellAt(plan, 4, 1)?.value).toBe("Pagamento registrato con l'atto DD 1234/2027 del 15/03/2027.");
  });

  test("headings in bold, fields as label | value, numbers stored as numbers with their formats", () => {
    for (const heading of ["Accordo", "Coorte 2 — anno di percorso 3", "Conguagli applicati", "Totali"])
      expect(cellAt(plan, rowOf(plan, heading), 1)?.bold).toBe(true);
    expect(valueBeside(plan, "Premio per famiglia")).toEqual(expect.objectContaining({ value: 6000, numberFormat: EURO_FORMAT }));
    expect(valueBeside(plan, "Famiglie nella base")).toEqual(expect.objectContaining({ value: 11, numberFormat: "#,##0" }));
    expect(valueBeside(plan, "Quota")).toEqual(expect.objectContaining({ value: 0.5, numberFormat: "0.0%" }));
    expect(valueBeside(plan, "Livello")).toEqual(expect.objectContaining({ value: 0.8, numberFormat: "0.0%" }));
    expect(valueBeside(plan, "Importo")).toEqual(expect.objectContaining({ value: 26_400, numberFormat: EURO_FORMAT }));
    expect(valueBeside(plan, "Benessere migliorato")).toEqual({
      row: rowOf(plan, "Benessere migliorato"),
      column: 2,
      value: "9 / 11 = 81,8 % (soglia > 80 %)",
    });
    expect(valueBeside(plan, "Residuo sotto il tetto")).toEqual(expect.objectContaining({ value: 65_400, numberFormat: EURO_FORMAT }));
    expect(valueBeside(plan, "Impronta (SHA-256)")?.value).toBe(FINGERPRINT.match(/.{16}/g)?.join(" "));
  });

  test("a table is a bold header row and its rows below, across the columns", () => {
    const header = rowOf(plan, "Pagato");
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => cellAt(plan, header, c))).toEqual(
      ["Coorte", "Anno di percorso", "Anno di programma", "Pagato", "Dovuto", "Differenza", "Applicato"].map((value, i) => ({
        row: header,
        column: i + 1,
        value,
        bold: true,
      })),
    );
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => cellAt(plan, header + 1, c)?.value)).toEqual([1, 3, 3, 33_000, 26_400, -6_600, -6_600]);
    expect(cellAt(plan, header + 1, 7)?.numberFormat).toBe(EURO_FORMAT);
    const parameters = rowOf(plan, "Chiave");
    expect(cellAt(plan, parameters, 2)).toEqual({ row: parameters, column: 2, value: "Valore", bold: true });
    expect(cellAt(plan, parameters + 1, 1)?.value).toBe("totalPremium");
  });

  test("a block follows a blank row, except under a heading", () => {
    const heading = rowOf(plan, "Totali");
    expect(plan.cells.some((c) => c.row === heading - 1)).toBe(false);
    expect(cellAt(plan, heading + 1, 1)?.value).toBe("Tranche dell'anno");
  });

  test("the ids are wrapped into lines within the printed width, every id kept", () => {
    const first = rowOf(plan, "Famiglie considerate (identificativi pseudonimi)") + 1;
    const lines: string[] = [];
    for (let row = first; cellAt(plan, row, 1) !== undefined; row++) lines.push(String(cellAt(plan, row, 1)!.value));
    expect(lines.length).toBeGreaterThan(1);
    const width = plan.columnWidths.reduce((a, b) => a + b, 0);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
    expect(lines.join(" ")).toBe(`Coorte 2 — anno di percorso 3, 11 famiglie: ${COHORT_2_YEAR_3.counted.join(", ")}.`);
  });

  test("the signature block ends the sheet: place and date on the left, the signatories on the right", () => {
    const lastRow = Math.max(...plan.cells.map((c) => c.row));
    const place = rowOf(plan, "Torino, ______________________________");
    expect(cellAt(plan, place, 1)).toBeDefined();
    expect(cellAt(plan, place + 2, 4)?.value).toBe("Il responsabile del procedimento");
    expect(cellAt(plan, place + 6, 4)?.value).toBe("Il dirigente responsabile");
    expect(cellAt(plan, lastRow, 4)?.value).toBe("Firma ______________________________");
  });

  test("columns A–G at least, each as wide as its labels, headers and numbers", () => {
    expect(plan.columnWidths.length).toBeGreaterThanOrEqual(7);
    expect(plan.columnWidths[0]).toBeGreaterThanOrEqual("Totale anno di programma 4".length);
    expect(plan.columnWidths[2]).toBeGreaterThanOrEqual("Anno di programma".length);
    expect(plan.columnWidths[3]).toBeGreaterThanOrEqual("33.000,00 €".length);
  });

  test("prints the used range on A4 portrait, one page wide, the running header repeated, pages numbered", () => {
    const lastRow = Math.max(...plan.cells.map((c) => c.row));
    expect(plan.print).toEqual({
      area: { firstRow: 1, firstColumn: 1, lastRow, lastColumn: plan.columnWidths.length },
      titleRows: { first: 1, last: 2 },
      orientation: "portrait",
      paper: "A4",
      fitToPagesWide: 1,
      centerHorizontally: true,
      centerFooter: "Pagina &P di &N",
    });
    expect(Math.max(...plan.cells.map((c) => c.column))).toBeLessThanOrEqual(plan.columnWidths.length);
  });

  test("in English the footer and the words are English, the numbers the same", () => {
    const english = statementSheetPlan(statementDocument(recordedYear4(), "en"), 4);
    expect(english.print?.centerFooter).toBe("Page &P of &N");
    expect(valueBeside(english, "Left under the cap")).toEqual(expect.objectContaining({ value: 65_400, numberFormat: EURO_FORMAT }));
    expect(cellAt(english, 3, 1)?.value).toBe("Payment statement — programme year 4 (2027)");
  });

  test("a draft with two tranches: one section and one paragraph of ids each, apart; a sentence for no true-up", () => {
    const draft = statementSheetPlan(statementDocument(draftYear3(), "it"), 3);
    expect(draft.name).toBe("H4A_Prospetto_3");
    expect(cellAt(draft, 4, 1)?.value).toBe("Bozza: pagamento non ancora registrato.");
    expect(cellAt(draft, rowOf(draft, "Conguagli applicati") + 1, 1)?.value).toBe(
      "Nessun conguaglio applicato in questo anno di programma.",
    );
    expect(valueBeside(draft, "Tetto")?.value).toBe("nessun tetto");
    const paragraphs = draft.cells.filter(
      (c) => typeof c.value === "string" && /^Coorte \d — anno di percorso \d, 11 famiglie/.test(c.value),
    );
    expect(paragraphs).toHaveLength(2);
    expect(draft.cells.some((c) => c.row === paragraphs[1].row - 1)).toBe(false);
  });
});

describe("wrapping text into lines", () => {
  test("breaks at spaces, never beyond the width; a longer word is cut", () => {
    expect(wrapText("uno due tre quattro", 7)).toEqual(["uno due", "tre", "quattro"]);
    expect(wrapText("abcdefghij xy", 4)).toEqual(["abcd", "efgh", "ij", "xy"]);
    expect(wrapText("", 10)).toEqual([""]);
  });
});
