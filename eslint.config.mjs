// ESLint (flat config): typescript-eslint's recommended rules, React's hooks rules on the task
// pane, and Microsoft's Office add-in rules on the code that speaks Office.js. Formatting is
// Prettier's job (`prettier --check` in `npm run lint`), so no stylistic rule is enabled here.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "dist-e2e/", "build/", "node_modules/", "test-artifacts/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // zod only through src/engine/zod.ts, which sets its jitless mode: the task pane's
    // Content-Security-Policy refuses the eval of zod's compiled parsers (docs/SECURITY.md). The
    // command line runs in Node, under no such policy.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/engine/zod.ts", "src/cli/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "zod", message: 'Import z from src/engine/zod.ts (zod in its jitless mode), not from "zod".' }] },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ["src/excel/**/*.ts", "src/functions/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // Tests load the build scripts (CommonJS) they check; page-side code in the end-to-end tests
    // handles the browser's untyped objects (the fake workbook, axe's results).
    files: ["test/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-require-imports": ["error", { allow: ["/scripts/"] }] },
  },
  {
    files: ["test/e2e/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: [
      "bench/**/*.js",
      "scripts/**/*.js",
      "*.config.js",
      ".dependency-cruiser.cjs",
      ".ci/**/*.js",
      "jest.config.js",
      "test/setup/**/*.js",
    ],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
