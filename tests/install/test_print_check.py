"""`ruralperf gui --print-to-pdf IN OUT` (the bundle's printing check): every page of a report
goes through QPrinter into a PDF printer file."""
from __future__ import annotations

import pytest
import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ruralperf import cli

pytestmark = pytest.mark.gui


def three_pages(path) -> None:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for n in range(3):
        pdf.drawString(72, 720, f"page {n + 1}")
        pdf.showPage()
    pdf.save()


def test_every_page_is_printed_into_the_pdf_printer(qapp, tmp_path, capsys):
    source, out = tmp_path / "report.pdf", tmp_path / "printed.pdf"
    three_pages(source)
    assert cli.main(["gui", "--print-to-pdf", str(source), str(out)]) == 0
    assert "printed 3 of 3 pages" in capsys.readouterr().out
    printed = pdfium.PdfDocument(out.read_bytes())
    try:
        assert len(printed) == 3
        assert "Qt" in (printed.get_metadata_dict().get("Producer") or "")  # not a copy
    finally:
        printed.close()


def test_an_unreadable_report_is_a_message_not_a_traceback(qapp, tmp_path, capsys):
    source = tmp_path / "broken.pdf"
    source.write_bytes(b"not a pdf")
    assert cli.main(["--lang", "en", "gui", "--print-to-pdf", str(source),
                     str(tmp_path / "out.pdf")]) == 1
    assert "Traceback" not in capsys.readouterr().err
