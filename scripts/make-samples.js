#!/usr/bin/env node
/*
 * Writes the sample workbooks assets/sample/beneficiari.xlsx and beneficiari-con-errori.xlsx from
 * a fixed seed (src/samples/ with the engine's seeded generator, compiled into build/ by `npm run build:cli`).
 *
 *   npm run samples                          build, then write into assets/sample/
 *   node scripts/make-samples.js <folder>    write into another folder
 */
"use strict";

const path = require("path");

async function main() {
  const { writeSamples } = require("../build/samples/sampleWorkbooks");
  const folder = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets", "sample"));
  for (const file of await writeSamples(folder)) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((error) => {
  console.error(`make-samples: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
