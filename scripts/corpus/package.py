"""A zip package held in memory as an ordered {part name: bytes} map, written deterministically.

Every corpus file goes through `Package.write`: entries keep their order, carry a fixed timestamp
(1980-01-01) and are deflated, so regenerating the corpus gives byte-identical files.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from collections import OrderedDict
from typing import Dict, Iterable, List, Optional, Tuple
from xml.sax.saxutils import escape, quoteattr

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

REL = {
    "worksheet": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
    "comments": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
    "vmlDrawing": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
    "externalLink": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink",
    "externalLinkPath": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath",
    "customProperties": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
    "threadedComment": "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
    "person": "http://schemas.microsoft.com/office/2017/10/relationships/person",
    "calcChain": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
    "vbaProject": "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
}

CT = {
    "comments": "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
    "externalLink": "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
    "custom": "application/vnd.openxmlformats-officedocument.custom-properties+xml",
    "threadedComment": "application/vnd.ms-excel.threadedcomments+xml",
    "person": "application/vnd.ms-excel.person+xml",
    "calcChain": "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
    "vbaProject": "application/vnd.ms-office.vbaProject",
    "vml": "application/vnd.openxmlformats-officedocument.vmlDrawing",
    "macroMain": "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "main": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
}


class Package:
    def __init__(self, parts: "OrderedDict[str, bytes]") -> None:
        self.parts = parts

    @classmethod
    def read(cls, path: str) -> "Package":
        parts: "OrderedDict[str, bytes]" = OrderedDict()
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                if info.is_dir():
                    continue
                parts[info.filename] = z.read(info)
        return cls(parts)

    def write(self, path: str, order: Optional[List[str]] = None) -> None:
        names = list(self.parts)
        if order is not None:
            names = [n for n in order if n in self.parts] + [n for n in names if n not in order]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name in names:
                info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o600 << 16
                info.create_system = 0
                z.writestr(info, self.parts[name], compresslevel=9)

    # -- text helpers -------------------------------------------------------------------------
    def text(self, name: str) -> str:
        return self.parts[name].decode("utf-8")

    def set_text(self, name: str, text: str) -> None:
        self.parts[name] = text.encode("utf-8")

    def sub(self, name: str, pattern: str, repl, count: int = 0, flags: int = 0, expect: bool = True) -> None:
        text = self.text(name)
        new, n = re.subn(pattern, repl, text, count=count, flags=flags)
        if expect and n == 0:
            raise ValueError(f"{name}: pattern not found: {pattern}")
        self.set_text(name, new)

    # -- content types ------------------------------------------------------------------------
    def add_override(self, part: str, content_type: str) -> None:
        ct = self.text("[Content_Types].xml")
        if f'PartName="{part}"' in ct:
            return
        self.set_text("[Content_Types].xml", ct.replace("</Types>", f'<Override PartName="{part}" ContentType="{content_type}"/></Types>'))

    def add_default(self, ext: str, content_type: str) -> None:
        ct = self.text("[Content_Types].xml")
        if re.search(rf'<Default Extension="{re.escape(ext)}"', ct, re.I):
            return
        self.set_text("[Content_Types].xml", re.sub(r"(<Types[^>]*>)", lambda m: m.group(1) + f'<Default Extension="{ext}" ContentType="{content_type}"/>', ct, count=1))

    def set_override(self, part: str, content_type: str) -> None:
        self.sub("[Content_Types].xml", rf'(<Override PartName="{re.escape(part)}" ContentType=")[^"]*(")', lambda m: m.group(1) + content_type + m.group(2))

    # -- relationships ------------------------------------------------------------------------
    @staticmethod
    def rels_name(part: str) -> str:
        d, f = posixpath.split(part)
        return posixpath.join(d, "_rels", f + ".rels")

    def rels(self, part: str) -> List[Tuple[str, str, str, Optional[str]]]:
        name = self.rels_name(part)
        if name not in self.parts:
            return []
        out = []
        for m in re.finditer(r"<Relationship\b([^>]*)/>", self.text(name)):
            a = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
            out.append((a["Id"], a["Type"], a["Target"], a.get("TargetMode")))
        return out

    def add_rel(self, part: str, rel_type: str, target: str, external: bool = False, rid: Optional[str] = None) -> str:
        name = self.rels_name(part)
        if name not in self.parts:
            self.set_text(name, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{REL_NS}"></Relationships>')
            if "[Content_Types].xml" in self.parts:
                self.add_default("rels", "application/vnd.openxmlformats-package.relationships+xml")
        existing = {r[0] for r in self.rels(part)}
        if rid is None:
            n = 1
            while f"rId{n}" in existing:
                n += 1
            rid = f"rId{n}"
        mode = ' TargetMode="External"' if external else ""
        self.sub(name, r"</Relationships>", lambda m: f'<Relationship Id="{rid}" Type="{rel_type}" Target={quoteattr(target)}{mode}/></Relationships>')
        return rid

    def target_of(self, part: str, rel_type: str) -> Optional[str]:
        """The part name a relationship of `rel_type` from `part` points to."""
        for _, t, target, mode in self.rels(part):
            if t == rel_type and mode != "External":
                return resolve(part, target)
        return None

    def sheet_parts(self) -> "OrderedDict[str, str]":
        """Sheet name → worksheet part name, in workbook order."""
        wb = self.text("xl/workbook.xml")
        rels = {r[0]: resolve("xl/workbook.xml", r[2]) for r in self.rels("xl/workbook.xml")}
        out: "OrderedDict[str, str]" = OrderedDict()
        for m in re.finditer(r"<sheet\b([^>]*)/>", wb):
            attrs = m.group(1)
            name = unescape_attr(re.search(r'\bname="([^"]*)"', attrs).group(1))
            rid = re.search(r'\br:id="([^"]*)"', attrs).group(1)
            out[name] = rels[rid]
        return out


def resolve(source_part: str, target: str) -> str:
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(posixpath.dirname(source_part), target))


def unescape_attr(s: str) -> str:
    return s.replace("&quot;", '"').replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def xml_text(s: str) -> str:
    return escape(s)


def attr(s: str) -> str:
    return quoteattr(s)
