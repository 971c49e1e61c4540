/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": "ts-jest" },
  setupFiles: ["<rootDir>/test/setup/customFunctionsGlobal.ts"],
  // The command-line tests run the compiled `h4a` (build/cli): rebuilt here when a source is newer.
  globalSetup: "<rootDir>/test/setup/buildCli.js",
  // A whole task pane rendered in jsdom takes seconds on a busy 2-core machine; 5 s failed there.
  testTimeout: 30_000,
};
