"""Limitation warning and accountability lists (PDF and .xlsx) of the golden branch."""
from __future__ import annotations

import io
from datetime import date

from openpyxl import load_workbook

from ruralperf.reports.bundle import write_limitation
from ruralperf.reports.limitation_reports import (accountability_loans, limitation_xlsx,
                                                  warning_loans)
from tests.reports.conftest import needs_poppler, pdftotext

AS_OF = date(2025, 9, 30)


def test_selection(golden_ws):
    report = golden_ws.limitation(AS_OF)
    assert [x.contract_no for x in warning_loans(report, 90)] == ["C026", "C025"]  # E002, E003
    assert [x.contract_no for x in warning_loans(report, 10)] == ["C026"]
    within_300 = warning_loans(report, 300)
    assert [x.contract_no for x in within_300] == ["C026", "C025", "C024", "C029"]
    assert [x.manager for x in within_300] == ["E002", "E003", "E003", "E003"]
    assert [x.contract_no for x in accountability_loans(report)] == ["C027"]


@needs_poppler
def test_files(golden_ws, tmp_path):
    paths = write_limitation(golden_ws, AS_OF, tmp_path)  # scheme's 90 warning days
    assert [p.name for p in paths] == ["诉讼时效预警清单_2025-09-30.pdf",
                                       "失时效追责清单_2025-09-30.pdf",
                                       "诉讼时效清单_2025-09-30.xlsx"]
    warnings = pdftotext(paths[0])
    assert "诉讼时效预警清单" in warnings and "90 天内到期" in warnings
    assert "E002 李娜" in warnings and "C026" in warnings and "2025-10-09" in warnings
    assert "C024" not in warnings
    accountability = pdftotext(paths[1])
    assert "失时效追责清单" in accountability
    assert "C027" in accountability and "E001 张伟" in accountability
    assert "2016-05-21" in accountability and "2018-01-01" in accountability
    wb = load_workbook(paths[2])
    warn, acc = wb.worksheets
    assert warn.freeze_panes == "A4" and acc.freeze_panes == "A4"
    rows = list(warn.iter_rows(min_row=4, values_only=True))
    assert [(r[0], r[1], r[2], r[7]) for r in rows] == [("E002", "李娜", "C026", 9),
                                                         ("E003", "王强", "C025", 62)]
    assert list(acc.iter_rows(min_row=4, values_only=True))[0][:4] == ("E001", "张伟", "E001",
                                                                         "C027")


def test_english_and_empty(golden_ws):
    report = golden_ws.limitation(date(2000, 1, 1))  # nothing due yet
    wb = load_workbook(io.BytesIO(limitation_xlsx(report, 90, "en")))
    assert wb.sheetnames == ["Warnings", "Accountability"]
    assert wb.worksheets[0].max_row == 3  # title, subtitle, header
