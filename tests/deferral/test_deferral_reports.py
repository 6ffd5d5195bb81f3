"""Statements and the branch summary show deferral, clawback, 实发 in words, and for a reopened
quarter the replaced version's 实发 and the difference (DOMAIN.md 9.2, 9.4)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from ruralperf.io.reader import RawSheet
from ruralperf.reports.statement_pdf import statement_pdf
from ruralperf.reports.summary_data import MONEY_KEYS, money_keys
from ruralperf.reports.summary_pdf import summary_pdf
from ruralperf.reports.summary_reopened import comparison
from ruralperf.domain.periods import Quarter
from tests.deferral.scenario import QUARTERS, scenario_sheets


def _pdf_text(data: bytes) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True,
                          check=True).stdout.decode("utf-8")


@pytest.fixture
def reopened_ws(workspace):
    assert workspace.import_sheets(scenario_sheets()).ok
    for quarter in QUARTERS:
        workspace.compute_pay_run(Quarter.parse(quarter))
        workspace.approve_pay_run(Quarter.parse(quarter), reason="一名管理员")
    workspace.reopen_pay_run(Quarter(2026, 2), reason="补录季度奖")
    sheet = RawSheet("adjustments", [(1, ("staff_no", "quarter", "amount", "reason")),
                                     (2, ("E001", "2026Q2", Decimal("500"), "补发季度奖"))])
    assert workspace.import_sheets([sheet]).ok
    workspace.compute_pay_run(Quarter(2026, 2))
    return workspace


def test_the_statement_shows_deferral_paid_in_words_and_the_difference(reopened_ws):
    run = reopened_ws.stored_pay_run(Quarter(2026, 2))
    assert (run.version, run.replaced_version) == (2, 1)
    s = run.result.for_staff("E001")
    # 4,500.00 − 1,066.66 from pay = 3,433.34; deferred 1,373.34; paid 2,060.00 (was 1,760.00)
    assert (s.net, s.deferred, s.paid) == (Decimal("3433.34"), Decimal("1373.34"),
                                           Decimal("2060.00"))
    text = _pdf_text(statement_pdf(run, "E001", reopened_ws.branch))
    for expected in ("延期支付与追索扣回", "减：追索扣回", "1,066.66", "7,000.00",
                     "减：本季延期支付", "1,373.34", "延期支付余额", "¥2,060.00",
                     "人民币贰仟零陆拾元整", "原版本实发", "1,760.00", "补发", "300.00",
                     "2027年第2季度"):
        assert expected in text, expected
    assert "2027Q2" not in text  # no identifiers on Chinese paper
    english = _pdf_text(statement_pdf(run, "E001", reopened_ws.branch, "en"))
    assert "Deferred balance" in english and "To pay out" in english


def test_the_summary_totals_the_difference(reopened_ws):
    run = reopened_ws.stored_pay_run(Quarter(2026, 2))
    assert comparison(run) == [("E001", "张三", Decimal("1760.00"), Decimal("2060.00"),
                                Decimal("300.00"))]
    assert money_keys(run.result.staff)[-5:] == ("clawback", "deferred", "released", "paid",
                                                 "deferred_balance")
    text = _pdf_text(summary_pdf(run, reopened_ws.branch))
    assert "重新核算对比" in text and "补发 300.00" in text and "延期余额" in text


def test_without_deferral_statements_and_summary_are_as_before(approvable_ws):
    run_result = approvable_ws.compute_pay_run(Quarter(2025, 3))
    assert money_keys(run_result.staff) == MONEY_KEYS
    run = approvable_ws.stored_pay_run(Quarter(2025, 3))
    text = _pdf_text(statement_pdf(run, "E001", approvable_ws.branch))
    assert "延期支付" not in text and "重新核算对比" not in text
    assert "重新核算对比" not in _pdf_text(summary_pdf(run, approvable_ws.branch))


def test_the_ledger_reconciles_while_reopened_and_after_the_new_approval(reopened_ws):
    from ruralperf.reports.deferral_ledger_pdf import deferral_ledger_pdf

    (ledger,) = reopened_ws.deferral_ledger()  # v2 is a draft: v1's parts and figures hold
    assert ledger.reconciles and ledger.balance == Decimal("1173.34")
    reopened_ws.approve_pay_run(Quarter(2026, 2), reason="一名管理员")
    (ledger,) = reopened_ws.deferral_ledger()
    assert ledger.reconciles and ledger.balance == Decimal("1373.34")
    text = _pdf_text(deferral_ledger_pdf([ledger], reopened_ws.branch))
    for expected in ("延期支付台账", "E001 张三", "2024年第1季度", "1,333.34", "核对一致",
                     "1,373.34", "本人签字"):
        assert expected in text, expected
    assert "Deferred Pay Ledger" in _pdf_text(deferral_ledger_pdf([ledger], reopened_ws.branch,
                                                                   "en"))


def test_the_summary_workbook_has_the_comparison_sheet(reopened_ws, approvable_ws):
    import io

    from openpyxl import load_workbook

    from ruralperf.reports.summary_xlsx import summary_xlsx

    run = reopened_ws.stored_pay_run(Quarter(2026, 2))
    wb = load_workbook(io.BytesIO(summary_xlsx(run, reopened_ws.branch)))
    rows = list(wb["重新核算对比"].iter_rows(values_only=True))
    assert rows[1] == ("E001", "张三", 1760, 2060, 300, "补发 300.00")
    assert rows[2] == ("合计（1 人）", None, 1760, 2060, 300, "补发 300.00")
    headers = [c.value for c in wb.worksheets[0][3]]
    assert headers[-6:-1] == ["追索扣回", "本季延期", "到期发放", "实发合计", "延期余额"]
    approvable_ws.compute_pay_run(Quarter(2025, 3))
    plain = load_workbook(io.BytesIO(summary_xlsx(approvable_ws.stored_pay_run(Quarter(2025, 3)),
                                                  approvable_ws.branch)))
    assert "重新核算对比" not in plain.sheetnames
