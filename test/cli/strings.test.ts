import { COMMAND_LINE_WORDS } from "../../src/cli/strings/commandLine";
import { COMMAND_WORDS } from "../../src/cli/strings/commands";
import { FILE_WORDS } from "../../src/cli/strings/files";
import { REPORT_WORDS } from "../../src/cli/strings/reports";
import { CLI_WORDS, say } from "../../src/cli/strings";

/** The command line's words: one dictionary made of four, none hiding another's word; each word in both languages. */

const PARTS = { COMMAND_LINE_WORDS, COMMAND_WORDS, FILE_WORDS, REPORT_WORDS };

test("no two parts of the dictionary use the same key (a later one would hide the earlier word)", () => {
  const keys = Object.values(PARTS).flatMap((part) => Object.keys(part));
  expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  expect(Object.keys(CLI_WORDS)).toHaveLength(keys.length);
});

test("a word said in a language is that language's version, with its arguments", () => {
  expect(say("it").noSuchFile("a.xlsx")).toBe("a.xlsx: file non trovato.");
  expect(say("en").noSuchFile("a.xlsx")).toBe("a.xlsx: no such file.");
  expect(say("it").warnings).toBe("Avvisi:");
  expect(say("en").warnings).toBe("Warnings:");
  expect(say("it").percent(0.125)).toBe("12,5 %");
  expect(say("en").percent(0.125)).toBe("12.5%");
});

test("every plain word has an Italian and an English version, neither empty", () => {
  for (const [key, word] of Object.entries(CLI_WORDS)) {
    if (typeof word === "function") continue;
    expect([key, word.it.length > 0, word.en.length > 0]).toEqual([key, true, true]);
  }
});
