import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Lang } from "../engine/cells/lang";
import { unusable } from "./cliError";
import { say } from "./strings";

/**
 * Writing an output file safely: never over the input, never over an existing file without
 * --force, and atomically — the bytes go to a temporary file in the output's folder, which is
 * then renamed (or hard-linked, when an existing file must not be replaced) onto the output. A
 * failure, Ctrl+C, a kill or a closed terminal leaves no temporary file and no partial output.
 * Only SIGKILL (or a power cut) runs no handler: it can leave the temporary file, named
 * `.h4a-tmp-<pid>-…`, which the next write into that folder removes once its process is gone.
 */

export interface OutputTarget {
  /** The absolute path of the output. */
  file: string;
  force: boolean;
}

/** Temporary files being written, removed if the process is interrupted. */
const pending = new Set<string>();
let handlersInstalled = false;

/** Removes the temporary files being written when the process is interrupted; the command line installs it at start. */
export function installInterruptHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const cleanUp = (signal: NodeJS.Signals, code: number) => () => {
    for (const file of pending) removeQuietly(file);
    process.stderr.write(`h4a: ${signal}\n`);
    process.exit(code);
  };
  process.once("SIGINT", cleanUp("SIGINT", 130));
  process.once("SIGTERM", cleanUp("SIGTERM", 143));
  process.once("SIGHUP", cleanUp("SIGHUP", 129));
}

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // already gone
  }
  pending.delete(file);
}

/** Same file: the same path once resolved, or the same inode (a hard link). */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Checks, before any work, that the output can be written: not the input, not an existing file
 * without --force, in an existing, writable folder. Throws a one-line CliError (exit code 2).
 */
export function checkOutput(output: string, inputs: readonly string[], force: boolean, lang: Lang): OutputTarget {
  const file = path.resolve(output);
  for (const input of inputs) {
    if (sameFile(file, input)) {
      throw unusable(say(lang).outputIsInput(output));
    }
  }
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(file);
  } catch {
    stat = null;
  }
  if (stat !== null && stat.isDirectory()) {
    throw unusable(say(lang).outputIsFolder(output));
  }
  if (stat !== null && !force) {
    throw unusable(say(lang).outputExists(output));
  }
  const folder = path.dirname(file);
  let folderStat: fs.Stats;
  try {
    folderStat = fs.statSync(folder);
  } catch {
    throw unusable(say(lang).noSuchFolder(output, folder));
  }
  if (!folderStat.isDirectory()) {
    throw unusable(say(lang).notAFolder(output, folder));
  }
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw unusable(say(lang).folderNotWritable(output, folder));
  }
  return { file, force };
}

function writeFailure(target: OutputTarget, error: unknown, lang: Lang): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const shown = target.file;
  if (code === "EEXIST") {
    return unusable(say(lang).outputExists(shown));
  }
  if (code === "EBUSY" || code === "EPERM" || code === "EACCES" || code === "ETXTBSY") {
    return unusable(say(lang).outputLocked(shown));
  }
  if (code === "ENOENT" || code === "EROFS" || code === "ENOTDIR" || code === "EISDIR") {
    const folder = path.dirname(shown);
    return unusable(say(lang).folderWriteFailed(shown, folder));
  }
  const detail = error instanceof Error ? error.message : String(error);
  return unusable(say(lang).writeFailed(shown, detail));
}

const TEMPORARY_PREFIX = ".h4a-tmp-";
const TEMPORARY_NAME = /^\.h4a-tmp-(\d+)-[0-9a-f]+-.*\.tmp$/;

/** The temporary file of this process for `file`, hidden, in the same folder so that the rename is atomic. */
function temporaryFor(file: string): string {
  const name = `${TEMPORARY_PREFIX}${process.pid}-${randomBytes(6).toString("hex")}-${path.basename(file)}.tmp`;
  return path.join(path.dirname(file), name);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the temporary files a killed h4a left in `folder` (their process is gone); a live one's are left alone. */
export function removeStaleTemporaries(folder: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = TEMPORARY_NAME.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || processAlive(Number(pid))) continue;
    try {
      fs.unlinkSync(path.join(folder, name));
      removed.push(name);
    } catch {
      // removed meanwhile by another run, or not ours to remove
    }
  }
  return removed;
}

/** Bytes written per call, so that an interrupting signal is handled between two writes. */
const WRITE_CHUNK = 1 << 20;

const writeChunk = (fd: number, bytes: Uint8Array, offset: number, length: number): Promise<void> =>
  new Promise((resolve, reject) => fs.write(fd, bytes, offset, length, null, (error) => (error === null ? resolve() : reject(error))));

/**
 * Writes `data` to the target atomically; throws a one-line CliError (exit code 2) on failure,
 * leaving nothing behind. An interruption (SIGINT, SIGTERM, SIGHUP) while writing removes the
 * temporary file: there is then no output, never a partial one.
 */
export async function writeAtomically(target: OutputTarget, data: Uint8Array | string, lang: Lang): Promise<void> {
  installInterruptHandlers();
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  removeStaleTemporaries(path.dirname(target.file));
  const temporary = temporaryFor(target.file);
  pending.add(temporary);
  try {
    // Opened before the first wait, so an interruption always finds the file it must remove.
    const fd = fs.openSync(temporary, "wx", 0o644);
    try {
      for (let offset = 0; offset < bytes.length; offset += WRITE_CHUNK) {
        await writeChunk(fd, bytes, offset, Math.min(WRITE_CHUNK, bytes.length - offset));
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (target.force) {
      fs.renameSync(temporary, target.file);
    } else {
      placeWithoutReplacing(temporary, target.file);
    }
    pending.delete(temporary);
  } catch (error) {
    removeQuietly(temporary);
    throw writeFailure(target, error, lang);
  }
}

/** Puts the finished temporary file at `file`, failing with EEXIST if a file appeared there meanwhile. */
function placeWithoutReplacing(temporary: string, file: string): void {
  try {
    fs.linkSync(temporary, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // File systems without hard links: check, then rename (a tiny window instead of none).
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    if (fs.existsSync(file)) throw Object.assign(new Error("exists"), { code: "EEXIST" });
    fs.renameSync(temporary, file);
    return;
  }
  fs.unlinkSync(temporary);
}
