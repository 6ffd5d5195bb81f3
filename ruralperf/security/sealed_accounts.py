"""User accounts are checked against the audit trail (keyed, ruralperf.security.audit): each
account's role, staff number, active flag and password must be what its own audited changes
(insert, update, password, reset_password, in order) made them. An account edited in the
database file (`UPDATE users SET role='admin'`, a copied password hash) no longer matches: it
cannot sign in ("account_tampered") and the start-up check reports it. Never repaired.

The password is compared through a fingerprint (SHA-256 of the stored Argon2 hash, 16 hex
digits) written in the audit entry of every password set since this check exists; an account
whose password entries predate it is checked on role, staff number and active flag only.
Not covered: the display name."""
from __future__ import annotations

import hashlib
import json

from sqlalchemy import select

from ruralperf.db import models as m

STATE_ACTIONS = ("insert", "update", "password", "reset_password")
FIELDS = ("role", "staff_no", "active", "password")


def password_print(password_hash: str) -> str:
    """The fingerprint of a stored password hash written in the audit trail."""
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:16]


def audited_states(s, username: str | None = None) -> dict[str, dict]:
    """Each account's fields as its audited changes left them."""
    query = select(m.AuditRow.record_key, m.AuditRow.action, m.AuditRow.new_values).where(
        m.AuditRow.table_name == "users", m.AuditRow.action.in_(STATE_ACTIONS))
    if username is not None:
        query = query.where(m.AuditRow.record_key == username)
    states: dict[str, dict] = {}
    for key, action, new in s.execute(query.order_by(m.AuditRow.seq)):
        values = json.loads(new) if new else {}
        state = states.setdefault(key, {})
        if action == "insert":
            state.clear()
            state["active"] = True
        elif action in ("password", "reset_password"):
            state.pop("password", None)  # an entry without a fingerprint: not checked
        state.update({k: v for k, v in values.items() if k in FIELDS})
    return states


def mismatch(row: m.UserRow, state: dict | None) -> list[str]:
    """The fields of an account that differ from its audited state (all when never audited)."""
    if state is None:
        return ["role"]
    now = {"role": row.role, "staff_no": row.staff_no, "active": bool(row.active),
           "password": password_print(row.password_hash)}
    return [f for f in FIELDS if f in state and state[f] != now[f]]


def problems(s) -> list[tuple[str, list[str]]]:
    """(user name, differing fields) of every account that no longer matches the trail."""
    states = audited_states(s)
    out = []
    for row in s.scalars(select(m.UserRow).order_by(m.UserRow.username)):
        fields = mismatch(row, states.get(row.username))
        if fields:
            out.append((row.username, fields))
    return out


def account_ok(s, row: m.UserRow) -> bool:
    return not mismatch(row, audited_states(s, row.username).get(row.username))
