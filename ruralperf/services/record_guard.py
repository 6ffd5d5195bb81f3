"""What stands between a form and the database besides the import's rules: the user's role,
the quarters locked by an approved pay run (ruralperf.io.locks), and the audit trail entry
every change leaves (ruralperf.security.audit)."""
from __future__ import annotations

from typing import Any


from ruralperf.io.sheets import SHEETS_BY_KEY
from ruralperf.security import audit
from ruralperf.security.permissions import may_write

def permission_problem(ws, table: str) -> tuple[str, dict] | None:
    """(message code, params) when the current user's role may not change this table at all
    (ruralperf.security.permissions; which rows he may change is ruralperf.services.duties), else None."""
    denied = may_write(getattr(ws, "user", None), table)
    return None if denied is None else (denied.code, denied.as_dict())


def row_values(table: str, obj) -> dict[str, Any]:
    """A stored record's columns as the import defines them (for audit entries and locks)."""
    return {c.key: getattr(obj, c.key) for c in SHEETS_BY_KEY[table].columns}


def record_key(table: str, values: dict[str, Any], row_id: int | None = None) -> str:
    natural = SHEETS_BY_KEY[table].natural_key
    if natural:
        return "/".join(str(values.get(k)) for k in natural)
    return f"id:{row_id}"


def log_change(ws, session, action: str, table: str, key: str, old: dict | None,
               new: dict | None) -> None:
    audit.append(session, ws.branch_id, getattr(ws, "username", "-"), "form",
                 [audit.Change(action, table, key, old, new)])
