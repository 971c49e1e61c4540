import { paramCell, type ParamRowKey } from "../agreement/params";
import type { Text } from "../cells/lang";
import type { ParamKey } from "../keys";
import type { CellValue, Issue, Severity } from "../types";

/** An issue that stands on a parameter's cell of H4A_Parametri. */
export const parameterIssue = (
  rule: string,
  severity: Severity,
  field: ParamKey & ParamRowKey,
  value: CellValue,
  message: Text,
): Issue => ({ rule, severity, cell: paramCell(field), field, value, message });
