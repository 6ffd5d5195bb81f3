"""Row-level segregation of duties (ruralperf.security.permissions), checked inside the write
transaction of every entry point: a form's record (`record_denied`), an import's rows
(`import_problems`) and a delete (`delete_denied`).

A credit officer writes rows of the loans he manages and of new loans (their contract number
not yet in the database), households no other officer's loan belongs to, and his own deposits
and intermediate business; nobody writes targets or adjustments that pay himself."""
from __future__ import annotations

from sqlalchemy import select

from ruralperf.db import models as m
from ruralperf.io.parse import Parsed, Problem
from ruralperf.security.permissions import (ADMIN, LOAN_COLUMN, STAFF_KEYED, Denied, may_write,
                                            self_paying, table_class)


class _Loans:
    """Managers of the loans the rows refer to, read once per transaction."""

    def __init__(self, s, branch_id: int):
        self.s, self.branch_id = s, branch_id
        self._managers: dict[str, str] | None = None

    def managers(self) -> dict[str, str]:
        if self._managers is None:
            self._managers = dict(self.s.execute(
                select(m.LoanRow.contract_no, m.LoanRow.manager_no)
                .where(m.LoanRow.branch_id == self.branch_id)).all())
        return self._managers

    def household_managers(self, household_no: str | None) -> set[str]:  # None: no one
        return set(self.s.scalars(select(m.LoanRow.manager_no).where(
            m.LoanRow.branch_id == self.branch_id, m.LoanRow.household_no == household_no)))


def _not_yours(what: str, value) -> Denied:
    return Denied(f"not_your_{what}", (("value", str(value)),))


def _row_denied(user, table: str, values: dict, loans: _Loans) -> Denied | None:
    denied = may_write(user, table)
    if denied:
        return denied
    if table_class(table) == ADMIN or user.role == "admin":
        if self_paying(user, table, values) and table_class(table) == ADMIN:
            return Denied("pays_yourself", (("value", str(user.staff_no)),))
        return None
    own = user.staff_no
    if table in LOAN_COLUMN:
        contract = values.get(LOAN_COLUMN[table])
        manager = loans.managers().get(contract) if contract is not None else None
        if manager is not None and manager != own:
            return _not_yours("loan", contract)
    elif table in STAFF_KEYED:
        if values.get("staff_no") != own:
            return _not_yours("staff", values.get("staff_no"))
    elif table == "households":
        others = loans.household_managers(values.get("household_no")) - {own}
        if others:
            return _not_yours("household", values.get("household_no"))
    return None


def record_denied(s, branch_id: int, user, table: str, values: dict,
                  old_values: dict | None = None) -> Denied | None:
    """Why this user may not save this record (the new values, and the stored ones when it is
    an edit: an officer can neither take over nor give away another's loan), or None."""
    loans = _Loans(s, branch_id)
    for candidate in (old_values, values):
        if candidate is not None:
            denied = _row_denied(user, table, candidate, loans)
            if denied:
                return denied
    return None


def delete_denied(s, branch_id: int, user, table: str, old_values: dict, status: str | None
                  ) -> Denied | None:
    """An officer deletes only his own entries that are still pending."""
    denied = record_denied(s, branch_id, user, table, old_values)
    if denied is None and user.role == "officer" and status != "pending":
        return Denied("delete_confirmed_denied")
    return denied


def import_problems(s, branch_id: int, user, parsed: Parsed) -> list[Problem]:
    """Every row of a workbook or form sheets the user may not write, with sheet and row."""
    loans, out = _Loans(s, branch_id), []
    for key, sheet in parsed.sheets.items():
        denied = may_write(user, key)
        if denied:
            out.append(Problem(sheet.title, None, None, denied.code, denied.params))
            continue
        if user.role == "admin" and table_class(key) != ADMIN:
            continue  # nothing on such a row can stop him (_row_denied): not looked at
        for row in sheet.rows:
            denied = _row_denied(user, key, row.values, loans)
            if denied:
                out.append(Problem(sheet.title, row.number, None, denied.code, denied.params))
    return out
