"use strict";
/* Jest globalSetup: the command-line tests run build/cli/main.js as a child process, so it is
 * compiled first whenever a source under src/engine, src/cli, src/xlsx or src/samples is newer. */
const { ensureCli } = require("../../scripts/cli-build");

module.exports = async () => {
  if (ensureCli() !== 0) throw new Error("Compiling the command line (tsconfig.build.json) failed.");
};
