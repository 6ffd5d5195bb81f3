from __future__ import annotations

from openpyxl import load_workbook

from ruralperf.services.audit_view import AuditFilter


def test_filter_page_and_export(golden_ws, tmp_path):
    view = golden_ws.audit_view
    rows, total = view.page(AuditFilter(table="loans"), limit=5)
    assert total == 25 and len(rows) == 5 and rows[0]["seq"] > rows[-1]["seq"]
    assert all(r["action"] == "insert" for r in rows)
    rows, total = view.page(AuditFilter(text="C023"))
    assert total >= 1 and all("C023" in r["record_key"] for r in rows)
    assert "loans" in view.choices()["table_name"]
    out = tmp_path / "audit.xlsx"
    assert view.export_xlsx(out, AuditFilter(table="staff")) == 5
    sheet = load_workbook(out).active
    assert sheet.max_row == 6 and sheet["A1"].value == "序号"


def test_text_filter_takes_percent_and_underscore_literally(golden_ws):
    """Issue 14, point 10: '%' and '_' typed into the filter are characters, not wildcards."""
    view = golden_ws.audit_view
    _rows, everything = view.page(AuditFilter())
    assert everything > 0
    assert view.page(AuditFilter(text="%"))[1] == 0
    assert view.page(AuditFilter(text="C0_3"))[1] == 0
    assert view.page(AuditFilter(text="base_monthly"))[1] >= 1  # a real underscore matches
    assert view.page(AuditFilter(text="C02_"))[1] == 0  # would match C023 as a wildcard
    assert view.page(AuditFilter(text="C02"))[1] >= 1
