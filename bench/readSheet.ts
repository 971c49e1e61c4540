import { readFileSync } from "node:fs";
import { PackageWorkbook } from "../src/xlsx";

/** `node readSheet.js FILE SHEET`: reads one sheet as the command line does (run by the benchmark in its own process). */
const [file, sheet] = process.argv.slice(2);
const values = PackageWorkbook.open(readFileSync(file)).readSheetSync(sheet).values;
process.stdout.write(`${values.length} rows × ${values[0]?.length ?? 0} columns\n`);
