"""Issue 12: a crash never loses typed work silently. An entry form keeps its unsaved input as
a draft; the next start offers it back; restoring reopens the form with what was typed, and
saving (or declining) removes the draft."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from tests.ui_records.conftest import idle
from ui.records.background import alive
from ui.records.forms import record_dialog
from ui.records.forms.drafts import store_for
from ui.session.recovery import offer_drafts

pytestmark = pytest.mark.gui


def _type_household(qtbot, ctx):
    dialog = record_dialog(ctx, "households")
    qtbot.addWidget(dialog)
    dialog.show()
    idle(qtbot, ctx)
    dialog.editors["household_no"].setFocus()
    qtbot.keyClicks(dialog.editors["household_no"], "H77")
    qtbot.keyClick(dialog.editors["household_no"], Qt.Key_Tab)
    dialog.editors["name"].insert("曾小明")  # typed through the input method
    qtbot.waitUntil(lambda: any(d.values.get("name") == "曾小明"
                                for d in store_for(ctx).pending()), timeout=5000)
    return dialog


def _button(box, text: str) -> QPushButton:
    return next(b for b in box.findChildren(QPushButton) if b.text() == text)


def test_typed_input_survives_a_crash_and_is_offered_back(qtbot, golden_ctx):
    ctx = golden_ctx
    crashed = _type_household(qtbot, ctx)
    crashed.hide()  # the process "dies": the form never closes, its draft stays on disk
    window = QWidget()
    qtbot.addWidget(window)
    box = offer_drafts(ctx, window)
    assert box is not None and "新增借款户" in box.text()
    qtbot.mouseClick(_button(box, "恢复"), Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(getattr(window, "restored_forms", None)), timeout=3000)
    form = window.restored_forms[0]
    assert form.editors["household_no"].text() == "H77"
    assert form.editors["name"].text() == "曾小明"
    assert form.is_dirty()  # not saved yet: the clerk checks and saves
    qtbot.keyClick(form.editors["name"], Qt.Key_Return)
    qtbot.waitUntil(lambda: not alive(form), timeout=5000)  # saved and closed
    assert ctx.workspace.browse.find("households", household_no="H77")["name"] == "曾小明"
    # the restored draft was saved; the crashed form's own draft was the same one
    assert store_for(ctx).pending() == []


def test_declining_discards_the_drafts(qtbot, golden_ctx):
    ctx = golden_ctx
    _type_household(qtbot, ctx).hide()
    window = QWidget()
    qtbot.addWidget(window)
    box = offer_drafts(ctx, window)
    qtbot.mouseClick(_button(box, "放弃"), Qt.LeftButton)
    qtbot.waitUntil(lambda: store_for(ctx).pending() == [], timeout=3000)
    assert offer_drafts(ctx, window) is None


def test_saving_or_cancelling_a_form_leaves_no_draft(qtbot, golden_ctx):
    ctx = golden_ctx
    dialog = _type_household(qtbot, ctx)
    qtbot.keyClick(dialog.editors["name"], Qt.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert store_for(ctx).pending() == []
    dialog = record_dialog(ctx, "households")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editors["household_no"], "H78")
    qtbot.waitUntil(lambda: store_for(ctx).pending() != [], timeout=5000)
    qtbot.keyClick(dialog, Qt.Key_Escape)  # "放弃未保存的修改？" answered Yes by the fixture
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert store_for(ctx).pending() == []
