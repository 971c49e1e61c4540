import type { DataSource } from "../contract/contract";

/** One text per sheet or table, to compare and list sources; apart from SourcePicker so that the pane's frame need not load the Dropdown. */
export const sourceKey = (source: DataSource): string => `${source.kind}:${source.kind === "table" ? source.table : source.sheet}`;
