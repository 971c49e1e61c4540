import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { benchCommandLine } from "./commandLineBench";
import { benchValidateVersusRezip } from "./commandLineBudget";
import { benchEngine } from "./engineBudgets";
import { thisMachine } from "./machine";
import { benchPane } from "./paneBudgets";
import { ROOT } from "./processes";
import { Rows } from "./rows";
import { benchSimulation } from "./simulationBench";
import { benchSyncs, type ActionCount } from "./syncBudgets";

/**
 * `npm run bench`: every performance budget of issue 14, then the extra rows (the Simulazione
 * tab's slider, the command line on large workbooks), each as median, min and max over several
 * runs; written to bench/results.json with the machine. It asserts nothing.
 */
async function main(): Promise<void> {
  const machine = thisMachine();
  console.log(
    `${machine.date}, Node ${machine.node}, ${machine.cpus} × ${machine.cpu}, ${machine.memoryGb} GB, load average ${machine.loadAverage.join(" ")}`,
  );
  console.log("what | median | min | max | budget | within?\n");
  const rows = new Rows();
  const failures: string[] = [];
  // A part that fails is reported and the others still run.
  const part = async <T>(name: string, run: () => Promise<T>): Promise<T | null> => {
    try {
      return await run();
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      console.error(`${name} FAILED:`, error);
      return null;
    }
  };
  const dir = mkdtempSync(path.join(tmpdir(), "h4a-bench-"));
  // Written after the budgets and again after the extra rows: a run stopped in the extras keeps the budgets.
  const save = (budgets: number, syncs: ActionCount[] | null) => {
    const results = { machine, budgets: rows.list.slice(0, budgets), extras: rows.list.slice(budgets), syncs, failures };
    writeFileSync(path.join(ROOT, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  };
  try {
    await part("engine", () => benchEngine(rows));
    await part("h4a validate", () => benchValidateVersusRezip(rows, dir));
    await part("task pane", () => benchPane(rows));
    const syncs = await part("context.sync()", () => benchSyncs(rows));
    const budgets = rows.list.length;
    save(budgets, syncs);
    console.log("\nExtra rows (no budget):\n");
    await part("simulation", () => benchSimulation(rows));
    save(budgets, syncs);
    await part("command line", () => benchCommandLine(rows, dir));
    save(budgets, syncs);
    console.log("\nwritten: bench/results.json");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
