"""`ruralperf gui --print-to-pdf IN.pdf OUT.pdf`: print a report through Qt's printing path
(QPrinter, the print-support plugin, pdfium rendering into the printer's painter: what printing
to a Windows printer does after "打印"; a CUPS printer or a PDF file chosen in the dialog gets
the PDF itself, `printing.spool_pdf`) into a PDF printer, without a display. The packaged program's CI check (installer/ci_check.sh)
uses it to show that printing works in the bundle."""
from __future__ import annotations

import os
import sys


def print_to_pdf(source: str, out: str) -> int:
    """Print the PDF `source` into the PDF printer file `out`; exit status 0 when every page
    was printed."""
    if not sys.platform.startswith(("win", "darwin")) and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
    from PySide6.QtWidgets import QApplication

    from ui.qt_messages import quiet_qt_messages
    from ui.workflow.printing import PdfPages, PrintFailed, paint, set_up_printer

    quiet_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    with open(source, "rb") as handle:
        pages = PdfPages(handle.read(), os.path.basename(source))
    try:
        QPrinterInfo.availablePrinterNames()  # loads the print-support plugin (CUPS on Linux)
        printer = set_up_printer(QPrinter(QPrinter.PrinterMode.HighResolution), pages)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(out)
        printed = paint(printer, pages)
    except PrintFailed as exc:
        print(f"print failed: {exc}", file=sys.stderr)
        return 1
    finally:
        pages.close()
    print(f"printed {printed} of {len(pages)} pages to {out}")
    return 0 if printed == len(pages) else 1
