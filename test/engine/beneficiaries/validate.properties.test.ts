import fc from "fast-check";
import { parseAddress } from "../../../src/engine/cells/address";
import { FIELDS } from "../../../src/engine/beneficiaries/fields";
import type { Params } from "../../../src/engine/agreement/params";
import { parseBeneficiarySheet } from "../../../src/engine/beneficiaries/parse";
import type { CellValue, Family, SheetInput } from "../../../src/engine/types";
import { paramsWith } from "../fixtures/beneficiarySheet";

const RUNS = { numRuns: 200 };

const typedCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(
    "Sì",
    "si",
    " X ",
    "No",
    "forse",
    "",
    "   ",
    "#N/A",
    "#VALUE!",
    "#DIV/0!",
    "#SPILL!",
    "31/02/2025",
    "1/2/2025",
    "2025-02-01",
    "02/13/2025",
    "sfratto",
    "Albergo",
    "altro",
    "RSSMRA80A01L219X",
    "mario@example.it",
    "Via Roma 12",
    "333 1234567",
    "Mario Rossi",
    "1.234",
    "3,5",
    "-1",
    "0",
    "1",
    "2",
    "17",
    "F01",
    "f01",
    "Famiglia seguita dal servizio di salute mentale",
  ),
  fc.string(),
  fc.integer({ min: -5, max: 50 }),
  fc.double(),
  fc.constantFrom(45689, 1e300, -1e300, Number.NaN, Number.POSITIVE_INFINITY, -0, 60, 2958466),
  fc.boolean(),
  fc.constant(null),
);

const OTHER_FIELDS = FIELDS.filter((f) => f.key !== "id" && f.key !== "cohort");

/** A valid header row (id, cohort and at least two other fields, in Italian or English, in any order) and extra headers. */
const headerRow: fc.Arbitrary<CellValue[]> = fc
  .tuple(
    fc.shuffledSubarray(OTHER_FIELDS, { minLength: 2 }),
    fc.array(fc.boolean(), { minLength: FIELDS.length, maxLength: FIELDS.length }),
    fc.array(fc.constantFrom("Note", "Nome", "", "Quartiere", "#REF!", "coorte"), { maxLength: 3 }),
  )
  .chain(([others, english, extra]) => {
    const headers = [FIELDS[0], FIELDS[1], ...others].map((f, i) => (english[i] ? f.header.en : f.header.it));
    return fc.shuffledSubarray([...headers, ...extra], { minLength: headers.length + extra.length });
  });

const dataRows = (width: number): fc.Arbitrary<CellValue[][]> => fc.array(fc.array(typedCell, { maxLength: width + 2 }), { maxLength: 25 });

const sheet: fc.Arbitrary<SheetInput> = fc
  .record({
    sheetName: fc.oneof(fc.constantFrom("Beneficiari", "Foglio 1", "L'elenco", "2025"), fc.string({ minLength: 1, maxLength: 12 })),
    top: fc.integer({ min: 1, max: 40 }),
    left: fc.integer({ min: 1, max: 30 }),
    titles: fc.array(fc.array(fc.constantFrom<CellValue>("", "Elenco", null), { maxLength: 2 }), { maxLength: 3 }),
    header: headerRow,
  })
  .chain(({ sheetName, top, left, titles, header }) =>
    dataRows(header.length).map((rows) => ({
      sheetName,
      topLeft: `${String.fromCharCode(64 + Math.min(left, 26))}${top}`,
      values: [...titles, header, ...rows],
    })),
  );

const params: fc.Arbitrary<Params> = fc
  .record({ currentYear: fc.integer({ min: 1, max: 6 }), iseeCeiling: fc.constantFrom(0, 26000) })
  .map((p) => paramsWith(p));

function withoutRow({ row: _row, ...family }: Family): string {
  return JSON.stringify(family);
}

describe("any beneficiary sheet", () => {
  it("is parsed without throwing, every issue on a cell of the input's area, named with its sheet", () => {
    fc.assert(
      fc.property(sheet, params, (input, p) => {
        const result = parseBeneficiarySheet(input, p);
        const origin = parseAddress(input.topLeft);
        const width = Math.max(1, ...input.values.map((row) => row.length));
        for (const issue of result.issues) {
          const cell = parseAddress(issue.cell);
          expect(cell.sheet).toBe(input.sheetName);
          expect(cell.row).toBeGreaterThanOrEqual(origin.row);
          expect(cell.row).toBeLessThan(origin.row + input.values.length);
          expect(cell.column).toBeGreaterThanOrEqual(origin.column);
          expect(cell.column).toBeLessThan(origin.column + width);
          expect(issue.message.it.startsWith(`${issue.cell}: `)).toBe(true);
          expect(issue.message.en.startsWith(`${issue.cell}: `)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("gives the same families whatever the order of its data rows", () => {
    const sheetAndOrder = sheet.chain((input) => {
      const headerIndex = input.values.findIndex((row) => row.includes("ID famiglia") || row.includes("Family ID"));
      const indexes = input.values.map((_, i) => i).slice(headerIndex + 1);
      return fc.shuffledSubarray(indexes, { minLength: indexes.length }).map((order) => ({ input, headerIndex, order }));
    });
    fc.assert(
      fc.property(sheetAndOrder, params, ({ input, headerIndex, order }, p) => {
        const shuffled = { ...input, values: [...input.values.slice(0, headerIndex + 1), ...order.map((i) => input.values[i])] };
        const before = parseBeneficiarySheet(input, p).families.map(withoutRow).sort();
        const after = parseBeneficiarySheet(shuffled, p).families.map(withoutRow).sort();
        expect(after).toEqual(before);
      }),
      RUNS,
    );
  });

  it("never throws, whatever the shell passes", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (values, topLeft, sheetName, p) => {
        const input = { sheetName, topLeft, values } as unknown as SheetInput;
        const result = parseBeneficiarySheet(input, p as Params);
        expect(Array.isArray(result.issues)).toBe(true);
      }),
      RUNS,
    );
  });

  it("never throws on ragged rows of any values under a valid header, sparse arrays and odd objects included", () => {
    const odd = fc.oneof(
      typedCell,
      fc.constantFrom<unknown>(undefined, new Date(Date.UTC(2025, 1, 1)), new Date(Number.NaN), Object.create(null), [1, 2], 10n),
    );
    const input = fc.tuple(headerRow, fc.array(fc.array(odd, { maxLength: 12 }), { maxLength: 10 })).map(([header, rows]) => {
      const sparse: unknown[] = [];
      sparse[3] = "Sì";
      return { sheetName: "Beneficiari", topLeft: "XFA1", values: [header, ...rows, sparse] } as unknown as SheetInput;
    });
    fc.assert(
      fc.property(input, (sheetInput) => {
        const result = parseBeneficiarySheet(sheetInput, paramsWith({ currentYear: 3 }));
        for (const issue of result.issues) expect(parseAddress(issue.cell).column).toBeLessThanOrEqual(16384);
      }),
      RUNS,
    );
  });
});
