"""Issue 13.10: files written from the Chinese screens carry Chinese names a clerk can read in
the folder (`2025Q3-v1_绩效工资单_E001_张伟.pdf`), not `statement_*.pdf`; English keeps its names."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from ruralperf.domain.periods import Quarter
from ruralperf.reports.bundle import summary_filenames
from ruralperf.reports.parallel import statement_filename
from tests.reports.conftest import needs_poppler, pdftotext
from tests.ui_records.conftest import idle
from ui.workflow.limitation_page import LimitationPage
from ui.workflow.payrun_page import PayRunPage
from ui.workflow.quarter import QuarterState

pytestmark = pytest.mark.gui


@pytest.fixture
def no_dialogs(monkeypatch, tmp_path):
    folder = tmp_path / "工资条"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    return folder


def press(qtbot, button) -> None:
    """Tab focus lands on the button; the clerk presses Space."""
    button.setFocus(Qt.TabFocusReason)
    qtbot.keyClick(button, Qt.Key_Space)


@needs_poppler
def test_save_all_statements_with_chinese_names(qtbot, golden_ctx, no_dialogs):
    page = PayRunPage(golden_ctx, QuarterState(Quarter(2025, 3)))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    press(qtbot, page.compute_button)
    idle(qtbot, golden_ctx, 30000)
    assert page.stored is not None
    press(qtbot, page.output.save_all_button)
    idle(qtbot, golden_ctx, 30000)
    names = sorted(p.name for p in no_dialogs.iterdir())
    assert "2025Q3-v1_绩效工资单_E001_张伟.pdf" in names
    assert "2025Q3-v1_绩效工资汇总表.pdf" in names and "2025Q3-v1_绩效工资汇总表.xlsx" in names
    assert not [n for n in names if n.startswith(("statement_", "summary_"))]
    assert "5 份工资条" in page.status.text()
    page.output.message.close()
    # completions on paper are percentages (100.82%), never the rule book's 1.0082
    statement = pdftotext(no_dialogs / "2025Q3-v1_绩效工资单_E001_张伟.pdf")
    assert "100.82%" in statement and "92.00%" in statement and "132.61%" in statement
    assert "1.0082" not in statement and "0.9200" not in statement
    summary = pdftotext(no_dialogs / "2025Q3-v1_绩效工资汇总表.pdf")
    assert "100.82%" in summary and "89.52%" in summary and "1.0082" not in summary


def test_limitation_lists_with_chinese_names(qtbot, golden_ctx, no_dialogs):
    page = LimitationPage(golden_ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_as_of(date(2025, 9, 30))
    idle(qtbot, golden_ctx, 30000)
    press(qtbot, page.output.export_button)
    idle(qtbot, golden_ctx, 30000)
    assert sorted(p.name for p in no_dialogs.iterdir()) == [
        "失时效追责清单_2025-09-30.pdf", "诉讼时效清单_2025-09-30.xlsx",
        "诉讼时效预警清单_2025-09-30.pdf"]
    page.output.message.close()


def test_english_names_stay_as_they_were():
    class Run:
        label = "2025Q3-v1"

    assert statement_filename(Run, "E001", "Zhang/Wei", "en") == \
        "statement_2025Q3-v1_E001_Zhang_Wei.pdf"
    assert summary_filenames(Run, "en") == ("summary_2025Q3-v1.pdf", "summary_2025Q3-v1.xlsx")
    assert statement_filename(Run, "E001", "张伟") == "2025Q3-v1_绩效工资单_E001_张伟.pdf"
