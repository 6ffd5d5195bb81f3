"""`ruralperf template`: a blank workbook with every sheet, header, note and drop-down list,
which imports without errors and without changes."""
from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from ruralperf.io.sheets import ENUMS, SHEETS
from ruralperf.io.template import write_template


@pytest.fixture(params=["zh_CN", "en"])
def template(request, tmp_path):
    path = tmp_path / f"template_{request.param}.xlsx"
    assert write_template(path, lang=request.param) == path
    return request.param, path


def _validations(ws) -> dict[str, object]:
    """Column letter -> its data validation."""
    out = {}
    for dv in ws.data_validations.dataValidation:
        for cell_range in dv.sqref.ranges:
            out[cell_range.coord.split(":")[0].rstrip("0123456789")] = dv
    return out


def test_every_sheet_with_header_notes_and_lists(template):
    lang, path = template
    wb = openpyxl.load_workbook(path)
    en = lang == "en"
    assert wb.sheetnames[0] == ("Notes" if en else "说明")
    assert wb.sheetnames[1:] == [f"{s.zh} ({s.key})" if en else s.zh for s in SHEETS]
    for spec, ws in zip(SHEETS, wb.worksheets[1:]):
        headers = [c.value for c in ws[1]]
        assert headers == [f"{c.zh} [{c.key}]" if en else c.zh for c in spec.columns]
        assert ws.max_row == 1  # no notes row that would be imported as data
        assert ws.freeze_panes == "A2"
        assert all(c.comment is not None and c.comment.text for c in ws[1])
        validations = _validations(ws)
        for i, column in enumerate(spec.columns):
            letter = openpyxl.utils.get_column_letter(i + 1)
            assert ws.column_dimensions[letter].width >= 10
            if column.kind.startswith("enum:"):
                dv = validations[letter]
                assert dv.type == "list"
                assert dv.formula1.strip('"').split(",") == list(ENUMS[column.kind[5:]])
                assert str(dv.sqref).endswith("1048576")
            if column.kind == "date":
                assert ws.column_dimensions[letter].number_format == "yyyy-mm-dd"
            if column.key in ("staff_no", "household_no", "contract_no", "id_number", "month"):
                assert ws.column_dimensions[letter].number_format == "@"
    notes = wb.worksheets[0]
    text = "\n".join(str(c.value) for row in notes.iter_rows() for c in row if c.value)
    assert "floating.base_monthly" in text and "cap." in text
    assert all(s.zh in text for s in SHEETS)
    # the second edition's parameters (issue 16), a yes-or-no default in words in Chinese
    defaults = {r[0].value: r[2].value for r in notes.iter_rows() if r[0].value}
    assert defaults["handover.follows_loans"] == ("true" if en else "是")
    assert defaults["composite.warn_completion"] == "3"


def test_untouched_template_imports_with_no_errors_and_no_changes(workspace, template):
    _, path = template
    report = workspace.import_workbook(path)
    assert report.ok, [p.message() for p in report.errors]
    assert not report.changed
    assert [p.code for p in report.warnings] == ["unknown_sheet"]  # the notes sheet


def test_filled_in_template_imports(workspace, tmp_path):
    path = write_template(tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["员工"].append(["0007", "王建国", "客户经理", 1.2])
    wb["借款户"].append(["000123", "李秀英", "11010519491231002X", "农户"])
    wb["贷款"].append(["C1", "000123", 50000, date(2025, 3, 1), date(2026, 3, 1), "新增", None,
                     "自主开发型", "0007"])
    wb["营销分成"].append(["C1", "0007", "100%"])
    wb["月末台账"].append(["C1", "2025-03", 50000, 0, 0, "正常"])
    wb.save(path)
    report = workspace.import_workbook(path)
    assert report.ok, [p.message() for p in report.errors]
    assert report.counts["staff"].inserted == 1 and report.counts["snapshots"].inserted == 1


def test_cli_template(db_path, tmp_path, capsys):
    from ruralperf.cli import main

    out = tmp_path / "out" / "模板.xlsx"
    assert main(["--db", str(db_path), "template", str(out)]) == 0
    assert out.is_file() and openpyxl.load_workbook(out)["员工"]["A1"].value == "工号"
