"""Two clients on one database: a form or a page never overwrites (or deletes) a record another
client changed after it was shown. The other client is a second Workspace on the same file."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

from ruralperf.services.records import Records
from ruralperf.domain.periods import Quarter
from tests.ui_records.conftest import idle, open_page
from ui.records.background import alive
from ui.records.forms import record_dialog

pytestmark = pytest.mark.gui


@pytest.fixture
def other(golden_db):
    """Another client on the same database."""
    from ruralperf.workspace import Workspace

    ws = Workspace.open(golden_db)
    yield ws
    ws.close()


def _stored(ws, table: str, **keys) -> tuple[int, dict]:
    row = ws.browse.find(table, **keys)
    return row["id"], {c.key: row[c.key] for c in Records.columns(table)}


def _change(ws, table: str, change: dict, **keys) -> None:
    row_id, values = _stored(ws, table, **keys)
    extra = {}
    if table == "loans":
        extra["credits"] = [{"staff_no": c["staff_no"], "share": c["share"]}
                            for c in ws.browse.loan_detail(values["contract_no"]).credits]
    result = ws.records.save(table, {**values, **change}, row_id=row_id, **extra)
    assert result.ok, result.messages()


def _conflict_box(qtbot, owner):
    qtbot.waitUntil(lambda: getattr(owner, "conflict_box", None) is not None
                    and owner.conflict_box.isVisible(), timeout=5000)
    return owner.conflict_box


def _open_loan_form(qtbot, ctx, row: int):
    from ui.records.loans_page import LoansPage

    page = open_page(qtbot, LoansPage(ctx), rows=row + 1)
    page.view.selectRow(row)
    page.edit_record()
    qtbot.waitUntil(lambda: getattr(page, "last_dialog", None) is not None, timeout=5000)
    return page, page.last_dialog


def test_loan_form_keeps_another_clients_change_and_reloads_it(qtbot, golden_ctx, other):
    ctx = golden_ctx
    _page, dialog = _open_loan_form(qtbot, ctx, 1)  # C002, joint 60/40
    assert dialog.editors["contract_no"].value() == "C002"
    _change(other, "loans", {"amount": "88888"}, contract_no="C002")

    dialog.editors["maturity_on"].setDate(QDate(2027, 1, 31))
    dialog.save_button.click()
    box = _conflict_box(qtbot, dialog)
    assert "其他用户修改了这条贷款记录" in box.text()
    assert "您的修改没有保存" in box.text()
    assert box.reload_button.text() == "重新载入" and box.keep_button.text() == "保留表单"
    assert dialog.isVisible() and "已被其他用户修改" in dialog.banner.text()
    loan = other.browse.find("loans", contract_no="C002")
    assert loan["amount"] == Decimal("88888.00")  # the other client's change is still there
    assert loan["maturity_on"] != date(2027, 1, 31)  # and nothing of this form was written

    box.reload_button.click()  # reload: the current values replace what was typed
    qtbot.waitUntil(lambda: dialog.editors["amount"].text() == "88888.00", timeout=5000)
    idle(qtbot, ctx)
    assert dialog.editors["maturity_on"].value() == loan["maturity_on"]
    assert [(r.staff.value(), r.share.text()) for r in dialog.credit_rows()] == [
        ("E001", "60%"), ("E002", "40%")]
    assert not dialog.is_dirty() and not dialog.banner.isVisible()

    # with the current values loaded, the user's change goes through and keeps theirs
    dialog.editors["maturity_on"].setDate(QDate(2027, 1, 31))
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: not alive(dialog), timeout=5000)
    loan = other.browse.find("loans", contract_no="C002")
    assert (loan["amount"], loan["maturity_on"]) == (Decimal("88888.00"), date(2027, 1, 31))


def test_staff_form_kept_open_to_copy_the_input_then_reloaded(qtbot, golden_ctx, other,
                                                               message_boxes):
    ctx = golden_ctx
    dialog = record_dialog(ctx, "staff", ctx.workspace.browse.find("staff", staff_no="E002"))
    qtbot.addWidget(dialog)
    dialog.show()
    idle(qtbot, ctx)
    _change(other, "staff", {"position": "综合柜员"}, staff_no="E002")
    dialog.editors["name"].setText("李娜娜")
    dialog.save_button.click()
    _conflict_box(qtbot, dialog).keep_button.click()
    assert dialog.isVisible() and dialog.editors["name"].text() == "李娜娜"  # can be copied
    assert dialog.reload_button.isVisible()
    assert other.browse.find("staff", staff_no="E002")["position"] == "综合柜员"

    dialog.save_button.click()  # saving again is refused again: still nothing overwritten
    _conflict_box(qtbot, dialog).keep_button.click()
    assert other.browse.find("staff", staff_no="E002")["name"] == "李娜"

    dialog.reload_button.click()  # asks first (answered Yes), then loads the current values
    assert message_boxes[-1] == ("question", "放弃您在表单中输入的内容，载入当前数据？")
    qtbot.waitUntil(lambda: dialog.editors["position"].text() == "综合柜员", timeout=5000)
    assert dialog.editors["name"].text() == "李娜" and not dialog.reload_button.isVisible()


def test_delete_of_a_record_changed_meanwhile_is_refused(qtbot, golden_ctx, other):
    from ui.records.pages import SnapshotsPage

    ctx = golden_ctx
    page = open_page(qtbot, SnapshotsPage(ctx), rows=1)
    page.view.selectRow(0)
    row = page.selected_row()
    _change(other, "snapshots", {"balance": "12345"}, contract_no=row["contract_no"],
            month=row["month"])

    page.delete_record()  # the confirmation is answered Yes
    box = _conflict_box(qtbot, page)
    assert "已被其他用户修改" in box.text() and "没有删除" in box.text()
    assert other.browse.row("snapshots", row["id"])["balance"] == Decimal("12345.00")

    box.reload_button.click()  # the page shows the record again, with the current values
    qtbot.waitUntil(lambda: (page.selected_row() or {}).get("balance") == Decimal("12345.00"),
                    timeout=5000)
    assert page.selected_row()["id"] == row["id"]
    page.delete_record()  # what is shown now is what is stored: deleted
    qtbot.waitUntil(lambda: other.browse.row("snapshots", row["id"]) is None, timeout=5000)


def test_form_of_a_record_deleted_meanwhile(qtbot, golden_ctx, other):
    ctx = golden_ctx
    assert other.records.save("households", {"household_no": "H99", "name": "曾小明"}).ok
    dialog = record_dialog(ctx, "households",
                           ctx.workspace.browse.find("households", household_no="H99"))
    qtbot.addWidget(dialog)
    dialog.show()
    idle(qtbot, ctx)
    row_id, _ = _stored(other, "households", household_no="H99")
    assert other.records.delete("households", row_id).ok

    dialog.editors["name"].setText("曾晓明")
    dialog.save_button.click()
    box = _conflict_box(qtbot, dialog)
    assert "删除或替换" in box.text() and box.reload_button.text() == "关闭表单"
    assert not dialog.reload_button.isVisible()
    assert other.browse.find("households", household_no="H99") is None  # not re-created
    box.reload_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_a_new_record_with_a_number_in_use_is_a_message_not_a_traceback(qtbot, golden_ctx):
    dialog = record_dialog(golden_ctx, "staff")
    qtbot.addWidget(dialog)
    dialog.show()
    for key, text in (("staff_no", "E001"), ("name", "张三"), ("position", "客户经理"),
                      ("coefficient", "1")):
        dialog.editors[key].setText(text)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors["staff_no"].isVisible(), timeout=5000)
    assert dialog.errors["staff_no"].text() == "员工 E001 已存在，请打开原记录修改"
    assert dialog.isVisible() and dialog.conflict_box is None


def test_the_conflict_is_told_in_english_too(qtbot, qapp, golden_ctx, monkeypatch):
    from ui.i18n import install_language, remove_language

    monkeypatch.setenv("RURALPERF_LANG", "zh_CN")
    translators = install_language(qapp, "en")
    try:
        dialog = record_dialog(golden_ctx, "staff",
                               golden_ctx.workspace.browse.find("staff", staff_no="E001"))
        qtbot.addWidget(dialog)
        dialog.show_conflict(deleted=False)
        box = _conflict_box(qtbot, dialog)
        assert box.text().startswith("Someone else changed this record")
        assert (box.reload_button.text(), box.keep_button.text()) == ("Reload", "Keep form")
        assert dialog.banner.text().startswith("Someone else changed this record")
        assert dialog.reload_button.text() == "Reload"
        box.keep_button.click()
    finally:
        remove_language(qapp, translators)


def test_loan_form_refuses_when_only_the_credits_changed(qtbot, golden_ctx, other):
    ctx = golden_ctx
    _page, dialog = _open_loan_form(qtbot, ctx, 1)  # C002, joint 60/40
    assert dialog.expected["credits"] == [{"staff_no": "E001", "share": Decimal("0.6")},
                                          {"staff_no": "E002", "share": Decimal("0.4")}]
    dialog.editors["maturity_on"].setDate(QDate(2027, 1, 31))
    row_id, values = _stored(other, "loans", contract_no="C002")
    theirs = [{"staff_no": "E001", "share": "50%"}, {"staff_no": "E002", "share": "50%"}]
    assert other.records.save("loans", values, row_id=row_id, credits=theirs).ok

    dialog.save_button.click()
    box = _conflict_box(qtbot, dialog)
    assert "其他用户修改了这条贷款记录" in box.text()
    shares = [c["share"] for c in other.browse.loan_detail("C002").credits]
    assert shares == [Decimal("0.5"), Decimal("0.5")]  # their credits are not put back
    assert other.browse.find("loans", contract_no="C002")["maturity_on"] != date(2027, 1, 31)

    box.reload_button.click()  # the current credits are shown and expected from now on
    qtbot.waitUntil(lambda: [r.share.text() for r in dialog.credit_rows()] == ["50%", "50%"],
                    timeout=5000)
    idle(qtbot, ctx)
    dialog.editors["maturity_on"].setDate(QDate(2027, 1, 31))
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: not alive(dialog), timeout=5000)
    assert other.browse.find("loans", contract_no="C002")["maturity_on"] == date(2027, 1, 31)
    assert [c["share"] for c in other.browse.loan_detail("C002").credits] == shares


def test_targets_grid_changed_meanwhile_is_not_saved_over(qtbot, golden_ctx, other):
    from tests.ui_records.test_assessment_pages import _cell, _show
    from ui.records.targets_page import TargetsPage

    ctx = golden_ctx
    page = _show(qtbot, TargetsPage(ctx))
    qtbot.waitUntil(lambda: page.grid.rowCount() == 5, timeout=5000)  # 2025Q3
    target = {"interest": "900", "deposit": "0", "npl": "0", "intermediate": "1",
              "quality": "66"}
    assert other.records.save_targets(Quarter(2025, 3), [{"staff_no": "E002", **target}]).ok
    _cell(page, "E005", "quality").setText("90")  # E005: all or nothing, so fill it all in
    for key, text in (("interest", "800"), ("deposit", "0"), ("npl", "0"),
                      ("intermediate", "2")):
        _cell(page, "E005", key).setText(text)

    page.save()
    box = _conflict_box(qtbot, page)
    assert "其他用户修改、新增或删除了其中的任务目标记录" in box.text()
    assert (box.reload_button.text(), box.keep_button.text()) == ("重新载入", "保留输入")
    grid = {r["staff_no"]: r for r in other.browse.targets_grid(Quarter(2025, 3))}
    assert grid["E002"]["quality"] == 66 and grid["E005"]["id"] is None  # nothing written
    box.keep_button.click()  # the typed cells stay, to be copied
    assert page.is_dirty() and _cell(page, "E005", "quality").text() == "90"
    assert "您的修改没有保存" in page.status.text()

    page.conflict_box = None
    page.save()  # refused again; this time reloaded: the other client's target is shown
    _conflict_box(qtbot, page).reload_button.click()
    qtbot.waitUntil(lambda: _cell(page, "E002", "quality").text() == "66", timeout=5000)
    assert not page.is_dirty() and _cell(page, "E005", "quality").text() == ""
    _cell(page, "E001", "quality").setText("77")
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        page.save()
    idle(qtbot, ctx)
    grid = {r["staff_no"]: r for r in other.browse.targets_grid(Quarter(2025, 3))}
    assert (grid["E001"]["quality"], grid["E002"]["quality"]) == (77, 66)
