"""The optimistic check of `Records.save` / `Records.delete` (`expected=`) for every record kind
the desktop forms edit: a save or delete based on values another client has changed since is
refused and writes nothing; with the values as stored it goes through."""
from __future__ import annotations

import pytest

from ruralperf.services.records import Records
from ruralperf.domain.periods import Quarter

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


def _loan(ws, contract_no: str) -> tuple[int, dict, list[dict]]:
    """(id, stored values, credits as the loan form loads them) of a loan."""
    row = ws.browse.find("loans", contract_no=contract_no)
    values = {c.key: row[c.key] for c in Records.columns("loans")}
    credits = [{"staff_no": c["staff_no"], "share": c["share"]}
               for c in ws.browse.loan_detail(contract_no).credits]
    return row["id"], values, credits


def test_a_loan_whose_credits_alone_changed_is_neither_saved_over_nor_deleted(golden_ws):
    ws = golden_ws
    loan_id, shown, credits = _loan(ws, "C002")  # joint: E001 60 %, E002 40 %
    assert [c["staff_no"] for c in credits] == ["E001", "E002"]
    theirs = [{"staff_no": "E001", "share": "50%"}, {"staff_no": "E002", "share": "50%"}]
    assert ws.records.save("loans", shown, row_id=loan_id, credits=theirs).ok
    stored = ws.browse.loan_detail("C002").credits

    expected = {**shown, "credits": credits}
    refused = ws.records.save("loans", {**shown, "maturity_on": "2026-07-31"}, row_id=loan_id,
                              credits=credits, expected=expected)
    assert [p.code for p in refused.errors] == ["record_changed"]
    assert ws.browse.loan_detail("C002").credits == stored  # their 50/50 is kept
    assert ws.browse.row("loans", loan_id)["maturity_on"] == shown["maturity_on"]

    refused = ws.records.delete("loans", loan_id, expected=expected)
    assert [p.code for p in refused.errors] == ["record_changed"]
    assert ws.browse.row("loans", loan_id) is not None


def test_a_loan_saved_with_its_credits_as_stored_goes_through(golden_ws):
    ws = golden_ws
    loan_id, shown, credits = _loan(ws, "C002")
    # the shares as loaded (Decimal) or as typed ("60%"): the same credits
    for as_loaded in (credits, [{"staff_no": c["staff_no"], "share": f"{c['share'] * 100}%"}
                                for c in credits]):
        result = ws.records.save("loans", {**shown, "maturity_on": "2026-07-31"},
                                 row_id=loan_id, credits=credits,
                                 expected={**shown, "credits": as_loaded})
        assert result.ok, result.messages()
        shown = {**shown, "maturity_on": ws.browse.row("loans", loan_id)["maturity_on"]}
    assert shown["maturity_on"].isoformat() == "2026-07-31"
    # a delete with the credits as stored passes the check (and meets the references)
    deleted = ws.records.delete("loans", loan_id, expected={**shown, "credits": credits})
    assert [p.code for p in deleted.errors] == ["still_referenced"]


# -- the targets grid: the quarter's targets as loaded ---------------------------------------
TARGET = {"interest": "900", "deposit": "0", "npl": "0", "intermediate": "1", "quality": "80"}


def _mine(grid: list[dict]) -> list[dict]:
    """What the grid saves after E001's quality was typed over and E004's row cleared: every
    other row with targets as loaded."""
    keys = ("interest", "deposit", "npl", "intermediate", "quality")
    rows = [{"staff_no": r["staff_no"], **{k: str(r[k]) for k in keys}}
            for r in grid if r["id"] is not None and r["staff_no"] != "E004"]
    return [{**r, "quality": "70"} if r["staff_no"] == "E001" else r for r in rows]


@pytest.mark.parametrize("theirs", ["changed", "added", "removed"])
def test_a_stale_targets_grid_is_refused_and_changes_nothing(golden_ws, theirs):
    ws = golden_ws
    grid = ws.browse.targets_grid(Quarter(2025, 3))  # E001–E004 have targets, E005 none
    assert [r["staff_no"] for r in grid if r["id"] is None] == ["E005"]
    other = {"changed": lambda: ws.records.save_targets(
                 Quarter(2025, 3), [{"staff_no": "E002", **TARGET}]),
             "added": lambda: ws.records.save_targets(
                 Quarter(2025, 3), [{"staff_no": "E005", **TARGET}]),
             "removed": lambda: ws.records.save_targets(Quarter(2025, 3), [], clear=["E003"])}[theirs]()
    assert other.ok, other.messages()
    stored = ws.browse.targets_grid(Quarter(2025, 3))

    refused = ws.records.save_targets(Quarter(2025, 3), _mine(grid), clear=["E004"], expected=grid)
    assert [p.code for p in refused.errors] == ["record_changed"]
    assert ws.browse.targets_grid(Quarter(2025, 3)) == stored


def test_a_targets_grid_as_stored_is_saved(golden_ws):
    ws = golden_ws
    grid = ws.browse.targets_grid(Quarter(2025, 3))
    mine = _mine(grid) + [{"staff_no": "E005", **TARGET}]
    result = ws.records.save_targets(Quarter(2025, 3), mine, clear=["E004"], expected=grid)
    assert result.ok, result.messages()
    now = {r["staff_no"]: r for r in ws.browse.targets_grid(Quarter(2025, 3))}
    assert (now["E001"]["quality"], now["E005"]["quality"], now["E004"]["id"]) == (70, 80, None)
    # a quarter without targets, loaded empty, is saved too
    assert ws.records.save_targets(Quarter(2026, 1), [{"staff_no": "E001", **TARGET}],
                                   expected=ws.browse.targets_grid(Quarter(2026, 1))).ok
