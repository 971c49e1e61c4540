import { writeFileSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { PlannedCell, SheetPlan } from "../../../src/engine/workbookPlan";
import { PackageWorkbook } from "../../../src/xlsx";
import { streamSheetCells } from "../../../src/xlsx/sheetReader";
import { minimalWorkbook } from "../support/fixtures";

/**
 * Times the package layer on large sheets; it asserts nothing. Each mode runs in its own process
 * so that the peak RSS printed is that mode's:
 *
 *   npx tsc --outDir /tmp/xlsx-bench --rootDir . --module commonjs --target ES2020 --esModuleInterop \
 *     --skipLibCheck --resolveJsonModule --types node test/xlsx/bench/xlsxBench.ts
 *   node /tmp/xlsx-bench/test/xlsx/bench/xlsxBench.js write /tmp/big.xlsx [rows] [deflateLevel]
 *   node /tmp/xlsx-bench/test/xlsx/bench/xlsxBench.js read /tmp/big.xlsx
 *   node /tmp/xlsx-bench/test/xlsx/bench/xlsxBench.js stream /tmp/big.xlsx
 */

const COLUMNS = 15;

function bigPlan(rows: number): SheetPlan {
  const header = Array.from({ length: COLUMNS }, (_, j) => `Colonna ${j + 1}`);
  const body: PlannedCell[][] = [];
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    body.push([
      `F${String(i).padStart(6, "0")}`,
      (i % 7) + 1,
      (i % 5) + 2,
      i % 2,
      5000 + ((i * 37) % 20000) + 0.25,
      i % 3 === 0 ? "sfratto" : "dormitorio",
      "Servizi sociali",
      45000 + (i % 700),
      45090 + (i % 900),
      (i % 48) / 4,
      i % 4 === 0 ? "Sì" : "No",
      i % 5 === 0,
      { formula: `=E${r}*2`, result: (5000 + ((i * 37) % 20000) + 0.25) * 2 },
      { formula: `=IF(K${r}="Sì",1,0)`, result: i % 4 === 0 ? 1 : 0 },
      i % 11 === 0 ? "" : `nota ${i}`,
    ]);
  }
  return {
    name: "H4A_Grande",
    cells: [{ row: 1, column: 17, value: "Totale", bold: true }],
    tables: [{ name: "H4A_Grande", row: 1, column: 1, header, rows: body, numberFormats: [null, null, null, null, "#,##0.00", null, null, "dd/mm/yyyy", "dd/mm/yyyy", "0.00", null, null, "#,##0.00", null, null] }],
    names: [],
    columnWidths: new Array(COLUMNS).fill(12),
  };
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const peak = (): string => mib(process.resourceUsage().maxRSS * 1024);

function main(): void {
  const [mode, file, rowsArg, levelArg] = process.argv.slice(2);
  if (mode === "write") {
    const rows = Number(rowsArg ?? 100_000);
    let t = performance.now();
    const plan = bigPlan(rows);
    const planMs = performance.now() - t;
    t = performance.now();
    const wb = PackageWorkbook.open(minimalWorkbook(), { deflateLevel: levelArg === undefined ? undefined : Number(levelArg) });
    wb.writeSheetsSync([plan]);
    const bytes = wb.toBytes();
    const ms = performance.now() - t;
    writeFileSync(file, bytes);
    console.log(`write ${rows} rows × ${COLUMNS} columns: ${(ms / 1000).toFixed(2)} s (plan built in ${(planMs / 1000).toFixed(2)} s), file ${mib(bytes.length)}, peak RSS ${peak()}`);
  } else if (mode === "read") {
    const t = performance.now();
    const wb = PackageWorkbook.open(new Uint8Array(readFileSync(file)));
    const sheet = wb.readSheetSync("H4A_Grande");
    const ms = performance.now() - t;
    console.log(`read ${sheet.values.length} rows × ${sheet.values[0].length} columns: ${(ms / 1000).toFixed(2)} s, peak RSS ${peak()}`);
  } else if (mode === "stream") {
    const t = performance.now();
    const wb = PackageWorkbook.open(new Uint8Array(readFileSync(file)));
    const sheet = wb.index.sheets.find((s) => s.name === "H4A_Grande")!;
    let cells = 0;
    let sum = 0;
    streamSheetCells(wb.pkg, sheet.part!, { sharedStrings: [], date1904: false }, (_row, _column, value) => {
      cells++;
      if (typeof value === "number") sum += value;
    });
    const ms = performance.now() - t;
    console.log(`streamed ${cells} cells (sum ${sum.toExponential(3)}): ${(ms / 1000).toFixed(2)} s, peak RSS ${peak()}`);
  } else {
    console.log("modes: write FILE [rows] [level] | read FILE | stream FILE");
  }
}

main();
