import { groupIssues } from "../../../src/engine/issues/issueGroups";
import type { Issue } from "../../../src/engine/types";

const issue = (rule: string, cell: string, field: Issue["field"] = "cohort"): Issue => ({
  rule,
  severity: "error",
  cell,
  field,
  value: "",
  message: { it: rule, en: rule },
});

test("issues of one rule on one field become one group with its count and cells, in the order groups first appear", () => {
  const groups = groupIssues([
    issue("cohort-after-current-year", "B5"),
    issue("bad-members", "C5", "members"),
    issue("cohort-after-current-year", "B6"),
    issue("cohort-after-current-year", "B7"),
  ]);
  expect(groups.map((g) => [g.first.cell, g.count, g.cells])).toEqual([
    ["B5", 3, ["B5", "B6", "B7"]],
    ["C5", 1, ["C5"]],
  ]);
});

test("the same rule on two fields stays two groups; no issue, no group", () => {
  expect(groupIssues([issue("blank", "B5", "cohort"), issue("blank", "C5", "members")])).toHaveLength(2);
  expect(groupIssues([])).toEqual([]);
});
