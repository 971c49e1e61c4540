"""Workbooks written with openpyxl (3.0.9, Debian python3-openpyxl) from a `Spec`.

`build(spec, path)` writes the workbook with openpyxl alone and returns the cached values of the
formulas it wrote (openpyxl has no calculation engine and writes `<v></v>`); `features.py` then
fills those values in and adds the parts openpyxl cannot write (custom properties, external link,
image alt text, threaded comments).
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set, Tuple

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, FormulaRule
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.table import Table, TableStyleInfo

import data

FIXED_TIME = dt.datetime(2026, 1, 20, 9, 30, 0)
EURO = '#,##0.00 "€"'
DATE = "dd/mm/yyyy"


@dataclass
class Spec:
    """What one corpus workbook holds. `features` names what is added (see FEATURES in corpus.ts)."""

    name: str
    seed: int
    families: int
    current_year: int
    sheet: str = "Beneficiari"
    english_headers: bool = False
    title_rows: bool = True
    candidates: int = 0
    candidates_sheet: str = "Candidati"
    summary: bool = True
    features: Set[str] = field(default_factory=set)
    # Filled by build(): where things are.
    header_row: int = 0
    first_row: int = 0
    last_row: int = 0
    fams: List[data.Family] = field(default_factory=list)
    cached: Dict[Tuple[str, str], object] = field(default_factory=dict)
    sheet_order: List[str] = field(default_factory=list)
    wait_formulas: bool = False
    creator: str = "Ufficio Bilancio – Area Politiche Sociali, Città di Torino"

    def has(self, feature: str) -> bool:
        return feature in self.features


def logo_png(width: int = 160, height: int = 48) -> bytes:
    """A small, deterministic PNG 'logo' drawn with Pillow."""
    from PIL import Image as PILImage, ImageDraw

    img = PILImage.new("RGB", (width, height), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, height - 1, height - 1], fill=(166, 25, 46))  # Turin's garnet
    d.rectangle([10, 18, height - 11, height - 8], fill=(255, 255, 255))
    d.polygon([(6, 20), (height // 2, 6), (height - 7, 20)], fill=(255, 255, 255))
    d.rectangle([height + 8, 10, width - 8, 14], fill=(30, 60, 120))
    d.rectangle([height + 8, 22, width - 30, 26], fill=(30, 60, 120))
    d.rectangle([height + 8, 34, width - 52, 38], fill=(30, 60, 120))
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def quote_sheet(name: str) -> str:
    return name if name.replace("_", "").isalnum() else "'" + name.replace("'", "''") + "'"


def build(spec: Spec, path: str) -> Spec:
    wb = Workbook()
    wb.properties.creator = spec.creator
    wb.properties.lastModifiedBy = "Ufficio Bilancio"
    wb.properties.title = "Homes4All – beneficiari del premio di risultato"
    wb.properties.subject = f"Situazione al 31/12/{data.FIRST_CALENDAR_YEAR + spec.current_year - 1}"
    wb.properties.keywords = "Homes4All; pay-by-results; Torino"
    wb.properties.description = "Dati di esempio generati da scripts/corpus/make_corpus.py: non reali."
    wb.properties.category = "Bilancio"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME

    header_style = None
    if spec.has("namedStyle"):
        header_style = NamedStyle(name="Intestazione H4A")
        header_style.font = Font(bold=True, color="FFFFFF")
        header_style.fill = PatternFill("solid", fgColor="1E3C78")
        header_style.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        thin = Side(style="thin", color="808080")
        header_style.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        wb.add_named_style(header_style)

    spec.fams = data.families(spec.seed, spec.families, spec.current_year)
    ws = wb.active
    ws.title = spec.sheet
    _beneficiaries(spec, ws, header_style)
    order = [spec.sheet]

    if spec.candidates:
        year = data.FIRST_CALENDAR_YEAR + spec.current_year - 1
        cands = data.candidates(spec.seed + 7, spec.candidates, year, spec.fams)
        cs = wb.create_sheet(spec.candidates_sheet)
        _candidates(spec, cs, cands, year, header_style)
        order.append(spec.candidates_sheet)

    summary = None
    if spec.summary:
        summary = wb.create_sheet("Riepilogo")
        _summary(spec, wb, summary)
        order.append("Riepilogo")

    if spec.has("hiddenSheet"):
        lists = wb.create_sheet("Liste")
        lists["A1"], lists["A2"] = data.YES, data.NO
        for i, (cond, _) in enumerate(data.CONDITION_WEIGHTS, start=1):
            lists.cell(row=i, column=2, value=cond)
        lists.sheet_state = "hidden"
        order.append("Liste")
        wb.defined_names.append(DefinedName("ElencoSiNo", attr_text="Liste!$A$1:$A$2"))
        wb.defined_names.append(DefinedName("ElencoCondizioni", attr_text="Liste!$B$1:$B$6"))
    if spec.has("veryHiddenSheet"):
        ctl = wb.create_sheet("Controllo")
        ctl["A1"] = "Versione modello"
        ctl["B1"] = "2026.1"
        ctl["A2"] = "Righe compilate"
        ctl["B2"] = f"=COUNTA({quote_sheet(spec.sheet)}!$A${spec.first_row}:$A${spec.last_row})"
        spec.cached[("Controllo", "B2")] = len(spec.fams)
        ctl.sheet_state = "veryHidden"
        order.append("Controllo")

    _names(spec, wb, summary)
    if spec.has("workbookProtection"):
        wb.security = WorkbookProtection(workbookPassword="bilancio", lockStructure=True)
    spec.sheet_order = order
    wb.save(path)
    return spec


def _beneficiaries(spec: Spec, ws, header_style) -> None:
    headers = data.BENEFICIARY_HEADERS_EN if spec.english_headers else data.BENEFICIARY_HEADERS_IT
    last_col = get_column_letter(len(headers))
    row = 1
    if spec.title_rows:
        ws["A1"] = "Homes4All — famiglie beneficiarie del premio di risultato (Città di Torino)"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = (
            f"Situazione al 31/12/{data.FIRST_CALENDAR_YEAR + spec.current_year - 1}: esiti verificati fino all'anno "
            f"di programma {spec.current_year}. Dati di esempio, non reali."
        )
        ws["A2"].font = Font(italic=True)
        if spec.has("mergedCells"):
            ws.merge_cells(f"A1:{last_col}1")
            ws.merge_cells(f"A2:{last_col}2")
        row = 4
    spec.header_row = row
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=row, column=c, value=h)
        if header_style is not None:
            cell.style = header_style.name
        else:
            cell.font = Font(bold=True)
    spec.first_row = row + 1
    for i, f in enumerate(spec.fams):
        r = spec.first_row + i
        for c, key in enumerate(data.BENEFICIARY_KEYS, start=1):
            v = f.value(key)
            if v is None or v == "":
                continue
            cell = ws.cell(row=r, column=c, value=v)
            if key in ("requestDate", "contractDate"):
                cell.value = dt.datetime(v.year, v.month, v.day)
                cell.number_format = DATE
            elif key == "isee":
                cell.number_format = EURO
        if spec.wait_formulas and f.requestDate is not None and f.contractDate is not None:
            coord = f"J{r}"
            ws[coord] = f"=ROUND((I{r}-H{r})/(365.25/12),1)"
            ws[coord].number_format = "0.0"
            spec.cached[(spec.sheet, coord)] = data.wait_months_formula_value(f)
    spec.last_row = spec.first_row + len(spec.fams) - 1
    first, last = spec.first_row, spec.last_row

    widths = [14, 8, 11, 8, 12, 20, 34, 13, 13, 10, 11, 13, 12, 14, 12, 12]
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = ws.cell(row=first, column=2)

    if spec.has("table"):
        table = Table(displayName="TabBeneficiari", ref=f"A{row}:{last_col}{last}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        ws.add_table(table)
    elif spec.has("autoFilter"):
        ws.auto_filter.ref = f"A{row}:{last_col}{last}"

    if spec.has("legacyNotes"):
        ws.cell(row=row, column=7).comment = Comment(
            "Servizio della Città che ha segnalato la famiglia al programma.", "Ufficio Bilancio", width=240, height=80
        )
        ws.cell(row=first + 2, column=5).comment = Comment(
            "ISEE aggiornato dopo la verifica documentale del 2025.", "Maria Rossi", width=220, height=70
        )
    if spec.has("threadedComments"):
        # The legacy fallback Excel writes beside a threaded comment; features.add_threaded_comments
        # adds the threaded parts and points them at this cell.
        ws.cell(row=first + 1, column=7).comment = Comment(THREAD_FALLBACK, "tc={" + THREAD_IDS[0] + "}", width=300, height=140)

    if spec.has("dataValidation"):
        yes_no = DataValidation(
            type="list",
            formula1="ElencoSiNo" if spec.has("hiddenSheet") else '"Sì,No"',
            allow_blank=True,
            showErrorMessage=True,
            showInputMessage=True,
            errorTitle="Valore non ammesso",
            error="Scrivere Sì o No (oppure lasciare vuoto se l'esito non è ancora dovuto).",
            promptTitle="Esito",
            prompt="Sì o No",
        )
        yes_no.add("K5:P500" if first == 5 else f"K{first}:P500")
        ws.add_data_validation(yes_no)
        months = DataValidation(
            type="decimal",
            operator="greaterThanOrEqual",
            formula1="0",
            allow_blank=True,
            showErrorMessage=True,
            showInputMessage=True,
            errorStyle="warning",
            errorTitle="Mesi di attesa",
            error="Inserire un numero di mesi maggiore o uguale a 0.",
            promptTitle="Mesi di attesa",
            prompt="Solo se manca la data della domanda o del contratto.",
        )
        months.add(f"J{first}:J500")
        ws.add_data_validation(months)
        if spec.has("hiddenSheet"):
            cond = DataValidation(type="list", formula1="ElencoCondizioni", allow_blank=True, showErrorMessage=True,
                                  errorTitle="Condizione abitativa", error="Scegliere una condizione dall'elenco.")
            cond.add(f"F{first}:F500")
            ws.add_data_validation(cond)

    if spec.has("conditionalFormatting"):
        red = PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")
        ws.conditional_formatting.add(
            f"K{first}:P{last}", FormulaRule(formula=[f'K{first}="No"'], fill=red, font=Font(color="9C0006"))
        )
        ws.conditional_formatting.add(
            f"E{first}:E{last}", CellIsRule(operator="greaterThan", formula=["20000"], fill=PatternFill("solid", start_color="FFEB9C", end_color="FFEB9C"))
        )
        ws.conditional_formatting.add(
            f"C{first}:C{last}", ColorScaleRule(start_type="min", start_color="F8F8F8", end_type="max", end_color="63BE7B")
        )

    if spec.has("image"):
        img = Image(io.BytesIO(logo_png()))
        img.width, img.height = 160, 48
        ws.add_image(img, f"{get_column_letter(len(headers) + 2)}1")

    if spec.has("pageBreaks"):
        ws.row_breaks.append(Break(id=first + 11))
        ws.col_breaks.append(Break(id=9))
    if spec.has("printSettings"):
        ws.print_area = f"A1:{last_col}{last}"
        ws.print_title_rows = f"{row}:{row}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.oddHeader.center.text = "Homes4All – beneficiari"
        ws.oddFooter.right.text = "Pagina &P di &N"
    if spec.has("hyperlinks") and spec.title_rows:
        ws["A2"].hyperlink = "https://www.comune.torino.it/"
        ws["A2"].hyperlink.tooltip = "Città di Torino"
    if spec.has("sheetProtectionBeneficiari"):
        ws.protection.sheet = True
        ws.protection.password = "torino"
        ws.protection.autoFilter = False
        ws.protection.sort = False


def _candidates(spec: Spec, ws, cands, year: int, header_style) -> None:
    ws["A1"] = f"Homes4All — domande per l'ingresso del {year} (Città di Torino)"
    ws["A1"].font = Font(bold=True, size=13)
    header = 3
    for c, h in enumerate(data.CANDIDATE_HEADERS, start=1):
        cell = ws.cell(row=header, column=c, value=h)
        if header_style is not None:
            cell.style = header_style.name
        else:
            cell.font = Font(bold=True)
    for i, cand in enumerate(cands):
        r = header + 1 + i
        for c, key in enumerate(data.CANDIDATE_KEYS, start=1):
            v = cand.value(key)
            if v is None:
                continue
            cell = ws.cell(row=r, column=c, value=v)
            if key == "requestDate":
                cell.value = dt.datetime(v.year, v.month, v.day)
                cell.number_format = DATE
            elif key == "isee":
                cell.number_format = EURO
    for c, w in enumerate([14, 13, 34, 11, 8, 9, 9, 12, 20, 12, 10, 9], start=1):
        ws.column_dimensions[get_column_letter(c)].width = w


def _summary(spec: Spec, wb, ws) -> None:
    rows = data.summary_rows(spec.fams, spec.sheet, spec.first_row, spec.last_row, spec.current_year)
    ws["A1"] = "Riepilogo beneficiari"
    ws["A1"].font = Font(bold=True, size=13)
    if spec.has("mergedCells"):
        ws.merge_cells("A1:C1")
    if spec.has("hyperlinks"):
        ws["A2"] = "→ Elenco dei beneficiari"
        ws["A2"].hyperlink = Hyperlink(ref="A2", location=f"{quote_sheet(spec.sheet)}!A{spec.header_row}", tooltip="Vai al foglio dei beneficiari")
        ws["A2"].style = "Hyperlink"
    ws["A3"], ws["B3"] = "Indicatore", "Valore"
    ws["A3"].font = ws["B3"].font = Font(bold=True)
    for i, s in enumerate(rows):
        r = 4 + i
        ws.cell(row=r, column=1, value=s.label)
        ws.cell(row=r, column=2, value="=" + s.formula)
        spec.cached[("Riepilogo", f"B{r}")] = s.value
        if "ISEE" in s.label:
            ws.cell(row=r, column=2).number_format = EURO
    r = 4 + len(rows) + 1
    ws.cell(row=r, column=1, value="Premio per famiglia (€)")
    ws.cell(row=r, column=2, value=6000).number_format = EURO
    spec.premium_cell = f"B{r}"  # type: ignore[attr-defined]
    ws.cell(row=r + 1, column=1, value="Premio massimo (€)")
    ws.cell(row=r + 1, column=2, value=f"=B4*{spec.premium_cell}").number_format = EURO  # type: ignore[attr-defined]
    spec.cached[("Riepilogo", f"B{r + 1}")] = len(spec.fams) * 6000
    if spec.has("definedNames"):
        ws.cell(row=r + 2, column=1, value="Indicizzazione (Tasso)")
        ws.cell(row=r + 2, column=2, value=f"=B{r + 1}*Tasso").number_format = EURO
        spec.cached[("Riepilogo", f"B{r + 2}")] = round(len(spec.fams) * 6000 * 0.05, 2)
    if spec.has("externalLink"):
        ws.cell(row=r + 3, column=1, value="Stanziamento di bilancio (Bilancio2026.xlsx)")
        ws.cell(row=r + 3, column=2, value="=[1]Sheet1!$A$1").number_format = EURO
        spec.cached[("Riepilogo", f"B{r + 3}")] = 240000
        spec.external_cell = f"B{r + 3}"  # type: ignore[attr-defined]
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 16
    spec.summary_rows = rows  # type: ignore[attr-defined]

    if spec.has("chart"):
        chart = BarChart()
        chart.type = "col"
        chart.title = "Famiglie per coorte"
        chart.y_axis.title = "Famiglie"
        chart.x_axis.title = "Coorte"
        values = Reference(ws, min_col=2, min_row=5, max_row=4 + spec.current_year)
        cats = Reference(ws, min_col=1, min_row=5, max_row=4 + spec.current_year)
        chart.add_data(values, titles_from_data=False)
        chart.set_categories(cats)
        chart.legend = None
        chart.width, chart.height = 14, 7
        ws.add_chart(chart, "D3")
    if spec.has("lineChart"):
        bs = wb[spec.sheet]
        line = LineChart()
        line.title = "ISEE per famiglia"
        line.y_axis.title = "€"
        line.add_data(Reference(bs, min_col=5, min_row=spec.header_row, max_row=spec.last_row), titles_from_data=True)
        line.set_categories(Reference(bs, min_col=1, min_row=spec.first_row, max_row=spec.last_row))
        line.width, line.height = 16, 7
        ws.add_chart(line, "D19")
    if spec.has("sheetProtection"):
        ws.protection.sheet = True
        ws.protection.password = "h4a"


def _names(spec: Spec, wb, summary) -> None:
    if not spec.has("definedNames"):
        return
    q = quote_sheet(spec.sheet)
    first, last = spec.first_row, spec.last_row
    # A constant name, a formula name, a name pointing into the beneficiary sheet, a sheet-scoped name.
    wb.defined_names.append(DefinedName("Tasso", attr_text="0.05", comment="Tasso di indicizzazione"))
    wb.defined_names.append(DefinedName("Famiglie_Totali", attr_text=f"COUNTA({q}!$A${first}:$A${last})"))
    wb.defined_names.append(DefinedName("Elenco_Famiglie", attr_text=f"{q}!$A${spec.header_row}:$P${last}"))
    wb.defined_names.append(DefinedName("ISEE_Famiglie", attr_text=f"{q}!$E${first}:$E${last}"))
    if summary is not None:
        idx = wb.sheetnames.index("Riepilogo")
        wb.defined_names.append(
            DefinedName("PremioFamiglia", attr_text=f"Riepilogo!${spec.premium_cell[0]}${spec.premium_cell[1:]}", localSheetId=idx)  # type: ignore[attr-defined]
        )


THREAD_IDS = [
    "7A3C1E52-5B0D-4F6E-9D21-3C4B5A6D7E01",  # the thread's first comment
    "7A3C1E52-5B0D-4F6E-9D21-3C4B5A6D7E02",  # the reply
]
PERSON_IDS = [
    "1F2E3D4C-5B6A-4798-8A9B-0C1D2E3F4A51",
    "1F2E3D4C-5B6A-4798-8A9B-0C1D2E3F4A52",
]
THREAD_TEXTS = [
    "Il servizio inviante va confermato con la Circoscrizione prima del pagamento.",
    "Confermato per telefono il 12/01: resta invariato.",
]
THREAD_FALLBACK = (
    "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it "
    "will get removed if the file is opened in a newer version of Excel. Learn more: "
    "https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    " + THREAD_TEXTS[0] + "\nReply:\n    " + THREAD_TEXTS[1]
)
