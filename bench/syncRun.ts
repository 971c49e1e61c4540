import { countActions, LARGE, SMALL } from "./syncBudgets";

/** `node syncRun.js`: every pane action at 10,000 and at 100,000 families, counted, printed as JSON (run by the benchmark). */
async function main(): Promise<void> {
  const small = await countActions(SMALL);
  const large = await countActions(LARGE);
  process.stdout.write(`${JSON.stringify({ small, large })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
