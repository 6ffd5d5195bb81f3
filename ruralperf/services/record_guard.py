"""What stands between a form and the database besides the import's rules: the user's role,
the quarters locked by an approved pay run (ruralperf.io.locks), and the audit trail entry
every change leaves (ruralperf.security.audit)."""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from ruralperf import payruns
from ruralperf.db import models as m
from ruralperf.io.locks import lock_conflict
from ruralperf.io.parse import Parsed
from ruralperf.io.sheets import SHEETS_BY_KEY
from ruralperf.security import audit

PERMISSION = {"parameters": "edit_parameters"}  # every other table: "enter_data"


def permission_problem(ws, table: str) -> tuple[str, dict] | None:
    """(message code, params) when the current user may not change this table, else None."""
    action = PERMISSION.get(table, "enter_data")
    user = getattr(ws, "user", None)
    if user is None:
        return "login_required", {}
    if not user.can(action):
        return "access_denied", {"user": user.username, "role": user.role, "action": action}
    return None


class Locks:
    """The approved quarters of the branch, read once inside the write transaction."""

    def __init__(self, session, branch_id: int):
        self.session, self.branch_id = session, branch_id
        self.locked = payruns.approved_quarters(session, branch_id)
        self._disbursed: dict[str, date] | None = None

    def _loan_dates(self) -> dict[str, date]:
        if self._disbursed is None:
            self._disbursed = dict(self.session.execute(
                select(m.LoanRow.contract_no, m.LoanRow.disbursed_on)
                .where(m.LoanRow.branch_id == self.branch_id)).all())
        return self._disbursed

    def conflict(self, table: str, values: dict[str, Any]) -> str | None:
        """The locked quarter a record with these values belongs to, or None."""
        if not self.locked:
            return None
        return lock_conflict(table, values, self.locked, self._loan_dates())

    def parsed_conflicts(self, parsed: Parsed) -> list[tuple[str, int, str]]:
        """(sheet key, row number, quarter) of every parsed row that falls in a locked quarter."""
        out = []
        for key, sheet in parsed.sheets.items():
            for row in sheet.rows:
                quarter = self.conflict(key, row.values)
                if quarter:
                    out.append((key, row.number, quarter))
        return out


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
