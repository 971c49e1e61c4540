import { formatEuroCents } from "../../../src/engine/cells/format";
import { rateText, statementDocument, thresholdsText } from "../../../src/engine/statement/document";
import type { StatementBlock, StatementDocument } from "../../../src/engine/statement/types";
import { statementValueText } from "../../../src/engine/statement/values";
import { COHORT_2_YEAR_3, draftYear3, FINGERPRINT, pseudonym, recordedYear4 } from "../fixtures/statement";

/** The payment statement laid out in Italian and in English (MECHANISM.md §12). */

type Fields = Extract<StatementBlock, { kind: "fields" }>;
type Table = Extract<StatementBlock, { kind: "table" }>;

/** The blocks from the heading `text` to the next heading. */
function section(doc: StatementDocument, text: string): StatementBlock[] {
  const start = doc.blocks.findIndex((b) => b.kind === "heading" && b.text === text);
  if (start < 0)
    throw new Error(
      `no heading ${text}: ${doc.blocks
        .filter((b) => b.kind === "heading")
        .map((b) => (b as { text: string }).text)
        .join(" | ")}`,
    );
  const next = doc.blocks.findIndex((b, i) => i > start && (b.kind === "heading" || b.kind === "signature"));
  return doc.blocks.slice(start + 1, next < 0 ? undefined : next);
}

/** The label → shown text of a section's fields. */
function fieldsOf(doc: StatementDocument, heading: string): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const block of section(doc, heading)) {
    if (block.kind !== "fields") continue;
    for (const row of block.rows) shown[row.label] = statementValueText(row.value, row.format, doc.lang);
  }
  return shown;
}

const tableOf = (doc: StatementDocument, heading: string): Table => section(doc, heading).find((b): b is Table => b.kind === "table")!;
const shownRows = (doc: StatementDocument, table: Table): string[][] =>
  table.rows.map((row) => row.map((value, j) => statementValueText(value, table.formats[j], doc.lang)));

describe("the statement in Italian", () => {
  const doc = statementDocument(recordedYear4(), "it");

  test("title and status first: the programme year with its calendar year, the act and its date", () => {
    expect(doc.lang).toBe("it");
    expect(doc.title).toBe("Prospetto di liquidazione — anno di programma 4 (2027)");
    expect(doc.blocks[0]).toEqual({ kind: "title", text: doc.title });
    expect(doc.blocks[1]).toEqual({ kind: "paragraph", text: "Pagamento registrato con l'atto DD 1234/2027 del 15/03/2027." });
    expect(doc.runningHeader).toBe("Città di Torino · Homes4All — Prospetto di liquidazione — anno di programma 4 (2027)");
  });

  test("the sections in MECHANISM's order, the signature block last", () => {
    const headings = doc.blocks.filter((b) => b.kind === "heading").map((b) => (b as { text: string }).text);
    expect(headings).toEqual([
      "Accordo",
      "Coorte 2 — anno di percorso 3",
      "Conguagli applicati",
      "Totali",
      "Famiglie considerate (identificativi pseudonimi)",
    ]);
    expect(doc.blocks[doc.blocks.length - 1].kind).toBe("signature");
  });

  test("the agreement: parties, premium, thresholds, every parameter as stored, the fingerprint", () => {
    expect(fieldsOf(doc, "Accordo")).toEqual({
      "Ente erogatore": "Città di Torino",
      Beneficiario: "Homes4All",
      "Premio per famiglia": "6.000,00 €",
      "Soglie del saldo (anno 3)": "> 80 % per il 100 %, ≥ 60 % per l'80 %",
      "Limite di attesa": "meno di 8 mesi",
      "Impronta (SHA-256)": FINGERPRINT.match(/.{16}/g)?.join(" "),
    });
    const parameters = tableOf(doc, "Accordo");
    expect(parameters.header).toEqual(["Chiave", "Valore"]);
    expect(parameters.rows).toHaveLength(recordedYear4().agreement.parameters.length);
    expect(parameters.rows).toEqual(
      expect.arrayContaining([
        ["premiumPerFamily", "6000"],
        ["share1", "0,2"],
        ["fullStrict", "VERO"],
        ["totalPremium", "nessuno"],
        ["trueUpPolicy", "nextPayment"],
      ]),
    );
  });

  test("a year-3 tranche: the base, the share, each rate as count / families against its threshold, the tier, the amount", () => {
    expect(fieldsOf(doc, "Coorte 2 — anno di percorso 3")).toEqual({
      "Famiglie nella base": "11",
      Quota: "50,0 %",
      "Stabilità abitativa": "7 / 11 = 63,6 % (soglia ≥ 60 %; > 80 % non raggiunta)",
      "Benessere migliorato": "9 / 11 = 81,8 % (soglia > 80 %)",
      "Attesa inferiore a 8 mesi": "10 / 11 = 90,9 % (soglia > 80 %)",
      Livello: "80,0 %",
      Importo: "26.400,00 €",
    });
    const fields = section(doc, "Coorte 2 — anno di percorso 3")[0] as Fields;
    expect(fields.rows.find((r) => r.label === "Importo")).toEqual({ label: "Importo", value: 26_400, format: "euro" });
    expect(fields.rows.find((r) => r.label === "Livello")).toEqual({ label: "Livello", value: 0.8, format: "percent" });
  });

  test("the true-ups applied as a table with numbers", () => {
    const table = tableOf(doc, "Conguagli applicati");
    expect(table.header).toEqual(["Coorte", "Anno di percorso", "Anno di programma", "Pagato", "Dovuto", "Differenza", "Applicato"]);
    expect(table.rows).toEqual([[1, 3, 3, 33_000, 26_400, -6_600, -6_600]]);
    expect(shownRows(doc, table)).toEqual([["1", "3", "3", "33.000,00 €", "26.400,00 €", "-6.600,00 €", "-6.600,00 €"]]);
  });

  test("the totals: tranches and true-ups, the year, the cumulative, the cap and what is left under it", () => {
    expect(fieldsOf(doc, "Totali")).toEqual({
      "Tranche dell'anno": "26.400,00 €",
      "Conguagli applicati": "-6.600,00 €",
      "Totale anno di programma 4": "19.800,00 €",
      "Cumulato (anni 1–4)": "117.000,00 €",
      Tetto: "182.400,00 €",
      "Residuo sotto il tetto": "65.400,00 €",
    });
  });

  test("the pseudonymous ids counted, one paragraph per tranche", () => {
    const paragraphs = section(doc, "Famiglie considerate (identificativi pseudonimi)");
    expect(paragraphs).toEqual([
      { kind: "paragraph", text: `Coorte 2 — anno di percorso 3, 11 famiglie: ${COHORT_2_YEAR_3.counted.join(", ")}.` },
    ]);
    expect(COHORT_2_YEAR_3.counted[0]).toBe(pseudonym(2, 1));
  });

  test("the signature block: place and date, the signatories, the lines to sign on", () => {
    expect(doc.blocks[doc.blocks.length - 1]).toEqual({
      kind: "signature",
      lines: [
        "Torino, ______________________________",
        "Il responsabile del procedimento",
        "Firma ______________________________",
        "Il dirigente responsabile",
        "Firma ______________________________",
      ],
    });
  });
});

describe("the statement in English", () => {
  const doc = statementDocument(recordedYear4(), "en");

  test("the same blocks in English, euros as €65,400.00 and dates as yyyy-mm-dd", () => {
    expect(doc.title).toBe("Payment statement — programme year 4 (2027)");
    expect(doc.blocks[1]).toEqual({ kind: "paragraph", text: "Payment recorded by act DD 1234/2027 of 2027-03-15." });
    expect(doc.blocks.filter((b) => b.kind === "heading").map((b) => (b as { text: string }).text)).toEqual([
      "Agreement",
      "Cohort 2 — cohort year 3",
      "True-ups applied",
      "Totals",
      "Families counted (pseudonymous ids)",
    ]);
    expect(fieldsOf(doc, "Agreement")["Balance thresholds (year 3)"]).toBe("> 80% for 100%, ≥ 60% for 80%");
    expect(fieldsOf(doc, "Cohort 2 — cohort year 3")).toEqual({
      "Families in the base": "11",
      Share: "50.0%",
      "Housing stability": "7 / 11 = 63.6% (threshold ≥ 60%; > 80% not reached)",
      "Wellbeing improved": "9 / 11 = 81.8% (threshold > 80%)",
      "Waited less than 8 months": "10 / 11 = 90.9% (threshold > 80%)",
      Tier: "80.0%",
      Amount: "€26,400.00",
    });
    expect(shownRows(doc, tableOf(doc, "True-ups applied"))).toEqual([
      ["1", "3", "3", "€33,000.00", "€26,400.00", "-€6,600.00", "-€6,600.00"],
    ]);
    expect(fieldsOf(doc, "Totals")).toEqual({
      "Tranches of the year": "€26,400.00",
      "True-ups applied": "-€6,600.00",
      "Total of programme year 4": "€19,800.00",
      "Cumulative (years 1–4)": "€117,000.00",
      Cap: "€182,400.00",
      "Left under the cap": "€65,400.00",
    });
    expect(tableOf(doc, "Agreement").rows).toEqual(
      expect.arrayContaining([
        ["fullStrict", "TRUE"],
        ["cap", "182400"],
        ["totalPremium", "none"],
      ]),
    );
    expect(section(doc, "Families counted (pseudonymous ids)")).toEqual([
      { kind: "paragraph", text: `Cohort 2 — cohort year 3, 11 families: ${COHORT_2_YEAR_3.counted.join(", ")}.` },
    ]);
    expect((doc.blocks[doc.blocks.length - 1] as { lines: string[] }).lines[0]).toBe("Turin, ______________________________");
  });
});

describe("a draft without calendar year, cap or true-up", () => {
  const it = statementDocument(draftYear3(), "it");
  const en = statementDocument(draftYear3(), "en");

  test("the title has no calendar year; the status says the payment is not recorded; every page says draft", () => {
    expect(it.title).toBe("Prospetto di liquidazione — anno di programma 3");
    expect(en.title).toBe("Payment statement — programme year 3");
    expect(it.blocks[1]).toEqual({ kind: "paragraph", text: "Bozza: pagamento non ancora registrato." });
    expect(en.blocks[1]).toEqual({ kind: "paragraph", text: "Draft: payment not yet recorded." });
    expect(it.runningHeader.endsWith("— BOZZA")).toBe(true);
    expect(en.runningHeader.endsWith("— DRAFT")).toBe(true);
  });

  test("an act already given shows in the draft's status", () => {
    const model = { ...draftYear3(), act: "DD 99/2026", date: recordedYear4().date };
    expect(statementDocument(model, "it").blocks[1]).toEqual({
      kind: "paragraph",
      text: "Bozza: pagamento non ancora registrato (atto DD 99/2026 del 15/03/2027).",
    });
  });

  test("a tranche of cohort year 1 or 2 has no rates and no tier", () => {
    expect(fieldsOf(it, "Coorte 2 — anno di percorso 2")).toEqual({ "Famiglie nella base": "11", Quota: "30,0 %", Importo: "19.800,00 €" });
    expect(fieldsOf(it, "Coorte 1 — anno di percorso 3")).toEqual(
      expect.objectContaining({
        "Attesa inferiore a 8 mesi": "11 / 11 = 100,0 % (soglia > 80 %)",
        Livello: "100,0 %",
        Importo: "33.000,00 €",
      }),
    );
  });

  test("no true-up is said in a sentence; no cap is said in words", () => {
    expect(section(it, "Conguagli applicati")).toEqual([
      { kind: "paragraph", text: "Nessun conguaglio applicato in questo anno di programma." },
    ]);
    expect(section(en, "True-ups applied")).toEqual([{ kind: "paragraph", text: "No true-up applied in this programme year." }]);
    expect(fieldsOf(it, "Totali")).toEqual({
      "Totale anno di programma 3": "52.800,00 €",
      "Cumulato (anni 1–3)": "97.200,00 €",
      Tetto: "nessun tetto",
    });
    expect(fieldsOf(en, "Totals")).toEqual(expect.objectContaining({ Cap: "no cap" }));
  });

  test("one paragraph of ids per tranche, in the tranches' order", () => {
    const paragraphs = section(it, "Famiglie considerate (identificativi pseudonimi)").map((b) => (b as { text: string }).text);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0].startsWith(`Coorte 1 — anno di percorso 3, 11 famiglie: ${pseudonym(1, 1)}, `)).toBe(true);
    expect(paragraphs[1].startsWith(`Coorte 2 — anno di percorso 2, 11 famiglie: ${pseudonym(2, 1)}, `)).toBe(true);
  });
});

describe("rates against the thresholds, compared exactly on counts", () => {
  const { agreement } = recordedYear4();

  test("12 of 15 is exactly 80 %: the partial threshold, not the full one; 6 of 11 is below both", () => {
    expect(rateText({ outcome: "stability", count: 12, families: 15 }, agreement, "it")).toBe(
      "12 / 15 = 80,0 % (soglia ≥ 60 %; > 80 % non raggiunta)",
    );
    expect(rateText({ outcome: "stability", count: 6, families: 11 }, agreement, "it")).toBe("6 / 11 = 54,5 % (sotto la soglia ≥ 60 %)");
    expect(rateText({ outcome: "stability", count: 6, families: 11 }, agreement, "en")).toBe("6 / 11 = 54.5% (below the threshold ≥ 60%)");
    expect(rateText({ outcome: "wellbeing", count: 0, families: 0 }, agreement, "en")).toBe("0 / 0 = — (below the threshold ≥ 60%)");
  });

  test("other thresholds and partial payments, with the Italian article", () => {
    const other = { ...agreement, fullThreshold: 0.75, fullStrict: false, partialThreshold: 0.5, partialStrict: true };
    const withPayment = (value: number) => ({
      ...other,
      parameters: other.parameters.map((p) => (p.key === "partialPayment" ? { ...p, value } : p)),
    });
    expect(thresholdsText(withPayment(0.5), "it")).toBe("≥ 75 % per il 100 %, > 50 % per il 50 %");
    expect(thresholdsText(withPayment(0.11), "it")).toBe("≥ 75 % per il 100 %, > 50 % per l'11 %");
    expect(thresholdsText(withPayment(0.625), "en")).toBe("≥ 75% for 100%, > 50% for 62.5%");
    expect(thresholdsText({ ...other, parameters: [] }, "it")).toBe("≥ 75 % per il 100 %, > 50 % per il livello parziale");
  });
});

describe("values as text", () => {
  test("whole numbers grouped by thousands, percentages with one decimal, text as it is", () => {
    expect(statementValueText(1234, "integer", "it")).toBe("1.234");
    expect(statementValueText(1234, "integer", "en")).toBe("1,234");
    expect(statementValueText(0.818, "percent", "it")).toBe("81,8 %");
    expect(statementValueText(2.5, "text", "it")).toBe("2,5");
    expect(statementValueText("nessuno", "euro", "it")).toBe("nessuno");
  });
});

describe("euros with cents", () => {
  test("two decimals always, grouped by thousands, taken to the cent as Excel's ROUND", () => {
    expect(formatEuroCents(65_400, "it")).toBe("65.400,00 €");
    expect(formatEuroCents(65_400, "en")).toBe("€65,400.00");
    expect(formatEuroCents(1_234_567.5, "it")).toBe("1.234.567,50 €");
    expect(formatEuroCents(33_000.385, "it")).toBe("33.000,39 €");
    expect(formatEuroCents(-0.001, "en")).toBe("€0.00");
    expect(formatEuroCents(-7_200, "en")).toBe("-€7,200.00");
  });
});
