"""The optimistic check of `Records.save` / `Records.delete` (`expected=`) for every record kind
the desktop forms edit: a save or delete based on values another client has changed since is
refused and writes nothing; with the values as stored it goes through."""
from __future__ import annotations

import pytest

from ruralperf.services.records import Records

# table -> (a field another client changes, its new value, the form's own change)
CHANGES = {
    "staff": ("name", "张伟甲", ("position", "综合柜员")),
    "households": ("name", "刘建国甲", ("kind", "个体工商户")),
    "loans": ("amount", "60000", ("maturity_on", "2026-07-31")),
    "reassignments": ("staff_no", "E001", ("staff_no", "E002")),
    "snapshots": ("balance", "49000", ("overdue_days", "3")),
    "interest": ("amount", "220", ("amount", "230")),
    "deposits": ("daily_avg", "1310000", ("daily_avg", "1320000")),
    "items": ("qty", "6", ("qty", "7")),
    "recoveries": ("amount", "21000", ("amount", "22000")),
    "limitation_events": ("amount", "610000", ("amount", "620000")),
    "adjustments": ("amount", "160", ("reason", "更正")),
    "parameters": ("value", "3500", ("value", "3600")),
}
# a record kept under its natural key keeps its id when changed; one without a natural key
# (items, recoveries, adjustments) is replaced by a new row: the old one no longer exists, or
# (SQLite reusing the highest id) its id now holds other values
REPLACED = {"items", "recoveries", "adjustments"}


def _shown(ws, table: str) -> tuple[dict, dict, dict]:
    """(the first row as a page shows it, its stored values, what a loan is saved with)."""
    rows, _ = ws.browse.page(table, limit=1, with_total=False)
    row = rows[0]
    values = {c.key: row[c.key] for c in Records.columns(table)}
    extra = {}
    if table == "loans":
        extra["credits"] = [{"staff_no": c["staff_no"], "share": c["share"]}
                            for c in ws.browse.loan_detail(row["contract_no"]).credits]
    return row, values, extra


@pytest.mark.parametrize("table", sorted(CHANGES))
def test_a_stale_save_or_delete_is_refused_and_changes_nothing(golden_ws, table):
    ws = golden_ws
    row, shown, extra = _shown(ws, table)
    field, theirs, (mine_field, mine) = CHANGES[table]
    other = ws.records.save(table, {**shown, field: theirs}, row_id=row["id"], **extra)
    assert other.ok, other.messages()
    stored = ws.browse.row(table, other.id)

    refused = ws.records.save(table, {**shown, mine_field: mine}, row_id=row["id"],
                              expected=shown, **extra)
    codes = [["record_changed"], ["record_missing"]] if table in REPLACED \
        else [["record_changed"]]
    assert [p.code for p in refused.errors] in codes
    assert ws.browse.row(table, other.id) == stored

    refused = ws.records.delete(table, row["id"], expected=shown)
    assert [p.code for p in refused.errors] in codes
    assert ws.browse.row(table, other.id) == stored


@pytest.mark.parametrize("table", sorted(CHANGES))
def test_a_save_with_the_values_as_stored_goes_through(golden_ws, table):
    ws = golden_ws
    row, shown, extra = _shown(ws, table)
    mine_field, mine = CHANGES[table][2]
    result = ws.records.save(table, {**shown, mine_field: mine}, row_id=row["id"],
                             expected=shown, **extra)
    assert result.ok, result.messages()
    now = ws.browse.row(table, result.id)
    assert str(now[mine_field]) == mine or now[mine_field] != shown[mine_field]
