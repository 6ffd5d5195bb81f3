"""Issue 13.6: the import reports every error in one pass: a joint loan's share error (C002 at
130 %) together with the row errors, so the clerk fixes everything in one round."""
from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.conftest import GOLDEN_WORKBOOK
from ui.workflow.import_wizard import ImportWizard

pytestmark = pytest.mark.gui


@pytest.fixture
def two_kinds_of_errors(tmp_path):
    book = openpyxl.load_workbook(GOLDEN_WORKBOOK)
    book["员工"].cell(row=2, column=4).value = "abc"  # a cell error
    credits = book["营销分成"]
    assert credits.cell(row=4, column=1).value == "C002"
    credits.cell(row=4, column=3).value = 70  # C002: 60 % + 70 % = 130 %
    path = tmp_path / "两处错误.xlsx"
    book.save(path)
    return path


def test_row_errors_and_the_joint_share_error_in_one_pass(qtbot, make_ctx, db_path,
                                                         two_kinds_of_errors):
    ctx = make_ctx(db_path)
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    edit = wizard.file_page.path_edit
    edit.setFocus()
    edit.insert(str(two_kinds_of_errors))  # pasted (the path has Chinese characters)
    qtbot.keyClick(edit, Qt.Key_Return)  # Enter moves on (issue 13.13)
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=20000)
    errors = [p for p in wizard.check_page.problems.model.problems() if not p.warning]
    codes = {(p.sheet, p.code) for p in errors}
    assert ("员工", "not_a_number") in codes
    assert ("营销分成", "credit_joint") in codes  # not only after the first is fixed
    assert any("130%" in p.message() for p in errors)
    assert not wizard.button(QWizard.CommitButton).isEnabled()
    assert ctx.workspace.overview.is_empty()
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=10000)
