"""Re-lays out an openpyxl-written package the way Microsoft Excel (Microsoft 365, build 16.0) writes
its parts. We cannot run Excel here, so this emulates what Excel's files look like:

- every XML part starts with `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + CRLF;
- worksheets declare `mc:Ignorable="x14ac xr xr2 xr3"` with an `xr:uid`, rows carry `spans` and
  `x14ac:dyDescent`, numbers carry no `t="n"`, strings are shared (`xl/sharedStrings.xml`, with
  count/uniqueCount) instead of openpyxl's inline strings, Excel's default page margins;
- an `<extLst>` on the beneficiary sheet (an x14 data bar), on styles.xml (slicer/timeline styles)
  and on workbook.xml (x15 workbookPr, calc features);
- workbook.xml with fileVersion/appName="xl", absPath, revisionPtr, `xr2:uid` on the window,
  defined names sorted, print titles as `Sheet!$4:$4`, calcPr calcId 191029;
- `xl/_rels/workbook.xml.rels` with ABSOLUTE targets (`/xl/worksheets/sheet1.xml`, as Excel for
  the web writes them), worksheet/drawing rels with relative targets and rId ids;
- comments moved to `xl/comments1.xml` and `xl/drawings/vmlDrawing1.vml` (Excel's names), with
  `xr:uid` per comment (the thread id for the threaded comment's fallback note);
- tables with `xr:uid`/`xr3:uid`, drawings with the `xdr:` prefix and `a16:creationId`,
  fonts in schema order, `xl/calcChain.xml` listing every formula cell, `docProps/app.xml` with
  HeadingPairs/TitlesOfParts, Excel's [Content_Types].xml and zip entry order.
"""
from __future__ import annotations

import re
import uuid
from typing import Dict, List, Optional, Tuple

from lxml import etree

from package import CT, MAIN_NS, R_NS, REL, Package, resolve

DECL = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"
XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision"
XR2 = "http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"
XR3 = "http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"
X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
XM = "http://schemas.microsoft.com/office/excel/2006/main"
X15 = "http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"
XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
A16 = "http://schemas.microsoft.com/office/drawing/2014/main"
M = "{%s}" % MAIN_NS
GUID_NS = uuid.UUID("3b8f0c4e-6a0d-4c61-9a43-2f1e5d7c9b10")


def guid(*parts) -> str:
    return "{" + str(uuid.uuid5(GUID_NS, "/".join(map(str, parts)))).upper() + "}"


def parse(pkg: Package, name: str):
    return etree.fromstring(pkg.parts[name])


def dump(root) -> bytes:
    return DECL + etree.tostring(root, encoding="UTF-8")


def rebuild(el, nsmap: Dict[Optional[str], str], parent=None):
    """A copy of `el` whose root declares `nsmap`, so that namespaces get Excel's prefixes."""
    new = etree.Element(el.tag, nsmap=nsmap) if parent is None else etree.SubElement(parent, el.tag)
    for k, v in el.attrib.items():
        new.set(k, v)
    new.text, new.tail = el.text, el.tail
    for child in el:
        if isinstance(child.tag, str):
            rebuild(child, nsmap, new)
    return new


def relayout(pkg: Package, beneficiary_sheet: str, databar_ref: Optional[str]) -> Package:
    sheets = pkg.sheet_parts()
    sheet_ids = {
        m.group(1): int(m.group(2))
        for m in re.finditer(r'<sheet\b[^>]*?name="([^"]*)"[^>]*?sheetId="(\d+)"', pkg.text("xl/workbook.xml"))
    }
    sst: List[str] = []
    sst_index: Dict[str, int] = {}
    formulas: List[Tuple[int, str]] = []
    rid_maps: Dict[str, Dict[str, str]] = {}

    # -- relationships of worksheets and drawings: relative targets, rIdN ids --------------------
    for name in list(pkg.parts):
        if not re.match(r"xl/(worksheets|drawings|charts|tables)/_rels/", name):
            continue
        source = name.replace("_rels/", "").rsplit(".rels", 1)[0]
        root = parse(pkg, name)
        rels = list(root)
        # Excel's order: hyperlinks, drawing, vmlDrawing, table, comments, threadedComment.
        rank = {"hyperlink": 0, "drawing": 1, "vmlDrawing": 2, "table": 3, "comments": 4, "threadedComment": 5}
        rels.sort(key=lambda r: rank.get(r.get("Type").rsplit("/", 1)[-1], 9))
        mapping = {}
        for i, r in enumerate(rels, start=1):
            mapping[r.get("Id")] = f"rId{i}"
        new_root = etree.Element(root.tag, nsmap={None: root.nsmap[None]})
        for r in rels:
            attrs = {"Id": mapping[r.get("Id")], "Type": r.get("Type"), "Target": r.get("Target")}
            if r.get("TargetMode"):
                attrs["TargetMode"] = r.get("TargetMode")
            elif attrs["Target"].startswith("/"):
                attrs["Target"] = _relative(source, attrs["Target"][1:])
            etree.SubElement(new_root, "Relationship", attrs)
        rid_maps[source] = mapping
        pkg.parts[name] = dump(new_root)

    # -- comments and VML under Excel's names ---------------------------------------------------
    renames: Dict[str, str] = {}
    n = 0
    for name in sorted(p for p in pkg.parts if re.match(r"xl/comments/comment\d+\.xml$", p)):
        n += 1
        renames[name] = f"xl/comments{n}.xml"
    n = 0
    for name in sorted(p for p in pkg.parts if re.match(r"xl/drawings/commentsDrawing\d+\.vml$", p)):
        n += 1
        renames[name] = f"xl/drawings/vmlDrawing{n}.vml"
    _rename_parts(pkg, renames)

    # -- worksheets -----------------------------------------------------------------------------
    for index, (sheet_name, part) in enumerate(sheets.items()):
        root = parse(pkg, part)
        mapping = rid_maps.get(part, {})
        for el in root.iter():
            rid = el.get("{%s}id" % R_NS)
            if rid is not None and rid in mapping:
                el.set("{%s}id" % R_NS, mapping[rid])
        nsmap = {None: MAIN_NS, "r": R_NS, "mc": MC, "x14ac": X14AC, "xr": XR, "xr2": XR2, "xr3": XR3}
        new = rebuild(root, nsmap)
        new.set("{%s}Ignorable" % MC, "x14ac xr xr2 xr3")
        new.set("{%s}uid" % XR, "{00000000-0001-0000-%02X00-000000000000}" % index)
        sheet_pr = new.find(M + "sheetPr")
        if sheet_pr is not None:
            for op in sheet_pr.findall(M + "outlinePr"):
                sheet_pr.remove(op)
            for ps in sheet_pr.findall(M + "pageSetUpPr"):
                if not ps.attrib:
                    sheet_pr.remove(ps)
            if len(sheet_pr) == 0 and not sheet_pr.attrib:
                new.remove(sheet_pr)
        views = new.find(M + "sheetViews")
        if views is not None and index == 0:
            views[0].set("tabSelected", "1")
        fmt = new.find(M + "sheetFormatPr")
        if fmt is not None:
            for k in list(fmt.attrib):
                del fmt.attrib[k]
            fmt.set("defaultRowHeight", "15")
            fmt.set("{%s}dyDescent" % X14AC, "0.25")
        data = new.find(M + "sheetData")
        for row in data:
            cells = [c for c in row if c.tag == M + "c"]
            if cells:
                cols = [_col(c.get("r")) for c in cells]
                row.set("spans", f"{min(cols)}:{max(cols)}")
            row.set("{%s}dyDescent" % X14AC, "0.25")
            for c in cells:
                t = c.get("t")
                if t == "n":
                    del c.attrib["t"]
                if t == "inlineStr":
                    text = "".join(c.find(M + "is").itertext())
                    for child in list(c):
                        c.remove(child)
                    if text not in sst_index:
                        sst_index[text] = len(sst)
                        sst.append(text)
                    c.set("t", "s")
                    v = etree.SubElement(c, M + "v")
                    v.text = str(sst_index[text])
                f = c.find(M + "f")
                if f is not None:
                    formulas.append((sheet_ids[sheet_name], c.get("r")))
                    v = c.find(M + "v")
                    if v is not None and not v.text:
                        c.remove(v)
        margins = new.find(M + "pageMargins")
        if margins is not None:
            for k, v in (("left", "0.7"), ("right", "0.7"), ("top", "0.75"), ("bottom", "0.75"), ("header", "0.3"), ("footer", "0.3")):
                margins.set(k, v)
        for i, h in enumerate(new.iter(M + "hyperlink")):
            h.set("{%s}uid" % XR, guid(part, "hyperlink", i))
        for brk in new.iter(M + "colBreaks"):
            for b in brk:
                b.set("max", "1048575")
        if sheet_name == beneficiary_sheet and databar_ref:
            _add_databar(new, databar_ref, guid(part, "databar"))
        pkg.parts[part] = dump(new)

    # -- shared strings (Excel always writes them) ------------------------------------------------
    sst_root = etree.Element(M + "sst", nsmap={None: MAIN_NS})
    total = sum(1 for part in sheets.values() for _ in re.finditer(rb't="s"', pkg.parts[part]))
    sst_root.set("count", str(total))
    sst_root.set("uniqueCount", str(len(sst)))
    for text in sst:
        si = etree.SubElement(sst_root, M + "si")
        t = etree.SubElement(si, M + "t")
        t.text = text
        if text != text.strip() or "\n" in text:
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    pkg.parts["xl/sharedStrings.xml"] = dump(sst_root)
    pkg.add_override("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml")
    pkg.add_rel("xl/workbook.xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings", "sharedStrings.xml")

    # -- calcChain ------------------------------------------------------------------------------
    if formulas:
        cc = etree.Element(M + "calcChain", nsmap={None: MAIN_NS})
        last_sheet = None
        for sheet_id, ref in formulas:
            c = etree.SubElement(cc, M + "c", r=ref)
            if sheet_id != last_sheet:
                c.set("i", str(sheet_id))
                last_sheet = sheet_id
        pkg.parts["xl/calcChain.xml"] = dump(cc)
        pkg.add_override("/xl/calcChain.xml", CT["calcChain"])
        pkg.add_rel("xl/workbook.xml", REL["calcChain"], "calcChain.xml")

    _comments(pkg)
    _vml(pkg)
    _charts(pkg)
    _root_rels(pkg)
    _tables(pkg)
    _drawings(pkg)
    _styles(pkg)
    names = _workbook(pkg, sheets)
    _app(pkg, list(sheets), names)
    _core(pkg)
    for name in list(pkg.parts):
        if name.endswith(".xml") or name.endswith(".rels"):
            body = pkg.parts[name]
            if not body.startswith(b"<?xml"):
                pkg.parts[name] = DECL + body
            else:
                pkg.parts[name] = DECL + re.sub(rb"^<\?xml[^>]*\?>\s*", b"", body)
    _content_types(pkg)
    return pkg


def _col(ref: str) -> int:
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _relative(source: str, target: str) -> str:
    import posixpath

    return posixpath.relpath(target, posixpath.dirname(source))


def _rename_parts(pkg: Package, renames: Dict[str, str]) -> None:
    if not renames:
        return
    for old, new in renames.items():
        pkg.parts[new] = pkg.parts.pop(old)
        ct = pkg.text("[Content_Types].xml").replace(f'PartName="/{old}"', f'PartName="/{new}"')
        pkg.set_text("[Content_Types].xml", ct)
    for name in [n for n in pkg.parts if n.endswith(".rels")]:
        source = name.replace("_rels/", "").rsplit(".rels", 1)[0]
        text = pkg.text(name)
        for old, new in renames.items():
            for target in re.findall(r'Target="([^"]*)"', text):
                if resolve(source, target) == old:
                    text = text.replace(f'Target="{target}"', f'Target="{_relative(source, new)}"')
        pkg.set_text(name, text)


def _add_databar(ws, ref: str, rule_id: str) -> None:
    cfs = ws.findall(M + "conditionalFormatting")
    priority = 1 + sum(len(cf) for cf in cfs)
    cf = etree.Element(M + "conditionalFormatting", sqref=ref)
    rule = etree.SubElement(cf, M + "cfRule", type="dataBar", priority=str(priority))
    bar = etree.SubElement(rule, M + "dataBar")
    etree.SubElement(bar, M + "cfvo", type="min")
    etree.SubElement(bar, M + "cfvo", type="max")
    etree.SubElement(bar, M + "color", rgb="FF638EC6")
    ext_lst = etree.SubElement(rule, M + "extLst")
    ext = etree.SubElement(ext_lst, M + "ext", uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}", nsmap={"x14": X14})
    etree.SubElement(ext, "{%s}id" % X14).text = rule_id
    anchor = cfs[-1] if cfs else ws.find(M + "sheetData")
    anchor.addnext(cf)
    ws_ext = etree.SubElement(ws, M + "extLst")
    ext = etree.SubElement(ws_ext, M + "ext", uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}", nsmap={"x14": X14})
    cfs14 = etree.SubElement(ext, "{%s}conditionalFormattings" % X14)
    cf14 = etree.SubElement(cfs14, "{%s}conditionalFormatting" % X14, nsmap={"xm": XM})
    rule14 = etree.SubElement(cf14, "{%s}cfRule" % X14, type="dataBar", id=rule_id)
    bar14 = etree.SubElement(rule14, "{%s}dataBar" % X14, minLength="0", maxLength="100", border="1", negativeBarBorderColorSameAsPositive="0")
    etree.SubElement(bar14, "{%s}cfvo" % X14, type="autoMin")
    etree.SubElement(bar14, "{%s}cfvo" % X14, type="autoMax")
    etree.SubElement(bar14, "{%s}borderColor" % X14, rgb="FF638EC6")
    etree.SubElement(bar14, "{%s}negativeFillColor" % X14, rgb="FFFF0000")
    etree.SubElement(bar14, "{%s}negativeBorderColor" % X14, rgb="FFFF0000")
    etree.SubElement(bar14, "{%s}axisColor" % X14, rgb="FF000000")
    etree.SubElement(cf14, "{%s}sqref" % XM).text = ref


def _comments(pkg: Package) -> None:
    for name in [n for n in pkg.parts if re.match(r"xl/comments\d+\.xml$", n)]:
        root = parse(pkg, name)
        new = rebuild(root, {None: MAIN_NS, "mc": MC, "xr": XR})
        new.set("{%s}Ignorable" % MC, "xr")
        authors = [a.text for a in new.find(M + "authors")]
        for i, c in enumerate(new.iter(M + "comment")):
            author = authors[int(c.get("authorId"))]
            tid = author[3:] if author.startswith("tc=") else guid(name, "comment", i)
            c.set("{%s}uid" % XR, tid)
        pkg.parts[name] = dump(new)


def _vml(pkg: Package) -> None:
    """openpyxl writes VML with generated ns0/ns1 prefixes; Excel uses v:, o: and x:."""
    for name in [n for n in pkg.parts if n.endswith(".vml")]:
        root = etree.fromstring(pkg.parts[name])
        new = rebuild(root, {"v": "urn:schemas-microsoft-com:vml", "o": "urn:schemas-microsoft-com:office:office",
                             "x": "urn:schemas-microsoft-com:office:excel"})
        pkg.parts[name] = etree.tostring(new, encoding="UTF-8").replace(b"<?xml version='1.0' encoding='UTF-8'?>\n", b"")


def _charts(pkg: Package) -> None:
    C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    for name in [n for n in pkg.parts if re.match(r"xl/charts/chart\d+\.xml$", n)]:
        root = parse(pkg, name)
        new = rebuild(root, {"c": C, "a": A, "r": R_NS})
        if new.find("{%s}date1904" % C) is None:
            for i, (tag, val) in enumerate((("date1904", "0"), ("lang", "it-IT"), ("roundedCorners", "0"))):
                el = etree.Element("{%s}%s" % (C, tag), val=val)
                new.insert(i, el)
        pkg.parts[name] = dump(new)


def _root_rels(pkg: Package) -> None:
    rels = {r[1].rsplit("/", 1)[-1]: r for r in pkg.rels("")}
    root = etree.Element("{http://schemas.openxmlformats.org/package/2006/relationships}Relationships",
                         nsmap={None: "http://schemas.openxmlformats.org/package/2006/relationships"})
    for rid, kind in (("rId3", "extended-properties"), ("rId2", "core-properties"), ("rId1", "officeDocument"), ("rId4", "custom-properties")):
        if kind in rels:
            etree.SubElement(root, "Relationship", Id=rid, Type=rels[kind][1], Target=rels[kind][2].lstrip("/"))
    pkg.parts["_rels/.rels"] = dump(root)


def _tables(pkg: Package) -> None:
    for name in [n for n in pkg.parts if re.match(r"xl/tables/table\d+\.xml$", n)]:
        root = parse(pkg, name)
        new = rebuild(root, {None: MAIN_NS, "mc": MC, "xr": XR, "xr3": XR3})
        new.set("{%s}Ignorable" % MC, "xr xr3")
        new.set("{%s}uid" % XR, "{00000000-000C-0000-FFFF-FFFF%08X}" % 0)
        af = new.find(M + "autoFilter")
        if af is not None:
            af.set("{%s}uid" % XR, "{00000000-0009-0000-0100-000001000000}")
        for i, col in enumerate(new.iter(M + "tableColumn")):
            col.set("{%s}uid" % XR3, "{00000000-0010-0000-0000-%012X}" % (i + 1))
        pkg.parts[name] = dump(new)


def _drawings(pkg: Package) -> None:
    for name in [n for n in pkg.parts if re.match(r"xl/drawings/drawing\d+\.xml$", n)]:
        root = parse(pkg, name)
        new = rebuild(root, {"xdr": XDR, "a": A})
        for i, nv in enumerate(new.iter("{%s}cNvPr" % XDR)):
            ext_lst = etree.SubElement(nv, "{%s}extLst" % A)
            ext = etree.SubElement(ext_lst, "{%s}ext" % A, uri="{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}")
            cid = etree.SubElement(ext, "{%s}creationId" % A16, nsmap={"a16": A16})
            cid.set("id", guid(name, "shape", i))
        pkg.parts[name] = dump(new)


FONT_ORDER = ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz", "color", "name", "family", "charset", "scheme"]


def _styles(pkg: Package) -> None:
    root = parse(pkg, "xl/styles.xml")
    new = rebuild(root, {None: MAIN_NS, "mc": MC, "x14ac": X14AC, "x16r2": "http://schemas.microsoft.com/office/spreadsheetml/2015/02/main", "xr": XR})
    new.set("{%s}Ignorable" % MC, "x14ac x16r2 xr")
    for font in new.iter(M + "font"):
        kids = sorted(list(font), key=lambda e: FONT_ORDER.index(etree.QName(e).localname))
        for k in kids:
            font.append(k)
    fonts = new.find(M + "fonts")
    if fonts is not None:
        fonts.set("{%s}knownFonts" % X14AC, "1")
    ext_lst = etree.SubElement(new, M + "extLst")
    ext = etree.SubElement(ext_lst, M + "ext", uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}", nsmap={"x14": X14})
    etree.SubElement(ext, "{%s}slicerStyles" % X14, defaultSlicerStyle="SlicerStyleLight1")
    ext = etree.SubElement(ext_lst, M + "ext", uri="{9260A510-F301-46a8-8635-F512D64BE5F5}", nsmap={"x15": X15})
    etree.SubElement(ext, "{%s}timelineStyles" % X15, defaultTimelineStyle="TimeSlicerStyleLight1")
    pkg.parts["xl/styles.xml"] = dump(new)


def _workbook(pkg: Package, sheets) -> List[str]:
    """workbook.xml and its rels as Excel writes them; returns the names for TitlesOfParts."""
    root = parse(pkg, "xl/workbook.xml")
    old_rels = {r[0]: r for r in pkg.rels("xl/workbook.xml")}
    # New relationship ids: worksheets first, then the others in Excel's order.
    order = ["worksheet", "externalLink", "theme", "styles", "sharedStrings", "calcChain", "person"]
    items = sorted(old_rels.values(), key=lambda r: (order.index(r[1].rsplit("/", 1)[-1]) if r[1].rsplit("/", 1)[-1] in order else 99,
                                                     int(re.sub(r"\D", "", r[0]) or 0)))
    mapping = {r[0]: f"rId{i}" for i, r in enumerate(items, start=1)}
    rels = etree.Element("{http://schemas.openxmlformats.org/package/2006/relationships}Relationships",
                         nsmap={None: "http://schemas.openxmlformats.org/package/2006/relationships"})
    for r in items:
        target = "/" + resolve("xl/workbook.xml", r[2])  # absolute, as Excel for the web writes them
        etree.SubElement(rels, "Relationship", Id=mapping[r[0]], Type=r[1], Target=target)
    pkg.parts["xl/_rels/workbook.xml.rels"] = dump(rels)

    nsmap = {None: MAIN_NS, "r": R_NS, "mc": MC, "x15": X15, "xr": XR,
             "xr6": "http://schemas.microsoft.com/office/spreadsheetml/2016/revision6",
             "xr10": "http://schemas.microsoft.com/office/spreadsheetml/2016/revision10", "xr2": XR2}
    wb = etree.Element(M + "workbook", nsmap=nsmap)
    wb.set("{%s}Ignorable" % MC, "x15 xr xr6 xr10 xr2")
    etree.SubElement(wb, M + "fileVersion", appName="xl", lastEdited="7", lowestEdited="7", rupBuild="28526")
    etree.SubElement(wb, M + "workbookPr", defaultThemeVersion="202300")
    ac = etree.SubElement(wb, "{%s}AlternateContent" % MC)
    ch = etree.SubElement(ac, "{%s}Choice" % MC, Requires="x15")
    x15ac = "http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"
    etree.SubElement(ch, "{%s}absPath" % x15ac, nsmap={"x15ac": x15ac}, url="C:\\Users\\ufficio.bilancio\\Documents\\Homes4All\\")
    rp = etree.SubElement(wb, "{%s}revisionPtr" % XR, revIDLastSave="0", documentId="13_ncr:1_{6E0B2D4A-1C3F-4B5E-8A7D-9F0E1D2C3B4A}")
    rp.set("{http://schemas.microsoft.com/office/spreadsheetml/2016/revision6}coauthVersionLast", "47")
    rp.set("{http://schemas.microsoft.com/office/spreadsheetml/2016/revision6}coauthVersionMax", "47")
    rp.set("{http://schemas.microsoft.com/office/spreadsheetml/2016/revision10}uidLastSave", "{00000000-0000-0000-0000-000000000000}")
    protection = root.find(M + "workbookProtection")
    if protection is not None and protection.attrib:
        wb.append(protection)
    views = etree.SubElement(wb, M + "bookViews")
    view = etree.SubElement(views, M + "workbookView", xWindow="-120", yWindow="-120", windowWidth="29040", windowHeight="15720")
    view.set("{%s}uid" % XR2, "{00000000-000D-0000-FFFF-FFFF00000000}")
    sheets_el = etree.SubElement(wb, M + "sheets")
    for s in root.find(M + "sheets"):
        attrs = {"name": s.get("name"), "sheetId": s.get("sheetId")}
        if s.get("state") and s.get("state") != "visible":
            attrs["state"] = s.get("state")
        el = etree.SubElement(sheets_el, M + "sheet", attrs)
        el.set("{%s}id" % R_NS, mapping[s.get("{%s}id" % R_NS)])
    ext_refs = root.find(M + "externalReferences")
    if ext_refs is not None:
        er = etree.SubElement(wb, M + "externalReferences")
        for ref in ext_refs:
            etree.SubElement(er, M + "externalReference").set("{%s}id" % R_NS, mapping[ref.get("{%s}id" % R_NS)])
    titles: List[str] = []
    dn = root.find(M + "definedNames")
    sheet_names = list(sheets)
    if dn is not None:
        out = etree.SubElement(wb, M + "definedNames")
        items_dn = sorted(dn, key=lambda d: (d.get("name").lower(), int(d.get("localSheetId") or -1)))
        for d in items_dn:
            text = d.text or ""
            text = re.sub(r"'([A-Za-z0-9_]+)'!", r"\1!", text)
            text = re.sub(r"!(\d+):(\d+)$", r"!$\1:$\2", text)
            el = etree.SubElement(out, M + "definedName", name=d.get("name"))
            for k in ("comment", "localSheetId", "hidden"):
                if d.get(k) is not None:
                    el.set(k, d.get(k))
            el.text = text
            if re.match(r"^[A-Za-z0-9_']+!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$|^[A-Za-z0-9_]+!\$\d+:\$\d+$", text):
                name = d.get("name").replace("_xlnm.Print_Area", "Area_stampa").replace("_xlnm.Print_Titles", "Titoli_stampa")
                if d.get("localSheetId") is not None:
                    name = sheet_names[int(d.get("localSheetId"))] + "!" + name
                titles.append(name)
    etree.SubElement(wb, M + "calcPr", calcId="191029")
    ext_lst = etree.SubElement(wb, M + "extLst")
    ext = etree.SubElement(ext_lst, M + "ext", uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}", nsmap={"x15": X15})
    etree.SubElement(ext, "{%s}workbookPr" % X15, chartTrackingRefBase="1")
    xcalcf = "http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures"
    ext = etree.SubElement(ext_lst, M + "ext", uri="{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}", nsmap={"xcalcf": xcalcf})
    feats = etree.SubElement(ext, "{%s}calcFeatures" % xcalcf)
    for f in ("microsoft.com:RD", "microsoft.com:Single", "microsoft.com:FV", "microsoft.com:CNMTM", "microsoft.com:LET_WF",
              "microsoft.com:LAMBDA_WF", "microsoft.com:ARRAYTEXT_WF"):
        etree.SubElement(feats, "{%s}feature" % xcalcf, name=f)
    pkg.parts["xl/workbook.xml"] = dump(wb)
    return titles


def _app(pkg: Package, sheet_names: List[str], names: List[str]) -> None:
    vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    root = etree.Element("{%s}Properties" % ep, nsmap={None: ep, "vt": vt})
    etree.SubElement(root, "{%s}Application" % ep).text = "Microsoft Excel"
    etree.SubElement(root, "{%s}DocSecurity" % ep).text = "0"
    etree.SubElement(root, "{%s}ScaleCrop" % ep).text = "false"
    hp = etree.SubElement(root, "{%s}HeadingPairs" % ep)
    pairs = [("Fogli di lavoro", len(sheet_names))] + ([("Intervalli denominati", len(names))] if names else [])
    vec = etree.SubElement(hp, "{%s}vector" % vt, size=str(2 * len(pairs)), baseType="variant")
    for label, count in pairs:
        etree.SubElement(etree.SubElement(vec, "{%s}variant" % vt), "{%s}lpstr" % vt).text = label
        etree.SubElement(etree.SubElement(vec, "{%s}variant" % vt), "{%s}i4" % vt).text = str(count)
    tp = etree.SubElement(root, "{%s}TitlesOfParts" % ep)
    vec = etree.SubElement(tp, "{%s}vector" % vt, size=str(len(sheet_names) + len(names)), baseType="lpstr")
    for n in sheet_names + names:
        etree.SubElement(vec, "{%s}lpstr" % vt).text = n
    etree.SubElement(root, "{%s}Company" % ep).text = "Città di Torino"
    etree.SubElement(root, "{%s}LinksUpToDate" % ep).text = "false"
    etree.SubElement(root, "{%s}SharedDoc" % ep).text = "false"
    etree.SubElement(root, "{%s}HyperlinksChanged" % ep).text = "false"
    etree.SubElement(root, "{%s}AppVersion" % ep).text = "16.0300"
    pkg.parts["docProps/app.xml"] = dump(root)


def _core(pkg: Package) -> None:
    root = parse(pkg, "docProps/core.xml")
    cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    dc = "http://purl.org/dc/elements/1.1/"
    dcterms = "http://purl.org/dc/terms/"
    xsi = "http://www.w3.org/2001/XMLSchema-instance"
    new = etree.Element("{%s}coreProperties" % cp, nsmap={"cp": cp, "dc": dc, "dcterms": dcterms, "dcmitype": "http://purl.org/dc/dcmitype/", "xsi": xsi})
    order = ["{%s}title" % dc, "{%s}subject" % dc, "{%s}creator" % dc, "{%s}keywords" % cp, "{%s}description" % dc,
             "{%s}lastModifiedBy" % cp, "{%s}created" % dcterms, "{%s}modified" % dcterms, "{%s}category" % cp]
    found = {el.tag: el for el in root}
    for tag in order:
        if tag in found:
            el = etree.SubElement(new, tag)
            el.text = found[tag].text
            for k, v in found[tag].attrib.items():
                el.set(k, v)
    pkg.parts["docProps/core.xml"] = dump(new)


def _content_types(pkg: Package) -> None:
    root = etree.fromstring(pkg.parts["[Content_Types].xml"])
    ns = "{http://schemas.openxmlformats.org/package/2006/content-types}"
    defaults = {d.get("Extension").lower(): d.get("ContentType") for d in root.findall(ns + "Default")}
    overrides = {o.get("PartName"): o.get("ContentType") for o in root.findall(ns + "Override")}
    overrides = {k: v for k, v in overrides.items() if k[1:] in pkg.parts}
    new = etree.Element(ns + "Types", nsmap={None: ns[1:-1]})
    for ext in ("bin", "png", "jpeg", "rels", "xml", "vml"):
        if ext in defaults:
            etree.SubElement(new, ns + "Default", Extension=ext, ContentType=defaults[ext])
    for ext, ctype in defaults.items():
        if ext not in ("bin", "png", "jpeg", "rels", "xml", "vml"):
            etree.SubElement(new, ns + "Default", Extension=ext, ContentType=ctype)
    rank = ["/xl/workbook.xml", "/xl/worksheets/", "/xl/theme/", "/xl/styles.xml", "/xl/sharedStrings.xml", "/xl/drawings/",
            "/xl/tables/", "/xl/charts/", "/xl/comments", "/xl/externalLinks/", "/xl/calcChain.xml", "/xl/threadedComments/",
            "/xl/persons/", "/docProps/core.xml", "/docProps/app.xml", "/docProps/custom.xml"]

    def key(part: str):
        for i, prefix in enumerate(rank):
            if part.startswith(prefix):
                return (i, _natural(part))
        return (len(rank), _natural(part))

    for part in sorted(overrides, key=key):
        etree.SubElement(new, ns + "Override", PartName=part, ContentType=overrides[part])
    pkg.parts["[Content_Types].xml"] = dump(new)


def _natural(s: str):
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", s)]


def zip_order(pkg: Package) -> List[str]:
    rank = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet",
            "xl/theme/", "xl/styles.xml", "xl/sharedStrings.xml", "xl/drawings/drawing", "xl/tables/", "xl/charts/",
            "xl/media/", "xl/drawings/_rels/", "xl/worksheets/_rels/", "xl/drawings/vmlDrawing", "xl/comments",
            "xl/externalLinks/", "xl/calcChain.xml", "xl/threadedComments/", "xl/persons/", "docProps/core.xml",
            "docProps/app.xml", "docProps/custom.xml"]

    def key(part: str):
        for i, prefix in enumerate(rank):
            if part.startswith(prefix):
                return (i, _natural(part))
        return (len(rank), _natural(part))

    return sorted(pkg.parts, key=key)
