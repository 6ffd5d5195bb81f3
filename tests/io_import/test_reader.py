"""Reading the .xlsx file: anything that is not a readable workbook is one clear problem (never a
crash), formula cells without a cached value are never read as empty, and a file's own claims
about its size do not make rows disappear."""
from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest
from openpyxl.worksheet.formula import ArrayFormula

from ruralperf.io.cells import FORMULA
from ruralperf.io.reader import WorkbookUnreadable, read_workbook
from tests.conftest import GOLDEN_WORKBOOK
from tests.io_import.helpers import dump, located, minimal, write_workbook


def _rewrite_member(src, dst, member, change):
    """Copy a zip, passing one member's bytes through change()."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info, change(data) if info.filename == member else data)
    return dst


def _sheet_member(path, title):
    wb = openpyxl.load_workbook(path, read_only=True)
    index = wb.sheetnames.index(title) + 1
    wb.close()
    return f"xl/worksheets/sheet{index}.xml"


def _corrupt_member_bytes(src, dst, member):
    data = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as zf:
        info = zf.getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 8, start + info.compress_size - 8):
        data[i] ^= 0x5A
    dst.write_bytes(bytes(data))
    return dst


def _bad_files(tmp_path):
    text = tmp_path / "text.xlsx"
    text.write_text("合同号,金额\nC001,100\n", encoding="utf-8")
    truncated = tmp_path / "truncated.xlsx"
    data = GOLDEN_WORKBOOK.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    plain_zip = tmp_path / "plain zip.xlsx"
    with zipfile.ZipFile(plain_zip, "w") as zf:
        zf.writestr("readme.txt", "not a workbook")
    corrupted = _corrupt_member_bytes(GOLDEN_WORKBOOK, tmp_path / "corrupted.xlsx",
                                      _sheet_member(GOLDEN_WORKBOOK, "贷款"))
    broken_xml = _rewrite_member(GOLDEN_WORKBOOK, tmp_path / "broken xml.xlsx",
                                 _sheet_member(GOLDEN_WORKBOOK, "员工"),
                                 lambda b: b[: len(b) // 2])
    old_excel = tmp_path / "old.xlsx"
    old_excel.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504)
    return {"text": text, "truncated": truncated, "empty": empty, "plain_zip": plain_zip,
            "corrupted": corrupted, "broken_xml": broken_xml, "old_excel": old_excel}


KINDS = ["text", "truncated", "empty", "plain_zip", "corrupted", "broken_xml", "old_excel"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_file_that_is_not_a_workbook_is_one_clear_problem(tmp_path, base_ws, base_db, kind):
    path = _bad_files(tmp_path)[kind]
    before = dump(base_db)
    report = base_ws.import_workbook(path)
    assert located(report.problems) == [(path.name, None, None, "not_a_workbook")]
    assert not report.ok and report.counts == {}
    assert path.name in report.errors[0].message()
    assert "不是有效的 Excel 工作簿" in report.errors[0].message()
    assert "not a valid Excel workbook" in report.errors[0].message("en")
    assert dump(base_db) == before


def test_a_missing_file(tmp_path, base_ws):
    report = base_ws.import_workbook(tmp_path / "nothing.xlsx")
    assert [p.code for p in report.errors] == ["file_not_found"]
    with pytest.raises(WorkbookUnreadable):
        read_workbook(tmp_path)


def test_formula_cells_without_a_value_are_marked(tmp_path):
    path = tmp_path / "f.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "员工"
    ws.append(["工号", "姓名", "岗位", "岗位系数"])
    ws.append(["S1", "=B3", "客户经理", 1])
    ws.append(["S2", "李四", "客户经理", None])
    ws["D3"] = ArrayFormula("D3:D3", "=SUM(1,2)")
    ws.append([None, None, None, "=1+1"])  # a row that only holds a formula is not empty
    wb.save(path)
    (sheet,) = read_workbook(path)
    assert sheet.rows == [(1, ("工号", "姓名", "岗位", "岗位系数")),
                          (2, ("S1", FORMULA, "客户经理", 1)),
                          (3, ("S2", "李四", "客户经理", FORMULA)),
                          (4, (None, None, None, FORMULA))]


def test_formula_cells_with_a_cached_value_give_the_value(tmp_path, base_ws, base_db):
    """A workbook saved by Excel keeps each formula's last result: that is what is imported."""
    sheets = minimal()
    sheets["员工"][2][1] = "=\"李\"&\"四\""
    sheets["员工"][3][3] = "=0.4*2"
    path = write_workbook(tmp_path / "formulas.xlsx", sheets)

    def add_cached_values(xml: bytes) -> bytes:
        xml = xml.replace(b'<c r="B3"><f>', b'<c r="B3" t="str"><f>')
        empty = rb"(?:<v></v>|<v\s*/>)"  # lxml and the plain writer spell it differently
        xml = re.sub(rb'(<c r="B3"[^>]*><f>[^<]*</f>)' + empty,
                     lambda m: m.group(1) + "<v>李四</v>".encode(), xml)
        return re.sub(rb'(<c r="D4"><f>[^<]*</f>)' + empty, rb"\1<v>0.8</v>", xml)

    saved = _rewrite_member(path, tmp_path / "saved.xlsx", _sheet_member(path, "员工"),
                            add_cached_values)
    before = dump(base_db)
    report = base_ws.import_workbook(saved)
    assert report.ok and not report.changed, [p.message("en") for p in report.errors]
    assert dump(base_db) == before


def test_a_wrong_dimension_in_the_file_does_not_hide_rows(tmp_path):
    """Some exporters write <dimension ref="A1"/>; read-only openpyxl would then see one cell."""
    path = write_workbook(tmp_path / "dim.xlsx", minimal())
    member = _sheet_member(path, "贷款")
    wrong = _rewrite_member(path, tmp_path / "wrong dim.xlsx", member,
                            lambda b: re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1"/>', b))
    right = {s.title: s.rows for s in read_workbook(path)}
    assert {s.title: s.rows for s in read_workbook(wrong)} == right
    assert len(right["贷款"]) == 4 and len(right["贷款"][3][1]) == 9


def test_rows_keep_their_excel_numbers(tmp_path):
    sheets = {"员工": [["工号", "姓名", "岗位", "岗位系数"], [None] * 4, ["S1", "张三", "客户经理", 1],
                     [" ", None, "", None], ["S2", "李四", "客户经理", 1]]}
    (sheet,) = read_workbook(write_workbook(tmp_path / "gaps.xlsx", sheets))
    assert [number for number, _ in sheet.rows] == [1, 3, 5]
