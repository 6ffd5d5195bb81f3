"""What a workbook may look like (WORKBOOK.md): Chinese, English and combined headers and sheet
names, free column order, unknown sheets and columns as warnings, empty rows skipped, messages
in Chinese by default and in English on request."""
from __future__ import annotations

from decimal import Decimal

import pytest

from ruralperf.io.sheets import SHEETS, match_column, match_sheet
from tests.io_import.helpers import (add_row, data_dump, dump, located, minimal, set_cell,
                                     table_rows, write_workbook)


def _renamed(sheet_name, header_name) -> dict:
    """The minimal workbook with every sheet title and header renamed."""
    out = {}
    for title, rows in minimal().items():
        spec = match_sheet(title)
        headers = [header_name(spec, match_column(spec, h)) for h in rows[0]]
        out[sheet_name(spec)] = [headers, *rows[1:]]
    return out


@pytest.mark.parametrize("sheet_name, header_name", [
    (lambda s: s.key, lambda s, c: c.key),
    (lambda s: s.key.upper(), lambda s, c: f"  {c.key.upper()} "),
    (lambda s: f"{s.zh}（{s.key}）", lambda s, c: f"{c.zh} [{c.key}]"),
    (lambda s: f"{s.zh} ({s.key})", lambda s, c: f"{c.zh}［{c.key}］"),
    (lambda s: s.zh, lambda s, c: f"{c.zh}\n[{c.key}]"),
], ids=["english", "english-upper-spaces", "combined", "combined-halfwidth", "combined-newline"])
def test_english_and_combined_names_import_the_same_data(tmp_path, workspace, db_path,
                                                         base_db, sheet_name, header_name):
    report = workspace.import_workbook(
        write_workbook(tmp_path / "renamed.xlsx", _renamed(sheet_name, header_name)))
    assert report.ok and report.problems == []
    assert data_dump(db_path) == data_dump(base_db)  # same rows as the Chinese minimal workbook


def test_column_order_is_free(tmp_path, workspace, db_path, base_db):
    sheets = {title: [list(reversed(r)) for r in rows] for title, rows in minimal().items()}
    report = workspace.import_workbook(write_workbook(tmp_path / "reversed.xlsx", sheets))
    assert report.ok and report.problems == []
    assert data_dump(db_path) == data_dump(base_db)


def test_every_sheet_and_column_of_the_spec_is_known():
    expected = {"参数": "parameters", "员工": "staff", "借款户": "households", "贷款": "loans",
                "营销分成": "credits", "管户变更": "reassignments", "月末台账": "snapshots",
                "利息收入": "interest", "存款日均": "deposits", "中间业务": "items",
                "不良清收": "recoveries", "时效事件": "limitation_events", "任务目标": "targets",
                "调整": "adjustments", "追索扣回": "clawbacks", "担保": "guarantees",
                "节假日": "holidays"}
    assert {s.zh: s.key for s in SHEETS} == expected
    for zh, rows in minimal().items():
        spec = match_sheet(zh)
        assert [match_column(spec, h).zh for h in rows[0]] == [c.zh for c in spec.columns]


def test_unknown_sheets_and_columns_are_warnings(base_ws, base_db, import_sheets):
    sheets = minimal()
    for row in sheets["员工"]:
        row.insert(1, "备注" if row[0] == "工号" else "某备注")
    sheets["员工"][0].append("remark [note]")
    sheets["说明"] = [["这是说明"], ["随便写"]]
    report = import_sheets(base_ws, sheets)
    assert report.ok and not report.changed
    assert located(report.warnings) == [("员工", 1, "备注", "unknown_column"),
                                        ("员工", 1, "remark [note]", "unknown_column"),
                                        ("说明", None, None, "unknown_sheet")]


def test_empty_rows_are_skipped_and_row_numbers_stay_true(base_ws, base_db, import_sheets):
    sheets = minimal()
    staff = sheets["员工"]
    staff.insert(2, [None, None, None, None])
    staff.insert(3, ["  ", "", None, " \t"])
    add_row(sheets, "员工", None, None, None, None)
    add_row(sheets, "员工", "S4", "赵六", "综合柜员", "1.0x")  # Excel row 8
    before = dump(base_db)
    report = import_sheets(base_ws, sheets)
    assert located(report.errors) == [("员工", 8, "岗位系数", "not_a_number")]
    assert dump(base_db) == before

    set_cell(sheets, "员工", 8, "岗位系数", 1)
    report = import_sheets(base_ws, sheets)
    assert report.ok
    assert report.counts["staff"].inserted == 1 and report.counts["staff"].unchanged == 3


def test_messages_are_chinese_by_default_and_english_on_request(base_ws, import_sheets):
    sheets = minimal()
    set_cell(sheets, "贷款", 3, "贷款金额", 1.234)
    set_cell(sheets, "存款日均", 2, "工号", "S9")
    report = import_sheets(base_ws, sheets)
    error, unknown = report.errors  # both in one pass (issue 13.6)
    assert unknown.message() == "存款日均, 第 2 行, 工号: 工号不存在：S9"
    assert error.message() == "贷款, 第 3 行, 贷款金额: 金额最多两位小数：1.234"
    assert error.message("zh_CN") == error.message()
    assert error.message("en") == "贷款, row 3, 贷款金额: amount has more than two decimals: 1.234"

    set_cell(sheets, "贷款", 3, "贷款金额", 120000)
    (error,) = import_sheets(base_ws, sheets).errors
    assert error.message() == "存款日均, 第 2 行, 工号: 工号不存在：S9"
    assert error.message("en") == "存款日均, row 2, 工号: unknown staff number: S9"


def test_every_message_has_both_languages_with_the_same_parameters():
    import string

    from ruralperf.i18n import MESSAGES

    def fields(template):
        return {f for _, f, _, _ in string.Formatter().parse(template) if f}

    for code, (zh, en) in MESSAGES.items():
        assert zh and en and zh != en, code
        assert fields(zh) == fields(en), code


def test_english_enumeration_values_import_the_same_data(tmp_path, workspace, db_path, base_db):
    from ruralperf.io.sheets import ENUMS

    english = {zh: en for table in ENUMS.values() for zh, en in table.items()}
    sheets = minimal()
    replaced = 0
    for title, rows in sheets.items():
        for row in rows[1:]:
            for i, value in enumerate(row):
                if isinstance(value, str) and value in english and english[value] != value:
                    row[i] = english[value].upper() if replaced % 2 else english[value]
                    replaced += 1
    assert replaced == 14
    report = workspace.import_workbook(write_workbook(tmp_path / "english.xlsx", sheets))
    assert report.ok and report.problems == []
    assert data_dump(db_path) == data_dump(base_db)


@pytest.mark.parametrize("share", [60, "60", "60%", "60 %", "60％", 0.6, "0.6", "600‰"])
def test_share_forms_all_mean_sixty_percent(base_ws, base_db, import_sheets, share):
    sheets = minimal()
    set_cell(sheets, "营销分成", 3, "计奖比例", share)
    report = import_sheets(base_ws, sheets)
    assert report.ok and not report.changed  # the minimal workbook already holds 60
    assert table_rows(base_db, "SELECT share FROM credits WHERE contract_no='L2' AND "
                               "staff_no='S1'") == [("0.6",)]


@pytest.mark.parametrize("text, expected", [("1.5‰", Decimal("0.0015")), ("0.2%", Decimal("0.002")),
                                            ("0.0015", Decimal("0.0015")), (0.0015, Decimal("0.0015"))])
def test_rate_parameters_accept_per_mille_and_percent(base_ws, import_sheets, text, expected):
    from datetime import date

    sheets = {"参数": [["参数", "值", "生效日期"], ["deposit.rate", text, "2025-07-01"]]}
    report = import_sheets(base_ws, sheets)
    assert report.ok and report.counts["parameters"].inserted == 1
    assert base_ws.scheme_on(date(2025, 6, 30))["deposit.rate"] == Decimal("0.002")
    assert base_ws.scheme_on(date(2025, 7, 1))["deposit.rate"] == expected


def test_workbook_columns_match_the_database_columns():
    """Every column of the format is a column of its table, and text is limited to the
    database column's length (PostgreSQL would refuse longer text half-way through a write)."""
    from sqlalchemy import String, Text

    from ruralperf.io.apply import MODELS

    for spec in SHEETS:
        if spec.key == "holidays":  # whole years of the calendar (ruralperf.holidays.store)
            from ruralperf.db.models import HolidayRow

            assert spec.column("note").max_len == HolidayRow.__table__.c.name.type.length
            continue
        table = MODELS[spec.key].__table__
        for column in spec.columns:
            db_type = table.c[column.key].type
            if column.kind in ("text", "id_number", "param_value"):
                if isinstance(db_type, Text) or not isinstance(db_type, String) \
                        or db_type.length is None:
                    assert column.max_len is None, (spec.key, column.key)
                else:
                    assert column.max_len == db_type.length, (spec.key, column.key)
            else:
                assert column.max_len is None, (spec.key, column.key)
