import { cellAddress, columnLetter } from "../cells/address";
import { makeIssue, type RuleArgs, type RuleId } from "./messages";
import type { CellValue, FieldKey, Issue } from "../types";

/** Where an issue sits and what it concerns. */
export interface Site {
  row: number;
  column: number;
  field: FieldKey | null;
  value: CellValue;
}

/** Issues with their place, returned in sheet order (row, then column, then as found). */
export class LocatedIssues {
  private readonly located: { row: number; column: number; issue: Issue }[] = [];

  /** An issue made elsewhere (such as the personal-data and unknown-column checks of §3), with its place. */
  addLocated(row: number, column: number, issue: Issue): void {
    this.located.push({ row, column, issue });
  }

  issues(): Issue[] {
    return this.located
      .map((entry, order) => ({ ...entry, order }))
      .sort((a, b) => a.row - b.row || a.column - b.column || a.order - b.order)
      .map((entry) => entry.issue);
  }
}

/** Collects the issues of one sheet and returns them in sheet order (row, then column). */
export class Reporter extends LocatedIssues {
  constructor(readonly sheetName: string) {
    super();
  }

  add<R extends RuleId>(rule: R, site: Site, args: RuleArgs[R]): void {
    const cell = cellAddress(this.sheetName, site.row, site.column);
    this.addLocated(site.row, site.column, makeIssue(rule, { cell, field: site.field, value: site.value }, args));
  }
}

/** A cell cited inside a message, on the same sheet: "F7". */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
