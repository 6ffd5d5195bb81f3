"""Pending entries: what a credit officer enters waits (status "pending") until an
administrator confirms it (确认) or sends it back (退回). Sending back restores the record as
it was last confirmed (its image in the audit trail) or removes a record that never was.

The audit entry of an officer's write carries `"status": "pending"` in its new values; the
confirmed image of a record is the old values of the earliest such entry since its last
confirmation."""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import and_, delete, func, insert, or_, select, update

from ruralperf.db import models as m
from ruralperf.errors import UserError
from ruralperf.io.apply import MODELS
from ruralperf.io.cells import convert
from ruralperf.io.sheets import SHEETS_BY_KEY
from ruralperf.security import audit
from ruralperf.security.permissions import DATA, PAYS, TABLES, pending_on_write  # noqa: F401

PENDING, CONFIRMED = "pending", "confirmed"
MARK = {"status": PENDING}  # merged into the audit entry's new values of an officer's write


def data_tables() -> list[str]:
    return [t for t, kind in TABLES.items() if kind == DATA]


@dataclass(frozen=True)
class PendingEntry:
    table: str
    id: int
    key: str  # the record's key as the audit trail names it
    values: dict


def record_key(table: str, values: dict, row_id: int) -> str:
    natural = SHEETS_BY_KEY[table].natural_key
    return "/".join(str(values.get(k)) for k in natural) if natural else f"id:{row_id}"


def _values(table: str, row) -> dict:
    return {c.key: getattr(row, c.key) for c in SHEETS_BY_KEY[table].columns}


def mark_pending(s, branch_id: int, table: str, ids) -> None:
    model = MODELS[table]
    ids = list(ids)
    if ids:
        s.execute(update(model).where(model.branch_id == branch_id, model.id.in_(ids))
                  .values(status=PENDING))


def max_ids(s, branch_id: int, tables) -> dict[str, int]:
    """The largest id of each table (rows above it were inserted later)."""
    return {t: s.scalar(select(func.max(MODELS[t].id))) or 0 for t in tables}


def mark_written(s, branch_id: int, parsed, before: dict[str, int]) -> None:
    """Mark pending every row an import by an officer inserted (id above `before`) or updated
    (by its natural key)."""
    for key, sheet in parsed.sheets.items():
        if key not in before:
            continue
        model, natural = MODELS[key], SHEETS_BY_KEY[key].natural_key
        s.execute(update(model).where(model.branch_id == branch_id, model.id > before[key])
                  .values(status=PENDING))
        if not natural:
            continue
        cols = [getattr(model, k) for k in natural]
        keys = [tuple(r.values.get(k) for k in natural) for r in sheet.rows]
        for start in range(0, len(keys), 200):
            part = keys[start:start + 200]
            s.execute(update(model).where(model.branch_id == branch_id, or_(*(
                and_(*(c == v for c, v in zip(cols, k))) for k in part))).values(status=PENDING))


def pending(s, branch_id: int, tables=None, months: dict | None = None) -> list[PendingEntry]:
    """The pending entries (of `tables`, or all; of the month tables, only those of
    `months[table]` when given: read through the month index, not the whole ledger)."""
    out = []
    for table in tables or data_tables():
        model = MODELS[table]
        query = select(model).where(model.branch_id == branch_id, m.is_pending(model))
        if months and table in months:
            query = query.where(model.month.in_(months[table]))
        for row in s.scalars(query.order_by(model.id)):
            values = _values(table, row)
            out.append(PendingEntry(table, row.id, record_key(table, values, row.id), values))
    return out


def pending_count(s, branch_id: int) -> int:
    return sum(s.scalar(select(func.count()).select_from(MODELS[t]).where(
        MODELS[t].branch_id == branch_id, m.is_pending(MODELS[t]))) or 0
        for t in data_tables())


def _entry(s, branch_id: int, table: str, row_id: int):
    if table not in data_tables():
        raise UserError("not_pending", value=f"{table}:{row_id}")
    model = MODELS[table]
    row = s.get(model, row_id)
    if row is None or row.branch_id != branch_id or row.status != PENDING:
        raise UserError("not_pending", value=f"{table}:{row_id}")
    return row


def _pays_confirmer(user, table: str, values: dict) -> bool:
    own = getattr(user, "staff_no", None)
    columns = PAYS.get(table, ()) + (("manager_no",) if table == "loans" else ())
    return bool(own) and any(values.get(c) == own for c in columns)


def confirm(s, branch_id: int, user, table: str, ids) -> int:
    """Confirm pending entries (one transaction, audited); an entry that pays the confirmer
    himself is refused."""
    changes = []
    for row_id in ids:
        row = _entry(s, branch_id, table, row_id)
        values = _values(table, row)
        if _pays_confirmer(user, table, values):
            raise UserError("pays_yourself", value=str(user.staff_no))
        row.status = CONFIRMED
        changes.append(audit.Change("confirm", table, record_key(table, values, row.id)))
    s.flush()
    audit.append(s, branch_id, user.username, "confirm", changes)
    return len(changes)


def confirmed_image(s, table: str, key: str) -> tuple[bool, dict | None]:
    """(found, values) of the record as last confirmed: (True, None) when it never was."""
    entries = s.execute(select(m.AuditRow.action, m.AuditRow.old_values, m.AuditRow.new_values)
                        .where(m.AuditRow.table_name == table, m.AuditRow.record_key == key)
                        .order_by(m.AuditRow.seq.desc())).all()
    image, found = None, False
    for action, old, new in entries:
        marked = new is not None and json.loads(new).get("status") == PENDING
        if not marked:
            break
        image, found = (json.loads(old) if old else None), True
    return found, image


def _typed(table: str, values: dict) -> dict:
    out = {}
    for col in SHEETS_BY_KEY[table].columns:
        value = values.get(col.key)
        out[col.key] = None if value is None else convert(value, col.kind)
    return out


def send_back(s, branch_id: int, user, table: str, row_id: int) -> str:
    """退回: the record goes back to its last confirmed values, or is removed (with the rows of
    it that cascade) when it was never confirmed. Audited; returns the record key."""
    row = _entry(s, branch_id, table, row_id)
    values = _values(table, row)
    key = record_key(table, values, row.id)
    model = MODELS[table]
    _found, image = confirmed_image(s, table, key)
    if image is None:
        s.execute(delete(model).where(model.id == row.id))
    else:
        credits = image.pop("credits", None)
        s.execute(update(model).where(model.id == row.id)
                  .values(**_typed(table, image), status=CONFIRMED))
        if table == "loans" and credits is not None:
            credit = MODELS["credits"]
            s.execute(delete(credit).where(credit.branch_id == branch_id,
                                           credit.contract_no == values["contract_no"]))
            for staff_no, share in credits.items():
                s.execute(insert(credit.__table__).values(
                    branch_id=branch_id, contract_no=values["contract_no"], staff_no=staff_no,
                    share=convert(share, SHEETS_BY_KEY["credits"].column("share").kind),
                    status=CONFIRMED))
    audit.append(s, branch_id, user.username, "confirm",
                 [audit.Change("send_back", table, key, {**values, **MARK}, image)])
    return key


# What a quarter's pay run reads of each table, beyond `io.locks.quarters_affected`: a loan's
# manager and dates, a reassignment or a limitation event dated up to the quarter's end, and any
# household, can change its month facts or restorations.
_DATED_UP_TO_END = {"loans": "disbursed_on", "reassignments": "effective_from",
                    "limitation_events": "date"}


def affecting(s, branch_id: int, quarter) -> list[PendingEntry]:
    """The pending entries a pay run of `quarter` would read (each a blocking error)."""
    from ruralperf.io.locks import quarters_affected

    this, before = [str(x) for x in quarter.months], [str(x) for x in quarter.previous.months]
    # The month tables' entries a pay run of the quarter reads (io.locks.quarters_affected):
    # the others are filtered out below anyway, and a county's ledgers are millions of rows.
    entries = pending(s, branch_id, months={"snapshots": [before[2], *this], "interest": this,
                                            "deposits": before + this})
    if not entries:
        return []
    loans = dict(s.execute(select(m.LoanRow.contract_no, m.LoanRow.disbursed_on)
                           .where(m.LoanRow.branch_id == branch_id)).all())
    out = []
    for e in entries:
        if e.table == "households":
            hit = True
        elif e.table in _DATED_UP_TO_END:
            hit = e.values[_DATED_UP_TO_END[e.table]] <= quarter.end_date
        else:
            hit = any(q == quarter for q in quarters_affected(e.table, e.values, loans))
        if hit:
            out.append(e)
    return out
