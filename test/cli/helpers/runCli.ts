import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** Running the compiled `h4a` (build/cli/main.js, built by jest's globalSetup) as a person would. */

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const CLI = path.join(ROOT, "build", "cli", "main.js");
export const SAMPLE = path.join(ROOT, "assets", "sample", "beneficiari.xlsx");
export const ERROR_SAMPLE = path.join(ROOT, "assets", "sample", "beneficiari-con-errori.xlsx");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs h4a with LANG=en unless told otherwise, progress off unless told otherwise. */
export function h4a(args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { ...process.env, LANG: "en_GB.UTF-8", H4A_PROGRESS: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh temporary folder for one test file. */
export function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `h4a-${label}-`));
}

export function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** The names in a folder, sorted (to prove no temporary or partial file was left). */
export function listing(folder: string): string[] {
  return fs.readdirSync(folder).sort();
}

/** stderr as lines, without the trailing empty one. */
export const lines = (text: string): string[] => text.split("\n").filter((line) => line !== "");
