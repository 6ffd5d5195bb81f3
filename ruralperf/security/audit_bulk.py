"""Audit entries of a bulk import (issue 22): a month's ledger inserts a quarter of a million
rows, and one entry per row (its values as JSON, its own hash) cost the import more than the
rows themselves. Such a sheet's inserts are recorded as one `bulk_insert` entry per range of
up to RANGE keys, in key order:

    record_key  "<first key> … <last key>"
    new_values  {"rows": n, "first": ..., "last": ..., "keys": [every key of the range]}

Each is an ordinary entry of the chain (same user, time, source "import:<file>", hashed and
keyed like any other), so "who changed this row, when, from which file" still has an answer:
the entry whose `keys` hold the row's key (`covering`, and the audit viewer's text search,
which looks into those keys). The values themselves are the row's own (an insert has no old
values); updates of existing rows are never bulk: each keeps its entry with old and new
values. Only the month-end ledger sheets are bulk (nothing else looks a record of them up in
the trail by its key)."""
from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ruralperf.db import models as m
from ruralperf.security.audit import Change

BULK = "bulk_insert"
BULK_TABLES = frozenset({"snapshots", "interest", "deposits"})
BULK_MIN = 1000  # fewer inserted rows than this in a sheet: one entry each, as always
RANGE = 5000
SEPARATOR = " … "


def range_changes(table: str, keys: list[str]) -> list[Change]:
    """One `bulk_insert` change per RANGE keys of `keys` (sorted)."""
    ordered = sorted(keys)
    out = []
    for start in range(0, len(ordered), RANGE):
        part = ordered[start:start + RANGE]
        label = f"{part[0]}{SEPARATOR}{part[-1]}"
        out.append(Change(BULK, table, label[:200], None, {
            "rows": len(part), "first": part[0], "last": part[-1], "keys": part}))
    return out


def covering(session: Session, table: str, key: str) -> list[int]:
    """The sequence numbers of the bulk entries of `table` that inserted the row `key`."""
    a = m.AuditRow.__table__
    needle = json.dumps(key, ensure_ascii=False)
    out = []
    for seq, new in session.execute(select(a.c.seq, a.c.new_values).where(
            a.c.table_name == table, a.c.action == BULK,
            a.c.new_values.contains(needle, autoescape=True)).order_by(a.c.seq)):
        if key in json.loads(new)["keys"]:
            out.append(seq)
    return out
