"""Signing in against guessing: every failed sign-in is audited and counted per user name
(known or not), the n-th failure in a row waits `delay(n)` = base × 2^(n-2) seconds from the
second failure on (a single typo costs nothing; at most `max_delay`), and after `max_attempts` failures the name is locked for `lock_minutes`. An
unknown name costs the same Argon2 verification and the same delay as a wrong password, so
the answer does not tell whether an account exists. Both limits are branch settings
(`login.max_attempts`, `login.lock_minutes`)."""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import select
from sqlalchemy.engine import Engine

from ruralperf.db import models as m
from ruralperf.db.engine import read_session, write_session
from ruralperf.errors import UserError
from ruralperf.security import audit, key_wrap, sealed_accounts
from ruralperf.security.users import LoginFailed, LoginLocked, User, hash_password, \
    verify_password

MAX_NAME = 50  # the audit trail's user column


@dataclass(frozen=True)
class LoginPolicy:
    max_attempts: int = 5
    lock_minutes: int = 15
    base_delay: float = 0.5
    max_delay: float = 30.0
    sleep: Callable[[float], None] = time.sleep
    now: Callable[[], datetime] = datetime.now

    def delay(self, failures: int) -> float:
        if failures <= 1:
            return 0.0
        return min(self.max_delay, self.base_delay * 2 ** (failures - 2))


_DUMMY: list[str] = []


def _dummy_hash() -> str:
    """A hash no password matches, verified for unknown names (the same Argon2 cost)."""
    if not _DUMMY:
        _DUMMY.append(hash_password("no-such-user-" + str(time.time_ns())))
    return _DUMMY[0]


def policy_of(engine: Engine, branch_id: int | None) -> LoginPolicy:
    """The branch's limits (settings `login.max_attempts`, `login.lock_minutes`)."""
    if branch_id is None:
        return LoginPolicy()
    with read_session(engine) as s:
        values = dict(s.execute(select(m.SettingRow.key, m.SettingRow.value).where(
            m.SettingRow.branch_id == branch_id,
            m.SettingRow.key.in_(["login.max_attempts", "login.lock_minutes"]))).all())
    try:
        return LoginPolicy(max_attempts=max(1, int(values.get("login.max_attempts", 5))),
                           lock_minutes=max(1, int(values.get("login.lock_minutes", 15))))
    except ValueError:
        return LoginPolicy()


def login(engine: Engine, username: str, password: str, branch_id: int | None = None,
          policy: LoginPolicy | None = None) -> User:
    policy = policy or policy_of(engine, branch_id)
    name = (username or "")[:MAX_NAME]
    now = policy.now().replace(microsecond=0)
    with read_session(engine) as s:
        row = s.scalar(select(m.UserRow).where(m.UserRow.username == name,
                                               m.UserRow.active.is_(True)))
        attempt = s.get(m.LoginAttemptRow, name)
        locked_until = attempt.locked_until if attempt else None
    locked = locked_until is not None and now < locked_until
    # Always the same work: an unknown name is verified against a dummy hash.
    ok = verify_password(row.password_hash if row else _dummy_hash(), password) \
        and row is not None and not locked
    with write_session(engine) as s:
        attempt = s.get(m.LoginAttemptRow, name)
        if ok and row is not None:  # (ok implies a row)
            if not sealed_accounts.account_ok(s, row):  # edited in the file (issue 14.4)
                raise UserError("account_tampered", user=row.username)
            if attempt is not None:
                s.delete(attempt)
            current = s.get(m.UserRow, row.id)
            if current is None:  # removed since it was read
                raise LoginFailed()
            key_wrap.on_password(s, current, password)  # the audit key
            return User(row.username, row.display_name, row.role, row.staff_no)
        if attempt is None:
            attempt = m.LoginAttemptRow(username=name, failures=0)
            s.add(attempt)
        if attempt.locked_until is not None and now >= attempt.locked_until:
            attempt.failures, attempt.locked_until = 0, None  # the lock has run out
        attempt.failures = (attempt.failures or 0) + 1
        failures = attempt.failures
        if not locked and failures >= policy.max_attempts:
            attempt.locked_until = now + timedelta(minutes=policy.lock_minutes)
        action = "login_locked" if locked else "login_failed"
        audit.append(s, branch_id, name, "login", [audit.Change(
            action, "users", name, None, {"failures": failures})])
        until = attempt.locked_until
    policy.sleep(policy.delay(failures))
    if locked or (until is not None and failures >= policy.max_attempts):
        raise LoginLocked(policy.lock_minutes)
    raise LoginFailed()
