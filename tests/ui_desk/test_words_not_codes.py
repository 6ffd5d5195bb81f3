"""Issue 13.10: no technical text on Chinese screens: completions as percentages, the import
summary in words, parameter values in words, Qt's own dialogs in Chinese."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from tests.conftest import GOLDEN_WORKBOOK
from ui.session.parameter_words import parameter_words
from ui.widgets.amounts import ratio_text

pytestmark = pytest.mark.gui


def test_completion_is_a_percentage():
    assert ratio_text(Decimal("1.0082")) == "100.82%"
    assert ratio_text(Decimal("0.5")) == "50.00%"


def test_parameter_values_in_words():
    assert parameter_words("composite.floating_twice", "false") == "否"
    words = parameter_words("sol.reward_tiers", "0:20;5000:50;500000:committee")
    assert words == "0.00 元起：20.00 元；5,000.00 元起：50.00 元；500,000.00 元起：提交委员会研究"
    assert ":" not in words and "committee" not in words


def test_import_summary_in_words(qtbot, make_ctx, db_path):
    from ui.workflow.import_page import ImportPage

    ctx = make_ctx(db_path)
    page = ImportPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wizard = page.open_wizard(str(GOLDEN_WORKBOOK))
    qtbot.keyClick(wizard.file_page.path_edit, Qt.Key_Return)
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=20000)
    wizard.next()
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=20000)
    text = page.last.text()
    assert "员工：新增 5 条，更新 0 条，未变 0 条" in text
    assert "+" not in text.split("\n", 1)[1] and "~" not in text
    wizard.close()
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=10000)


def test_qt_dialogs_speak_chinese(qapp):
    from ui.i18n import install_language, remove_language

    translators = install_language(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") != "Files of type:"
    finally:
        remove_language(qapp, translators)


def test_the_file_dialog_a_clerk_opens_speaks_chinese(qtbot, qapp, make_ctx, db_path):
    """浏览… (Space) opens Qt's own file dialog: every label in Chinese, Esc closes it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton

    from ui.i18n import install_language, remove_language
    from ui.workflow.import_wizard import ImportWizard

    translators = install_language(qapp, "zh_CN")
    seen: list[str] = []

    def read_and_escape():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, read_and_escape)
            return
        seen.extend(label.text() for label in dialog.findChildren(QLabel) if label.text())
        qtbot.keyClick(dialog, Qt.Key_Escape)

    try:
        wizard = ImportWizard(make_ctx(db_path))
        qtbot.addWidget(wizard)
        wizard.show()
        button = next(b for b in wizard.file_page.findChildren(QPushButton)
                      if b.text() == "浏览…")
        button.setFocus(Qt.TabFocusReason)
        QTimer.singleShot(50, read_and_escape)
        qtbot.keyClick(button, Qt.Key_Space)
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    finally:
        remove_language(qapp, translators)
    assert "查找范围(&L)：" in seen and "文件类型(&T)：" in seen, seen
    words = [re.sub(r"\(&\w\)", "", text) for text in seen]  # mnemonics such as (&L) are fine
    assert not [text for text in words if re.search("[A-Za-z]", text)], seen
    assert wizard.file_page.path() == ""
