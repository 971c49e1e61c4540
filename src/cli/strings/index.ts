import type { Lang } from "../../engine/cells/lang";
import { COMMAND_LINE_WORDS } from "./commandLine";
import { COMMAND_WORDS } from "./commands";
import { FILE_WORDS } from "./files";
import { REPORT_WORDS } from "./reports";
import { said, type Said } from "./words";

/**
 * Every word the command line prints, Italian and English, in one dictionary: `say(lang).noSuchFile(path)`.
 * The help texts are in ./help.ts.
 */
export const CLI_WORDS = { ...COMMAND_LINE_WORDS, ...FILE_WORDS, ...REPORT_WORDS, ...COMMAND_WORDS };

const SAID: Record<Lang, Said<typeof CLI_WORDS>> = { it: said(CLI_WORDS, "it"), en: said(CLI_WORDS, "en") };

/** The command line's words in one language. */
export const say = (lang: Lang): Said<typeof CLI_WORDS> => SAID[lang];
