"""Generates a corpus of malformed workbooks: broken files, zip tricks, XML attacks and
well-formed workbooks with bad data. Every one must be rejected with a message and leave the
database unchanged (tests/corpus/test_corpus.py).

    python tests/corpus/make_corpus.py OUT_DIR      # writes the files and prints their names
"""
from __future__ import annotations

import io
import os
import random
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl

STAFF = ["工号", "姓名", "岗位", "岗位系数"]
HOUSEHOLDS = ["客户号", "户名", "证件号码", "类型"]
LOANS = ["合同号", "客户号", "贷款金额", "发放日期", "到期日期", "贷款性质", "扩大新增额", "客户类型", "管户工号"]
GOOD_STAFF = ["E901", "测试员", "客户经理", 1]
GOOD_HOUSEHOLD = ["H901", "测试户", None, "农户"]
GOOD_LOAN = ["C901", "H901", 10000, "2025-07-01", "2026-06-30", "新增", None, "自主开发型", "E901"]

# (name, sheet, header, bad row): each workbook also carries valid staff/household/loan rows.
DATA_CASES: list[tuple[str, str, list[str], list]] = [
    ("staff_coefficient_text", "员工", STAFF, ["E902", "甲", "客户经理", "abc"]),
    ("staff_coefficient_zero", "员工", STAFF, ["E902", "甲", "客户经理", 0]),
    ("staff_coefficient_negative", "员工", STAFF, ["E902", "甲", "客户经理", -1]),
    ("staff_name_empty", "员工", STAFF, ["E902", None, "客户经理", 1]),
    ("staff_name_100k_chars", "员工", STAFF, ["E902", "名" * 100_000, "客户经理", 1]),
    ("household_bad_id", "借款户", HOUSEHOLDS, ["H902", "乙", "110105194912310021", "农户"]),
    ("household_bad_kind", "借款户", HOUSEHOLDS, ["H902", "乙", None, "外星人"]),
    ("loan_amount_text", "贷款", LOANS, ["C902", "H901", "一万元", "2025-07-01", "2026-06-30", "新增", None, "自主开发型", "E901"]),
    ("loan_amount_three_decimals", "贷款", LOANS, ["C902", "H901", 100.123, "2025-07-01", "2026-06-30", "新增", None, "自主开发型", "E901"]),
    ("loan_amount_negative", "贷款", LOANS, ["C902", "H901", -5, "2025-07-01", "2026-06-30", "新增", None, "自主开发型", "E901"]),
    ("loan_date_1800", "贷款", LOANS, ["C902", "H901", 100, "1800-01-01", "2026-06-30", "新增", None, "自主开发型", "E901"]),
    ("loan_date_2200", "贷款", LOANS, ["C902", "H901", 100, "2025-07-01", "2200-01-01", "新增", None, "自主开发型", "E901"]),
    ("loan_date_garbage", "贷款", LOANS, ["C902", "H901", 100, "明天", "2026-06-30", "新增", None, "自主开发型", "E901"]),
    ("loan_date_number", "贷款", LOANS, ["C902", "H901", 100, 45000, "2026-06-30", "新增", None, "自主开发型", "E901"]),
    ("loan_nature_unknown", "贷款", LOANS, ["C902", "H901", 100, "2025-07-01", "2026-06-30", "乱写", None, "自主开发型", "E901"]),
    ("loan_type_unknown", "贷款", LOANS, ["C902", "H901", 100, "2025-07-01", "2026-06-30", "新增", None, "随便型", "E901"]),
    ("loan_unknown_household", "贷款", LOANS, ["C902", "H999", 100, "2025-07-01", "2026-06-30", "新增", None, "自主开发型", "E901"]),
    ("loan_unknown_manager", "贷款", LOANS, ["C902", "H901", 100, "2025-07-01", "2026-06-30", "新增", None, "自主开发型", "E999"]),
    ("loan_expansion_no_increment", "贷款", LOANS, ["C902", "H901", 100, "2025-07-01", "2026-06-30", "存量扩大", None, "自主开发型", "E901"]),
    ("loan_increment_on_new", "贷款", LOANS, ["C902", "H901", 100, "2025-07-01", "2026-06-30", "新增", 50, "自主开发型", "E901"]),
    ("loan_maturity_before", "贷款", LOANS, ["C902", "H901", 100, "2025-07-01", "2024-06-30", "新增", None, "自主开发型", "E901"]),
    ("credit_share_150", "营销分成", ["合同号", "工号", "计奖比例"], ["C901", "E901", "150%"]),
    ("credit_unknown_loan", "营销分成", ["合同号", "工号", "计奖比例"], ["C999", "E901", "100%"]),
    ("snapshot_month_13", "月末台账", ["合同号", "月份", "贷款余额", "逾期天数", "欠息月数", "五级分类"], ["C901", "2025-13", 100, 0, 0, "正常"]),
    ("snapshot_balance_negative", "月末台账", ["合同号", "月份", "贷款余额", "逾期天数", "欠息月数", "五级分类"], ["C901", "2025-09", -100, 0, 0, "正常"]),
    ("snapshot_overdue_fraction", "月末台账", ["合同号", "月份", "贷款余额", "逾期天数", "欠息月数", "五级分类"], ["C901", "2025-09", 100, 1.5, 0, "正常"]),
    ("snapshot_grade_unknown", "月末台账", ["合同号", "月份", "贷款余额", "逾期天数", "欠息月数", "五级分类"], ["C901", "2025-09", 100, 0, 0, "很好"]),
    ("interest_month_text", "利息收入", ["合同号", "月份", "利息收入"], ["C901", "九月", 10]),
    ("deposit_text", "存款日均", ["工号", "月份", "日均余额"], ["E901", "2025-09", "很多"]),
    ("item_qty_zero", "中间业务", ["工号", "日期", "项目", "数量", "卡内余额"], ["E901", "2025-09-01", "POS", 0, None]),
    ("item_kind_unknown", "中间业务", ["工号", "日期", "项目", "数量", "卡内余额"], ["E901", "2025-09-01", "银票", 1, None]),
    ("item_card_no_balance", "中间业务", ["工号", "日期", "项目", "数量", "卡内余额"], ["E901", "2025-09-01", "银行卡", 1, None]),
    ("recovery_zero", "不良清收", ["合同号", "工号", "日期", "收回金额"], ["C901", "E901", "2025-09-01", 0]),
    ("event_kind_unknown", "时效事件", ["合同号", "日期", "事件", "工号", "金额", "新到期日"], ["C901", "2025-09-01", "吵架", "E901", None, None]),
    ("event_extension_no_date", "时效事件", ["合同号", "日期", "事件", "工号", "金额", "新到期日"], ["C901", "2025-09-01", "展期", "E901", None, None]),
    ("target_quarter_5", "任务目标", ["工号", "季度", "收息任务", "存款任务", "不良压降任务", "中间业务任务", "工作质量得分"], ["E901", "2025Q5", 1, 1, 1, 1, 90]),
    ("target_quality_101", "任务目标", ["工号", "季度", "收息任务", "存款任务", "不良压降任务", "中间业务任务", "工作质量得分"], ["E901", "2025Q3", 1, 1, 1, 1, 101]),
    ("adjustment_no_reason", "调整", ["工号", "季度", "金额", "事由"], ["E901", "2025Q3", 100, None]),
    ("parameter_unknown_key", "参数", ["参数", "值", "生效日期"], ["no.such.key", "1", "2025-01-01"]),
    ("parameter_bad_value", "参数", ["参数", "值", "生效日期"], ["interest.rate", "abc", "2025-01-01"]),
    ("formula_without_value", "贷款", LOANS, ["C902", "H901", "=C2*2", "2025-07-01", "2026-06-30", "新增", None, "自主开发型", "E901"]),
    ("missing_required_column", "员工", ["工号", "姓名", "岗位"], ["E902", "甲", "客户经理"]),
    ("duplicate_key", "员工", STAFF, ["E901", "重复", "客户经理", 1]),
    ("no_header_row", "员工", ["E902", "甲", "客户经理", "1"], ["E903", "乙", "客户经理", 1]),
    ("number_as_id_lost_digits", "借款户", HOUSEHOLDS, ["H902", "丁", 110105194912310000, "农户"]),
    # issue 14: look-alikes, invisible characters and contradictions
    ("staff_name_nul", "员工", STAFF, ["E902", "张<NUL>三", "客户经理", 1]),
    ("staff_name_form_feed", "员工", STAFF, ["E902", "张<FF>三", "客户经理", 1]),
    ("staff_no_fullwidth_lookalike", "员工", STAFF, ["Ｅ９０１", "重复", "客户经理", 1]),
    ("staff_no_zero_width_lookalike", "员工", STAFF, ["E901\u200b", "重复", "客户经理", 1]),
    ("staff_no_inner_space", "员工", STAFF, ["E9 01", "空格", "客户经理", 1]),
    ("household_name_bidi_override", "借款户", HOUSEHOLDS, ["H902", "王\u202e五", None, "农户"]),
    ("loan_date_excel_serial_60", "贷款", LOANS, ["C902", "H901", 100, "serial:60", "2026-06-30", "新增", None, "自主开发型", "E901"]),
    ("snapshot_before_disbursement", "月末台账", ["合同号", "月份", "贷款余额", "逾期天数", "欠息月数", "五级分类"], ["C901", "2025-06", 100, 0, 0, "正常"]),
    ("interest_before_disbursement", "利息收入", ["合同号", "月份", "利息收入"], ["C901", "2025-05", 10]),
    ("reassignment_before_disbursement", "管户变更", ["合同号", "工号", "生效日期"], ["C901", "E901", "2025-06-30"]),
    ("event_before_disbursement", "时效事件", ["合同号", "日期", "事件", "工号", "金额", "新到期日"], ["C901", "2025-06-01", "催收签收", "E901", None, None]),
    ("recovery_before_disbursement", "不良清收", ["合同号", "工号", "日期", "收回金额"], ["C901", "E901", "2025-01-02", 100]),
    ("extension_shortens_maturity", "时效事件", ["合同号", "日期", "事件", "工号", "金额", "新到期日"], ["C901", "2025-09-01", "展期", "E901", None, "2026-01-31"]),
]


def data_workbook(sheet: str, header: list[str], bad: list) -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheets = {"员工": (STAFF, [GOOD_STAFF]), "借款户": (HOUSEHOLDS, [GOOD_HOUSEHOLD]),
              "贷款": (LOANS, [GOOD_LOAN])}
    if sheet in sheets and sheets[sheet][0] != header:
        sheets[sheet] = (header, [])
    sheets.setdefault(sheet, (header, []))
    sheets[sheet] = (sheets[sheet][0], sheets[sheet][1] + [bad])
    for title, (head, rows) in sheets.items():
        ws = wb.create_sheet(title)
        ws.append(head)
        for row in rows:
            ws.append([_cell(v) for v in row])
            for cell, v in zip(ws[ws.max_row], row):
                if isinstance(v, str) and v.startswith("serial:"):
                    cell.number_format = "yyyy-mm-dd"
    out = io.BytesIO()
    wb.save(out)
    return _escape_controls(out.getvalue())


# Control characters cannot be typed into openpyxl; in a file they are the OOXML escapes.
CONTROL_TOKENS = {b"&lt;NUL&gt;": b"_x0000_", b"&lt;FF&gt;": b"_x000C_"}


def _escape_controls(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    for name in src.namelist():
        if name.startswith("xl/worksheets/") or name == "xl/sharedStrings.xml":
            xml = src.read(name)
            new = xml
            for token, escape in CONTROL_TOKENS.items():
                new = new.replace(token, escape)
            if new != xml:
                data = _replace_entry(data, name, new)
    return data


def _cell(value):
    if isinstance(value, str) and value.startswith("serial:"):
        return int(value[7:])  # written as a number with a date format (see data_workbook)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-" \
            and value[:4].isdigit() and 1900 <= int(value[:4]) <= 2100:
        return datetime.fromisoformat(value)
    return value


def _valid_bytes() -> bytes:
    return data_workbook("员工", STAFF, ["E903", "丙", "客户经理", 1])


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return out.getvalue()


def _replace_entry(data: bytes, name: str, new: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    return _zip({i.filename: (new if i.filename == name else src.read(i.filename))
                 for i in src.infolist()})


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                     for i in range(1, 10))
          + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1">'
          b"<si><t>&lol9;</t></si></sst>")


def file_cases() -> dict[str, bytes]:
    rng = random.Random(5)
    valid = _valid_bytes()
    sheet = "xl/worksheets/sheet1.xml"
    cases = {
        "empty_file": b"",
        "one_byte": b"x",
        "random_bytes": bytes(rng.getrandbits(8) for _ in range(10_000)),
        "plain_text": "这不是工作簿\n".encode("utf-8") * 50,
        "csv_renamed": "工号,姓名,岗位,岗位系数\nE1,张三,客户经理,1\n".encode("utf-8"),
        "html_renamed": b"<html><body><table><tr><td>1</td></tr></table></body></html>",
        "old_xls_renamed": bytes.fromhex("D0CF11E0A1B11AE1") + bytes(4000),
        "empty_zip": _zip({}),
        "zip_of_other_files": _zip({"readme.txt": b"hello", "photo.jpg": bytes(100)}),
        "zip_workbook_garbage": _zip({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"garbage"}),
        "sheet_xml_garbage": _replace_entry(valid, sheet, b"<worksheet><sheetData><row>"),
        "sheet_xml_not_xml": _replace_entry(valid, sheet, bytes(range(256)) * 10),
        "shared_strings_billion_laughs": _replace_entry(valid, "xl/worksheets/sheet1.xml",
                                                        valid and _laughs_sheet()),
    }
    cases.update(hostile_cases(valid))
    for pct in (10, 25, 50, 75, 90, 99):
        cases[f"truncated_{pct}pct"] = valid[: len(valid) * pct // 100]
    flipped = bytearray(valid)
    for i in range(200, len(flipped), 97):
        flipped[i] ^= 0xFF
    cases["bit_flipped"] = bytes(flipped)
    return cases


def hostile_cases(valid: bytes) -> dict[str, bytes]:
    """Issue 14: files that claim far more than they hold, hide what they import, or say one
    part twice."""
    sheet = "xl/worksheets/sheet1.xml"
    xml = zipfile.ZipFile(io.BytesIO(valid)).read(sheet)
    far = b'<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>'
    column_a = b'<row r="1048576"><c r="A1048576" t="n"><v>1</v></c></row></sheetData>'
    book = zipfile.ZipFile(io.BytesIO(valid)).read("xl/workbook.xml")
    hidden_book = book.replace(b'name="\xe5\x91\x98\xe5\xb7\xa5" sheetId="1" state="visible"',
                               b'name="\xe5\x91\x98\xe5\xb7\xa5" sheetId="1" state="hidden"')
    assert hidden_book != book
    very_hidden = hidden_book.replace(b'state="hidden"', b'state="veryHidden"')
    duplicate = io.BytesIO()
    src = zipfile.ZipFile(io.BytesIO(valid))
    with zipfile.ZipFile(duplicate, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            zf.writestr(info.filename, src.read(info.filename))
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Duplicate name": the point of the case
            zf.writestr(sheet, xml.replace(b"E903", b"E904"))
    return {
        "far_cell_xfd1048576": _replace_entry(valid, sheet, xml.replace(b"</sheetData>", far)),
        "far_cell_a1048576": _replace_entry(valid, sheet, xml.replace(b"</sheetData>", column_a)),
        "hidden_sheet": _replace_entry(valid, "xl/workbook.xml", hidden_book),
        "very_hidden_sheet": _replace_entry(valid, "xl/workbook.xml", very_hidden),
        "duplicate_zip_entry": duplicate.getvalue(),
        "hidden_row_adjustment": _hidden_workbook(row=True),
        "hidden_column": _hidden_workbook(row=False),
    }


def _hidden_workbook(row: bool) -> bytes:
    """Valid staff, and an adjustment sheet whose 88,888 row (or amount column) is hidden."""
    wb = openpyxl.load_workbook(io.BytesIO(_valid_bytes()))
    ws = wb.create_sheet("调整")
    ws.append(["工号", "季度", "金额", "事由"])
    ws.append(["E901", "2025Q3", 100, "加班"])
    ws.append(["E901", "2025Q3", 88888, "看不见"])
    if row:
        ws.row_dimensions[3].hidden = True
    else:
        ws.column_dimensions["C"].hidden = True
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _laughs_sheet() -> bytes:
    return LAUGHS.replace(b"<sst", b"<worksheet").replace(b"</sst>", b"</worksheet>")


def zip_bomb(size: int) -> bytes:
    """A workbook whose sheet inflates to `size` bytes (honest headers, tiny on disk)."""
    out = io.BytesIO()
    valid = zipfile.ZipFile(io.BytesIO(_valid_bytes()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for info in valid.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
                    chunk = b" " * (1 << 20)
                    for _ in range(size >> 20):
                        fh.write(chunk)
            else:
                zf.writestr(info, valid.read(info.filename))
    return out.getvalue()


def build(out_dir: Path, bomb_size: int = 64 << 20) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in file_cases().items():
        paths.append(out_dir / f"{name}.xlsx")
        paths[-1].write_bytes(data)
    for name, sheet, header, bad in DATA_CASES:
        paths.append(out_dir / f"{name}.xlsx")
        paths[-1].write_bytes(data_workbook(sheet, header, bad))
    paths.append(out_dir / "zip_bomb.xlsx")
    paths[-1].write_bytes(zip_bomb(bomb_size))
    return paths


if __name__ == "__main__":
    for p in build(Path(sys.argv[1] if len(sys.argv) > 1 else "corpus")):
        print(p.name, os.path.getsize(p))
