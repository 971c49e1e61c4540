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
 * tab list puts focus placeholders (`data-tabster-dummy`) inside aria-hidden wrappers, which axe
 * reports as aria-hidden-focus; they never receive focus from the user, and Microsoft's own
 * Accessibility Insights suppresses exactly those nodes.
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<any> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    const findings: { id: string; impact: string | null; help: string; targets: string[] }[] = [];
    for (const violation of result.violations) {
      if (violation.impact !== "serious" && violation.impact !== "critical") continue;
      const nodes = violation.nodes.filter(
        (node: { target: string[] }) =>
          !(violation.id === "aria-hidden-focus" && node.target.length === 1 && document.querySelector(node.target[0])?.hasAttribute("data-tabster-dummy") === true),
      );
      if (nodes.length > 0) findings.push({ id: violation.id, impact: violation.impact, help: violation.help, targets: nodes.map((n: { target: string[] }) => n.target.join(" ")) });
    }
    return findings;
  });
}
