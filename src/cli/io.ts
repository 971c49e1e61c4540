import type { Lang } from "../engine/cells/lang";
import { say } from "./strings";

/**
 * Where a command writes: results on stdout, progress and one-line errors on stderr, in the
 * language of LANG.
 */
export interface Io {
  lang: Lang;
  out(text: string): void;
  err(text: string): void;
  progress: Progress;
}

/** Files from this size, or sheets from this many rows, are "long": their steps are shown on stderr. */
export const LONG_FILE_BYTES = 1024 * 1024;
export const LONG_SHEET_ROWS = 5000;

/**
 * Progress of a long run, one line per step on stderr, so stdout stays the result (a table or
 * JSON). Off for small files; H4A_PROGRESS=1 turns it on, H4A_PROGRESS=0 off.
 */
export class Progress {
  private on: boolean;
  private readonly forced: boolean;
  private readonly started = Date.now();

  constructor(
    private readonly err: (text: string) => void,
    private readonly lang: Lang,
    setting: string | undefined,
  ) {
    this.forced = setting === "0" || setting === "1";
    this.on = setting === "1";
  }

  /** Turns progress on when the input turns out to be long. */
  consider(size: { bytes?: number; rows?: number }): void {
    if (this.forced) return;
    if ((size.bytes ?? 0) >= LONG_FILE_BYTES || (size.rows ?? 0) >= LONG_SHEET_ROWS) this.on = true;
  }

  /** One step, already in the language of the messages (a word of ./strings). */
  step(text: string): void {
    if (!this.on) return;
    this.err(say(this.lang).progressLine(text, ((Date.now() - this.started) / 1000).toFixed(1)));
  }
}
