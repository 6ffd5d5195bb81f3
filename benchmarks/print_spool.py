"""What goes to the printer for a branch's statements (not a test; prints a table).

Builds the synthetic branch of `benchmarks/statements.py` (N staff), makes the combined print
file (two-sided, so every statement is padded to an even page count) and compares:

- vector: the PDF itself, as `ui.workflow.printing.spool_pdf` hands it to a PDF file or to CUPS;
- raster: the former route, every page rendered by pdfium at 300 dpi greyscale and painted into
  a QPrinter (measured on the first SAMPLE pages printed into a PDF-mode QPrinter, scaled to all
  pages), and the raw bitmap a Windows GDI driver receives (2480 x 3508 bytes an A4 page).

    QT_QPA_PLATFORM=offscreen python benchmarks/print_spool.py [--staff 400] [--sample 10]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.statements import golden_run, synthetic  # noqa: E402
from ruralperf.reports.statement_pdf import statements_pdf  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--staff", type=int, default=400)
    parser.add_argument("--sample", type=int, default=10)
    args = parser.parse_args(argv)
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from ui.workflow.printing import PdfPages, paint, set_up_printer

    app = QApplication.instance() or QApplication([])  # noqa: F841 (Qt needs it alive)
    with tempfile.TemporaryDirectory() as tmp:
        ws, golden = golden_run(Path(tmp))
        run = synthetic(golden, args.staff)
        started = time.perf_counter()
        simplex = statements_pdf(run, ("0001", "本网点"))
        duplex = statements_pdf(run, ("0001", "本网点"), duplex=True)
        made = time.perf_counter() - started
        pages = PdfPages(duplex)
        sample = PdfPages(statements_pdf(run, ("0001", "本网点"),
                                         staff_nos=[s.staff_no for s in run.result.staff[:4]]))
        count = min(args.sample, len(sample))
        printer = set_up_printer(QPrinter(QPrinter.HighResolution), sample)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(Path(tmp) / "raster.pdf"))
        printer.setResolution(300)
        printer.setFromTo(1, count)
        printer.setPrintRange(QPrinter.PageRange)
        started = time.perf_counter()
        paint(printer, sample)
        raster_s = (time.perf_counter() - started) / count
        raster_page = (Path(tmp) / "raster.pdf").stat().st_size / count
        simplex_pages = len(PdfPages(simplex))
        print(f"staff {args.staff}: {simplex_pages} pages one-sided "
              f"({simplex_pages / args.staff:.2f} a statement), {len(pages)} two-sided "
              f"(padded); both PDFs made in {made:.1f} s")
        from machine import load_line  # benchmarks/ is the script's folder
        print(load_line())
        print(f"{'route':44} {'MB to spool':>12}")
        print(f"{'vector PDF (spool_pdf), two-sided':44} {len(duplex) / 2**20:12.1f}")
        print(f"{'raster 300 dpi into a PDF QPrinter':44} {raster_page * len(pages) / 2**20:12.1f}"
              f"   ({raster_page / 1024:.0f} KB and {raster_s:.2f} s a page)")
        print(f"{'raster 300 dpi, raw greyscale bitmap':44} "
              f"{2480 * 3508 * len(pages) / 2**20:12.1f}")
        pages.close()
        sample.close()
        ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
