#!/usr/bin/env node
/*
 * `npm run validate`: checks manifest.xml as Microsoft's templates do, with office-addin-manifest's
 * online check (Microsoft's validation service) when it is reachable, and against the offline copy
 * of the manifest schemas (test/manifest/schemas, origin in its README) when it is not. Says which
 * check ran; exits 1 when the manifest is not valid.
 *
 *   npm run validate            online if reachable, offline otherwise
 *   npm run validate -- --offline
 */
"use strict";

const { readdirSync, readFileSync } = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const SCHEMAS = path.join(ROOT, "test", "manifest", "schemas");
const ENTRY_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** Validates manifest XML against OfficeAppManifestV1_1.xsd, every schema it imports preloaded. */
async function validateOffline(xml) {
  const { validateXML } = require("xmllint-wasm");
  const others = readdirSync(SCHEMAS).filter((file) => file.endsWith(".xsd") && file !== ENTRY_SCHEMA);
  return validateXML({
    xml: { fileName: "manifest.xml", contents: xml },
    schema: { fileName: ENTRY_SCHEMA, contents: readFileSync(path.join(SCHEMAS, ENTRY_SCHEMA), "utf8") },
    preload: others.map((file) => ({ fileName: file, contents: readFileSync(path.join(SCHEMAS, file), "utf8") })),
  });
}

/** The online check's answer, or null when the service cannot be reached. */
async function validateOnline() {
  const { validateManifest } = require("office-addin-manifest");
  try {
    return await validateManifest(MANIFEST);
  } catch (error) {
    if (/Unable to contact the manifest validation service/.test(String(error))) return null;
    throw error;
  }
}

function printOnline(validation) {
  const report = validation.report ?? {};
  for (const issue of [...(report.errors ?? []), ...(report.warnings ?? [])]) {
    console.log(`  ${issue.title ?? ""}: ${issue.content ?? ""}${issue.line ? ` (line ${issue.line})` : ""}`);
  }
  if (validation.status !== undefined && validation.status >= 400)
    console.log(`  HTTP ${validation.status} ${validation.statusText ?? ""}`);
}

async function main() {
  const { OfficeAddinManifest } = require("office-addin-manifest");
  const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
  console.log(`manifest.xml: ${info.displayName} ${info.version} (${info.id})`);

  const online = process.argv.includes("--offline") ? null : await validateOnline();
  if (online !== null) {
    console.log(`online check (Microsoft's validation service): ${online.isValid ? "valid" : "NOT valid"}`);
    printOnline(online);
    return online.isValid;
  }
  const offline = await validateOffline(readFileSync(MANIFEST, "utf8"));
  const why = process.argv.includes("--offline") ? "asked for" : "the validation service is not reachable";
  console.log(`offline check (schemas in test/manifest/schemas; ${why}): ${offline.valid ? "valid" : "NOT valid"}`);
  for (const error of offline.errors) console.log(`  ${error.rawMessage ?? error.message}`);
  return offline.valid;
}

if (require.main === module) {
  main().then(
    (valid) => {
      process.exitCode = valid ? 0 : 1;
    },
    (error) => {
      console.error(`validate: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}

module.exports = { validateOffline };
