"""Print preview and printing of the PDF reports (statements, summary, limitation lists).

The reports are PDF bytes made by `ruralperf.reports`. Printing hands that PDF itself to the
output when it can (`spool_pdf`: a PDF file is written as is, a CUPS printer gets it through
`lp`): vector pages with embedded fonts, about 25 KB a page. Elsewhere (Windows printers), and in
the preview, PySide6-Essentials has no QtPdf, so the pages are rendered with pdfium (`pypdfium2`) into the painter of a `QPrinter`: at the printer's
resolution (at most PRINT_DPI) when printing, at a lower one in the print preview (its pages
are kept in memory, so a long document is previewed more coarsely). The reports are black and
grey, so pages are rendered in greyscale.

    pages = PdfPages(pdf_bytes)          # on the worker or the UI thread
    dialog = preview_dialog(parent, pages, title); dialog.open()
    print_dialog(parent, pages, title)   # the system print dialog, then prints
    paint(printer, pages)                # what both do; tests print into a PDF-mode QPrinter

pdfium is not thread-safe: every call into it holds one lock.
"""
from __future__ import annotations

import math
import shutil
import subprocess
import threading
from typing import Callable

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPaintEngine
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

PRINT_DPI = 300
PREVIEW_DPI = (50, 150)  # lowest and highest resolution of preview pages
PREVIEW_BUDGET = 300 * 1024 * 1024  # bytes of page images a preview may hold
POINTS_PER_INCH = 72
_PDFIUM = threading.Lock()



class PrintFailed(Exception):
    pass


class PdfPages:
    """A PDF document rendered page by page. Close it when done (dialogs do on close)."""

    def __init__(self, data: bytes, title: str = ""):
        self.data = data
        self.title = title
        with _PDFIUM:
            # loaded with the first print, not with the window; untyped (no stubs, no py.typed)
            import pypdfium2 as pdfium  # type: ignore[import-untyped]

            self._doc = pdfium.PdfDocument(data)
            self.sizes = [self._doc.get_page_size(i) for i in range(len(self._doc))]

    def __len__(self) -> int:
        return len(self.sizes)

    @property
    def landscape(self) -> bool:
        return bool(self.sizes) and self.sizes[0][0] > self.sizes[0][1]

    def render(self, index: int, dpi: float) -> QImage:
        """Page `index` (from 0) as a greyscale image at `dpi`."""
        if self._doc is None:
            raise PrintFailed("document closed")
        with _PDFIUM:
            page = self._doc[index]
            try:
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=True)
                try:
                    image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height,
                                   bitmap.stride, QImage.Format.Format_Grayscale8).copy()
                finally:
                    bitmap.close()
            finally:
                page.close()
        return image

    def close(self) -> None:
        with _PDFIUM:
            if self._doc is not None:
                self._doc.close()
                self._doc = None


def preview_dpi(pages: PdfPages) -> float:
    """A resolution at which the whole preview fits PREVIEW_BUDGET (greyscale, 1 byte a pixel)."""
    area = sum(w * h for w, h in pages.sizes) / POINTS_PER_INCH ** 2 or 1.0
    return max(PREVIEW_DPI[0], min(PREVIEW_DPI[1], math.sqrt(PREVIEW_BUDGET / area)))


def is_preview(printer: QPrinter) -> bool:
    """True while a QPrintPreviewWidget records the pages (its engine draws into pictures)."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def set_up_printer(printer: QPrinter, pages: PdfPages) -> QPrinter:
    """A4, the document's orientation, and the document's own margins (full page)."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if pages.landscape
                               else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    if pages.title:
        printer.setDocName(pages.title)
    return printer


def page_indices(printer: QPrinter, count: int) -> list[int]:
    """The pages to print (0-based): the range chosen in the print dialog, else all."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or printer.printRange() != QPrinter.PrintRange.PageRange:
        return list(range(count))
    return list(range(first - 1, min(last or count, count)))


def paint(printer: QPrinter, pages: PdfPages,
          progress: Callable[[int, int], bool] | None = None) -> int:
    """Render `pages` into `printer`, each page fitted to the paper; returns pages painted.
    `progress(done, total)` may return False to stop (the job is then aborted)."""
    indices = page_indices(printer, len(pages))
    preview = is_preview(printer)
    dpi = preview_dpi(pages) if preview else min(printer.resolution(), PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(QCoreApplication.translate(
            "Printing", "打印机未能开始打印（请检查打印机或输出文件）"))
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    done = 0
    try:
        paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        for n, index in enumerate(indices):
            if n and not printer.newPage():
                raise PrintFailed(QCoreApplication.translate("Printing",
                                                             "打印机不接受新的一页"))
            image = pages.render(index, dpi)
            size = QSizeF(image.size())
            size.scale(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(paper.x() + (paper.width() - size.width()) / 2,
                            paper.y() + (paper.height() - size.height()) / 2,
                            size.width(), size.height())
            painter.drawImage(target, image)
            done += 1
            if progress is not None and progress(done, len(indices)) is False:
                printer.abort()
                break
    finally:
        painter.end()
    return done


def lp_command(printer: QPrinter, count: int) -> list[str]:
    """The CUPS command that prints the PDF (read from standard input) as the print dialog
    set it up: printer, copies, one or two sides, page range."""
    command = ["lp", "-s"]
    if printer.printerName():
        command += ["-d", printer.printerName()]
    command += ["-n", str(max(1, printer.copyCount()))]
    sides = {QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
             QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
             QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge"}.get(printer.duplex(),
                                                                         "one-sided")
    command += ["-o", f"sides={sides}"]
    indices = page_indices(printer, count)
    if indices and len(indices) < count:
        command += ["-o", f"page-ranges={indices[0] + 1}-{indices[-1] + 1}"]
    return command + ["-"]


def spool_pdf(printer: QPrinter, pages: PdfPages) -> int | None:
    """Hand the PDF itself (vector pages, fonts embedded) to the output the dialog chose: a PDF
    file is written as is, a CUPS printer gets it through `lp`. Returns the pages sent, or None
    where neither is possible (Windows printers: `paint` renders images instead)."""
    indices = page_indices(printer, len(pages))
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        if len(indices) != len(pages):
            return None
        with open(printer.outputFileName(), "wb") as out:
            out.write(pages.data)
        return len(indices)
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or shutil.which("lp") is None:
        return None
    try:
        done = subprocess.run(lp_command(printer, len(pages)), input=pages.data,
                              capture_output=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrintFailed(str(exc)) from None
    if done.returncode:
        raise PrintFailed(done.stderr.decode("utf-8", "replace").strip() or "lp")
    return len(indices)


def deliver(parent: QWidget | None, printer: QPrinter, pages: PdfPages) -> int:
    """Print `pages` as vectors when the output allows (`spool_pdf`), else as images."""
    try:
        sent = spool_pdf(printer, pages)
    except PrintFailed as exc:
        _failed(parent, exc)
        return 0
    return sent if sent is not None else _with_progress(parent, printer, pages)


def _failed(parent: QWidget | None, exc: Exception) -> None:
    text = QCoreApplication.translate("Printing", "打印失败：%1").replace("%1", str(exc))
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Printing", "打印"),
                      text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def _with_progress(parent: QWidget | None, printer: QPrinter, pages: PdfPages) -> int:
    """`paint` with a cancellable progress dialog that appears only for a long job; a printer
    that refuses the job is reported in a message (returns 0)."""
    dialog = QProgressDialog(QCoreApplication.translate("Printing", "正在生成打印页面……"),
                             QCoreApplication.translate("Printing", "取消"), 0, len(pages),
                             parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(1500)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        def step(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(done)
            return not dialog.wasCanceled()
        return paint(printer, pages, step)
    except PrintFailed as exc:
        _failed(parent, exc)
        return 0
    finally:
        QApplication.restoreOverrideCursor()
        dialog.reset()
        dialog.deleteLater()


def preview_dialog(parent: QWidget | None, pages: PdfPages, title: str = "") -> QPrintPreviewDialog:
    """A print preview of `pages` (not shown: call `.open()`); printing from it prints at full
    resolution. `pages` is closed with the dialog."""
    printer = set_up_printer(QPrinter(QPrinter.PrinterMode.HighResolution), pages)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer = printer  # keep the printer alive as long as the dialog
    dialog.pages = pages
    dialog.setWindowTitle(title or pages.title
                          or QCoreApplication.translate("Printing", "打印预览"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.paintRequested.connect(lambda p: _with_progress(dialog, p, pages))
    dialog.finished.connect(lambda _result: pages.close())
    dialog.resize(900, 960)
    return dialog


def print_dialog(parent: QWidget | None, pages: PdfPages, title: str = "",
                 on_printed: Callable[[int], None] | None = None,
                 duplex: bool | None = None) -> QPrintDialog:
    """The system print dialog for `pages` (window-modal, not blocking); prints when accepted,
    then closes `pages` and calls `on_printed(pages printed)`. `duplex` presets two-sided
    (True) or one-sided (False) printing; None leaves the printer's default."""
    printer = set_up_printer(QPrinter(QPrinter.PrinterMode.HighResolution), pages)
    if duplex is not None:
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide if duplex
                          else QPrinter.DuplexMode.DuplexNone)
    dialog = QPrintDialog(printer, parent)
    dialog.printer = printer
    dialog.setWindowTitle(title or pages.title
                          or QCoreApplication.translate("Printing", "打印"))
    dialog.setMinMax(1, max(1, len(pages)))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted(*_printer) -> None:  # QPrintDialog.accepted(QPrinter) or QDialog.accepted()
        try:
            printed = deliver(parent, printer, pages)
        finally:
            pages.close()
        if on_printed is not None:
            on_printed(printed)

    dialog.accepted.connect(accepted)
    dialog.rejected.connect(pages.close)
    QDialog.open(dialog)  # QPrintDialog.open() in Python wants a receiver: the base one
    return dialog
