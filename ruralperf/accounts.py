"""User accounts and branch settings in the database (the Workspace delegates here)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from ruralperf.db import models as m
from ruralperf.db.engine import read_session, write_session
from ruralperf.errors import UserError
from ruralperf.security import audit
from ruralperf.security.users import ROLES, LoginFailed, User, hash_password, verify_password


def count_users(engine: Engine, role: str | None = None) -> int:
    query = select(func.count()).select_from(m.UserRow).where(m.UserRow.active.is_(True))
    if role:
        query = query.where(m.UserRow.role == role)
    with read_session(engine) as s:
        return s.scalar(query) or 0


def login(engine: Engine, username: str, password: str) -> User:
    with read_session(engine) as s:
        row = s.scalar(select(m.UserRow).where(m.UserRow.username == username,
                                               m.UserRow.active.is_(True)))
    if row is None or not verify_password(row.password_hash, password):
        raise LoginFailed()
    return User(row.username, row.display_name, row.role, row.staff_no)


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
        s.add(m.UserRow(username=username, display_name=display_name or username, role=role,
                        password_hash=hashed, staff_no=staff_no, active=True,
                        created_at=datetime.now().replace(microsecond=0)))
        audit.append(s, branch_id, by, "users", [audit.Change(
            "insert", "users", username, None, {"role": role, "staff_no": staff_no})])
    return User(username, display_name or username, role, staff_no)


def users(engine: Engine) -> list[User]:
    with read_session(engine) as s:
        return [User(r.username, r.display_name, r.role, r.staff_no) for r in
                s.scalars(select(m.UserRow).where(m.UserRow.active.is_(True))
                          .order_by(m.UserRow.username))]


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
