"use strict";
/* Where office-addin-dev-certs writes the development certificates (its defaults). */

const os = require("os");
const path = require("path");

function certificatePaths() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  return {
    key: path.join(dir, "localhost.key"),
    cert: path.join(dir, "localhost.crt"),
    ca: path.join(dir, "ca.crt"),
  };
}

module.exports = { certificatePaths };
