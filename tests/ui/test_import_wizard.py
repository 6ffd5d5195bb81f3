"""Importing through the wizard: the golden workbook into an empty database; a broken
workbook shows every error, exports them to .xlsx and changes nothing."""
from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QWizard

from tests.conftest import GOLDEN_WORKBOOK
from ui.workflow.import_page import ImportPage
from ui.workflow.import_wizard import ImportWizard

pytestmark = pytest.mark.gui


def test_golden_workbook_through_the_wizard(qtbot, empty_ctx, idle):
    assert empty_ctx.workspace.overview.is_empty()
    wizard = ImportWizard(empty_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.button(QWizard.NextButton).isEnabled()
    wizard.file_page.path_edit.setText(str(GOLDEN_WORKBOOK))
    assert wizard.button(QWizard.NextButton).isEnabled()
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=20000)
    assert wizard.check_page.report.dry_run and wizard.check_page.report.ok
    assert empty_ctx.workspace.overview.is_empty()  # the check wrote nothing
    assert wizard.check_page.counts.total("inserted") == 204
    assert wizard.check_page.counts.item(1, 0).text() == "员工"
    assert wizard.button(QWizard.CommitButton).text() == "导入"
    with qtbot.waitSignal(empty_ctx.data_changed, timeout=20000) as changed:
        wizard.button(QWizard.CommitButton).click()
    assert changed.args == ["*"]
    qtbot.waitUntil(wizard.result_page.isComplete)
    assert wizard.result_page.report.ok and not wizard.result_page.report.dry_run
    assert not empty_ctx.workspace.overview.is_empty()
    assert "导入完成" in wizard.result_page.summary.text()
    idle(empty_ctx)


@pytest.fixture
def broken_workbook(tmp_path):
    book = openpyxl.load_workbook(GOLDEN_WORKBOOK)
    sheet = book.worksheets[1]  # staff: break two cells
    sheet.cell(row=2, column=4).value = "abc"
    sheet.cell(row=3, column=1).value = None
    path = tmp_path / "broken.xlsx"
    book.save(path)
    return path


def test_errors_are_listed_exported_and_block_the_import(qtbot, empty_ctx, idle, tmp_path,
                                                          broken_workbook):
    wizard = ImportWizard(empty_ctx, str(broken_workbook))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=20000)
    check = wizard.check_page
    assert not check.isComplete()
    assert not wizard.button(QWizard.CommitButton).isEnabled()
    model = check.problems.model
    errors = [p for p in model.problems() if not p.warning]
    assert len(errors) >= 2
    first = [model.index(0, c).data() for c in range(5)]
    assert first[0] == "错误" and first[2].isdigit() and first[4]
    out = tmp_path / "problems.xlsx"
    done = []
    check.problems.export(str(out), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("类型", "工作表", "行", "列", "说明")
    assert len(rows) == 1 + len(model.problems())
    assert rows[1][0] == "错误" and isinstance(rows[1][2], int)
    assert empty_ctx.workspace.overview.is_empty()
    idle(empty_ctx)


def test_the_menu_asks_for_the_file_then_opens_the_wizard(qtbot, empty_ctx, monkeypatch, idle):
    page = ImportPage(empty_ctx)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(GOLDEN_WORKBOOK), "")))
    page.show_record("open")
    wizard = page.wizard
    assert wizard is not None and wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.file_page.path() == str(GOLDEN_WORKBOOK))
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=20000)
    wizard.next()
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=20000)
    assert "导入完成" in page.last.text() or "import done" in page.last.text()
    idle(empty_ctx)
    wizard.close()
