import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { h4a, ROOT, tempDir } from "./helpers/runCli";
import { save, workbookOf } from "./helpers/workbooks";

/** Long files show their progress on stderr; `npm start` without desktop Excel runs the main job on the sample. */

jest.setTimeout(120_000);

describe("progress for long files", () => {
  const dir = tempDir("progress");
  let file: string;

  beforeAll(async () => {
    const header = ["ID famiglia", "Coorte", "Componenti", "Mesi di attesa", "Contratto firmato", "Accompagnamento avviato"];
    const rows = Array.from({ length: 6000 }, (_, i) => [`F${i + 1}`, 1, 3, 4, "Sì", "Sì"]);
    file = await save(workbookOf("Beneficiari", [header, ...rows]), path.join(dir, "long.xlsx"));
  });

  test("a 6,000-row sheet: steps on stderr, the result alone on stdout", async () => {
    const run = await h4a(["validate", file, "--json"], { H4A_PROGRESS: "" });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).families).toBe(6000);
    const steps = run.stderr.split("\n").filter((line) => line !== "");
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps.every((line) => /^h4a: .+ \[\d+\.\d s\]$/.test(line))).toBe(true);
    expect(steps.join("\n")).toContain('sheet "Beneficiari": 6001 rows');
  });

  test("H4A_PROGRESS=0 silences it; small files show none", async () => {
    expect((await h4a(["validate", file], { H4A_PROGRESS: "0" })).stderr).toBe("");
    const small = await save(
      workbookOf("Beneficiari", [
        ["ID famiglia", "Coorte", "Componenti", "Mesi di attesa"],
        ["F1", 1, 2, 3],
      ]),
      path.join(dir, "small.xlsx"),
    );
    expect((await h4a(["validate", small], { H4A_PROGRESS: "" })).stderr).toBe("");
  });
});

describe("npm start where there is no desktop Excel", () => {
  test("says so in one line, prints the validation summary and the payment table, writes the filled workbook", async () => {
    const out = tempDir("start");
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.js"), "--no-serve", "--out-dir", out], {
        cwd: ROOT,
        env: { ...process.env, LANG: "en_US.UTF-8" },
        stdio: ["ignore", "pipe", "inherit"],
      });
      let stdout = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout }));
    });
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    if (process.platform === "linux") {
      expect(lines[0]).toBe("No desktop Excel on this system (linux): running the main job on the sample workbook.");
    }
    expect(result.stdout).toContain("Result: 0 errors, 1 warning, 0 notes.");
    expect(result.stdout).toContain("Payments by programme year");
    expect(result.stdout).toMatch(/\n +4 +2026 +€53,400\.00 +€171,600\.00\n/);
    expect(fs.existsSync(path.join(out, "beneficiari-pagamenti.xlsx"))).toBe(true);
  });
});
