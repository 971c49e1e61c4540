import { pick, type Lang } from "../cells/lang";
import { formatDate, formatNumber } from "../cells/format";
import { passesThreshold } from "../cells/ratio";
import { sumCents } from "../cells/rounding";
import type { StatementBlock, StatementDocument, StatementModel, StatementParameter, StatementRate, StatementTranche } from "./types";
import { percentText, thresholdText } from "./values";

/**
 * The payment statement laid out in one language (MECHANISM.md §12): the title and the status;
 * the agreement; one section per tranche; the true-ups applied; the totals; the pseudonymous ids
 * counted per tranche; the signature block. Amounts stay numbers (format "euro"), so a sheet can
 * store them as numbers; what can only be read as words is text.
 */

type Field = Extract<StatementBlock, { kind: "fields" }>["rows"][number];

const words =
  (lang: Lang) =>
  (it: string, en: string): string =>
    pick({ it, en }, lang);

export function statementDocument(model: StatementModel, lang: Lang): StatementDocument {
  const t = words(lang);
  const title = titleOf(model, lang);
  const draft = model.status === "draft";
  const runningHeader = `${model.agreement.payer} · ${model.agreement.payee} — ${title}${draft ? t(" — BOZZA", " — DRAFT") : ""}`;
  const blocks: StatementBlock[] = [
    { kind: "title", text: title },
    { kind: "paragraph", text: statusLine(model, lang) },
    ...agreementBlocks(model, lang),
    ...model.tranches.flatMap((tranche) => trancheBlocks(model, tranche, lang)),
    ...trueUpBlocks(model, lang),
    ...totalBlocks(model, lang),
    ...countedBlocks(model, lang),
    { kind: "signature", lines: signatureLines(lang) },
  ];
  return { lang, title, runningHeader, blocks };
}

function titleOf(model: StatementModel, lang: Lang): string {
  const year = model.calendarYear === null ? "" : ` (${model.calendarYear})`;
  return (
    words(lang)("Prospetto di liquidazione — anno di programma ", "Payment statement — programme year ") + `${model.programmeYear}${year}`
  );
}

function statusLine(model: StatementModel, lang: Lang): string {
  const t = words(lang);
  const act = model.act === null ? "" : t(` con l'atto ${model.act}`, ` by act ${model.act}`);
  const date = model.date === null ? "" : t(` del ${formatDate(model.date, lang)}`, ` of ${formatDate(model.date, lang)}`);
  if (model.status === "recorded") return `${t("Pagamento registrato", "Payment recorded")}${act}${date}.`;
  if (model.act === null && model.date === null) return t("Bozza: pagamento non ancora registrato.", "Draft: payment not yet recorded.");
  const planned = model.act === null ? date.trim() : `${model.act}${date}`;
  return t(`Bozza: pagamento non ancora registrato (atto ${planned}).`, `Draft: payment not yet recorded (act ${planned}).`);
}

const sign = (strict: boolean): string => (strict ? ">" : "≥");

/** "80 %" preceded by its Italian article: "il 100 %", "l'80 %", "l'11 %". */
function italianArticle(percent: string): string {
  if (percent.startsWith("0")) return `lo ${percent}`;
  return /^(8|11(?!\d)|1(?!\d))/.test(percent) ? `l'${percent}` : `il ${percent}`;
}

function parameterValue(parameters: readonly StatementParameter[], key: string): StatementParameter["value"] | undefined {
  return parameters.find((p) => p.key === key)?.value;
}

/** "> 80 % per il 100 %, ≥ 60 % per l'80 %" / "> 80% for 100%, ≥ 60% for 80%". */
export function thresholdsText(agreement: StatementModel["agreement"], lang: Lang): string {
  const full = `${sign(agreement.fullStrict)} ${thresholdText(agreement.fullThreshold, lang)}`;
  const partial = `${sign(agreement.partialStrict)} ${thresholdText(agreement.partialThreshold, lang)}`;
  const payment = parameterValue(agreement.parameters, "partialPayment");
  if (lang === "en") {
    const tier = typeof payment === "number" ? thresholdText(payment, lang) : "the partial tier";
    return `${full} for 100%, ${partial} for ${tier}`;
  }
  const tier = typeof payment === "number" ? italianArticle(thresholdText(payment, lang)) : "il livello parziale";
  return `${full} per il 100 %, ${partial} per ${tier}`;
}

function parameterText(value: StatementParameter["value"], lang: Lang): string {
  const t = words(lang);
  if (value === null) return t("nessuno", "none");
  if (typeof value === "boolean") return value ? t("VERO", "TRUE") : t("FALSO", "FALSE");
  if (typeof value === "number") return formatNumber(value, lang);
  return value;
}

function agreementBlocks(model: StatementModel, lang: Lang): StatementBlock[] {
  const t = words(lang);
  const a = model.agreement;
  const months = a.waitLimitMonths;
  return [
    { kind: "heading", text: t("Accordo", "Agreement") },
    {
      kind: "fields",
      rows: [
        { label: t("Ente erogatore", "Payer"), value: a.payer, format: "text" },
        { label: t("Beneficiario", "Payee"), value: a.payee, format: "text" },
        { label: t("Premio per famiglia", "Premium per family"), value: a.premiumPerFamily, format: "euro" },
        { label: t("Soglie del saldo (anno 3)", "Balance thresholds (year 3)"), value: thresholdsText(a, lang), format: "text" },
        {
          label: t("Limite di attesa", "Waiting limit"),
          value: t(`meno di ${formatNumber(months, lang)} mesi`, `less than ${formatNumber(months, lang)} months`),
          format: "text",
        },
      ],
    },
    {
      kind: "paragraph",
      text: t("Parametri come registrati nel foglio H4A_Parametri:", "Parameters as stored in the sheet H4A_Parametri:"),
    },
    {
      kind: "table",
      header: [t("Chiave", "Key"), t("Valore", "Value")],
      formats: ["text", "text"],
      rows: a.parameters.map((p) => [p.key, parameterText(p.value, lang)]),
    },
    {
      kind: "fields",
      rows: [{ label: t("Impronta (SHA-256)", "Fingerprint (SHA-256)"), value: groupedHex(a.fingerprint), format: "text" }],
    },
  ];
}

/** "Coorte 2 — anno di percorso 3" / "Cohort 2 — cohort year 3". */
export function trancheTitle(tranche: Pick<StatementTranche, "cohort" | "cohortYear">, lang: Lang): string {
  return words(lang)(
    `Coorte ${tranche.cohort} — anno di percorso ${tranche.cohortYear}`,
    `Cohort ${tranche.cohort} — cohort year ${tranche.cohortYear}`,
  );
}

function rateLabel(rate: StatementRate, waitLimitMonths: number, lang: Lang): string {
  const t = words(lang);
  const months = formatNumber(waitLimitMonths, lang);
  switch (rate.outcome) {
    case "stability":
      return t("Stabilità abitativa", "Housing stability");
    case "wellbeing":
      return t("Benessere migliorato", "Wellbeing improved");
    case "waiting":
      return t(`Attesa inferiore a ${months} mesi`, `Waited less than ${months} months`);
  }
}

/** "9 / 11 = 81,8 % (soglia > 80 %)", or which threshold the rate missed; compared exactly on counts. */
export function rateText(rate: StatementRate, agreement: StatementModel["agreement"], lang: Lang): string {
  const t = words(lang);
  const full = `${sign(agreement.fullStrict)} ${thresholdText(agreement.fullThreshold, lang)}`;
  const partial = `${sign(agreement.partialStrict)} ${thresholdText(agreement.partialThreshold, lang)}`;
  const shown = rate.families > 0 ? percentText(rate.count / rate.families, lang) : "—";
  const fraction = `${rate.count} / ${rate.families} = ${shown}`;
  if (passesThreshold(rate.count, rate.families, agreement.fullThreshold, agreement.fullStrict))
    return `${fraction} (${t("soglia", "threshold")} ${full})`;
  if (passesThreshold(rate.count, rate.families, agreement.partialThreshold, agreement.partialStrict)) {
    return `${fraction} (${t(`soglia ${partial}; ${full} non raggiunta`, `threshold ${partial}; ${full} not reached`)})`;
  }
  return `${fraction} (${t(`sotto la soglia ${partial}`, `below the threshold ${partial}`)})`;
}

function trancheBlocks(model: StatementModel, tranche: StatementTranche, lang: Lang): StatementBlock[] {
  const t = words(lang);
  const rows: Field[] = [
    { label: t("Famiglie nella base", "Families in the base"), value: tranche.families, format: "integer" },
    { label: t("Quota", "Share"), value: tranche.share, format: "percent" },
  ];
  for (const rate of tranche.rates ?? []) {
    rows.push({
      label: rateLabel(rate, model.agreement.waitLimitMonths, lang),
      value: rateText(rate, model.agreement, lang),
      format: "text",
    });
  }
  if (tranche.tier !== null) rows.push({ label: t("Livello", "Tier"), value: tranche.tier, format: "percent" });
  rows.push({ label: t("Importo", "Amount"), value: tranche.amount, format: "euro" });
  return [
    { kind: "heading", text: trancheTitle(tranche, lang) },
    { kind: "fields", rows },
  ];
}

function trueUpBlocks(model: StatementModel, lang: Lang): StatementBlock[] {
  const t = words(lang);
  const heading: StatementBlock = { kind: "heading", text: t("Conguagli applicati", "True-ups applied") };
  if (model.trueUps.length === 0) {
    return [
      heading,
      {
        kind: "paragraph",
        text: t("Nessun conguaglio applicato in questo anno di programma.", "No true-up applied in this programme year."),
      },
    ];
  }
  return [
    heading,
    {
      kind: "table",
      header: [
        t("Coorte", "Cohort"),
        t("Anno di percorso", "Cohort year"),
        t("Anno di programma", "Programme year"),
        t("Pagato", "Paid"),
        t("Dovuto", "Due"),
        t("Differenza", "Difference"),
        t("Applicato", "Applied"),
      ],
      formats: ["integer", "integer", "integer", "euro", "euro", "euro", "euro"],
      rows: model.trueUps.map((u) => [u.cohort, u.cohortYear, u.programmeYear, u.paid, u.due, u.difference, u.applied]),
    },
  ];
}

function totalBlocks(model: StatementModel, lang: Lang): StatementBlock[] {
  const t = words(lang);
  const year = model.programmeYear;
  const rows: Field[] = [];
  if (model.trueUps.length > 0) {
    rows.push(
      { label: t("Tranche dell'anno", "Tranches of the year"), value: sumCents(model.tranches.map((x) => x.amount)), format: "euro" },
      { label: t("Conguagli applicati", "True-ups applied"), value: sumCents(model.trueUps.map((u) => u.applied)), format: "euro" },
    );
  }
  rows.push(
    { label: t(`Totale anno di programma ${year}`, `Total of programme year ${year}`), value: model.yearTotal, format: "euro" },
    { label: t(`Cumulato (anni 1–${year})`, `Cumulative (years 1–${year})`), value: model.cumulative, format: "euro" },
  );
  if (model.cap === null) {
    rows.push({ label: t("Tetto", "Cap"), value: t("nessun tetto", "no cap"), format: "text" });
  } else {
    rows.push({ label: t("Tetto", "Cap"), value: model.cap, format: "euro" });
    if (model.capLeft !== null)
      rows.push({ label: t("Residuo sotto il tetto", "Left under the cap"), value: model.capLeft, format: "euro" });
  }
  return [
    { kind: "heading", text: t("Totali", "Totals") },
    { kind: "fields", rows },
  ];
}

function countedBlocks(model: StatementModel, lang: Lang): StatementBlock[] {
  const t = words(lang);
  const paragraphs = model.tranches.map((tranche): StatementBlock => {
    const n = tranche.counted.length;
    const families = n === 1 ? t("1 famiglia", "1 family") : t(`${n} famiglie`, `${n} families`);
    const list = n === 0 ? t("nessuna famiglia.", "no family.") : `${families}: ${tranche.counted.join(", ")}.`;
    return { kind: "paragraph", text: `${trancheTitle(tranche, lang)}, ${list}` };
  });
  return [
    { kind: "heading", text: t("Famiglie considerate (identificativi pseudonimi)", "Families counted (pseudonymous ids)") },
    ...paragraphs,
  ];
}

function signatureLines(lang: Lang): string[] {
  const t = words(lang);
  const line = "______________________________";
  return [
    t(`Torino, ${line}`, `Turin, ${line}`),
    t("Il responsabile del procedimento", "The officer in charge of the procedure"),
    t(`Firma ${line}`, `Signature ${line}`),
    t("Il dirigente responsabile", "The responsible manager"),
    t(`Firma ${line}`, `Signature ${line}`),
  ];
}

/** A SHA-256 in four groups of 16 hex digits, so that it prints whole and reads back easily. */
export const groupedHex = (hex: string): string => hex.match(/.{1,16}/g)?.join(" ") ?? hex;
