"""Issue 14.1: a credit officer's entries wait for an administrator: a pay run reading one
lists it as a blocking error, the limitation list marks loans counting a pending event, and
确认 / 退回 settle them (audited; nobody confirms what pays himself)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ruralperf.errors import UserError
from ruralperf.domain.periods import Quarter


@pytest.fixture
def branch(approvable_ws):
    ws = approvable_ws
    ws.add_user("boss", "secret-1", "admin", "王行长")
    ws.add_user("li", "secret-2", "officer", "李娜", staff_no="E002")
    return ws


def _as(ws, name):
    ws.login(name, {"boss": "secret-1", "li": "secret-2", "deputy": "secret-4"}[name])
    return ws


DEPOSIT = {"staff_no": "E002", "month": "2025-09", "daily_avg": Decimal("9999999")}


def test_pending_entry_blocks_the_pay_run_until_confirmed(branch):
    li = _as(branch, "li")
    saved = li.records.save("deposits", DEPOSIT, row_id=li.browse.find(
        "deposits", staff_no="E002", month="2025-09")["id"])
    assert saved.ok, saved.messages()
    admin = _as(branch, "boss")
    result = admin.compute_pay_run(Quarter(2025, 3))
    assert result.blocking
    assert [(f.code, f.subject) for f in result.errors] == [("pending_entry", "E002/2025-09")]
    with pytest.raises(UserError) as exc:
        admin.submit_pay_run(Quarter(2025, 3))
    assert exc.value.code == "run_has_errors"
    entries = admin.pending_entries()
    assert [(e.table, e.key) for e in entries] == [("deposits", "E002/2025-09")]
    assert admin.confirm_entries("deposits", [entries[0].id]) == 1
    assert admin.pending_entries() == []
    assert not admin.compute_pay_run(Quarter(2025, 3)).blocking


def test_send_back_restores_the_confirmed_values(branch):
    li = _as(branch, "li")
    before = li.browse.find("deposits", staff_no="E002", month="2025-09")
    assert li.records.save("deposits", DEPOSIT, row_id=before["id"]).ok
    new_item = li.records.save("items", {"staff_no": "E002", "date": "2025-09-03",
                                         "item": "bank_card", "qty": 5, "card_balance": "100"})
    assert new_item.ok
    admin = _as(branch, "boss")
    admin.send_back_entry("deposits", before["id"])
    admin.send_back_entry("items", new_item.id)
    after = admin.browse.find("deposits", staff_no="E002", month="2025-09")
    assert after["daily_avg"] == before["daily_avg"]
    assert admin.browse.row("items", new_item.id) is None
    assert admin.pending_entries() == []
    assert admin.verify_audit().ok


def test_nobody_confirms_an_entry_that_pays_himself(branch):
    branch.add_user("deputy", "secret-4", "admin", staff_no="E002")
    li = _as(branch, "li")
    row = li.browse.find("deposits", staff_no="E002", month="2025-09")
    assert li.records.save("deposits", DEPOSIT, row_id=row["id"]).ok
    deputy = _as(branch, "deputy")
    with pytest.raises(UserError) as exc:
        deputy.confirm_entries("deposits", [row["id"]])
    assert exc.value.code == "pays_yourself"
    assert _as(branch, "boss").confirm_entries("deposits", [row["id"]]) == 1


def test_officer_cannot_confirm(branch):
    li = _as(branch, "li")
    row = li.browse.find("deposits", staff_no="E002", month="2025-09")
    li.records.save("deposits", DEPOSIT, row_id=row["id"])
    with pytest.raises(UserError):
        li.confirm_entries("deposits", [row["id"]])


def test_limitation_list_counts_pending_events_marked(branch):
    from ruralperf.io.jsonout import limitation_json

    li = _as(branch, "li")
    event = {"contract_no": "C020", "date": "2025-09-20", "kind": "demand_signed",
             "staff_no": "E002", "amount": None, "new_maturity": None}
    assert li.records.save("limitation_events", event).ok, "C020 is managed by E002"
    report = li.limitation(date(2025, 9, 30))
    assert "C020" in report.pending
    data = limitation_json(report)
    assert data["pending"] == ["C020"]
    assert "pending" not in data["loans"][0]  # a separate field, the loan rows unchanged
    admin = _as(branch, "boss")
    admin.confirm_entries("limitation_events", [e.id for e in admin.pending_entries()])
    assert not admin.limitation(date(2025, 9, 30)).pending


def test_officer_import_of_form_sheets_is_pending(branch):
    from ruralperf.services.records import raw_sheet

    li = _as(branch, "li")
    report = li.import_sheets([raw_sheet("items", [{"staff_no": "E002", "date": "2025-09-04",
                                                    "item": "pos", "qty": 1}])], source="form")
    assert report.ok
    assert [(e.table, e.values["item"]) for e in _as(branch, "boss").pending_entries()] == [
        ("items", "pos")]
