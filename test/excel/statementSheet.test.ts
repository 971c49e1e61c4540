import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { planWrites } from "../../src/excel/writeOps";
import { EURO_FORMAT } from "../../src/engine/sheets/paymentLabels";
import { statementSheetPlan } from "../../src/engine/sheets/statementSheet";
import { statementDocument } from "../../src/engine/statement/document";
import type { SheetPlan } from "../../src/engine/sheets/workbookPlan";
import { recordedYear4 } from "../engine/fixtures/statement";
import { FakeExcel, type FakeExcelOptions } from "../support/fakeExcel";

/** The statement sheet written through Office.js: its cells, and its page layout in the same batch as the cells. */

const g = globalThis as Record<string, unknown>;

function workbook(options: FakeExcelOptions = {}): { fake: FakeExcel; excel: OfficeWorkbook } {
  const fake = new FakeExcel([{ name: "Beneficiari", rows: [["ID famiglia"]] }], [], options);
  g.Office = fake.Office;
  return { fake, excel: new OfficeWorkbook(fake.Excel) };
}

afterAll(() => {
  delete g.Office;
});

const plan = (): SheetPlan => statementSheetPlan(statementDocument(recordedYear4(), "it"), 4);

describe("writing the statement sheet", () => {
  test("the cells, bold and number formats as planned; the print settings on its page layout, with no sync more", async () => {
    const { fake, excel } = workbook();
    const statement = plan();
    const lastRow = statement.print!.area.lastRow;
    const { syncs } = await fake.countSyncs(() => excel.writeSheets([statement]));
    const withoutPrint = workbook();
    const { print: _print, ...plain } = statement;
    expect(syncs).toBe((await withoutPrint.fake.countSyncs(() => withoutPrint.excel.writeSheets([plain]))).syncs);
    expect(syncs).toBe(2);

    const view = fake.view("H4A_Prospetto_4");
    expect(view.values[2][0]).toBe("Prospetto di liquidazione — anno di programma 4 (2027)");
    expect(view.bold[2][0]).toBe(true);
    const residuo = view.values.findIndex((row) => row[0] === "Residuo sotto il tetto");
    expect(view.values[residuo][1]).toBe(65_400);
    expect(view.numberFormats[residuo][1]).toBe(EURO_FORMAT);
    expect(view.values.length).toBe(lastRow);

    expect(fake.pageLayout("H4A_Prospetto_4")).toEqual({
      printArea: `A1:G${lastRow}`,
      printTitleRows: "1:2",
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      centerHeader: "",
      centerFooter: "Pagina &P di &N",
    });
    expect(fake.columnWidths("H4A_Prospetto_4")).toEqual(
      Object.fromEntries(statement.columnWidths.map((_, i) => [String.fromCharCode(65 + i), expect.any(Number)])),
    );
  });

  test("written again, the sheet is emptied and laid out anew with the same syncs", async () => {
    const { fake, excel } = workbook();
    await excel.writeSheets([plan()]);
    const english = statementSheetPlan(statementDocument({ ...recordedYear4(), trueUps: [] }, "en"), 4);
    const { syncs } = await fake.countSyncs(() => excel.writeSheets([english]));
    expect(syncs).toBe(2);
    expect(fake.pageLayout("H4A_Prospetto_4")).toEqual(
      expect.objectContaining({ printArea: `A1:G${english.print!.area.lastRow}`, centerFooter: "Page &P of &N" }),
    );
    expect(fake.view("H4A_Prospetto_4").values.length).toBe(english.print!.area.lastRow);
  });

  test("an Excel without ExcelApi 1.9 gets the cells and keeps its default page layout", async () => {
    const { fake, excel } = workbook({ fileApi: false });
    await excel.writeSheets([plan()]);
    expect(fake.view("H4A_Prospetto_4").values[2][0]).toBe("Prospetto di liquidazione — anno di programma 4 (2027)");
    expect(fake.pageLayout("H4A_Prospetto_4")).toEqual(expect.objectContaining({ printArea: null, paperSize: "Letter", centerFooter: "" }));
  });

  test("the page setup is one operation sent with the widths, after every cell", () => {
    const statement = plan();
    const { requests, finish } = planWrites([statement]);
    expect(requests).toHaveLength(1);
    expect(finish.map((op) => op.kind)).toEqual([...statement.columnWidths.map(() => "width"), "print"]);
    expect(finish[finish.length - 1]).toEqual(
      expect.objectContaining({
        kind: "print",
        sheet: "H4A_Prospetto_4",
        area: `A1:G${statement.print!.area.lastRow}`,
        titleRows: "$1:$2",
      }),
    );
  });
});

describe("the fake's page layout", () => {
  test("refuses what Excel refuses: title rows that are not whole rows, an unknown paper, scale and pages together", async () => {
    const { fake, excel } = workbook();
    await excel.writeSheets([plan()]);
    const run = (change: (layout: Excel.PageLayout) => void) =>
      fake.Excel.run(async (context) => {
        change(context.workbook.worksheets.getItem("H4A_Prospetto_4").pageLayout);
        await context.sync();
      });
    await expect(run((layout) => layout.setPrintTitleRows("A1:B2"))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(run((layout) => (layout.paperSize = "a4" as Excel.PaperType))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(run((layout) => (layout.zoom = { scale: 50, horizontalFitToPages: 1 }))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});
