"""Printed output: the print preview of E001's statement renders pages (rendered into a
PDF-mode printer offscreen, not shown); printing through the print dialog; "save all
statements as PDF" writes one PDF per staff member and offers to open the folder; the summary
exports; the limitation lists preview and export."""
from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from ruralperf.domain.periods import Quarter
from ui.workflow.limitation_page import LimitationPage
from ui.workflow.payrun_page import PayRunPage
from ui.workflow.print_options import PrintOptionsDialog
from ui.workflow.printing import PdfPages, paint, preview_dpi, set_up_printer
from ui.workflow.quarter import QuarterState

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, approvable_ctx, idle):
    page = PayRunPage(approvable_ctx, QuarterState(Quarter(2025, 3)))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.compute_button.click()
    idle(approvable_ctx)
    assert page.stored is not None
    return page


def dark_fraction(image) -> float:
    """Share of sampled pixels that are not white."""
    from PySide6.QtGui import QColor

    samples = dark = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            samples += 1
            dark += QColor(image.pixel(x, y)).lightness() < 200
    return dark / samples


def print_to_pdf(pages: PdfPages, path: Path) -> int:
    printer = set_up_printer(QPrinter(QPrinter.HighResolution), pages)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(path))
    return paint(printer, pages)


def test_print_preview_of_one_statement(qtbot, page, approvable_ctx, idle, tmp_path):
    row = page.model.row_of("E001")
    page.view.selectRow(row)
    assert page.selected_staff() == ["E001"]
    page.output.actions["preview", "selected"].trigger()
    idle(approvable_ctx)
    dialog = page.output.dialog
    pages = dialog.pages
    assert len(pages) >= 1 and "2025Q3-v1" in dialog.windowTitle()
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() == len(pages)
    image = pages.render(0, 72)
    assert image.width() > 500 and 0.005 < dark_fraction(image) < 0.5
    printed = tmp_path / "printed.pdf"  # what the printer receives, read back
    assert print_to_pdf(pages, printed) == len(pages)
    back = PdfPages(printed.read_bytes())
    try:
        assert len(back) == len(pages)
        assert dark_fraction(back.render(0, 72)) > 0.005
    finally:
        back.close()
    dialog.close()


def test_preview_of_all_statements_and_the_landscape_summary(qtbot, page, approvable_ctx,
                                                            idle):
    page.output.start("preview", "all")
    idle(approvable_ctx)
    everyone = page.output.dialog
    assert len(everyone.pages) >= 5  # a statement (of a page or more) per staff member
    assert preview_dpi(everyone.pages) == 150
    everyone.close()
    page.output.start("preview", "summary")
    idle(approvable_ctx)
    summary = page.output.dialog
    assert summary.pages.landscape
    assert summary.printer.pageLayout().orientation() == QPageLayout.Landscape
    summary.close()


def _choose_print_options(qtbot, page, duplex: bool, copies: int) -> None:
    """Type into the print options dialog like a clerk: Space on "two-sided", Tab, copies,
    Enter."""
    from PySide6.QtTest import QTest

    options = page.output.dialog
    assert isinstance(options, PrintOptionsDialog)
    qtbot.waitUntil(options.isVisible)
    options.activateWindow()
    options.duplex.setFocus()
    qtbot.waitUntil(options.duplex.hasFocus)
    if options.duplex.isChecked() != duplex:
        QTest.keyClick(options.duplex, Qt.Key_Space)
    QTest.keyClick(options.duplex, Qt.Key_Tab)
    assert options.copies.hasFocus()
    options.copies.selectAll()
    QTest.keyClicks(options.copies, str(copies))
    QTest.keyClick(options.copies, Qt.Key_Return)


def test_print_through_the_print_dialog(qtbot, page, approvable_ctx, idle, tmp_path):
    page.view.selectRow(page.model.row_of("E002"))
    page.output.actions["print", "selected"].trigger()
    _choose_print_options(qtbot, page, duplex=True, copies=2)
    idle(approvable_ctx)
    dialog = page.output.dialog
    assert approvable_ctx.settings.value("print/duplex") == "true"
    out = tmp_path / "to_printer.pdf"
    dialog.printer.setOutputFormat(QPrinter.PdfFormat)
    dialog.printer.setOutputFileName(str(out))
    dialog.accepted.emit(dialog.printer)  # as the dialog does on "print" (offscreen: no printers)
    assert out.exists() and out.stat().st_size > 10_000
    assert "页到打印机" in page.status.text()
    # the PDF itself went to the printer: vector pages with the embedded font, not images
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "WenQuanYi" in fonts
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) % 2 == 0 and sum("E002" in p and "第1页" in p.replace(" ", "")
                                       for p in pages) == 2  # two copies, padded


class _Printer:
    """The settings of a CUPS printer as the print dialog leaves them (offscreen Qt has none)."""

    def __init__(self, duplex):
        self.duplex_mode = duplex

    def outputFormat(self):  # noqa: N802 (Qt's names)
        return QPrinter.NativeFormat

    def outputFileName(self):  # noqa: N802
        return ""

    def printerName(self):  # noqa: N802
        return "Office"

    def copyCount(self):  # noqa: N802
        return 1

    def duplex(self):
        return self.duplex_mode

    def printRange(self):  # noqa: N802
        return QPrinter.AllPages

    def fromPage(self):  # noqa: N802
        return 0

    def toPage(self):  # noqa: N802
        return 0


def test_a_cups_printer_gets_the_pdf_itself_through_lp(page, tmp_path, monkeypatch):
    from ui.workflow.printing import lp_command, spool_pdf

    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "lp").write_text(f'#!/bin/sh\necho "$@" > {tmp_path}/args\n'
                             f'cat > {tmp_path}/spooled.pdf\n')
    (fake / "lp").chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}:{os.environ['PATH']}")
    from ruralperf.reports.statement_pdf import statements_pdf

    data = statements_pdf(page.stored, ("0001", "本网点"), duplex=True)
    pages = PdfPages(data)
    try:
        assert spool_pdf(_Printer(QPrinter.DuplexLongSide), pages) == len(pages)
    finally:
        pages.close()
    assert (tmp_path / "spooled.pdf").read_bytes() == data
    assert (tmp_path / "args").read_text().split() == [
        "-s", "-d", "Office", "-n", "1", "-o", "sides=two-sided-long-edge", "-"]
    assert "sides=one-sided" in lp_command(_Printer(QPrinter.DuplexNone), 3)


def test_save_all_statements_as_pdf(qtbot, page, approvable_ctx, idle, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "statements"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    page.output.save_all_button.click()
    idle(approvable_ctx, timeout=30000)
    statements = sorted(p.name for p in folder.glob("*_绩效工资单_*.pdf"))
    staff = [s.staff_no for s in page.stored.result.staff]
    assert len(statements) == len(staff) == 5
    assert all(any(f"_{n}_" in name for name in statements) for n in staff)
    assert (folder / "2025Q3-v1_绩效工资汇总表.pdf").exists()
    assert (folder / "2025Q3-v1_绩效工资汇总表.xlsx").exists()
    assert "5 份工资条" in page.status.text()
    page.output.message.open_button.click()
    assert opened == [str(folder)]
    assert approvable_ctx.settings.value("reports/folder") == str(folder)


def test_export_the_summary(qtbot, page, approvable_ctx, idle, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    page.output.export_summary(".xlsx", str(tmp_path / "summary.xlsx"))
    idle(approvable_ctx)
    assert load_workbook(tmp_path / "summary.xlsx").sheetnames
    page.output.message.close()
    page.output.export_summary(".pdf", str(tmp_path / "summary.pdf"))
    idle(approvable_ctx)
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")
    page.output.message.close()


def test_an_officer_prints_only_their_own_statement(qtbot, make_ctx, accounts_db, idle):
    ctx = make_ctx(accounts_db, login="li")
    page = PayRunPage(ctx, QuarterState(Quarter(2025, 3)))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    idle(ctx)
    page.output.start("preview", "all")  # not offered; and the run holds only E002 anyway
    idle(ctx)
    assert page.output.dialog is None or len(page.output.dialog.pages) <= 2
    page.output.actions["preview", "selected"].trigger()
    idle(ctx)
    pages = page.output.dialog.pages
    first = pages.render(0, 50)
    assert dark_fraction(first) > 0.005
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pages.data)
    try:
        text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
    assert "E002" in text and "E001" not in text
    page.output.dialog.close()


def test_limitation_lists_preview_and_export(qtbot, golden_ctx, idle, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    page = LimitationPage(golden_ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_as_of(date(2025, 9, 30))
    idle(golden_ctx)
    page.output.actions["preview", "warnings"].trigger()
    idle(golden_ctx)
    dialog = page.output.dialog
    assert len(dialog.pages) == 1 and "2025-09-30" in dialog.windowTitle()
    assert dark_fraction(dialog.pages.render(0, 72)) > 0.002
    dialog.close()
    page.output.start("preview", "accountability")
    idle(golden_ctx)
    assert len(page.output.dialog.pages) == 1
    page.output.dialog.close()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path)))
    page.output.export_button.click()
    idle(golden_ctx)
    assert sorted(p.name for p in tmp_path.glob("*2025-09-30.*")) == [
        "失时效追责清单_2025-09-30.pdf", "诉讼时效清单_2025-09-30.xlsx",
        "诉讼时效预警清单_2025-09-30.pdf"]
    page.output.message.close()


def test_the_verification_code_dialog(qtbot, page, approvable_ctx, idle):
    from PySide6.QtTest import QTest

    from ruralperf.reports.verification import run_statement_code

    run = page.stored
    code = run_statement_code(run, approvable_ctx.workspace.branch[0],
                              run.result.for_staff("E003"))
    page.output.verify_button.click()
    dialog = page.output.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.code.hasFocus)
    QTest.keyClicks(dialog.code, code.lower())
    QTest.keyClick(dialog.code, Qt.Key_Return)
    idle(approvable_ctx)
    text = dialog.answer.text()
    assert "2025Q3-v1" in text and "E003" in text and "草稿件" in text and "尚未审批" in text
    dialog.code.selectAll()
    QTest.keyClicks(dialog.code, "QQQQ-2345")
    QTest.keyClick(dialog.code, Qt.Key_Return)
    idle(approvable_ctx)
    assert "没有找到校验码" in dialog.answer.text()
    QTest.keyClick(dialog, Qt.Key_Escape)
    assert not dialog.isVisible()
