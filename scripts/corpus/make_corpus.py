#!/usr/bin/env python3
"""Regenerates the workbook corpus in test/corpus/ (see test/corpus/README.md).

    python3 scripts/corpus/make_corpus.py            # every file
    python3 scripts/corpus/make_corpus.py pivot.xlsx # only some

Needs the Debian packages python3-openpyxl, python3-pil, python3-lxml, libreoffice-calc-nogui and
python3-uno (for the LibreOffice-made files). When the `python3` on PATH is not Debian's
(e.g. pyenv), Debian's dist-packages directory is added to sys.path.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ beside the scripts
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
for extra in ("/usr/lib/python3/dist-packages", "/usr/lib/libreoffice/program"):
    if os.path.isdir(extra) and extra not in sys.path:
        sys.path.append(extra)

import build_openpyxl as bo  # noqa: E402
import features  # noqa: E402
from package import Package  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "test", "corpus")


def openpyxl_file(spec: bo.Spec, tmp: str) -> Package:
    """An openpyxl-written workbook plus the hand-made parts its features need."""
    path = os.path.join(tmp, spec.name + ".openpyxl.xlsx")
    bo.build(spec, path)
    pkg = Package.read(path)
    features.fill_cached_values(pkg, spec.cached)
    if spec.has("image"):
        features.add_image_descr(pkg, "Logo della Città di Torino – programma Homes4All", "Logo Homes4All")
    if spec.has("customProperties"):
        features.add_custom_properties(pkg, features.CUSTOM_PROPS)
    if spec.has("externalLink"):
        features.add_external_link(pkg)
    if spec.has("threadedComments"):
        features.add_threaded_comments(pkg, spec.sheet, f"G{spec.first_row + 1}")
    return pkg


FULL = {
    "chart", "legacyNotes", "table", "image", "dataValidation", "conditionalFormatting", "definedNames",
    "hiddenSheet", "veryHiddenSheet", "mergedCells", "sheetProtection", "pageBreaks", "hyperlinks",
    "printSettings", "customProperties", "namedStyle", "externalLink",
}


def spec_openpyxl_full() -> bo.Spec:
    return bo.Spec(name="openpyxl-full", seed=20260101, families=24, current_year=3, candidates=18,
                   features=set(FULL) | {"lineChart", "threadedComments"})


def make_openpyxl_full(tmp: str) -> None:
    spec = spec_openpyxl_full()
    pkg = openpyxl_file(spec, tmp)
    pkg.write(os.path.join(OUT, "openpyxl-full.xlsx"))


def make_openpyxl_english(tmp: str) -> None:
    spec = bo.Spec(name="openpyxl-english-minimal", seed=20260202, families=11, current_year=3, sheet="Families",
                   english_headers=True, title_rows=False, summary=False, features=set())
    pkg = openpyxl_file(spec, tmp)
    pkg.write(os.path.join(OUT, "openpyxl-english-minimal.xlsx"))


def lo_roundtrip(spec: bo.Spec, tmp: str, edit=None, macro: bool = False) -> Package:
    """The openpyxl workbook of `spec`, opened in LibreOffice, recalculated, edited and saved by it."""
    import lo

    work = os.path.join(tmp, spec.name)
    os.makedirs(work, exist_ok=True)
    src = os.path.join(work, "source.xlsx")
    openpyxl_file(spec, tmp).write(src)
    dst = os.path.join(work, "saved.xlsm" if macro else "saved.xlsx")
    with lo.Office() as office:
        doc = office.load(src)
        if edit is not None:
            edit(office, doc)
        doc.calculateAll()
        lo.Office.save(doc, dst, macro=macro)
        doc.close(True)
    pkg = Package.read(dst)
    features.normalize_core_dates(pkg)
    features.normalize_chart_axis_ids(pkg)
    return pkg


def spec_libreoffice_full() -> bo.Spec:
    return bo.Spec(name="libreoffice-full", seed=20260303, families=28, current_year=4, candidates=22,
                   features=set(FULL))


def make_libreoffice_full(tmp: str) -> None:
    pkg = lo_roundtrip(spec_libreoffice_full(), tmp)
    pkg.write(os.path.join(OUT, "libreoffice-full.xlsx"))


def spec_pivot() -> bo.Spec:
    return bo.Spec(name="pivot", seed=20260404, families=20, current_year=3, features={"mergedCells"})


def make_pivot(tmp: str) -> None:
    import lo

    spec = spec_pivot()

    def edit(office, doc):
        lo.add_pivot(doc, spec.sheet, f"A{spec.header_row}:P{spec.last_row}", "Pivot",
                     rows=["Servizio inviante"], columns=["Coorte"], data=("ID famiglia", "COUNT"))

    lo_roundtrip(spec, tmp, edit).write(os.path.join(OUT, "pivot.xlsx"))


VBA_MODULE = """Option VBASupport 1
Option Explicit

' Conta le famiglie del foglio Beneficiari e le scrive nel Riepilogo.
Sub AggiornaRiepilogo()
    Dim ultima As Long
    Dim n As Long
    ultima = Worksheets("Beneficiari").Cells(Rows.Count, 1).End(xlUp).Row
    n = Application.WorksheetFunction.CountA(Worksheets("Beneficiari").Range("A5:A" & ultima))
    Worksheets("Riepilogo").Range("D2").Value = "Aggiornato: " & n & " famiglie"
End Sub
"""


def spec_macro() -> bo.Spec:
    return bo.Spec(name="macro", seed=20260505, families=15, current_year=4, features={"mergedCells", "legacyNotes"})


def make_macro(tmp: str) -> None:
    import cfb
    import lo

    def edit(office, doc):
        lo.add_vba_module(doc, "Modulo1", VBA_MODULE)

    pkg = lo_roundtrip(spec_macro(), tmp, edit, macro=True)
    pkg.parts["xl/vbaProject.bin"] = cfb.normalize_vba_project(pkg.parts["xl/vbaProject.bin"])
    pkg.write(os.path.join(OUT, "macro.xlsm"))


def spec_excel_layout_full() -> bo.Spec:
    spec = bo.Spec(name="excel-layout-full", seed=20260606, families=18, current_year=3, candidates=16,
                   features=set(FULL) | {"threadedComments"})
    spec.wait_formulas = True  # "Mesi di attesa" computed by a formula where both dates are known
    return spec


def make_excel_layout_full(tmp: str) -> None:
    import excel_layout

    spec = spec_excel_layout_full()
    pkg = openpyxl_file(spec, tmp)
    excel_layout.relayout(pkg, spec.sheet, f"D{spec.first_row}:D{spec.last_row}")
    pkg.write(os.path.join(OUT, "excel-layout-full.xlsx"), order=excel_layout.zip_order(pkg))


def make_parametri(tmp: str) -> None:
    import parametri

    parametri.make(ROOT, os.path.join(OUT, "parametri-user-formulas.xlsx"))


def spec_protected() -> bo.Spec:
    return bo.Spec(name="openpyxl-protected", seed=20260707, families=13, current_year=4,
                   features={"workbookProtection", "sheetProtectionBeneficiari", "sheetProtection", "mergedCells"})


def make_protected(tmp: str) -> None:
    openpyxl_file(spec_protected(), tmp).write(os.path.join(OUT, "openpyxl-protected.xlsx"))


def make_excel_layout_protected(tmp: str) -> None:
    import excel_layout

    spec = spec_protected()
    spec.name, spec.seed, spec.families, spec.current_year = "excel-layout-protected", 20260808, 21, 3
    pkg = openpyxl_file(spec, tmp)
    excel_layout.relayout(pkg, spec.sheet, None)
    pkg.write(os.path.join(OUT, "excel-layout-protected.xlsx"), order=excel_layout.zip_order(pkg))


MAKERS = {
    "openpyxl-full.xlsx": make_openpyxl_full,
    "openpyxl-english-minimal.xlsx": make_openpyxl_english,
    "excel-layout-full.xlsx": make_excel_layout_full,
    "openpyxl-protected.xlsx": make_protected,
    "excel-layout-protected.xlsx": make_excel_layout_protected,
    "parametri-user-formulas.xlsx": make_parametri,
    "libreoffice-full.xlsx": make_libreoffice_full,
    "pivot.xlsx": make_pivot,
    "macro.xlsm": make_macro,
}


def main(argv):
    wanted = argv[1:] or list(MAKERS)
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="h4a-corpus-")
    try:
        for name in wanted:
            print("making", name, flush=True)
            MAKERS[name](tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv)
