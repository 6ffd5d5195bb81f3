"""Segregation of duties: who may write, confirm and read each record table. The one
declaration of issue 14's table; every entry point (forms, imports, the CLI, the facade, browse
and overview) asks it. A new record table joins with one line in `TABLES`
(tests/trust/test_permission_table.py walks every table listed here and fails for a sheet that
is missing).

|                           | administrator | credit officer                          | auditor |
|---------------------------|---------------|-----------------------------------------|---------|
| DATA tables               | write, confirm| write his loans and new ones, *pending* | read    |
| ADMIN tables              | write         | no; reads his own rows (OWN_ROWS)       | read    |
| pay runs                  | compute, submit, approve, reopen | his own statement    | read    |
| users, backups, restore   | yes           | change own password                     | list    |
"""
from __future__ import annotations

from dataclasses import dataclass

DATA = "data"  # officers write the loans they manage and new ones; pending until confirmed
ADMIN = "admin"  # administrators only

TABLES: dict[str, str] = {
    "households": DATA,
    "loans": DATA,
    "credits": DATA,
    "reassignments": DATA,
    "snapshots": DATA,
    "interest": DATA,
    "deposits": DATA,
    "items": DATA,
    "recoveries": DATA,
    "limitation_events": DATA,
    "guarantees": DATA,
    "staff": ADMIN,
    "targets": ADMIN,
    "adjustments": ADMIN,
    "parameters": ADMIN,
    "clawbacks": ADMIN,
    "holidays": ADMIN,
}

# ADMIN tables an officer reads, limited to the rows of his own staff number (this column).
OWN_ROWS: dict[str, str] = {"targets": "staff_no", "adjustments": "staff_no",
                            "clawbacks": "staff_no"}

# The columns that name the staff member a row pays: nobody enters, edits or confirms a row
# whose number is his own (an administrator with a staff number included).
PAYS: dict[str, tuple[str, ...]] = {
    "deposits": ("staff_no",), "items": ("staff_no",), "recoveries": ("staff_no",),
    "credits": ("staff_no",), "targets": ("staff_no",), "adjustments": ("staff_no",),
    "clawbacks": ("staff_no",),
}

# How a DATA row belongs to a loan (its contract number column); the others are keyed by staff
# (deposits, items: an officer enters only his own) or are households.
LOAN_COLUMN: dict[str, str] = {
    "loans": "contract_no", "credits": "contract_no", "reassignments": "contract_no",
    "snapshots": "contract_no", "interest": "contract_no", "recoveries": "contract_no",
    "limitation_events": "contract_no", "guarantees": "contract_no",
}
STAFF_KEYED = ("deposits", "items")


@dataclass(frozen=True)
class Denied:
    """Why a write is refused: a message code of ruralperf.i18n and its parameters."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    def as_dict(self) -> dict:
        return dict(self.params)


def table_class(table: str) -> str:
    """DATA or ADMIN; an unknown table is an administrator's (closed by default)."""
    return TABLES.get(table, ADMIN)


def may_write(user, table: str) -> Denied | None:
    """Whether the role may write the table at all (row ownership is `ownership` below)."""
    if user is None:
        return Denied("login_required")
    if user.role == "admin":
        return None
    if user.role == "officer" and table_class(table) == DATA:
        if not user.staff_no:
            return Denied("officer_without_staff", (("user", user.username),))
        return None
    return Denied("access_denied", (("user", user.username), ("role", user.role),
                                    ("action", f"write:{table}")))


def self_paying(user, table: str, values: dict) -> bool:
    """True when the row pays the user himself (his own staff number in a paying column)."""
    own = getattr(user, "staff_no", None)
    return bool(own) and any(values.get(c) == own for c in PAYS.get(table, ()))


def pending_on_write(user) -> bool:
    """An officer's entries wait for an administrator's confirmation."""
    return user is not None and user.role == "officer"


def reads_only_own(user, table: str) -> str | None:
    """The column an officer's reading of this table is limited to his staff number by."""
    if user is not None and user.role == "officer":
        return OWN_ROWS.get(table)
    return None
