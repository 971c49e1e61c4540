import type { Text } from "../../engine/cells/lang";
import { passphraseProblem, pseudonymKey } from "../../engine/sharing/pseudonyms";
import type { ExcelGateway } from "../../contract/contract";
import type { ShareReport } from "../../xlsx/shareCopy";

/**
 * The Condividi tab's action: the copy of the open workbook for Homes4All (MECHANISM.md §8),
 * made by the command line's code (shareCopyCore.ts, loaded on first use) from the workbook's
 * file, and opened as a new workbook. The open workbook is never changed. The passphrase is used
 * in memory only, to derive the key: it is never stored, logged or written anywhere.
 */

/** The stages, for the pane's progress. */
export type ShareStep = "load" | "key" | "read" | "copy" | "open";

/**
 * "download": the copy is made but Excel on the web cannot open it from an add-in (over its 5 MB
 * request limit); `file` holds it, for the pane to offer as a download.
 */
export type ShareResult =
  | { status: "refused"; message: Text }
  | { status: "opened"; sheet: string; bytes: number; report: ShareReport }
  | { status: "download"; sheet: string; bytes: number; report: ShareReport; file: Uint8Array };

export interface ShareActions {
  shareCopy(passphrase: string, onProgress?: (step: ShareStep) => void): Promise<ShareResult>;
}

export type ShareCoreLoader = () => Promise<typeof import("./shareCopyCore")>;

/** webpack makes this import() a chunk of its own, fetched the first time a copy is made. */
export const loadShareCore: ShareCoreLoader = () => import(/* webpackChunkName: "share" */ "./shareCopyCore");

export function createShareActions(gateway: ExcelGateway, load: ShareCoreLoader = loadShareCore): ShareActions {
  return {
    async shareCopy(passphrase, onProgress) {
      const problem = passphraseProblem(passphrase);
      if (problem !== null) return { status: "refused", message: { it: problem.it, en: problem.en } };
      onProgress?.("load");
      const core = await load();
      onProgress?.("key");
      const key = await pseudonymKey(passphrase);
      onProgress?.("read");
      const file = await gateway.readWorkbookFile();
      onProgress?.("copy");
      const outcome = await core.makeShareCopy(file, key);
      if (outcome.status === "refused") return outcome;
      onProgress?.("open");
      const made = { sheet: outcome.sheet, bytes: outcome.bytes.length, report: outcome.report };
      if ((await gateway.openNewWorkbook(outcome.bytes)) === "too-large") return { status: "download", ...made, file: outcome.bytes };
      return { status: "opened", ...made };
    },
  };
}
