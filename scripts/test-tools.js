#!/usr/bin/env node
/*
 * The programs the tests drive besides Node, from Debian's packages: LibreOffice Calc (the second
 * spreadsheet engine that recalculates the payment formulas), Chromium (the task pane's
 * end-to-end tests) and Poppler's utilities (read back the payment statement PDF). Installs what
 * is missing with apt-get when running as root (as CI and these machines do); otherwise says what
 * to install and fails. Run before the tests (`pretest`) and by .ci/run.
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const TOOLS = [
  { pkg: "libreoffice-calc-nogui", command: "soffice", why: "recalculates the payment sheets' formulas" },
  { pkg: "chromium", command: "chromium", why: "runs the task pane's end-to-end tests" },
  { pkg: "poppler-utils", command: "pdftotext", why: "reads back the payment statement PDF's text" },
];

const onPath = (command) => (process.env.PATH || "").split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, command)));

function run(args) {
  const result = spawnSync(args[0], args.slice(1), {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

const missing = TOOLS.filter((tool) => !onPath(tool.command));
if (missing.length === 0) process.exit(0);

const canInstall = process.getuid && process.getuid() === 0 && onPath("apt-get");
if (!canInstall) {
  for (const tool of missing) console.error(`test-tools: ${tool.command} is missing (it ${tool.why}): install ${tool.pkg}`);
  console.error(`test-tools: e.g. sudo apt-get install -y ${missing.map((t) => t.pkg).join(" ")}`);
  process.exit(1);
}
console.log(`test-tools: installing ${missing.map((t) => t.pkg).join(", ")} from apt`);
const installed =
  run(["apt-get", "update", "-qq"]) && run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...missing.map((t) => t.pkg)]);
if (!installed || missing.some((tool) => !onPath(tool.command))) {
  console.error("test-tools: the installation failed");
  process.exit(1);
}
