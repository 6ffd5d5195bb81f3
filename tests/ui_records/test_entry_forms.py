"""Entry forms: a household and a joint loan with two marketers typed in, found in the loans
table; a bad share split shown and nothing saved; keyboard and unsaved-changes behaviour."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from tests.ui_records.conftest import idle, open_page
from ui.records.background import alive
from ui.records.forms import record_dialog

pytestmark = pytest.mark.gui


def _dialog(qtbot, ctx, table, **kwargs):
    dialog = record_dialog(ctx, table, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    idle(qtbot, ctx)
    return dialog


def _pick(qtbot, picker, text: str, expect: str) -> None:
    """Type into a picker, wait for the candidates looked up on the worker, take `expect`."""
    picker.line.setFocus()
    with qtbot.waitSignal(picker.candidates_shown, timeout=5000):
        qtbot.keyClicks(picker.line, text)
    numbers = [picker.model.item(i).data(Qt.UserRole + 7) for i in range(picker.model.rowCount())]
    assert expect in numbers, numbers
    picker.choose(numbers.index(expect))
    assert picker.value() == expect


def _enter_household(qtbot, ctx):
    dialog = _dialog(qtbot, ctx, "households")
    qtbot.keyClicks(dialog.editors["household_no"], "H99")
    dialog.editors["name"].insert("曾小明")  # typed through the input method
    dialog.editors["kind"].set_value("农户")
    qtbot.keyClick(dialog.editors["name"], Qt.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def _fill_loan(qtbot, ctx, shares: tuple[str, str]):
    dialog = _dialog(qtbot, ctx, "loans")
    e = dialog.editors
    qtbot.keyClicks(e["contract_no"], "C900")
    _pick(qtbot, e["household_no"], "zxm", "H99")  # 曾小明 by pinyin initials
    qtbot.keyClicks(e["amount"], "100000")
    e["disbursed_on"].setDate(QDate(2025, 11, 3))
    e["maturity_on"].setDate(QDate(2026, 11, 2))
    e["customer_type"].set_value("joint")
    _pick(qtbot, e["manager_no"], "zw", "E001")  # 张伟
    first = dialog.credit_rows()[0]
    qtbot.keyClicks(first.staff.line, "E001")
    qtbot.keyClicks(first.share, shares[0])
    second = dialog.add_credit()
    qtbot.keyClicks(second.staff.line, "E002")
    qtbot.keyClicks(second.share, shares[1])
    return dialog


def test_household_and_joint_loan_with_two_marketers(qtbot, golden_ctx):
    ctx = golden_ctx
    _enter_household(qtbot, ctx)
    assert ctx.workspace.browse.find("households", household_no="H99")["name"] == "曾小明"
    dialog = _fill_loan(qtbot, ctx, ("60", "40%"))
    assert dialog.credit_sum.text() == "合计 100%"
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        qtbot.keyClick(dialog.editors["amount"], Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    from ui.records.loans_page import LoansPage

    page = open_page(qtbot, LoansPage(ctx), rows=1)
    qtbot.keyClicks(page.search, "C900")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    row = page.model.row(0)
    assert (row["contract_no"], row["household_name"], row["customer_type"]) == \
        ("C900", "曾小明", "joint")
    assert page.model.data(page.model.index(0, 3)) == "100,000.00"
    page.view.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=5000)
    assert page.detail.tables["credits"].grid.rowCount() == 2
    assert page.detail.tables["credits"].grid.item(0, 2).text() == "60%"


def test_bad_share_split_is_shown_and_nothing_saved(qtbot, golden_ctx):
    ctx = golden_ctx
    _enter_household(qtbot, ctx)
    before = ctx.workspace.browse.count("loans")
    dialog = _fill_loan(qtbot, ctx, ("60", "30"))
    qtbot.waitUntil(lambda: dialog.credit_error.isVisible(), timeout=3000)  # as you type
    assert "合计 90%" in dialog.credit_error.text()
    assert dialog.credit_sum.text() == "合计 90%"
    dialog.save_button.click()
    idle(qtbot, ctx)
    assert dialog.isVisible() and "联合型贷款" in dialog.credit_error.text()
    assert ctx.workspace.browse.count("loans") == before


def test_messages_next_to_fields_and_conditional_fields(qtbot, golden_ctx):
    dialog = _dialog(qtbot, golden_ctx, "items")
    dialog.editors["item"].set_value("pos")
    assert not dialog.editors["card_balance"].isEnabled()  # only for bank cards
    dialog.editors["item"].set_value("bank_card")
    assert dialog.editors["card_balance"].isEnabled()
    dialog.save_button.click()
    assert dialog.errors["staff_no"].text() == "必填项为空"
    assert dialog.errors["qty"].text() == "必填项为空"
    qtbot.keyClicks(dialog.editors["qty"], "3")
    qtbot.keyClicks(dialog.editors["staff_no"].line, "E404")
    qtbot.waitUntil(lambda: not dialog.errors["qty"].isVisible(), timeout=2000)
    # with the cells right, the row rule speaks: a bank card needs its balance
    assert dialog.errors["card_balance"].text() == "银行卡须填写卡内余额"
    dialog.editors["card_balance"].setText("150")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors["staff_no"].isVisible(), timeout=5000)
    assert dialog.errors["staff_no"].text() == "工号不存在：E404"  # from the save, by field


def test_amounts_are_typed_as_exact_decimals(qtbot, golden_ctx):
    dialog = _dialog(qtbot, golden_ctx, "adjustments")
    amount = dialog.editors["amount"]
    qtbot.keyClicks(amount, "-1234.56")
    assert dialog.values()["amount"] == "-1234.56"  # text, made a Decimal by the core


def test_unsaved_changes_are_not_lost_by_mistake(qtbot, golden_ctx, monkeypatch):
    dialog = _dialog(qtbot, golden_ctx, "staff")
    asked = []
    monkeypatch.setattr(dialog, "ask_discard", lambda: asked.append(1) or False)
    dialog.editors["name"].insert("王")
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert asked and dialog.isVisible()
    dialog.close()
    assert len(asked) == 2 and dialog.isVisible()
    monkeypatch.setattr(dialog, "ask_discard", lambda: True)
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert not dialog.isVisible()

    clean = _dialog(qtbot, golden_ctx, "staff")
    monkeypatch.setattr(clean, "ask_discard", lambda: pytest.fail("nothing to lose"))
    qtbot.keyClick(clean, Qt.Key_Escape)
    assert not clean.isVisible()


def test_tab_walks_the_fields_in_order(qtbot, golden_ctx):
    from PySide6.QtWidgets import QApplication

    dialog = _dialog(qtbot, golden_ctx, "staff")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    order = [dialog.editors[k] for k in ("staff_no", "name", "position", "coefficient")]
    order[0].setFocus()
    for expected in order[1:] + [dialog.save_button]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert QApplication.focusWidget() is expected


def test_editing_a_loan_shows_its_credits(qtbot, golden_ctx):
    from ui.records.loans_page import LoansPage

    page = open_page(qtbot, LoansPage(golden_ctx), rows=2)
    page.view.selectRow(1)  # C002, joint 60/40
    page.edit_record()
    qtbot.waitUntil(lambda: getattr(page, "last_dialog", None) is not None, timeout=5000)
    dialog = page.last_dialog  # a child of the page, deleted when closed
    assert dialog.windowTitle() == "编辑贷款"
    assert [(r.staff.value(), r.share.text()) for r in dialog.credit_rows()] == [
        ("E001", "60%"), ("E002", "40%")]
    assert not dialog.is_dirty()
    dialog.remove_credit(dialog.credit_rows()[1])
    assert dialog.is_dirty()
    dialog.editors["customer_type"].set_value("self_developed")
    dialog.credit_rows()[0].share.setText("100")
    with qtbot.waitSignal(golden_ctx.data_changed, timeout=5000):
        dialog.save_button.click()
    credits = golden_ctx.workspace.browse.loan_detail("C002").credits
    assert [c["staff_no"] for c in credits] == ["E001"]
    qtbot.waitUntil(lambda: not alive(dialog), timeout=3000)  # closed without a question
