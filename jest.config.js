/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": "ts-jest" },
  setupFiles: ["<rootDir>/test/setup/customFunctionsGlobal.ts"],
};
