import { readFileSync } from "node:fs";
import path from "node:path";
import type { Lang } from "../../src/engine/cells/lang";
import { parseCommand } from "../../src/cli/args";
import { commandHelp, generalHelp } from "../../src/cli/help";
import { OPTIONS, type CommandName, type OptionSpec } from "../../src/cli/options";

/**
 * The help and the parser read one table of options (src/cli/options.ts): each command's usage
 * line and option list name exactly the options its parser accepts, in both languages, and the
 * general help's usage lines agree with the commands' own, and so does docs/cli.md's table of commands.
 */

const COMMANDS = Object.keys(OPTIONS) as CommandName[];
const LANGS: Lang[] = ["it", "en"];
const specs = (command: CommandName): Record<string, OptionSpec> => OPTIONS[command];

/** The long names of the options a usage line names (`-o` counts as `output`). */
function optionsNamed(line: string, command: CommandName): string[] {
  const longOf = new Map(Object.entries(specs(command)).flatMap(([name, spec]) => (spec.short === undefined ? [] : [[spec.short, name]])));
  const named = [...line.matchAll(/(?<![\w-])(--?)([a-z][a-z-]*)/g)].map(([, dashes, name]) =>
    dashes === "--" ? name : (longOf.get(name) ?? `-${name}`),
  );
  return [...new Set(named)].sort();
}

/** The long names of the option list's entries: the lines `  -o, --output FILE  …` / `  --sheet NAME  …`. */
const optionsListed = (help: string): string[] => [...help.matchAll(/^ {2}(?:-\w, )?--([a-z][a-z-]*)/gm)].map((m) => m[1]);

const accepted = (command: CommandName): string[] => Object.keys(specs(command)).sort();
const usageOf = (help: string): string => help.split("\n")[0];

describe.each(LANGS)("the help in %s", (lang) => {
  test.each(COMMANDS)("h4a %s: the usage line names every option the parser accepts, and no other", (command) => {
    const usage = usageOf(commandHelp(command, lang));
    expect(usage.startsWith(`h4a ${command} <file.xlsx>`)).toBe(true);
    expect(optionsNamed(usage, command)).toEqual(accepted(command).filter((name) => name !== "help"));
  });

  test.each(COMMANDS)("h4a %s: the option list describes each accepted option once", (command) => {
    const listed = optionsListed(commandHelp(command, lang));
    expect([...listed].sort()).toEqual(accepted(command));
    expect(new Set(listed).size).toBe(listed.length);
  });

  test.each(COMMANDS)("h4a %s: the general help's usage line is the command's own", (command) => {
    const line = generalHelp(lang)
      .split("\n")
      .find((text) => new RegExp(`^ {2}h4a ${command} `).test(text));
    expect(
      line
        ?.trim()
        .replace(/ +/, " ")
        .replace(/^h4a (\S+) +/, "h4a $1 "),
    ).toBe(usageOf(commandHelp(command, lang)));
  });

  test("the help points to the repository's docs, never to a file outside it", () => {
    const all = [generalHelp(lang), ...COMMANDS.map((command) => commandHelp(command, lang))].join("\n");
    expect(all).not.toContain("MECHANISM");
    expect(generalHelp(lang)).toContain("docs/rules.md");
    expect(generalHelp(lang)).toContain("docs/cli.md");
  });
});

describe("the parser accepts every option the help names", () => {
  test.each(COMMANDS)("h4a %s", (command) => {
    for (const name of optionsNamed(usageOf(commandHelp(command, "en")), command)) {
      const value = specs(command)[name].type === "string" ? ["x"] : [];
      expect(() => parseCommand(command, ["file.xlsx", `--${name}`, ...value], "en")).not.toThrow();
    }
  });

  test("and refuses one it does not accept, naming it", () => {
    expect(() => parseCommand("commitments", ["file.xlsx", "--force"], "en")).toThrow(
      "unknown option --force (see h4a commitments --help).",
    );
  });
});

describe("docs/cli.md's table of commands", () => {
  const doc = readFileSync(path.join(__dirname, "..", "..", "docs", "cli.md"), "utf8");
  const rows = new Map([...doc.matchAll(/^\| `h4a ([a-z]+) ([^`]*)` \|/gm)].map(([, command, usage]) => [command, usage]));

  test.each(COMMANDS)("h4a %s: its row names the options the help names", (command) => {
    const usage = rows.get(command);
    expect(usage).toBeDefined();
    expect(optionsNamed(usage ?? "", command)).toEqual(optionsNamed(usageOf(commandHelp(command, "en")), command));
  });
});
