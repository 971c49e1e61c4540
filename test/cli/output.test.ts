import * as fs from "node:fs";
import * as path from "node:path";
import { CliError } from "../../src/cli/cliError";
import { checkOutput, writeAtomically } from "../../src/cli/output";
import { listing, tempDir } from "./helpers/runCli";

/** Writing outputs atomically, tested in process. */

describe("writing an output file", () => {
  test("writes through a temporary file in the same folder and leaves only the output", async () => {
    const dir = tempDir("atomic");
    const target = checkOutput(path.join(dir, "out.json"), [], false, "en");
    await writeAtomically(target, '{"ok":true}', "en");
    expect(listing(dir)).toEqual(["out.json"]);
    expect(fs.readFileSync(path.join(dir, "out.json"), "utf8")).toBe('{"ok":true}');
  });

  test("a file that appears meanwhile is not replaced without --force, and nothing is left behind", async () => {
    const dir = tempDir("atomic-race");
    const file = path.join(dir, "out.json");
    const target = checkOutput(file, [], false, "en");
    fs.writeFileSync(file, "written by someone else");
    await expect(writeAtomically(target, "mine", "en")).rejects.toThrow(`${file}: the file already exists; use --force to replace it.`);
    expect(fs.readFileSync(file, "utf8")).toBe("written by someone else");
    expect(listing(dir)).toEqual(["out.json"]);
  });

  test("a failure after the temporary file was written (renaming onto a folder) removes it", async () => {
    const dir = tempDir("atomic-fail");
    const folder = path.join(dir, "taken");
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, "inside.txt"), "x");
    let error: unknown;
    try {
      await writeAtomically({ file: folder, force: true }, "data", "en");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect(listing(dir)).toEqual(["taken"]);
    expect(listing(folder)).toEqual(["inside.txt"]);
  });

  test("the input can never be the output, even through a hard link", () => {
    const dir = tempDir("atomic-self");
    const input = path.join(dir, "in.xlsx");
    fs.writeFileSync(input, "x");
    fs.linkSync(input, path.join(dir, "alias.xlsx"));
    expect(() => checkOutput(path.join(dir, "alias.xlsx"), [input], true, "it")).toThrow(/è il file di ingresso/);
  });
});
