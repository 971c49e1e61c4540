import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { OPTIONS } from "../../src/cli/args";
import { generalHelp } from "../../src/cli/help";

/**
 * The README is a front door and the docs hold the rest: every link they give leads to a file of
 * this repository (and to a heading there), every `npm run` script and `h4a` command they name is
 * real.
 */

const ROOT = path.resolve(__dirname, "..", "..");
const README = path.join(ROOT, "README.md");
const DOCS = path.join(ROOT, "docs");
const CLI_DOC = path.join(DOCS, "cli.md");

const markdownFiles = (): string[] => [
  README,
  ...readdirSync(DOCS)
    .filter((file) => file.endsWith(".md"))
    .map((file) => path.join(DOCS, file)),
];

const read = (file: string): string => readFileSync(file, "utf8");
const shown = (file: string): string => path.relative(ROOT, file);

/** The text outside fenced code blocks: a link or a heading inside one is not one. */
function outsideFences(markdown: string): string {
  return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
}

/** The targets of inline links `[text](target)` and reference definitions `[id]: target`. */
function linkTargets(markdown: string): string[] {
  const text = outsideFences(markdown).replace(/`[^`\n]*`/g, "");
  const inline = [...text.matchAll(/\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
  const references = [...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/gm)].map((m) => m[1]);
  return [...inline, ...references];
}

/** GitHub's anchor for a heading: markup dropped, lower case, punctuation removed, spaces as hyphens. */
function slugOf(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** Every anchor a Markdown file offers, repeated headings numbered as GitHub numbers them. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const match of outsideFences(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)) {
    const slug = slugOf(match[1]);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

const isExternal = (target: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(target);

/** What is wrong with one relative link of `file`, or null when it leads where it says. */
function linkProblem(file: string, target: string, root: string = ROOT): string | null {
  const hash = target.indexOf("#");
  const pathPart = decodeURIComponent(hash === -1 ? target : target.slice(0, hash));
  const anchor = hash === -1 ? null : decodeURIComponent(target.slice(hash + 1));
  if (pathPart.startsWith("/")) return "an absolute path";
  const resolved = pathPart === "" ? file : path.resolve(path.dirname(file), pathPart);
  const inside = path.relative(root, resolved);
  if (inside.startsWith("..") || path.isAbsolute(inside)) return "outside the repository";
  if (!existsSync(resolved)) return "no such file";
  if (anchor !== null && anchor !== "" && resolved.endsWith(".md") && !anchorsOf(read(resolved)).has(anchor)) {
    return `no heading #${anchor} in ${path.relative(root, resolved)}`;
  }
  return null;
}

/** The commands of the general help's usage lines (`h4a validate <file.xlsx> …`). */
const helpCommands = (): string[] => [...generalHelp("en").matchAll(/^\s+h4a ([a-z]+)\s/gm)].map((m) => m[1]);

/** The `h4a <command>` names a text uses. */
const commandsNamed = (markdown: string): string[] => [...markdown.matchAll(/\bh4a ([a-z][a-z-]*)/g)].map((m) => m[1]);

describe("the checks themselves", () => {
  const file = path.join(ROOT, "docs", "example.md");

  test("links are found in prose and tables, not in code", () => {
    const markdown = [
      "See [the rules](rules.md#7-the-agreement-parameters) and | [cli](cli.md) |.",
      "[ref]: workbooks.md",
      "`[not a link](missing.md)`",
      "```",
      "[nor this](missing.md)",
      "```",
    ].join("\n");
    expect(linkTargets(markdown)).toEqual(["rules.md#7-the-agreement-parameters", "cli.md", "workbooks.md"]);
  });

  test("anchors follow GitHub's headings", () => {
    expect(slugOf("6.3 The year-3 tier (*saldo*)")).toBe("63-the-year-3-tier-saldo");
    expect(slugOf("Sideloading `manifest.xml` into Excel")).toBe("sideloading-manifestxml-into-excel");
    expect(slugOf("8. The City's saving")).toBe("8-the-citys-saving");
    expect([...anchorsOf("# A\n## Notes\n### Notes\n```\n# Not a heading\n```")]).toEqual(["a", "notes", "notes-1"]);
  });

  test("a broken file, a missing heading, an absolute path and a way out of the repository are caught", () => {
    expect(linkProblem(file, "rules.md#7-the-agreement-parameters")).toBeNull();
    expect(linkProblem(file, "../README.md#two-commands")).toBeNull();
    expect(linkProblem(file, "missing.md")).toBe("no such file");
    expect(linkProblem(file, "rules.md#no-such-heading")).toBe("no heading #no-such-heading in docs/rules.md");
    expect(linkProblem(file, "/etc/passwd")).toBe("an absolute path");
    expect(linkProblem(file, "../../elsewhere/spec/MECHANISM.md")).toBe("outside the repository");
  });
});

describe("the README is a front door", () => {
  test("it holds at most 150 lines", () => {
    const lines = read(README).split("\n");
    const count = lines[lines.length - 1] === "" ? lines.length - 1 : lines.length;
    expect(count).toBeLessThanOrEqual(150);
  });

  test("it gives the two commands, and their scripts exist", () => {
    const readme = read(README);
    const scripts = JSON.parse(read(path.join(ROOT, "package.json"))).scripts as Record<string, string>;
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm ci && npm test");
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(["start", "test"]));
  });

  test("every `npm run` script it names is in package.json", () => {
    const scripts = JSON.parse(read(path.join(ROOT, "package.json"))).scripts as Record<string, string>;
    const named = [...new Set([...read(README).matchAll(/npm run ([A-Za-z0-9:_-]+)/g)].map((m) => m[1]))];
    expect(named).toEqual(expect.arrayContaining(["validate", "bench"]));
    expect(named.filter((script) => !(script in scripts))).toEqual([]);
  });

  test("its Documentation list links every document in docs/", () => {
    const linked = new Set(linkTargets(read(README)).map((target) => target.split("#")[0]));
    const docs = readdirSync(DOCS).filter((file) => file.endsWith(".md"));
    expect(docs).toEqual(expect.arrayContaining(["guida.md", "cli.md", "functions.md", "rules.md", "architecture.md"]));
    expect(docs.filter((file) => !linked.has(`docs/${file}`))).toEqual([]);
  });
});

describe("every relative link of README.md and docs/*.md leads to a file of the repository", () => {
  test.each(markdownFiles().map((file) => [shown(file), file]))("%s", (_name, file) => {
    const targets = linkTargets(read(file)).filter((target) => !isExternal(target));
    const problems = targets.map((target) => [target, linkProblem(file, target)]).filter(([, problem]) => problem !== null);
    expect(problems).toEqual([]);
  });
});

describe("the command line's documentation names real commands", () => {
  test("the general help lists exactly the commands the command line parses", () => {
    expect([...helpCommands()].sort()).toEqual(Object.keys(OPTIONS).sort());
  });

  test("every command named in docs/cli.md is in the help's list, and each has its section", () => {
    const commands = helpCommands();
    const cliDoc = read(CLI_DOC);
    const named = [...new Set(commandsNamed(cliDoc))];
    expect(named.length).toBeGreaterThanOrEqual(commands.length);
    expect(named.filter((command) => !commands.includes(command))).toEqual([]);
    const sections = anchorsOf(cliDoc);
    expect(commands.filter((command) => !sections.has(command))).toEqual([]);
  });

  test("the README and the other documents name no command the help lacks", () => {
    const commands = helpCommands();
    const unknown = markdownFiles().flatMap((file) =>
      commandsNamed(read(file))
        .filter((command) => !commands.includes(command))
        .map((command) => `${shown(file)}: h4a ${command}`),
    );
    expect(unknown).toEqual([]);
  });
});
