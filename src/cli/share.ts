import * as path from "node:path";
import { type Lang, pick } from "../engine/cells/lang";
import { requireOption, type ParsedCommand } from "./args";
import { unusable } from "./cliError";
import type { Io } from "./io";
import { openBeneficiaries } from "./openInput";
import { checkOutput } from "./output";
import { readPseudonymKey } from "./passphrase";
import { saveWorkbook } from "./workbookOutput";
import { REMOVAL, removedColumnText } from "../xlsx/shareLabels";
import { PackageError, shareWorkbook, ShareError, type ShareReport } from "../xlsx";
import { packageFailure } from "./workbookInput";

/**
 * `h4a share`: the copy of the workbook for Homes4All (MECHANISM.md §8). The key is read from
 * its file and used only in memory: it is never printed, logged or written into any file.
 */

export function shareLines(report: ShareReport, output: string, lang: Lang): string[] {
  const lines = [
    pick({ it: `Copia per Homes4All scritta in ${output}.`, en: `Copy for Homes4All written to ${output}.` }, lang),
    pick(
      {
        it: `- ID famiglia sostituiti da pseudonimi (HMAC-SHA-256 con la chiave della frase segreta): ${report.pseudonymised}; altre celle che mostravano un ID: ${report.idCopiesReplaced}.`,
        en: `- Family IDs replaced by pseudonyms (HMAC-SHA-256 with the passphrase's key): ${report.pseudonymised}; other cells that showed an ID: ${report.idCopiesReplaced}.`,
      },
      lang,
    ),
  ];
  if (report.candidatesPseudonymised > 0) {
    lines.push(
      pick(
        {
          it: `- ID delle domande nel foglio dei candidati sostituiti da pseudonimi: ${report.candidatesPseudonymised} (stessa famiglia, stesso pseudonimo).`,
          en: `- Application IDs in the candidates sheet replaced by pseudonyms: ${report.candidatesPseudonymised} (same family, same pseudonym).`,
        },
        lang,
      ),
    );
  }
  if (report.removedColumns.length === 0) lines.push(pick({ it: "- Colonne rimosse: nessuna.", en: "- Columns removed: none." }, lang));
  else {
    lines.push(
      pick(
        {
          it: `- Colonne rimosse (svuotate): ${report.removedColumns.length}`,
          en: `- Columns removed (emptied): ${report.removedColumns.length}`,
        },
        lang,
      ),
    );
    for (const c of report.removedColumns) lines.push(`    ${removedColumnText(c, lang)}`);
  }
  for (const c of report.keptColumns)
    lines.push(
      pick({ it: `- Mantenuta con --keep: ${removedColumnText(c, lang)}`, en: `- Kept with --keep: ${removedColumnText(c, lang)}` }, lang),
    );
  lines.push(
    pick(
      {
        it: `- Formule H4A.* sostituite dal loro valore: ${report.formulasReplaced.length}${report.formulasReplaced.length > 0 ? ` (${report.formulasReplaced.join(", ")})` : ""}.`,
        en: `- H4A.* formulas replaced by their value: ${report.formulasReplaced.length}${report.formulasReplaced.length > 0 ? ` (${report.formulasReplaced.join(", ")})` : ""}.`,
      },
      lang,
    ),
    pick({ it: `- Note di cella rimosse: ${report.notesRemoved}.`, en: `- Cell notes removed: ${report.notesRemoved}.` }, lang),
  );
  if (report.removals.length > 0) {
    const total = report.removals.reduce((sum, r) => sum + r.count, 0);
    lines.push(
      pick(
        {
          it: `- Dati rimossi o sostituiti fuori dai valori delle celle: ${total}`,
          en: `- Data removed or replaced outside the cells' values: ${total}`,
        },
        lang,
      ),
    );
    for (const r of report.removals) lines.push(`    ${r.part}: ${REMOVAL[lang][r.kind]} (${r.count})`);
  }
  lines.push(pick({ it: "- L'accordo in H4A_Parametri è mantenuto.", en: "- The agreement in H4A_Parametri is kept." }, lang));
  return lines;
}

export async function shareCommand(command: ParsedCommand, io: Io): Promise<number> {
  const file = command.file as string;
  const output = requireOption("share", command.output, "-o <out.xlsx>", io.lang);
  const target = checkOutput(output, command.keyFile === undefined ? [file] : [file, command.keyFile], command.force, io.lang);
  const key = await readPseudonymKey(command, io.lang);
  const { workbook, sheet, input } = await openBeneficiaries(file, command.sheet, io);
  io.progress.step("pseudonimizzazione e rimozione dei dati personali…", "pseudonymising and removing personal data…");
  let report: ShareReport;
  try {
    report = await shareWorkbook(workbook, { sheet, input, key, keep: command.keep });
  } catch (error) {
    if (error instanceof ShareError) throw unusable(pick(error.text, io.lang));
    if (error instanceof PackageError) throw packageFailure(file, error, io.lang);
    throw error;
  }
  await saveWorkbook(target, workbook, io);
  if (command.json) io.out(JSON.stringify({ output: path.resolve(output), ...report }, null, 2));
  else io.out(shareLines(report, output, io.lang).join("\n"));
  return 0;
}
