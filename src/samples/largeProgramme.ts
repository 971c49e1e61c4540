import * as ExcelJS from "exceljs";
import type { CellValue, SheetInput } from "../engine/types";
import type { LooseCell, SheetPlan } from "../engine/sheets/workbookPlan";
import { PackageWorkbook } from "../xlsx";

/**
 * A large programme for the benchmark and the tests that need a long run: families spread over
 * as many cohorts as the current year, every due outcome filled (about 90 % yes), valid dates;
 * it validates without errors.
 */

export const LARGE_HEADER = [
  "ID famiglia",
  "Coorte",
  "Componenti",
  "Minori",
  "ISEE",
  "Condizione abitativa",
  "Servizio inviante",
  "Data domanda",
  "Data contratto",
  "Mesi di attesa",
  "Contratto firmato",
  "Accompagnamento avviato",
  "Alloggio mantenuto",
  "Accompagnamento proseguito",
  "Stabilità abitativa",
  "Benessere migliorato",
];

/** Family `i` of a programme in its year `currentYear`. */
export function largeProgrammeRow(i: number, currentYear: number): CellValue[] {
  const cohort = (i % currentYear) + 1;
  const yearsDone = currentYear - cohort + 1;
  const yes = (k: number, share: number) => (yearsDone >= k ? ((i * 7919) % 100 < share ? "Sì" : "No") : "");
  const request = 45000 + (i % 700);
  return [
    `F${String(i).padStart(6, "0")}`,
    cohort,
    (i % 5) + 2,
    i % 2,
    5000 + ((i * 37) % 20000),
    "sfratto",
    "Servizi sociali",
    request,
    request + 90 + (i % 200),
    "",
    yes(1, 95),
    yes(1, 95),
    yes(2, 92),
    yes(2, 90),
    yes(3, 85),
    yes(3, 88),
  ];
}

/** The programme as the engine reads a sheet. */
export function largeProgrammeSheet(families: number, currentYear: number): SheetInput {
  const values = [LARGE_HEADER, ...Array.from({ length: families }, (_, i) => largeProgrammeRow(i, currentYear))];
  return { sheetName: "Beneficiari", topLeft: "A1", values };
}

/** The programme as a sheet "Beneficiari" to write into a workbook. */
export function largeProgrammePlan(families: number, currentYear: number): SheetPlan {
  const cells: LooseCell[] = LARGE_HEADER.map((value, c) => ({ row: 1, column: c + 1, value }));
  for (let i = 0; i < families; i++) {
    largeProgrammeRow(i, currentYear).forEach((value, c) => {
      if (value !== "") cells.push({ row: i + 2, column: c + 1, value });
    });
  }
  return { name: "Beneficiari", cells, tables: [], names: [], columnWidths: [] };
}

/** The bytes of a workbook with a sheet of instructions and the programme's sheet "Beneficiari". */
export async function largeProgrammeWorkbook(families: number, currentYear: number): Promise<Uint8Array> {
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Istruzioni").getCell("A1").value = "Foglio dei beneficiari del programma Homes4All.";
  const workbook = PackageWorkbook.open(new Uint8Array(await empty.xlsx.writeBuffer()));
  await workbook.writeSheets([largeProgrammePlan(families, currentYear)]);
  return workbook.toBytes();
}
