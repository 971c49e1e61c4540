"""parametri-user-formulas.xlsx: the add-in's own sample (assets/sample/beneficiari.xlsx, written
with exceljs by scripts/make-samples.js, with the H4A_Parametri sheet, the owner mark
H4A_Owned_H4A_Parametri and the names H4A_<key>) edited as a user would, directly in its XML so
that every other part keeps the exceljs layout:

- the beneficiary list cut to 30 families (the 9 plain families TO-2024-006…014 removed, the rows
  below moved up), to stay within the corpus's 11–30;
- H4A_Parametri!B4 (premiumPerFamily) typed as the user formula =B2/B3 (totalPremium /
  plannedFamilies = 240000/40), with its cached value 6000;
- a note (legacy comment + VML) on H4A_Parametri!B16 (currentYear);
- a user name `Premio_Complessivo` pointing into H4A_Parametri ($B$2).
"""
from __future__ import annotations

import re

from package import CT, REL, Package, xml_text

SAMPLE = "assets/sample/beneficiari.xlsx"
REMOVED_IDS = [f"TO-2024-{n:03d}" for n in range(6, 15)]


def shared_strings(pkg: Package):
    return [re.sub(r"<[^>]+>", "", m.group(1)) for m in re.finditer(r"<si>(.*?)</si>", pkg.text("xl/sharedStrings.xml"), re.S)]


def cut_families(pkg: Package, part: str) -> int:
    """Removes the rows of REMOVED_IDS and moves the rows below up; returns the new last row."""
    sst = shared_strings(pkg)
    text = pkg.text(part)
    rows = list(re.finditer(r'<row r="(\d+)"[^>]*>.*?</row>', text, re.S))
    removed = []
    for m in rows:
        a = re.search(r'<c r="A\d+"[^>]*t="s"[^>]*><v>(\d+)</v>', m.group(0))
        if a and sst[int(a.group(1))] in REMOVED_IDS:
            removed.append(int(m.group(1)))
    assert len(removed) == len(REMOVED_IDS), removed
    assert removed == list(range(removed[0], removed[0] + len(removed))), "the removed rows must be contiguous"
    shift = len(removed)
    out = []
    last = 0
    pos = 0
    for m in rows:
        out.append(text[pos:m.start()])
        pos = m.end()
        r = int(m.group(1))
        if r in removed:
            continue
        row = m.group(0)
        if r > removed[-1]:
            new_r = r - shift
            row = re.sub(r'<row r="\d+"', f'<row r="{new_r}"', row, count=1)
            row = re.sub(r'(<c r="[A-Z]+)' + str(r) + '"', lambda mm: mm.group(1) + str(new_r) + '"', row)
            r = new_r
        last = max(last, r)
        out.append(row)
    out.append(text[pos:])
    text = "".join(out)
    assert "<f>" not in text, "the sample's beneficiary sheet has no formulas to adjust"
    text = re.sub(r'<dimension ref="A1:([A-Z]+)\d+"/>', lambda m: f'<dimension ref="A1:{m.group(1)}{last}"/>', text, count=1)
    pkg.set_text(part, text)
    return last


NOTE_VML = """<xml xmlns:v="urn:schemas-microsoft-com:vml"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel">
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"
  path="m,l,21600r21600,l21600,xe">
  <v:stroke joinstyle="miter"/>
  <v:path gradientshapeok="t" o:connecttype="rect"/>
 </v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style='position:absolute;
  margin-left:172.5pt;margin-top:217.5pt;width:180pt;height:59.25pt;z-index:1;
  visibility:hidden' fillcolor="#ffffe1" o:insetmode="auto">
  <v:fill color2="#ffffe1"/>
  <v:shadow on="t" color="black" obscured="t"/>
  <v:path o:connecttype="none"/>
  <v:textbox style='mso-direction-alt:auto'>
   <div style='text-align:left'></div>
  </v:textbox>
  <x:ClientData ObjectType="Note">
   <x:MoveWithCells/>
   <x:SizeWithCells/>
   <x:Anchor>
    2, 15, 14, 10, 4, 15, 18, 14</x:Anchor>
   <x:AutoFill>False</x:AutoFill>
   <x:Row>15</x:Row>
   <x:Column>1</x:Column>
  </x:ClientData>
 </v:shape></xml>"""


def make(root: str, out: str) -> None:
    import os

    pkg = Package.read(os.path.join(root, SAMPLE))
    sheets = pkg.sheet_parts()
    cut_families(pkg, sheets["Beneficiari"])

    params = sheets["H4A_Parametri"]
    text = pkg.text(params)
    sst = shared_strings(pkg)
    keys = {}
    for m in re.finditer(r'<c r="A(\d+)"[^>]*t="s"[^>]*><v>(\d+)</v></c>', text):
        keys[sst[int(m.group(2))]] = int(m.group(1))
    assert (keys["totalPremium"], keys["plannedFamilies"], keys["premiumPerFamily"], keys["currentYear"]) == (2, 3, 4, 16), keys
    # The user's formula in the value cell of premiumPerFamily.
    new, n = re.subn(r'<c r="B4"( s="\d+")?><v>6000</v></c>', lambda m: f'<c r="B4"{m.group(1) or ""}><f>B2/B3</f><v>6000</v></c>', text)
    assert n == 1
    # The note's drawing (after pageSetup, as CT_Worksheet orders it).
    new = new.replace("</worksheet>", '<legacyDrawing r:id="rId1"/></worksheet>')
    pkg.set_text(params, new)
    pkg.parts["xl/comments1.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Ufficio Bilancio</author></authors>'
        '<commentList><comment ref="B16" authorId="0"><text>'
        '<r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t>Ufficio Bilancio:</t></r>'
        '<r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">\n'
        + xml_text("Anno verificato dalla Commissione di monitoraggio il 15/01/2027: non modificare senza il verbale.")
        + "</t></r></text></comment></commentList></comments>"
    ).encode("utf-8")
    pkg.parts["xl/drawings/vmlDrawing1.vml"] = NOTE_VML.encode("utf-8")
    pkg.add_rel(params, REL["vmlDrawing"], "../drawings/vmlDrawing1.vml", rid="rId1")
    pkg.add_rel(params, REL["comments"], "../comments1.xml", rid="rId2")
    pkg.add_override("/xl/comments1.xml", CT["comments"])
    pkg.add_default("vml", CT["vml"])

    # A user name pointing into H4A_Parametri (beside the add-in's H4A_ names and owner mark).
    pkg.sub("xl/workbook.xml", r"(<definedName name=\"H4A_Owned_H4A_Parametri\">)",
            lambda m: "<definedName name=\"Premio_Complessivo\">&apos;H4A_Parametri&apos;!$B$2</definedName>" + m.group(1))
    pkg.write(out)
