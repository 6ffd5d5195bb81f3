"""Issue 14.3: accounts (own password, reset, disable, role; audited) and sign-in against
guessing (audited failures, exponential delay, a lock after N failures for M minutes, an
unknown name treated exactly like a wrong password)."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ruralperf.errors import UserError
from ruralperf.services.login_guard import LoginPolicy
from ruralperf.security.users import AccessDenied, LoginFailed, LoginLocked


@pytest.fixture
def branch(workspace):
    ws = workspace
    ws.add_user("boss", "secret-1", "admin")
    ws.add_user("li", "secret-2", "officer", staff_no="E002")
    ws.add_user("audit", "secret-3", "auditor")
    return ws


class Clock:
    def __init__(self):
        self.now = datetime(2026, 1, 5, 9, 0, 0)
        self.slept: list[float] = []

    def policy(self, **kw) -> LoginPolicy:
        return LoginPolicy(sleep=self.slept.append, now=lambda: self.now, **kw)


def _trail(ws, action):
    from sqlalchemy import select

    from ruralperf.db import models as m
    from ruralperf.db.engine import read_session

    with read_session(ws.engine) as s:
        return [(r.user, r.record_key) for r in s.scalars(
            select(m.AuditRow).where(m.AuditRow.action == action).order_by(m.AuditRow.seq))]


def test_change_own_password(branch):
    branch.login("li", "secret-2")
    with pytest.raises(LoginFailed):
        branch.change_password("wrong", "new-secret")
    branch.change_password("secret-2", "new-secret")
    branch.logout()
    branch.login("li", "new-secret")
    assert ("li", "li") in _trail(branch, "password")


def test_reset_disable_and_role_are_the_administrators(branch):
    branch.login("li", "secret-2")
    for call in (lambda: branch.reset_password("boss", "x-secret"),
                 lambda: branch.set_user_active("boss", False),
                 lambda: branch.set_user_role("li", "admin")):
        with pytest.raises(AccessDenied):
            call()
    branch.login("boss", "secret-1")
    branch.reset_password("li", "reset-pw")
    branch.set_user_role("audit", "officer", staff_no="E003")
    branch.set_user_active("li", False)
    with pytest.raises(LoginFailed):
        branch.login("li", "reset-pw", policy=Clock().policy())
    assert [u.username for u in branch.users()] == ["audit", "boss"]
    assert {u.username: u.active for u in branch.users(include_disabled=True)}["li"] is False
    branch.login("boss", "secret-1")
    assert ("boss", "li") in _trail(branch, "reset_password")
    assert [k for u, k in _trail(branch, "update")] == ["audit", "li"]
    with pytest.raises(UserError) as exc:
        branch.set_user_active("boss", False)
    assert exc.value.code == "last_admin"
    with pytest.raises(UserError) as exc:
        branch.set_user_role("boss", "auditor")
    assert exc.value.code == "last_admin"


def test_failed_sign_ins_are_audited_slowed_and_locked(branch):
    clock = Clock()
    policy = clock.policy(max_attempts=3, lock_minutes=10, base_delay=1.0)
    for _ in range(2):
        with pytest.raises(LoginFailed) as exc:
            branch.login("li", "wrong", policy=policy)
        assert not isinstance(exc.value, LoginLocked)
    with pytest.raises(LoginLocked) as exc:
        branch.login("li", "wrong", policy=policy)
    assert exc.value.code == "login_locked"
    assert clock.slept == [0.0, 1.0, 2.0]  # exponential from the second failure
    with pytest.raises(LoginLocked):  # even the right password, while locked
        branch.login("li", "secret-2", policy=policy)
    clock.now += timedelta(minutes=11)
    assert branch.login("li", "secret-2", policy=policy).username == "li"
    assert [k for u, k in _trail(branch, "login_failed")] == ["li", "li", "li"]
    assert [k for u, k in _trail(branch, "login_locked")] == ["li"]
    branch.login("boss", "secret-1", policy=policy)
    assert branch.verify_audit().ok


def test_unknown_name_is_answered_like_a_wrong_password(branch, monkeypatch):
    from ruralperf.services import login_guard

    verified = []
    real = login_guard.verify_password
    monkeypatch.setattr(login_guard, "verify_password",
                        lambda h, p: verified.append(h.split("$")[1]) or real(h, p))
    clock = Clock()
    answers = []
    for name in ("li", "nobody", "li", "nobody"):
        with pytest.raises(LoginFailed) as exc:
            branch.login(name, "wrong", policy=clock.policy())
        answers.append((type(exc.value), exc.value.code))
    assert answers[0] == answers[1] == answers[2] == answers[3]
    assert clock.slept == [0.0, 0.0, 0.5, 0.5]  # the same delays for both names
    assert verified == ["argon2id"] * 4  # the same Argon2 work for both
    assert [k for u, k in _trail(branch, "login_failed")] == ["li", "nobody"] * 2


def test_limits_are_branch_settings(branch):
    from ruralperf.services.login_guard import policy_of

    branch.set_setting("login.max_attempts", "7")
    branch.set_setting("login.lock_minutes", "30")
    policy = policy_of(branch.engine, branch.branch_id)
    assert (policy.max_attempts, policy.lock_minutes) == (7, 30)


def test_a_database_whose_accounts_are_all_disabled_needs_a_sign_in(branch, db_path):
    from sqlalchemy import update

    from ruralperf.db import models as m
    from ruralperf.db.engine import write_session
    from ruralperf.workspace import Workspace

    with write_session(branch.engine) as s:
        s.execute(update(m.UserRow).values(active=False))
    branch.close()
    with Workspace.open(db_path) as again:
        assert again.user is None
