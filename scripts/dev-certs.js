#!/usr/bin/env node
/*
 * Makes sure the development HTTPS certificates exist before `npm start`.
 *
 * webpack.config.js reads the three files that office-addin-dev-certs writes in
 * ~/.office-addin-dev-certs (localhost.crt, localhost.key, ca.crt). When one is missing, this
 * runs `office-addin-dev-certs install`, which writes them. On a machine without sudo it cannot
 * add the CA to the trust store and says so, yet exits 0: the files are what matters here, so
 * success is judged by their presence, not by the exit code.
 *
 *   node scripts/dev-certs.js         ensure the certificates, print where they are
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { certificatePaths } = require("./cert-paths");

function missing() {
  return Object.values(certificatePaths()).filter((file) => !fs.existsSync(file));
}

function main() {
  if (missing().length === 0) {
    console.log(`dev-certs: using the certificates in ${path.dirname(certificatePaths().cert)}`);
    return 0;
  }
  console.log("dev-certs: certificates missing, running office-addin-dev-certs install");
  const cli = require.resolve("office-addin-dev-certs/cli.js");
  const run = spawnSync(process.execPath, [cli, "install"], { stdio: ["ignore", "inherit", "inherit"] });
  if (run.error) {
    console.error(`dev-certs: could not run office-addin-dev-certs: ${run.error.message}`);
    return 1;
  }
  const stillMissing = missing();
  if (stillMissing.length > 0) {
    console.error(`dev-certs: office-addin-dev-certs did not write ${stillMissing.join(", ")}`);
    return 1;
  }
  console.log(`dev-certs: certificates written to ${path.dirname(certificatePaths().cert)}`);
  return 0;
}

process.exitCode = main();
