/**
 * Why an action of the add-in stopped before touching the workbook, with what the task pane
 * needs to say so. Excel's own failures keep their Office.js error code (see failureOf in
 * src/taskpane/failures.ts).
 */
export type AddInErrorReason = "foreign-sheets" | "table-name-taken" | "not-supported";

export class AddInError extends Error {
  constructor(
    readonly reason: AddInErrorReason,
    /** The sheets or tables concerned. */
    readonly subjects: string[],
    message: string,
  ) {
    super(message);
    this.name = "AddInError";
  }

  /** Sheets of the add-in's names exist, but the add-in did not create them. */
  static foreignSheets(sheets: string[]): AddInError {
    return new AddInError("foreign-sheets", sheets, `Sheets not created by H4A: ${sheets.join(", ")}.`);
  }

  /** A table elsewhere in the workbook already has the name of one the add-in writes. */
  static tableNameTaken(table: string, sheet: string): AddInError {
    return new AddInError("table-name-taken", [table, sheet], `The table name ${table} is taken on sheet ${sheet}.`);
  }

  /** This Excel lacks an Office.js function the action needs (the subject names it). */
  static notSupported(feature: string): AddInError {
    return new AddInError("not-supported", [feature], `This version of Excel does not offer ${feature}.`);
  }
}
