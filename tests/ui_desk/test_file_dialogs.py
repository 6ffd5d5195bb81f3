"""Issue 13.13: the import wizard moves on with Enter in the path field; file dialogs open in
the user's Documents the first time, then in the folder last used (not the program folder)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from tests.conftest import GOLDEN_WORKBOOK
from ui.workflow.import_wizard import ImportWizard

pytestmark = pytest.mark.gui


def test_browse_starts_in_documents_then_in_the_last_folder(qtbot, make_ctx, db_path,
                                                          monkeypatch, tmp_path):
    documents = tmp_path / "我的文档"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation",
                        staticmethod(lambda _kind: str(documents)))
    ledgers = tmp_path / "台账"
    ledgers.mkdir()
    chosen = ledgers / "九月.xlsx"
    chosen.write_bytes(Path(GOLDEN_WORKBOOK).read_bytes())
    starts = []

    def open_name(_parent, _title, start, _filter, *args, **kwargs):
        starts.append(start)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    ctx = make_ctx(db_path)
    for _ in range(2):
        wizard = ImportWizard(ctx)
        qtbot.addWidget(wizard)
        wizard.show()
        button = next(b for b in wizard.file_page.findChildren(QPushButton)
                      if b.text() == "浏览…")
        qtbot.mouseClick(button, Qt.LeftButton)
        assert wizard.file_page.path() == str(chosen)
        wizard.close()
    assert starts == [str(documents), str(ledgers)]


def test_enter_in_the_path_field_moves_on(qtbot, make_ctx, db_path):
    ctx = make_ctx(db_path)
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    edit = wizard.file_page.path_edit
    edit.setFocus()
    qtbot.keyClicks(edit, str(GOLDEN_WORKBOOK))
    qtbot.keyClick(edit, Qt.Key_Return)
    assert wizard.currentPage() is wizard.check_page
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=20000)
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=10000)
