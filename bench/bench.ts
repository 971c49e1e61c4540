import { performance } from "node:perf_hooks";
import { parseParams } from "../src/engine/params";
import { parseBeneficiarySheet } from "../src/engine/parse";
import { evaluateProgramme } from "../src/engine/programme";
import { payoutPlans } from "../src/engine/sheets/payoutPlans";
import type { CellValue, SheetInput } from "../src/engine/types";

/** Prints how long the engine takes on large inputs (`npm run bench`); it asserts nothing. */

const HEADER = [
  "ID famiglia", "Coorte", "Componenti", "Minori", "ISEE", "Condizione abitativa", "Servizio inviante",
  "Data domanda", "Data contratto", "Mesi di attesa", "Contratto firmato", "Accompagnamento avviato",
  "Alloggio mantenuto", "Accompagnamento proseguito", "Stabilità abitativa", "Benessere migliorato",
];

function beneficiaryRow(i: number, currentYear: number): CellValue[] {
  const cohort = (i % currentYear) + 1;
  const yearsDone = currentYear - cohort + 1;
  const yes = (k: number, share: number) => (yearsDone >= k ? ((i * 7919) % 100 < share ? "Sì" : "No") : "");
  const request = 45000 + (i % 700);
  return [
    `F${String(i).padStart(6, "0")}`, cohort, (i % 5) + 2, i % 2, 5000 + ((i * 37) % 20000), "sfratto", "Servizi sociali",
    request, request + 90 + (i % 200), "", yes(1, 95), yes(1, 95),
    yes(2, 92), yes(2, 90), yes(3, 85), yes(3, 88),
  ];
}

function sheetOf(rows: number, currentYear: number): SheetInput {
  const values = [HEADER, ...Array.from({ length: rows }, (_, i) => beneficiaryRow(i, currentYear))];
  return { sheetName: "Beneficiari", topLeft: "A1", values };
}

function measure(label: string, runs: number, body: () => void): void {
  body();
  const start = performance.now();
  for (let i = 0; i < runs; i++) body();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(58)} ${ms.toFixed(2).padStart(9)} ms`);
}

/** Heap in use after a full collection (node --expose-gc). */
function settledHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

const params = parseParams({ premiumPerFamily: 6000, currentYear: 20 }).params!;

for (const rows of [1_000, 10_000, 100_000]) {
  const sheet = sheetOf(rows, 20);
  const heapBefore = settledHeap();
  const parsed = parseBeneficiarySheet(sheet, params);
  const heapMb = (settledHeap() - heapBefore) / 1e6;
  measure(`validate ${rows.toLocaleString("en")} families (${parsed.issues.length} issues)`, rows >= 100_000 ? 2 : 10, () =>
    parseBeneficiarySheet(sheet, params),
  );
  measure(`payout schedule of ${rows.toLocaleString("en")} families in 20 cohorts`, rows >= 100_000 ? 2 : 10, () =>
    evaluateProgramme(parsed.families, params),
  );
  if (parsed.issues.every((issue) => issue.severity !== "error")) {
    measure(`H4A_Calcolo + H4A_Pagamenti plans for ${rows.toLocaleString("en")} families`, rows >= 100_000 ? 2 : 5, () =>
      payoutPlans({ sheet, parsed, params }),
    );
  }
  console.log(`${"  heap retained by the parsed sheet".padEnd(58)} ${heapMb.toFixed(1).padStart(9)} MB`);
}
