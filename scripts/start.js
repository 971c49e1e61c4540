#!/usr/bin/env node
/*
 * `npm start`: builds and serves the add-in on https://localhost:3000.
 *
 * - With desktop Excel (Windows, macOS): sideloads manifest.xml and opens Excel through
 *   `npx office-addin-debugging start` (not a dependency: it cannot install everywhere), which
 *   also starts the development server (`npm run dev-server`).
 * - Without it (Linux, CI): says so in one line, runs the main job on the sample workbook with
 *   the command line — the validation summary and the year-by-year payment table in the terminal,
 *   the filled workbook written to out/ — then serves the add-in and prints how to sideload
 *   manifest.xml into Excel on the web. Ctrl+C stops the server.
 *
 *   node scripts/start.js                       as above
 *   node scripts/start.js --no-serve            the main job only (no certificates, no server)
 *   node scripts/start.js --out-dir <folder>    write the filled workbook there instead of out/
 *
 * Messages in English when LANG starts with "en", Italian otherwise (as the command line).
 */
"use strict";

const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const https = require("https");
const path = require("path");
const { parseArgs } = require("util");
const { ensureCli, MAIN } = require("./cli-build");
const { certificatePaths } = require("./cert-paths");

const ROOT = path.resolve(__dirname, "..");
const PORT = 3000;
const DEV_URL = `https://localhost:${PORT}/`;
const SAMPLE = path.join(ROOT, "assets", "sample", "beneficiari.xlsx");
const MANIFEST = path.join(ROOT, "manifest.xml");
const lang = (process.env.LANG || "").toLowerCase().startsWith("en") ? "en" : "it";
const t = (it, en) => (lang === "it" ? it : en);

/** The desktop Excel installed on this machine, or null (always null on Linux). */
function desktopExcel() {
  if (process.platform === "darwin") {
    const app = "/Applications/Microsoft Excel.app";
    return fs.existsSync(app) ? app : null;
  }
  if (process.platform === "win32") {
    const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    const folders = ["Microsoft Office\\root\\Office16", "Microsoft Office\\Office16"];
    for (const root of roots) {
      for (const folder of folders) {
        const exe = path.join(root, folder, "EXCEL.EXE");
        if (fs.existsSync(exe)) return exe;
      }
    }
  }
  return null;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** The main job on the sample workbook: validate, then fill into `outDir`. */
function mainJob(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const output = path.join(outDir, "beneficiari-pagamenti.xlsx");
  const shown = (file) => (file.startsWith(ROOT + path.sep) ? path.relative(ROOT, file) : file);
  console.log(`\n== h4a validate ${shown(SAMPLE)}`);
  const validated = run(process.execPath, [MAIN, "validate", shown(SAMPLE)]);
  if (validated === 2) return validated;
  console.log(`\n== h4a fill ${shown(SAMPLE)} -o ${shown(output)} --force`);
  return run(process.execPath, [MAIN, "fill", shown(SAMPLE), "-o", shown(output), "--force"]);
}

function sideloadHelp() {
  const manifest = MANIFEST;
  const ca = certificatePaths().ca;
  return t(
    [
      "",
      `Il componente aggiuntivo è servito su ${DEV_URL} (Ctrl+C per fermare).`,
      "Per provarlo in Excel per il web:",
      `  1. il browser deve considerare attendibile il certificato di sviluppo: importare ${ca} tra le autorità attendibili;`,
      "  2. aprire una cartella in Excel per il web, Home → Componenti aggiuntivi → Altri componenti aggiuntivi →",
      "     I miei componenti aggiuntivi → Carica il mio componente aggiuntivo;",
      `  3. scegliere ${manifest} e Carica: il pulsante Homes4All compare nella scheda Home.`,
    ].join("\n"),
    [
      "",
      `The add-in is served on ${DEV_URL} (Ctrl+C to stop).`,
      "To try it in Excel on the web:",
      `  1. your browser must trust the development certificate: import ${ca} as a trusted authority;`,
      "  2. open a workbook in Excel on the web, Home → Add-ins → More add-ins → My add-ins →",
      "     Upload My Add-in;",
      `  3. choose ${manifest} and Upload: the Homes4All button appears on the Home tab.`,
    ].join("\n"),
  );
}

/** Resolves once the server answers on https://localhost:3000 (self-signed certificate accepted), or after `ms`. */
function waitForServer(ms) {
  const deadline = Date.now() + ms;
  return new Promise((resolve) => {
    const attempt = () => {
      const request = https.get({ host: "localhost", port: PORT, path: "/", rejectUnauthorized: false, timeout: 2000 }, (response) => {
        response.resume();
        resolve(true);
      });
      request.on("error", retry);
      request.on("timeout", () => request.destroy());
    };
    const retry = () => (Date.now() > deadline ? resolve(false) : setTimeout(attempt, 500));
    attempt();
  });
}

/** Serves the add-in with webpack-dev-server until Ctrl+C; the server runs in its own process group. */
async function serve() {
  const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const server = spawn(process.execPath, [webpack, "serve", "--mode", "development"], { cwd: ROOT, stdio: "inherit", detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already stopped
    }
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const exited = new Promise((resolve) => server.on("exit", (code) => resolve(code ?? 0)));
  const ready = await Promise.race([waitForServer(180_000), exited.then(() => false)]);
  if (ready) console.log(sideloadHelp());
  return exited;
}

/** Desktop Excel: office-addin-debugging sideloads the manifest, starts the dev server and opens Excel. */
function sideloadDesktop(excel) {
  console.log(
    t(
      `Excel desktop trovato (${excel}): carico manifest.xml con office-addin-debugging.`,
      `Desktop Excel found (${excel}): sideloading manifest.xml with office-addin-debugging.`,
    ),
  );
  const windows = process.platform === "win32";
  // npx.cmd runs through the shell on Windows, where arguments with spaces must be quoted.
  const arg = (text) => (windows && /\s/.test(text) ? `"${text}"` : text);
  const args = [
    "--yes",
    "office-addin-debugging",
    "start",
    MANIFEST,
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    String(PORT),
  ];
  const status = run(windows ? "npx.cmd" : "npx", args.map(arg), { shell: windows });
  if (status !== 0) {
    console.error(
      t(
        "office-addin-debugging non è riuscito: servo il componente e lo si carica a mano (vedere README).",
        "office-addin-debugging failed: serving the add-in to sideload by hand (see README).",
      ),
    );
    return serve();
  }
  console.log(t("Per fermare: npx office-addin-debugging stop manifest.xml", "To stop: npx office-addin-debugging stop manifest.xml"));
  return 0;
}

async function main() {
  const { values } = parseArgs({ options: { "no-serve": { type: "boolean" }, "out-dir": { type: "string" } } });
  const outDir = path.resolve(values["out-dir"] || path.join(ROOT, "out"));
  if (ensureCli() !== 0) return 1;
  const excel = desktopExcel();
  if (excel === null) {
    const then = values["no-serve"]
      ? ""
      : t(", poi servo il componente aggiuntivo per Excel per il web", ", then serving the add-in for Excel on the web");
    console.log(
      t(
        `Nessun Excel desktop su questo sistema (${process.platform}): eseguo il lavoro principale sul file di esempio${then}.`,
        `No desktop Excel on this system (${process.platform}): running the main job on the sample workbook${then}.`,
      ),
    );
    const job = mainJob(outDir);
    if (values["no-serve"]) return job;
  } else if (values["no-serve"]) {
    return mainJob(outDir);
  }
  if (run(process.execPath, [path.join(__dirname, "dev-certs.js")]) !== 0) return 1;
  return excel === null ? serve() : sideloadDesktop(excel);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
