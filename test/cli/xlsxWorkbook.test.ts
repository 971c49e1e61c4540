import { loadXlsx } from "../../src/cli/readWorkbook";
import { ForeignSheetError } from "../../src/cli/writePlans";
import { XlsxWorkbook } from "../../src/cli/xlsxWorkbook";
import { DEFAULT_PARAMS } from "../../src/engine/params";
import { parametersPlan } from "../../src/engine/sheets/parametersSheet";
import { SAMPLE } from "./helpers/runCli";
import { workbookOf } from "./helpers/workbooks";

/** The exceljs WorkbookPort: the operations the task pane's Office.js port offers, on a file read from disk. */

describe("the exceljs WorkbookPort", () => {
  test("lists sheets, reads values and the H4A_* names, tells the add-in's sheets from the user's", async () => {
    const port = new XlsxWorkbook(await loadXlsx(SAMPLE, "en"));
    expect(await port.sheetNames()).toEqual(["Beneficiari", "Candidati", "H4A_Parametri"]);
    const sheet = await port.readSheet("Beneficiari");
    expect(sheet.topLeft).toBe("A1");
    expect(sheet.values[3][0]).toBe("ID famiglia");
    const names = await port.readNamedValues("H4A_");
    expect(names).toMatchObject({ H4A_premiumPerFamily: 6000, H4A_currentYear: 4, H4A_fullStrict: true, H4A_cap: "" });
    expect(await port.isOwnSheet("H4A_Parametri")).toBe(true);
    expect(await port.isOwnSheet("Beneficiari")).toBe(false);
    expect(await port.isOwnSheet("H4A_Pagamenti")).toBe(false);
    await expect(port.readSheet("Nessuno")).rejects.toThrow(RangeError);
  });

  test("writes the add-in's sheets, and refuses, writing nothing, over a sheet the user made", async () => {
    const workbook = workbookOf("H4A_Parametri", [["appunti"]]);
    const port = new XlsxWorkbook(workbook);
    await expect(port.writeSheets([parametersPlan(DEFAULT_PARAMS)])).rejects.toThrow(ForeignSheetError);
    expect(workbook.getWorksheet("H4A_Parametri")!.getCell("A1").value).toBe("appunti");
    const fresh = new XlsxWorkbook(workbookOf("Beneficiari", [["ID famiglia"]]));
    await fresh.writeSheets([parametersPlan(DEFAULT_PARAMS)]);
    expect(await fresh.isOwnSheet("H4A_Parametri")).toBe(true);
    expect((await fresh.readNamedValues("H4A_share"))).toEqual({ H4A_share1: 0.2, H4A_share2: 0.3, H4A_share3: 0.5 });
  });
});
