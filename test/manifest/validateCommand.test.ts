import { execFileSync } from "child_process";
import path from "path";
import { REPO_ROOT } from "./manifestSupport";

/** `npm run validate` as a user runs it: it says which check ran and that the manifest is valid. */
describe("npm run validate", () => {
  const run = (...args: string[]) =>
    execFileSync(process.execPath, [path.join(REPO_ROOT, "scripts", "validate-manifest.js"), ...args], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });

  it("validates against the offline schemas when asked, naming that check", () => {
    const output = run("--offline");
    expect(output).toMatch(/^manifest\.xml: H4A .* 1\.0\.0\.0 \(e3ad0983-/m);
    expect(output).toMatch(/^offline check \(schemas in test\/manifest\/schemas; asked for\): valid$/m);
  });

  it("runs the online check when the service answers, the offline one otherwise, and says which", () => {
    expect(run()).toMatch(
      /^(online check \(Microsoft's validation service\)|offline check \(schemas in test\/manifest\/schemas; the validation service is not reachable\)): valid$/m,
    );
  });
});
