"""User accounts and branch settings in the database (the Workspace delegates here)."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select
from sqlalchemy.engine import Engine

from ruralperf.db import models as m
from ruralperf.db.engine import read_session, write_session
from ruralperf.errors import UserError
from ruralperf.security import audit, key_wrap
from ruralperf.security.sealed_accounts import password_print
from ruralperf.security.users import ROLES, LoginFailed, User, hash_password, verify_password

if TYPE_CHECKING:
    from ruralperf.services.login_guard import LoginPolicy


def count_users(engine: Engine, role: str | None = None) -> int:
    query = select(func.count()).select_from(m.UserRow).where(m.UserRow.active.is_(True))
    if role:
        query = query.where(m.UserRow.role == role)
    with read_session(engine) as s:
        return s.scalar(query) or 0


def login(engine: Engine, username: str, password: str, branch_id: int | None = None,
          policy: "LoginPolicy | None" = None) -> User:
    """Check a password. A failure (unknown name or wrong password: the same Argon2 work and
    the same delay, so the two cannot be told apart) is audited and counted per name; the n-th
    failure in a row waits `policy.delay(n)` seconds, and after `policy.max_attempts` the name
    is locked for `policy.lock_minutes` (ruralperf.services.login_guard)."""
    from ruralperf.services import login_guard

    return login_guard.login(engine, username, password, branch_id, policy)


def _user_row(s, username: str) -> m.UserRow:
    row = s.scalar(select(m.UserRow).where(m.UserRow.username == username))
    if row is None:
        raise UserError("unknown_user", value=username)
    return row


def _new_hash(password: str) -> str:
    try:
        return hash_password(password)
    except ValueError:
        raise UserError("password_too_short") from None


def _check_admins_remain(s, username: str, role: str, active: bool) -> None:
    """Refuse a change that would leave the database without an active administrator."""
    if role == "admin" and active:
        return
    others = s.scalar(select(func.count()).select_from(m.UserRow).where(
        m.UserRow.role == "admin", m.UserRow.active.is_(True),
        m.UserRow.username != username)) or 0
    if not others:
        raise UserError("last_admin")


def change_password(engine: Engine, branch_id: int, username: str, old: str, new: str) -> None:
    """A user changes his own password (the old one is asked again)."""
    hashed = _new_hash(new)
    with write_session(engine) as s:
        row = _user_row(s, username)
        if not verify_password(row.password_hash, old):
            raise LoginFailed()
        row.password_hash = hashed
        row.key_wrap = None
        audit.append(s, branch_id, username, "users", [audit.Change(
            "password", "users", username, None, {"password": password_print(hashed)})])
        key_wrap.on_password(s, row, new)


def reset_password(engine: Engine, branch_id: int, by: str, username: str, new: str) -> None:
    """An administrator sets another user's password (and lifts a sign-in lock)."""
    hashed = _new_hash(new)
    with write_session(engine) as s:
        row = _user_row(s, username)
        row.password_hash, row.key_wrap = hashed, None
        s.execute(delete(m.LoginAttemptRow).where(m.LoginAttemptRow.username == username))
        audit.append(s, branch_id, by, "users", [audit.Change(
            "reset_password", "users", username, None, {"password": password_print(hashed)})])
        key_wrap.on_password(s, row, new)


def set_active(engine: Engine, branch_id: int, by: str, username: str, active: bool) -> None:
    with write_session(engine) as s:
        row = _user_row(s, username)
        _check_admins_remain(s, username, row.role, active)
        old = row.active
        row.active = active
        audit.append(s, branch_id, by, "users", [audit.Change(
            "update", "users", username, {"active": old}, {"active": active})])


def set_role(engine: Engine, branch_id: int, by: str, username: str, role: str,
             staff_no: str | None = None) -> None:
    if role not in ROLES:
        raise UserError("bad_role", value=role)
    with write_session(engine) as s:
        row = _user_row(s, username)
        _check_admins_remain(s, username, role, row.active)
        old = {"role": row.role, "staff_no": row.staff_no}
        row.role = role
        if role != "admin":
            row.key_wrap = None  # only administrators carry the audit key
        if staff_no is not None:
            row.staff_no = staff_no or None
        audit.append(s, branch_id, by, "users", [audit.Change(
            "update", "users", username, old, {"role": row.role, "staff_no": row.staff_no})])


def ever_had_users(engine: Engine) -> bool:
    """Accounts exist (active or not), or the audit trail shows there were some: such a
    database never acts as its administrator without a sign-in."""
    with read_session(engine) as s:
        if s.scalar(select(m.UserRow.id).limit(1)) is not None:
            return True
        return s.scalar(select(m.AuditRow.seq).where(m.AuditRow.table_name == "users")
                        .limit(1)) is not None


def add_user(engine: Engine, branch_id: int, by: str, username: str, password: str, role: str,
             display_name: str = "", staff_no: str | None = None) -> User:
    if role not in ROLES:
        raise UserError("bad_role", value=role)
    try:
        hashed = hash_password(password)
    except ValueError:
        raise UserError("password_too_short") from None
    with write_session(engine) as s:
        if s.scalar(select(m.UserRow.id).where(m.UserRow.username == username)):
            raise UserError("user_exists", value=username)
        row = m.UserRow(username=username, display_name=display_name or username, role=role,
                        password_hash=hashed, staff_no=staff_no, active=True,
                        created_at=datetime.now().replace(microsecond=0))
        s.add(row)
        audit.append(s, branch_id, by, "users", [audit.Change(
            "insert", "users", username, None, {"role": role, "staff_no": staff_no,
                                                "password": password_print(hashed)})])
        key_wrap.on_password(s, row, password)
    return User(username, display_name or username, role, staff_no)


def users(engine: Engine, include_disabled: bool = False) -> list[User]:
    query = select(m.UserRow).order_by(m.UserRow.username)
    if not include_disabled:
        query = query.where(m.UserRow.active.is_(True))
    with read_session(engine) as s:
        return [User(r.username, r.display_name, r.role, r.staff_no, r.active)
                for r in s.scalars(query)]


def setting(engine: Engine, branch_id: int, key: str, default: str = "") -> str:
    with read_session(engine) as s:
        value = s.scalar(select(m.SettingRow.value).where(
            m.SettingRow.branch_id == branch_id, m.SettingRow.key == key))
    return default if value is None else value


def set_setting(engine: Engine, branch_id: int, by: str, key: str, value: str) -> None:
    with write_session(engine) as s:
        row = s.scalar(select(m.SettingRow).where(m.SettingRow.branch_id == branch_id,
                                                  m.SettingRow.key == key))
        old = None if row is None else {"value": row.value}
        if row is None:
            s.add(m.SettingRow(branch_id=branch_id, key=key, value=value))
        else:
            row.value = value
        audit.append(s, branch_id, by, "form", [audit.Change(
            "update" if old else "insert", "settings", key, old, {"value": value})])
