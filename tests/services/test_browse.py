"""Browse: paging, sorting, searching and filtering are done by the database; loan detail."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import event

from tests.conftest import GOLDEN
from tests.ui_records.sample import _sample_template, sample_db, sample_ws  # noqa: F401
from ruralperf.domain.periods import Quarter


@pytest.fixture
def statements(sample_ws):
    """The SQL the workspace's engine runs during the test."""
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(sample_ws.engine, "before_cursor_execute", record)
    yield seen
    event.remove(sample_ws.engine, "before_cursor_execute", record)


def test_pages_cover_every_row_once(sample_ws):
    browse = sample_ws.browse
    seen, offset = [], 0
    while True:
        rows, total = browse.page("loans", offset=offset, limit=150)
        assert total == 400
        if not rows:
            break
        seen += [r["contract_no"] for r in rows]
        offset += len(rows)
    assert len(seen) == 400 and len(set(seen)) == 400
    assert seen == sorted(seen)  # default order: contract number


def test_sorting_is_done_in_sql(sample_ws, statements):
    rows, _ = sample_ws.browse.page("loans", sort="amount", descending=True, limit=50)
    everything, _ = sample_ws.browse.page("loans", limit=1000, with_total=False)
    expected = sorted(everything, key=lambda r: (-r["amount"], r["id"]))[:50]
    assert [r["contract_no"] for r in rows] == [r["contract_no"] for r in expected]
    assert all(isinstance(r["amount"], Decimal) for r in rows)
    sql = next(s for s in statements if s.startswith("SELECT")).upper()
    assert "ORDER BY" in sql and "DESC" in sql and "LIMIT" in sql


def test_names_sort_by_pinyin_initials(sample_ws):
    from ruralperf.domain.search import initials

    rows, _ = sample_ws.browse.page("staff", sort="name")
    keys = [initials(r["name"]) for r in rows]
    assert keys == sorted(keys)  # 曾伟 (c…), 李娜, 王强, 赵敏 (zm), 张伟 (zw)
    assert [r["name"] for r in rows][1:3] == ["李娜", "王强"]


def test_filter_and_search_are_where_clauses(sample_ws, statements):
    browse = sample_ws.browse
    rows, total = browse.page("loans", filters={"customer_type": "joint"}, limit=1000)
    assert total == 100 and {r["customer_type"] for r in rows} == {"joint"}
    rows, total = browse.page("loans", filters={"customer_type": ("linked", "taken_over")},
                              limit=1000)
    assert total == 200
    browse.page("loans", search="C0001")
    assert any("LIKE" in s.upper() and "WHERE" in s.upper() for s in statements)
    assert browse.count("loans", search="C0001") == 10  # C00010 .. C00019


def test_search_by_pinyin_initials_finds_zhang_wei(sample_ws):
    rows, total = sample_ws.browse.page("staff", search="zw")
    names = {r["name"] for r in rows}
    assert "张伟" in names and total == len(rows)
    assert "曾伟" in names  # 曾 also reads zeng
    assert [r["name"] for r in sample_ws.browse.page("staff", search="cw")[0]] == ["曾伟"]
    assert sample_ws.browse.lookup("staff", "E002")[0]["name"] == "曾伟"


def test_loans_are_found_by_household_name_and_initials(sample_ws):
    browse = sample_ws.browse
    name = browse.find("households", household_no="H0001")["name"]
    by_name, _ = browse.page("loans", search=name, limit=1000)
    assert by_name and all(r["household_name"] == name for r in by_name)
    initials = browse.page("households", search=name)[0][0]
    assert initials["household_no"] == "H0001"
    rows, total = browse.page("loans", search="zw hl")  # every word must match
    assert total == len(rows)


def test_search_text_is_not_a_pattern(sample_ws):
    assert sample_ws.browse.count("loans", search="%") == 0
    assert sample_ws.browse.count("loans", search="_") == 0


def test_distinct_values_for_filters(sample_ws):
    assert sample_ws.browse.distinct("snapshots", "month") == ["2025-09"]
    assert sample_ws.browse.distinct("staff", "position") == ["客户经理"]


def test_every_table_can_be_listed(golden_ws):
    from ruralperf.services.record_tables import TABLES

    for key in TABLES:
        rows, total = golden_ws.browse.page(key, limit=5)
        assert total >= len(rows)
        for column, _kind in golden_ws.browse.columns(key):
            golden_ws.browse.page(key, sort=column, descending=True, limit=2)


def test_loan_detail_and_limitation_status_match_the_golden_report(golden_ws):
    expected = json.loads((GOLDEN / "expected_limitation_2025-09-30.json").read_text("utf-8"))
    for loan in expected["loans"]:
        detail = golden_ws.browse.loan_detail(loan["contract_no"], date(2025, 9, 30))
        assert detail.limitation.status == loan["status"], loan["contract_no"]
        assert detail.matured
    detail = golden_ws.browse.loan_detail("C002", date(2025, 9, 30))
    assert {(c["staff_no"], c["share"]) for c in detail.credits} == {
        ("E001", Decimal("0.6")), ("E002", Decimal("0.4"))}
    assert detail.managers[0]["source"] == "disbursed"
    assert detail.snapshots and not detail.matured
    assert golden_ws.browse.loan_detail("NOPE") is None


def test_targets_grid_lists_every_staff_member(golden_ws):
    grid = golden_ws.browse.targets_grid(Quarter(2025, 3))
    assert len(grid) == golden_ws.browse.count("staff")
    assert any(r["id"] is None for r in grid) and any(r["id"] is not None for r in grid)


def test_parameter_history_starts_with_the_builtin_default(golden_ws):
    history = golden_ws.browse.parameter_history("interest.rate")
    assert history[0]["builtin"] and history[0]["value"] == "0.002"
    assert [h["effective_from"] for h in history[1:]] == sorted(
        h["effective_from"] for h in history[1:])
    keys = {k["key"]: k for k in golden_ws.browse.parameter_keys(date(2025, 9, 30))}
    assert "cap.客户经理" in keys  # a cap for every position in use
    assert keys["interest.rate"]["value"] == "0.002"


def test_export_of_a_view_never_writes_formulas(golden_ws, tmp_path):
    import openpyxl

    from ruralperf.services.export import ExportColumn, export_view

    assert golden_ws.records.save("households", {"household_no": "=1+1", "name": "@SUM(A1)",
                                                 "kind": "农户"}).ok
    columns = [ExportColumn(k, k, kind) for k, kind in golden_ws.browse.columns("loans")]
    n = export_view(golden_ws, "loans", tmp_path / "loans.xlsx", columns,
                    filters={"customer_type": "joint"}, enum_text=lambda v: f"<{v}>")
    sheet = openpyxl.load_workbook(tmp_path / "loans.xlsx").active
    rows = list(sheet.iter_rows())
    assert n == len(rows) - 1 == golden_ws.browse.count("loans", filters={"customer_type": "joint"})
    amount = rows[1][3]
    assert amount.data_type == "n" and amount.number_format.startswith("#,##0.00")
    assert rows[1][4].number_format == "yyyy-mm-dd" and rows[1][8].value == "<joint>"
    columns = [ExportColumn(k, k, kind) for k, kind in golden_ws.browse.columns("households")]
    export_view(golden_ws, "households", tmp_path / "h.xlsx", columns, search="SUM")
    cells = list(openpyxl.load_workbook(tmp_path / "h.xlsx").active.iter_rows())[1]
    assert [(c.value, c.data_type, c.quotePrefix) for c in cells[:2]] == [
        ("=1+1", "s", True), ("@SUM(A1)", "s", True)]


@pytest.mark.parametrize("sort,descending", [(None, False), ("amount", False),
                                              ("amount", True), ("maturity_on", True),
                                              ("customer_type", False), ("increment", False),
                                              ("household_name", True)])
def test_keyset_pages_are_the_offset_pages(golden_ws, sort, descending):
    """Paging after the previous page's last row (issue 22) gives the rows OFFSET gives, ties
    of the sort column included; columns without an index of their own fall back to OFFSET."""
    browse = golden_ws.browse
    every, _ = browse.page("loans", sort=sort, descending=descending, limit=10_000,
                           with_total=False, guarantees=False)
    got, last = [], None
    while True:
        rows, _ = browse.page("loans", sort=sort, descending=descending, offset=len(got),
                              limit=3, with_total=False, guarantees=False, after=last)
        got += rows
        if len(rows) < 3:
            break
        last = rows[-1]
    assert [r["id"] for r in got] == [r["id"] for r in every]
