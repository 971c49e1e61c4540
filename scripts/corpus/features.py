"""Parts added by hand to a package, for what openpyxl cannot write.

Each function edits a `Package` in place and keeps the package consistent: the new part, its
relationship from the right source part, and its content type.
"""
from __future__ import annotations

import re
from typing import Dict, Iterable, List, Optional, Tuple

import build_openpyxl as bo
from package import CT, MAIN_NS, R_NS, REL, Package, attr, xml_text

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def fmt_number(v) -> str:
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    f = float(v)
    if f.is_integer():
        return str(int(f))
    return repr(f)


def fill_cached_values(pkg: Package, cached: Dict[Tuple[str, str], object]) -> None:
    """Write the value of each formula cell openpyxl left empty (`<f>…</f><v></v>`)."""
    sheets = pkg.sheet_parts()
    by_sheet: Dict[str, Dict[str, object]] = {}
    for (sheet, cell), value in cached.items():
        by_sheet.setdefault(sheets[sheet], {})[cell] = value
    for part, cells in by_sheet.items():
        text = pkg.text(part)
        for cell, value in cells.items():
            pattern = re.compile(rf'<c r="{cell}"([^>]*)><f>(.*?)</f>(?:<v></v>|<v/>|<v>[^<]*</v>)?</c>')
            m = pattern.search(text)
            if not m:
                raise ValueError(f"{part}: no formula cell {cell}")
            attrs = re.sub(r'\s+t="[^"]*"', "", m.group(1))
            if isinstance(value, str):
                repl = f'<c r="{cell}"{attrs} t="str"><f>{m.group(2)}</f><v>{xml_text(value)}</v></c>'
            else:
                repl = f'<c r="{cell}"{attrs}><f>{m.group(2)}</f><v>{fmt_number(value)}</v></c>'
            text = text[: m.start()] + repl + text[m.end():]
        pkg.set_text(part, text)


CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def add_custom_properties(pkg: Package, props: List[Tuple[str, str, str]]) -> None:
    """docProps/custom.xml: (name, vt type, value) triples, e.g. ("Ufficio", "lpwstr", "…")."""
    body = "".join(
        f'<property fmtid="{CUSTOM_FMTID}" pid="{i}" name={attr(name)}><vt:{t}>{xml_text(v)}</vt:{t}></property>'
        for i, (name, t, v) in enumerate(props, start=2)
    )
    pkg.parts["docProps/custom.xml"] = (
        XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' + body + "</Properties>"
    ).encode("utf-8")
    pkg.add_override("/docProps/custom.xml", CT["custom"])
    pkg.add_rel("", REL["customProperties"], "docProps/custom.xml")


CUSTOM_PROPS = [
    ("Ufficio", "lpwstr", "Area Politiche Sociali – Ufficio Bilancio"),
    ("Programma", "lpwstr", "Homes4All – premio di risultato"),
    ("Protocollo", "lpwstr", "2026/0001234"),
    ("AnnoProgramma", "i4", "3"),
    ("Riservato", "bool", "true"),
    ("DataEstrazione", "filetime", "2026-01-20T09:30:00Z"),
]


def add_external_link(pkg: Package, target: str = "Bilancio2026.xlsx", value: float = 240000) -> None:
    """xl/externalLinks/externalLink1.xml with a cached Sheet1!A1, to a workbook that does not exist."""
    part = "xl/externalLinks/externalLink1.xml"
    pkg.parts[part] = (
        XML_DECL + f'<externalLink xmlns="{MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'mc:Ignorable="x14" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        f'<externalBook xmlns:r="{R_NS}" r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames>'
        f'<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>{fmt_number(value)}</v></cell></row></sheetData></sheetDataSet>'
        "</externalBook></externalLink>"
    ).encode("utf-8")
    pkg.add_rel(part, REL["externalLinkPath"], target, external=True, rid="rId1")
    pkg.add_override("/" + part, CT["externalLink"])
    rid = pkg.add_rel("xl/workbook.xml", REL["externalLink"], "externalLinks/externalLink1.xml")
    wb = pkg.text("xl/workbook.xml")
    if "xmlns:r=" not in wb.split(">", 2)[1]:
        wb = re.sub(r"<workbook\b", f'<workbook xmlns:r="{R_NS}"', wb, count=1)
    wb = wb.replace("</sheets>", f'</sheets><externalReferences><externalReference r:id="{rid}"/></externalReferences>', 1)
    pkg.set_text("xl/workbook.xml", wb)


def add_image_descr(pkg: Package, descr: str, title: Optional[str] = None) -> None:
    """Alt text on every picture of every drawing (openpyxl writes none)."""
    for name in [n for n in pkg.parts if re.match(r"xl/drawings/drawing\d+\.xml$", n)]:
        text = pkg.text(name)

        def fix(m):
            tag = m.group(0)
            tag = re.sub(r'\s+descr="[^"]*"', "", tag)
            extra = f" descr={attr(descr)}" + (f" title={attr(title)}" if title else "")
            return re.sub(r"(\s*/?>)$", extra + r"\1", tag, count=1)

        new = re.sub(r"<(?:xdr:)?pic>.*?</(?:xdr:)?pic>", lambda pm: re.sub(r"<(?:xdr:)?cNvPr\b[^>]*?/?>", fix, pm.group(0), count=1), text, flags=re.S)
        pkg.set_text(name, new)


def add_threaded_comments(pkg: Package, sheet: str, cell: str) -> None:
    """Excel 365 threaded comments on `cell` (a comment and its reply) plus the person list.

    The legacy note with the "[Threaded comment]" fallback text (what Excel writes beside each thread)
    was written by build_openpyxl with author tc={id}."""
    part = pkg.sheet_parts()[sheet]
    tc_part = "xl/threadedComments/threadedComment1.xml"
    ids, persons, texts = bo.THREAD_IDS, bo.PERSON_IDS, bo.THREAD_TEXTS
    pkg.parts[tc_part] = (
        XML_DECL + '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" '
        'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<threadedComment ref="{cell}" dT="2026-01-09T10:15:42.31" personId="{{{persons[0]}}}" id="{{{ids[0]}}}">'
        f"<text>{xml_text(texts[0])}</text></threadedComment>"
        f'<threadedComment ref="{cell}" dT="2026-01-12T16:02:07.85" personId="{{{persons[1]}}}" id="{{{ids[1]}}}" parentId="{{{ids[0]}}}">'
        f"<text>{xml_text(texts[1])}</text></threadedComment>"
        "</ThreadedComments>"
    ).encode("utf-8")
    pkg.parts["xl/persons/person.xml"] = (
        XML_DECL + '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" '
        'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<person displayName="Maria Rossi" id="{{{persons[0]}}}" userId="maria.rossi@comune.torino.it" providerId="AD"/>'
        f'<person displayName="Luca Bianchi" id="{{{persons[1]}}}" userId="luca.bianchi@comune.torino.it" providerId="AD"/>'
        "</personList>"
    ).encode("utf-8")
    pkg.add_rel(part, REL["threadedComment"], "../threadedComments/threadedComment1.xml")
    pkg.add_rel("xl/workbook.xml", REL["person"], "persons/person.xml")
    pkg.add_override("/" + tc_part, CT["threadedComment"])
    pkg.add_override("/xl/persons/person.xml", CT["person"])


def normalize_core_dates(pkg: Package, when: str = "2026-01-20T09:30:00Z") -> None:
    if "docProps/core.xml" not in pkg.parts:
        return
    pkg.sub("docProps/core.xml", r"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:(?:created|modified)>)",
            lambda m: m.group(1) + when + m.group(2), expect=False)


def normalize_chart_axis_ids(pkg: Package) -> None:
    """LibreOffice draws random chart axis ids on every save; number them in order of appearance."""
    for name in [n for n in pkg.parts if re.match(r"xl/charts/chart\d+\.xml$", n)]:
        text = pkg.text(name)
        ids: Dict[str, str] = {}
        for m in re.finditer(r'<c:axId val="(\d+)"/>', text):
            ids.setdefault(m.group(1), str(50010001 + len(ids)))
        text = re.sub(r'(<c:(?:axId|crossAx) val=")(\d+)("/>)', lambda m: m.group(1) + ids.get(m.group(2), m.group(2)) + m.group(3), text)
        pkg.set_text(name, text)
