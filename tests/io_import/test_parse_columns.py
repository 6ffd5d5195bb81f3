"""A clean sheet read by calamine is typed a column at a time (io.parse_columns); any other
sheet row by row. Which path ran must never show: the rows, their values and every problem are
those of the row-by-row path, and a sheet the fast path cannot take falls back whole."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from ruralperf.io import parse_columns
from ruralperf.io.parse import parse_workbook
from ruralperf.io.reader import RawSheet, openpyxl_form
from ruralperf.io.sheets import ENUMS

LEDGER = ("合同号", "月份", "贷款余额", "逾期天数", "欠息月数", "五级分类")
HEADERS = {"月末台账": LEDGER, "调整": ("工号", "季度", "金额", "事由"),
           "员工": ("工号", "姓名", "岗位", "岗位系数")}
# Per column: what a clean export holds, as calamine gives it (every number a float), then
# look-alikes: cells equal to a clean one, or converting like one, in another type or form
# (True equals 1.0, -0.0 equals 0.0, a date is no datetime, 1.0 is not 1 as a coefficient).
COLUMNS = {
    "月末台账": [
        (["C1", "C2", "C3", "A17", "Z9"], [12.0, "12", "C１", "C 1", "x" * 201, 1e15]),
        (["2025-09", "2025-10"], [date(2025, 9, 1), datetime(2025, 9, 30, 8, 30), "2025/9",
                                  2025.1, "2025.09"]),
        ([1000.0, 0.0, 12.34, 80000.0, 0.5], [-0.0, True, "1000", 12.345, -5.0, "12.34"]),
        ([0.0, 1.0, 30.0], [True, False, -0.0, 1.5, "2", -1.0]),
        ([0.0, 2.0], [False, -0.0, 2.5, "0"]),
        (["正常", "关注", "次级", "可疑", "损失", "normal"], ["正常 ", "NORMAL", 1.0, "x"])],
    "调整": [
        (["S1", "S2"], ["S1 ", 1.0, "Ｓ1"]),
        (["2025Q3", "2025Q4"], ["2025q3", "2025-Q3", 2025.3]),
        ([100.0, -50.5, 0.0], [-0.0, True, "100", 0.001]),
        (["奖励", "扣减 事由"], [1.0, date(2025, 9, 30), "x" * 201, "\u200b奖励"])],
    "员工": [
        (["S1", "S2", "S3"], [1.0, "S 1"]),
        (["张三", "李四"], [2.0, "张\x00三", "名" * 51]),
        (["客户经理", "柜员"], [True, "岗" * 51]),
        ([1.0, 1.2, 0.8], [True, "1.0", "1", -0.0, 0.0, 1])],
}
BLANKS = ["", " ", "\u3000"]


@st.composite
def sheets(draw):
    title = draw(st.sampled_from(sorted(COLUMNS)))
    columns = COLUMNS[title]
    # clean, look-alikes now and then in one column (the fast path's traps), or anywhere
    odds = draw(st.sampled_from([0, 3, 2]))
    where = draw(st.sampled_from([None, *range(len(columns))]))
    rows = [(1, list(HEADERS[title]))]
    number = 1
    for _ in range(draw(st.integers(1, 12))):
        number += draw(st.integers(1, 2))  # a left-out empty row keeps its number
        cells = []
        for i, (clean, alike) in enumerate(columns):
            odd = odds and where in (None, i) and draw(st.integers(0, odds - 1)) == 0
            cells.append(draw(st.sampled_from(alike + BLANKS if odd else clean)))
        rows.append((number, cells))
    return title, rows


def _outcome(title, rows, native: bool):
    if native:
        raw = RawSheet(title, [(n, list(v)) for n, v in rows], native=True)
    else:
        raw = RawSheet(title, [(n, tuple(map(openpyxl_form, v))) for n, v in rows])
    parsed = parse_workbook([raw])
    (sheet,) = parsed.sheets.values()
    # types and texts too: Decimal("1.0") == Decimal("1"), but they are stored differently
    values = [(r.number, {k: (type(v), str(v)) for k, v in r.values.items()})
              for r in sheet.rows]
    return (values, sheet.rejected, [(p.message("zh"), p.warning) for p in parsed.problems],
            parsed.error_count)


@settings(max_examples=500, deadline=None)
@given(sheets())
def test_either_path_gives_the_same_rows_values_and_problems(sheet):
    title, rows = sheet
    assert _outcome(title, rows, native=True) == _outcome(title, rows, native=False)


def _spy(monkeypatch) -> list:
    taken = []
    real = parse_columns.typed_rows

    def spy(*args):
        result = real(*args)
        taken.append(result is not None)
        return result

    monkeypatch.setattr(parse_columns, "typed_rows", spy)
    return taken


def test_a_clean_ledger_is_typed_a_column_at_a_time(monkeypatch):
    taken = _spy(monkeypatch)
    rows = [(1, list(LEDGER)), (2, ["C1", "2025-09", 1000.0, 0.0, 0.0, "正常"]),
            (4, ["C2", "2025-09", 12.34, 31.0, 1.0, "关注"])]
    got = _outcome("月末台账", rows, native=True)
    assert taken == [True]
    expected = {"contract_no": "C2", "month": "2025-09", "balance": Decimal("12.34"),
                "overdue_days": 31, "arrears_months": 1, "grade": ENUMS["grade"]["关注"]}
    assert got[0][1] == (4, {k: (type(v), str(v)) for k, v in expected.items()})
    assert got[2] == []


def test_one_bad_cell_sends_the_sheet_row_by_row_and_names_its_place(monkeypatch):
    taken = _spy(monkeypatch)
    rows = [(1, list(LEDGER)), (2, ["C1", "2025-09", 1000.0, 0.0, 0.0, "正常"]),
            (3, ["C2", "2025-09", 1.5, 2.5, 0.0, "正常"])]
    rows_got, _, problems, errors = _outcome("月末台账", rows, native=True)
    assert taken == [False] and errors == 1
    assert [r[0] for r in rows_got] == [2]
    assert problems[0][0].startswith("月末台账, 第 3 行, 逾期天数")


def test_a_repeated_key_is_reported_as_the_row_path_reports_it(monkeypatch):
    taken = _spy(monkeypatch)
    row = ["C1", "2025-09", 1000.0, 0.0, 0.0, "正常"]
    _, rejected, problems, _ = _outcome("月末台账", [(1, list(LEDGER)), (2, row), (3, row)],
                                        native=True)
    assert taken == [False] and rejected == {"C1"}
    assert "第 3 行" in problems[0][0] and "2" in problems[0][0]


def test_a_sheet_with_row_rules_or_from_openpyxl_goes_row_by_row(monkeypatch):
    taken = _spy(monkeypatch)
    _outcome("月末台账", [(1, list(LEDGER)), (2, ["C1", "2025-09", 1000.0, 0.0, 0.0, "正常"])],
             native=False)
    header = ["日期", "类型"]
    parse_workbook([RawSheet("休息日", [(1, header), (2, [date(2025, 10, 1), "休息日"])],
                             native=True)])
    assert taken == []
