/**
 * The project's boundaries, checked by `npm run lint` (dependency-cruiser): no import cycles; the
 * engine, the .xlsx package layer and the contract are pure (no Office, React, Fluent, exceljs or
 * Node); no shell imports another shell, and every shell may import the contract (src/contract:
 * the interface the task pane calls and src/excel implements). Why: docs/architecture.md.
 */
const SHELLS = ["cli", "excel", "functions", "taskpane"];
const IMPURE =
  "(^|/)node_modules/(react|react-dom|@fluentui|exceljs|@microsoft|office-)|^(fs|path|os|child_process|stream|zlib|crypto|url|util|worker_threads)$";
const pure = (layer, comment) => ({
  name: `${layer}-is-pure`,
  severity: "error",
  comment,
  from: { path: `^src/${layer}/` },
  to: { path: IMPURE, dependencyTypes: ["npm", "npm-dev", "core"] },
});

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import cycle makes the order of evaluation matter.",
      from: {},
      to: { circular: true },
    },
    pure("engine", "The engine runs in Excel, in the browser and in Node alike: plain data in, plain data out."),
    pure("xlsx", "The .xlsx package layer reads and writes bytes in the browser and in Node alike."),
    pure("contract", "The contract is types and plain functions that both the pane and the Office adapter import."),
    {
      name: "engine-imports-no-shell",
      severity: "error",
      comment: "The engine knows neither the shells nor the contract they share.",
      from: { path: "^src/engine/" },
      to: { path: `^src/(${[...SHELLS, "contract", "xlsx", "samples"].join("|")})/` },
    },
    {
      name: "xlsx-imports-only-the-engine",
      severity: "error",
      from: { path: "^src/xlsx/" },
      to: { path: `^src/(${[...SHELLS, "contract", "samples"].join("|")})/` },
    },
    {
      name: "contract-imports-only-the-engine",
      severity: "error",
      from: { path: "^src/contract/" },
      to: { path: `^src/(${[...SHELLS, "xlsx", "samples"].join("|")})/` },
    },
    ...SHELLS.map((shell) => ({
      name: `no-shell-to-shell-${shell}`,
      severity: "error",
      comment: "Each shell talks to the engine and the contract, never to another shell.",
      // The pane's composition root creates the Office adapter that implements the contract.
      from: shell === "taskpane" ? { path: `^src/${shell}/`, pathNot: "^src/taskpane/index\\.tsx$" } : { path: `^src/${shell}/` },
      to: { path: `^src/(${SHELLS.filter((other) => other !== shell).join("|")})/` },
    })),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
