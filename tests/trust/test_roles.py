"""Roles are enforced in the core: refused calls raise AccessDenied whatever the UI shows."""
from __future__ import annotations

import pytest

from ruralperf.errors import UserError
from ruralperf.security.users import AccessDenied, LoginFailed
from ruralperf.workspace import Workspace
from ruralperf.domain.periods import Quarter


@pytest.fixture
def ws_with_users(approvable_ws):
    ws = approvable_ws
    ws.add_user("boss", "secret-1", "admin", "王行长")
    ws.add_user("li", "secret-2", "officer", "李娜", staff_no="E002")
    ws.add_user("audit", "secret-3", "auditor")
    return ws


def test_first_account_must_be_admin(workspace):
    with pytest.raises(UserError):
        workspace.add_user("li", "secret-2", "officer")
    workspace.add_user("boss", "secret-1", "admin")
    assert workspace.user.username == "boss"


def test_passwords_are_argon2id_hashes(ws_with_users, golden_db):
    import sqlite3

    hashes = [r[0] for r in sqlite3.connect(golden_db).execute("select password_hash from users")]
    assert hashes and all(h.startswith("$argon2id$") for h in hashes)
    assert not any("secret" in h for h in hashes)


def test_login_wrong_password_refused(ws_with_users):
    with pytest.raises(LoginFailed):
        ws_with_users.login("boss", "wrong-password")


def test_reopened_database_requires_login(ws_with_users, golden_db):
    with Workspace.open(golden_db) as again:
        assert again.user is None
        with pytest.raises(UserError) as exc:
            again.compute_pay_run(Quarter(2025, 3))
        assert exc.value.code == "login_required"


def test_officer_cannot_approve_or_edit_parameters(ws_with_users):
    ws = ws_with_users
    ws.login("boss", "secret-1")
    ws.compute_pay_run(Quarter(2025, 3))
    ws.submit_pay_run(Quarter(2025, 3))
    ws.login("li", "secret-2")
    with pytest.raises(AccessDenied):
        ws.approve_pay_run(Quarter(2025, 3))
    from ruralperf.io.reader import RawSheet

    params = RawSheet("parameters", [(1, ("key", "value", "effective_from")),
                                     (2, ("interest.rate", "0.5%", "2026-01-01"))])
    with pytest.raises(AccessDenied):
        ws.import_sheets([params])
    assert ws.stored_pay_run(Quarter(2025, 3)).status == "submitted"


def test_auditor_reads_but_changes_nothing(ws_with_users):
    ws = ws_with_users
    ws.login("audit", "secret-3")
    assert ws.limitation(__import__("datetime").date(2025, 9, 30)).loans
    assert ws.compute_pay_run(Quarter(2025, 3), save=False).for_staff("E001") is not None
    for call in (lambda: ws.compute_pay_run(Quarter(2025, 3)),
                 lambda: ws.add_user("x", "secret-9", "officer"),
                 lambda: ws.submit_pay_run(Quarter(2025, 3))):
        with pytest.raises(AccessDenied):
            call()


def test_officer_reads_only_own_pay_in_the_core(ws_with_users):
    ws = ws_with_users
    ws.login("boss", "secret-1")
    ws.compute_pay_run(Quarter(2025, 3))
    ws.login("li", "secret-2")  # staff E002
    assert [s.staff_no for s in ws.stored_pay_run(Quarter(2025, 3)).result.staff] == ["E002"]
    assert [s.staff_no for s in ws.compute_pay_run(Quarter(2025, 3), save=False).staff] == ["E002"]
    ws.login("audit", "secret-3")
    assert len(ws.stored_pay_run(Quarter(2025, 3)).result.staff) == 5


def test_restore_needs_permission_and_is_audited(ws_with_users):
    ws = ws_with_users
    ws.login("boss", "secret-1")
    saved = ws.backup("manual")
    ws.login("li", "secret-2")
    with pytest.raises(AccessDenied):
        ws.restore(saved.path)
    ws.login("boss", "secret-1")
    done = ws.restore(saved.path)
    assert done.error is None and done.user_kept and done.workspace.user.username == "boss"
    rows, _ = done.workspace.audit_view.page()
    assert rows[0]["action"] == "restore" and done.workspace.verify_audit().ok
    done.workspace.close()


def test_logout_forgets_the_user(ws_with_users):
    ws = ws_with_users
    ws.login("boss", "secret-1")
    ws.logout()
    assert ws.user is None
