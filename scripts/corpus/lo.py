"""LibreOffice (soffice --headless) driven through UNO: loading, DataPilot (pivot) tables, Basic/VBA
modules, saving as .xlsx/.xlsm.

Each session starts its own soffice with its own profile directory (two soffice processes sharing a
profile hang) and a private pipe, and ends it when done.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time

import uno  # Debian python3-uno
from com.sun.star.beans import PropertyValue  # type: ignore


def pv(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def file_url(path: str) -> str:
    return uno.systemPathToFileUrl(os.path.abspath(path))


class Office:
    def __init__(self) -> None:
        self.dir = tempfile.mkdtemp(prefix="h4a-lo-")
        self.pipe = f"h4a_corpus_{os.getpid()}_{int(time.time() * 1000) % 100000}"
        self.proc = subprocess.Popen(
            ["soffice", f"-env:UserInstallation=file://{self.dir}/profile", "--headless", "--invisible",
             "--norestore", "--nologo", "--nodefault", f"--accept=pipe,name={self.pipe};urp;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        last = None
        for _ in range(120):
            try:
                self.ctx = resolver.resolve(f"uno:pipe,name={self.pipe};urp;StarOffice.ComponentContext")
                break
            except Exception as e:  # not up yet
                last = e
                time.sleep(0.5)
        else:
            self.close()
            raise RuntimeError(f"soffice did not start: {last}")
        self.desktop = self.ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)

    def load(self, path: str):
        return self.desktop.loadComponentFromURL(file_url(path), "_blank", 0, (pv("Hidden", True),))

    def new_calc(self):
        return self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (pv("Hidden", True),))

    @staticmethod
    def save(doc, path: str, macro: bool = False) -> None:
        flt = "Calc MS Excel 2007 VBA XML" if macro else "Calc MS Excel 2007 XML"
        doc.storeToURL(file_url(path), (pv("FilterName", flt), pv("Overwrite", True)))

    def close(self) -> None:
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()  # only the soffice this session started
            self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def recalc_and_save(office: Office, src: str, dst: str) -> None:
    doc = office.load(src)
    doc.calculateAll()
    Office.save(doc, dst)
    doc.close(True)


def _range_address(doc, sheet_name: str, a1: str):
    sheet = doc.Sheets.getByName(sheet_name)
    return sheet.getCellRangeByName(a1).getRangeAddress()


def add_pivot(doc, source_sheet: str, source_a1: str, target_sheet: str, rows, columns, data) -> None:
    """A DataPilot table on a new sheet `target_sheet`, over `source_sheet`!`source_a1` (headers included)."""
    from com.sun.star.table import CellAddress  # type: ignore

    sheets = doc.Sheets
    sheets.insertNewByName(target_sheet, sheets.getCount())
    target = sheets.getByName(target_sheet)
    target.getCellRangeByName("A1").String = "Famiglie per servizio inviante e coorte"
    tables = target.getDataPilotTables()
    desc = tables.createDataPilotDescriptor()
    desc.SourceRange = _range_address(doc, source_sheet, source_a1)
    fields = desc.DataPilotFields
    names = [fields.getByIndex(i).Name for i in range(fields.getCount())]
    orient = uno.Enum("com.sun.star.sheet.DataPilotFieldOrientation", "ROW")
    for name in rows:
        fields.getByIndex(names.index(name)).Orientation = orient
    for name in columns:
        fields.getByIndex(names.index(name)).Orientation = uno.Enum("com.sun.star.sheet.DataPilotFieldOrientation", "COLUMN")
    field_name, function = data
    df = fields.getByIndex(names.index(field_name))
    df.Orientation = uno.Enum("com.sun.star.sheet.DataPilotFieldOrientation", "DATA")
    df.Function = uno.Enum("com.sun.star.sheet.GeneralFunction", function)
    out = CellAddress()
    out.Sheet = sheets.getCount() - 1
    out.Column = 0
    out.Row = 2
    tables.insertNewByName("PivotFamiglie", out, desc)


def add_vba_module(doc, module: str, source: str, project: str = "VBAProject") -> None:
    """A standard VBA module (and the ThisWorkbook document module) that the xlsm export writes
    to xl/vbaProject.bin (LibreOffice's VbaExport, which needs VBA compatibility mode and module info)."""
    from com.sun.star.script import ModuleInfo  # type: ignore

    libs = doc.BasicLibraries
    libs.VBACompatibilityMode = True
    libs.ProjectName = project
    if not libs.hasByName(project):
        libs.createLibrary(project)
    lib = libs.getByName(project)
    doc_info = ModuleInfo()
    doc_info.ModuleType = uno.getConstantByName("com.sun.star.script.ModuleType.DOCUMENT")
    lib.insertModuleInfo("ThisWorkbook", doc_info)
    lib.insertByName("ThisWorkbook", "Rem Attribute VBA_ModuleType=VBADocumentModule\nOption VBASupport 1\n")
    info = ModuleInfo()
    info.ModuleType = uno.getConstantByName("com.sun.star.script.ModuleType.NORMAL")
    lib.insertModuleInfo(module, info)
    lib.insertByName(module, "Rem Attribute VBA_ModuleType=VBAModule\n" + source)
