"""Stage 3 of an import: upsert the validated rows by natural key, in one transaction, counting
what is new, changed and unchanged (a second import of the same workbook changes nothing).

Two hooks let the caller see each change before it is written: `guard(sheet, values)` returns
the approved quarter a row would alter (the import is then refused), and every insert and
update is reported as an audit `Change`. A bulk import of a month's ledger (`bulk=True`, a
sheet of BULK_TABLES inserting BULK_MIN rows or more) reports its inserts as one entry per
range of RANGE keys (security.audit_bulk); updates stay one entry per row."""
from __future__ import annotations

from collections import Counter
from itertools import repeat
from operator import itemgetter
from dataclasses import dataclass, field
from typing import Any, Callable

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from ruralperf.db import models as m
from ruralperf.db.bulk import insert_rows
from ruralperf.domain.periods import Quarter
from ruralperf.io.parse import Parsed, ParsedSheet
from ruralperf.io.sheets import SHEETS
from ruralperf.security.audit import Change
from ruralperf.security.audit_bulk import BULK_MIN, BULK_TABLES, range_changes

# Read by column name (each has `id`, `branch_id` and its sheet's columns), hence Any.
MODELS: dict[str, type[Any]] = {
    "parameters": m.ParameterRow, "staff": m.StaffRow, "households": m.HouseholdRow,
    "loans": m.LoanRow, "credits": m.CreditRow, "reassignments": m.ReassignmentRow,
    "snapshots": m.SnapshotRow, "interest": m.InterestRow, "deposits": m.DepositRow,
    "items": m.ItemRow, "recoveries": m.RecoveryRow, "limitation_events": m.LimitationEventRow,
    "targets": m.TargetRow, "adjustments": m.AdjustmentRow, "clawbacks": m.ClawbackRow,
    "guarantees": m.GuaranteeRow,
}
# Narrow what is read back for comparison when a sheet is keyed by a period.
PERIOD_FILTER = {"snapshots": "month", "interest": "month", "deposits": "month",
                 "targets": "quarter", "adjustments": "quarter"}
CHUNK = 5000
Guard = Callable[[str, dict], "Quarter | None"]


@dataclass(frozen=True)
class SheetCount:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class Applied:
    """What an import changed: counts per sheet, audit changes, rows refused by the guard."""

    counts: dict[str, SheetCount] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    locked: list[tuple[str, int, Quarter]] = field(default_factory=list)  # sheet, row, quarter


def _records(sheet: ParsedSheet) -> list[dict]:
    """Each row's values for every column of the sheet (the branch is added on insert)."""
    keys = [c.key for c in sheet.spec.columns]
    order = tuple(keys)
    # A row with every column, in the sheet's order (a ledger's), is its own record.
    return [values if tuple(values) == order else {k: values.get(k) for k in keys}
            for values in (row.values for row in sheet.rows)]


def _existing(session: Session, sheet: ParsedSheet, branch_id: int, records: list[dict]):
    table = MODELS[sheet.spec.key].__table__
    cols = [table.c.id] + [table.c[c.key] for c in sheet.spec.columns]
    query = select(*cols).where(table.c.branch_id == branch_id)
    period = PERIOD_FILTER.get(sheet.spec.key)
    if period:
        query = query.where(table.c[period].in_(sorted({r[period] for r in records})))
    return session.execute(query).all()


def _key(sheet: ParsedSheet, values: dict) -> str:
    return "/".join(map(str, map(values.get, sheet.spec.identity)))


def _keys(sheet: ParsedSheet, records: list[dict]) -> list[str]:
    """`_key` of every record (each holds every column), in C: a ledger inserts 300,000."""
    pick = itemgetter(*sheet.spec.identity)
    if len(sheet.spec.identity) == 1:
        return list(map(str, map(pick, records)))
    return list(map("/".join, map(map, repeat(str), map(pick, records))))


def upsert_sheet(session: Session, sheet: ParsedSheet, branch_id: int,
                 applied: Applied | None = None, guard: Guard | None = None,
                 bulk: bool = False) -> SheetCount:
    applied = applied if applied is not None else Applied()
    records = _records(sheet)
    if not records:
        return SheetCount()
    key_name, table = sheet.spec.key, MODELS[sheet.spec.key].__table__
    columns = [c.key for c in sheet.spec.columns]
    existing = _existing(session, sheet, branch_id, records)
    to_insert, to_update = [], []
    unchanged = 0

    def refused(number: int, *values: dict) -> bool:
        for v in values:
            quarter = guard(key_name, v) if guard else None
            if quarter:
                applied.locked.append((key_name, number, quarter))
                return True
        return False

    if sheet.spec.natural_key and not existing and guard is None:
        to_insert = records  # nothing stored for these keys (a new month's ledger): all new
    elif sheet.spec.natural_key:
        key_cols = sheet.spec.natural_key
        by_key = {tuple(getattr(r, k) for k in key_cols): r for r in existing}
        pick = itemgetter(*key_cols)  # a row's key in one call (a ledger has 300,000 rows)
        single = len(key_cols) == 1
        for row, rec in zip(sheet.rows, records):
            old = by_key.get((pick(rec),) if single else pick(rec))
            if old is None:
                if not refused(row.number, rec):
                    to_insert.append(rec)
            elif any(getattr(old, c) != rec[c] for c in columns):
                before = {c: getattr(old, c) for c in columns}
                if not refused(row.number, before, rec):
                    to_update.append({"_id": old.id, **{c: rec[c] for c in columns}})
                    applied.changes.append(Change("update", key_name, _key(sheet, rec), before,
                                                  {c: rec[c] for c in columns}))
            else:
                unchanged += 1
    else:
        # Every row is new unless an identical row exists (as a multiset: two identical rows
        # in the workbook stand for two records).
        have = Counter(tuple(getattr(r, c) for c in columns) for r in existing)
        for row, rec in zip(sheet.rows, records):
            identity = tuple(rec[c] for c in columns)
            if have[identity] > 0:
                have[identity] -= 1
                unchanged += 1
            elif not refused(row.number, rec):
                to_insert.append(rec)
    # A record holds exactly the sheet's columns: it is the audit entry's new values as is.
    if bulk and key_name in BULK_TABLES and len(to_insert) >= BULK_MIN:
        applied.changes += range_changes(key_name, _keys(sheet, to_insert))
    else:
        applied.changes += [Change("insert", key_name, _key(sheet, r), None, r)
                            for r in to_insert]
    insert_rows(session.connection(), table, to_insert, CHUNK, {"branch_id": branch_id})
    if to_update:
        stmt = update(table).where(table.c.id == bindparam("_id")).values(
            {c: bindparam("v_" + c) for c in columns})
        session.connection().execute(
            stmt, [{"_id": u["_id"], **{"v_" + c: u[c] for c in columns}} for u in to_update])
    return SheetCount(len(to_insert), len(to_update), unchanged)


def apply_import(session: Session, parsed: Parsed, branch_id: int,
                 guard: Guard | None = None, bulk: bool = False) -> Applied:
    applied = Applied()
    for spec in SHEETS:
        sheet = parsed.sheets.get(spec.key)
        if sheet is not None and spec.key == "holidays":  # whole years, for every branch
            from ruralperf.holidays.sheet import apply_sheet

            applied.counts[spec.key], changes = apply_sheet(session, sheet)
            applied.changes += changes
        elif sheet is not None:
            applied.counts[spec.key] = upsert_sheet(session, sheet, branch_id, applied, guard,
                                                    bulk)
    return applied
