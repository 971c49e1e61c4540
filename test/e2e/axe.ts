import { readFileSync } from "fs";
import type { Page } from "playwright-core";

/** One axe-core violation as the tests report it: rule, impact and the nodes' selectors. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (from node_modules, injected into the page) on the whole pane and returns the
 * serious and critical violations. One false positive is removed, and only it: Fluent UI v9's
 * focus manager (tabster) puts focus placeholders at the edges of the tab list and of other
 * focus groups, `<i data-tabster-dummy aria-hidden="true" tabindex="0">`, which axe reports as
 * aria-hidden-focus. Tabster moves the focus on as soon as one is reached, so no user (nor screen
 * reader) ever stays on one; Microsoft's own Accessibility Insights suppresses exactly these nodes.
 * Only aria-hidden-focus nodes that themselves carry `data-tabster-dummy` are removed: any other
 * node of that rule, and every other rule, is reported.
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the browser's debugger: the pane's Content-Security-Policy refuses the inline
  // <script> that addScriptTag would add.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    const findings: { id: string; impact: string | null; help: string; targets: string[] }[] = [];
    for (const violation of result.violations) {
      if (violation.impact !== "serious" && violation.impact !== "critical") continue;
      const nodes = violation.nodes.filter(
        (node) =>
          !(
            violation.id === "aria-hidden-focus" &&
            node.target.length === 1 &&
            document.querySelector(node.target[0])?.hasAttribute("data-tabster-dummy") === true
          ),
      );
      if (nodes.length > 0)
        findings.push({ id: violation.id, impact: violation.impact, help: violation.help, targets: nodes.map((n) => n.target.join(" ")) });
    }
    return findings;
  });
}
