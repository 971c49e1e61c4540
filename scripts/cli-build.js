#!/usr/bin/env node
/*
 * Compiles the command line (src/engine, src/cli, src/samples) into build/ with
 * tsconfig.build.json (CommonJS), and marks build/cli/main.js executable: the `h4a` of
 * package.json's "bin".
 *
 *   node scripts/cli-build.js          build (npm run build:cli, and `prepare` after npm ci)
 *   require("./cli-build").ensureCli() build only when a source is newer than the build
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const MAIN = path.join(ROOT, "build", "cli", "main.js");
const SOURCES = ["src/engine", "src/cli", "src/xlsx", "src/samples", "tsconfig.json", "tsconfig.build.json"];

function newestSource(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((newest, name) => Math.max(newest, newestSource(path.join(entry, name))), 0);
}

/** True when build/cli/main.js is missing or older than a source. */
function cliIsStale() {
  if (!fs.existsSync(MAIN)) return true;
  const built = fs.statSync(MAIN).mtimeMs;
  return SOURCES.some((source) => {
    const entry = path.join(ROOT, source);
    return fs.existsSync(entry) && newestSource(entry) > built;
  });
}

/** Runs tsc -p tsconfig.build.json; returns the exit code. */
function buildCli() {
  const tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
  const run = spawnSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.build.json")], { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0) return run.status ?? 1;
  fs.chmodSync(MAIN, 0o755);
  // tsc leaves an unchanged output's time alone: mark the build as newer than every source.
  const now = new Date();
  fs.utimesSync(MAIN, now, now);
  return 0;
}

function ensureCli() {
  if (!cliIsStale()) return 0;
  return buildCli();
}

module.exports = { buildCli, ensureCli, cliIsStale, MAIN };

if (require.main === module) process.exitCode = buildCli();
