"""Pay-run workflow: draft -> submitted -> approved; approval locks; reopening versions."""
from __future__ import annotations

from decimal import Decimal

import pytest

from ruralperf.errors import UserError
from ruralperf.io.reader import RawSheet
from ruralperf.domain.periods import Quarter


def test_blocking_errors_prevent_approval(golden_ws):
    golden_ws.compute_pay_run(Quarter(2025, 3))
    with pytest.raises(UserError) as exc:
        golden_ws.submit_pay_run(Quarter(2025, 3))
    assert exc.value.code == "run_has_errors"


def test_one_admin_branch_self_approves_with_reason(approvable_ws):
    ws = approvable_ws
    ws.compute_pay_run(Quarter(2025, 3))
    with pytest.raises(UserError) as exc:
        ws.approve_pay_run(Quarter(2025, 3))
    assert exc.value.code == "self_approval_needs_reason"
    ws.approve_pay_run(Quarter(2025, 3), reason="本网点仅一名管理员")
    run = ws.stored_pay_run(Quarter(2025, 3))
    assert (run.status, run.version, run.approval_reason) == ("approved", 1, "本网点仅一名管理员")


def test_two_admins_other_must_approve(approvable_ws):
    ws = approvable_ws
    ws.add_user("boss", "secret-1", "admin")
    ws.add_user("deputy", "secret-2", "admin")
    ws.compute_pay_run(Quarter(2025, 3))
    with pytest.raises(UserError) as exc:
        ws.approve_pay_run(Quarter(2025, 3), reason="anyway")
    assert exc.value.code == "self_approval_not_allowed"
    ws.login("deputy", "secret-2")
    with pytest.raises(UserError) as exc:  # approving a draft would make him its submitter too
        ws.approve_pay_run(Quarter(2025, 3))
    assert exc.value.code == "self_approval_not_allowed"
    ws.submit_pay_run(Quarter(2025, 3))
    with pytest.raises(UserError) as exc:  # he submitted it: never also its approver
        ws.approve_pay_run(Quarter(2025, 3))
    assert exc.value.code == "self_approval_not_allowed"
    ws.login("boss", "secret-1")  # boss computed it: refused too
    with pytest.raises(UserError) as exc:
        ws.approve_pay_run(Quarter(2025, 3), reason="anyway")
    assert exc.value.code == "self_approval_not_allowed"


def test_two_admins_submitter_and_approver_differ(approvable_ws):
    ws = approvable_ws
    ws.add_user("boss", "secret-1", "admin")
    ws.add_user("deputy", "secret-2", "admin")
    ws.add_user("third", "secret-3", "admin")
    ws.compute_pay_run(Quarter(2025, 3))
    ws.submit_pay_run(Quarter(2025, 3))
    ws.login("deputy", "secret-2")
    ws.approve_pay_run(Quarter(2025, 3))
    assert ws.stored_pay_run(Quarter(2025, 3)).approved_by == "deputy"


def test_approved_quarter_cannot_be_recomputed(approvable_ws):
    ws = approvable_ws
    ws.compute_pay_run(Quarter(2025, 3))
    ws.approve_pay_run(Quarter(2025, 3), reason="one admin")
    with pytest.raises(UserError) as exc:
        ws.compute_pay_run(Quarter(2025, 3))
    assert exc.value.code == "quarter_locked"


def test_reopen_keeps_version_1_and_creates_version_2(approvable_ws):
    ws = approvable_ws
    first = ws.compute_pay_run(Quarter(2025, 3))
    ws.approve_pay_run(Quarter(2025, 3), reason="one admin")
    with pytest.raises(UserError):
        ws.reopen_pay_run(Quarter(2025, 3), reason="  ")
    ws.reopen_pay_run(Quarter(2025, 3), reason="E002 调整金额录错")
    assert ws.pay_run_versions(Quarter(2025, 3)) == [(1, "superseded"), (2, "draft")]
    v1 = ws.stored_pay_run(Quarter(2025, 3), version=1)
    assert v1.result.for_staff("E001").net == first.for_staff("E001").net == Decimal("4652.92")
    assert ws.stored_pay_run(Quarter(2025, 3)).label == "2025Q3-v2"
    assert ws.locked_quarters() == set()


def test_carried_in_reads_previous_approved_quarter(approvable_ws):
    ws = approvable_ws
    ws.compute_pay_run(Quarter(2025, 3))
    ws.approve_pay_run(Quarter(2025, 3), reason="one admin")
    q4 = ws.compute_pay_run(Quarter(2025, 4), save=False)
    assert q4.for_staff("E004").carried_in == Decimal("906.76")
    assert q4.for_staff("E001").carried_in == Decimal("0.00")


def _snapshot_edit() -> list[RawSheet]:
    return [RawSheet("snapshots", [
        (1, ("contract_no", "month", "balance", "overdue_days", "arrears_months", "grade")),
        (2, ("C006", "2025-09", Decimal("9000"), 0, 0, "normal"))])]


def test_editing_a_snapshot_of_an_approved_quarter_is_refused(approvable_ws, golden_db):
    import sqlite3

    ws = approvable_ws
    ws.compute_pay_run(Quarter(2025, 3))
    ws.approve_pay_run(Quarter(2025, 3), reason="one admin")
    before = list(sqlite3.connect(golden_db).iterdump())
    report = ws.import_sheets(_snapshot_edit())
    assert not report.ok
    assert [(p.sheet, p.row, p.code) for p in report.errors] == [("snapshots", 2, "record_locked")]
    assert "2025Q3" in report.errors[0].message()
    assert list(sqlite3.connect(golden_db).iterdump()) == before
    # re-importing unchanged data into a locked quarter is fine: nothing changes
    from tests.conftest import GOLDEN_WORKBOOK

    again = ws.import_workbook(GOLDEN_WORKBOOK)
    assert again.ok and not again.changed


def test_every_import_change_is_in_the_audit_trail(golden_ws):
    ws = golden_ws
    first = ws.verify_audit().checked
    report = ws.import_sheets(_snapshot_edit())
    assert report.ok and report.counts["snapshots"].updated == 1
    assert ws.verify_audit().checked == first + 1


def test_reopen_is_all_or_nothing(approvable_ws, monkeypatch):
    """Issue 14.9: a failure while v2 is computed leaves v1 approved (never superseded alone)."""
    from ruralperf.services import computing

    ws = approvable_ws
    ws.compute_pay_run(Quarter(2025, 3))
    ws.approve_pay_run(Quarter(2025, 3), reason="one admin")

    def boom(*_args, **_kw):
        raise RuntimeError("killed while computing v2")

    monkeypatch.setattr(computing, "store_draft", boom)
    with pytest.raises(RuntimeError):
        ws.reopen_pay_run(Quarter(2025, 3), reason="E002 调整金额录错")
    assert ws.pay_run_versions(Quarter(2025, 3)) == [(1, "approved")]
    assert ws.locked_quarters() == {Quarter(2025, 3)}
