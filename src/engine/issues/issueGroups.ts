import type { Issue } from "../types";

/** Issues of one rule on one field, shown as one line: the first, and how many cells say the same. */
export interface IssueGroup {
  first: Issue;
  count: number;
  cells: string[];
}

/** Groups issues by rule and field, in the order each group first appears. */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = `${issue.rule}\u0000${issue.field ?? ""}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { first: issue, count: 1, cells: [issue.cell] });
    else {
      group.count++;
      group.cells.push(issue.cell);
    }
  }
  return [...groups.values()];
}
