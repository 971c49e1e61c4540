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

/** Collects the issues of one sheet and returns them in sheet order (row, then column). */
export class Reporter {
  private readonly located: { row: number; column: number; issue: Issue }[] = [];

  constructor(readonly sheetName: string) {}

  add<R extends RuleId>(rule: R, site: Site, args: RuleArgs[R]): void {
    const cell = cellAddress(this.sheetName, site.row, site.column);
    this.located.push({ row: site.row, column: site.column, issue: makeIssue(rule, { cell, field: site.field, value: site.value }, args) });
  }

  issues(): Issue[] {
    return this.located
      .map((entry, order) => ({ ...entry, order }))
      .sort((a, b) => a.row - b.row || a.column - b.column || a.order - b.order)
      .map((entry) => entry.issue);
  }
}

/** A cell cited inside a message, on the same sheet: "F7". */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
