"""The payslip's extras: the previous quarter and the year to date beside this quarter, the
preparer's and approver's display names, the pay date and the seal area."""
from __future__ import annotations

import re
from datetime import date

from ruralperf.domain.money import money_display
from ruralperf.reports.statement_extras import StatementExtras, extras_for
from ruralperf.reports.statement_pdf import statement_pdf
from ruralperf.domain.periods import Quarter
from tests.reports.conftest import needs_poppler, pdftotext
from tests.trust.conftest import completing_sheets

PASSWORD = "secret-123"


def _text(tmp_path, data: bytes) -> str:
    path = tmp_path / "s.pdf"
    path.write_bytes(data)
    return re.sub(r"[ \t]+", " ", pdftotext(path))


@needs_poppler
def test_previous_quarter_year_to_date_and_display_names(golden_ws, tmp_path):
    assert golden_ws.import_sheets(completing_sheets()).ok
    golden_ws.add_user("boss", PASSWORD, "admin", "王主任")
    golden_ws.login("boss", PASSWORD)
    golden_ws.compute_pay_run(Quarter(2025, 3))
    golden_ws.approve_pay_run(Quarter(2025, 3), reason="本网点仅一名管理员")
    q3 = golden_ws.stored_pay_run(Quarter(2025, 3))
    golden_ws.compute_pay_run(Quarter(2025, 4))
    q4 = golden_ws.stored_pay_run(Quarter(2025, 4))
    extras = extras_for(golden_ws, q4, pay_date=date(2026, 1, 15), seal=True)
    assert extras.preparer == "王主任" and extras.previous_quarter == Quarter(2025, 3)
    assert extras.year_quarters == (Quarter(2025, 3), Quarter(2025, 4))
    e001_q3 = q3.result.for_staff("E001").paid
    e001_q4 = q4.result.for_staff("E001").paid
    text = _text(tmp_path, statement_pdf(q4, "E001", golden_ws.branch, extras=extras))
    assert "上季实发（2025年第3季度）" in text and money_display(e001_q3) in text
    assert "本年累计实发（2025年第3、4季度）" in text
    assert money_display(e001_q3 + e001_q4) in text
    assert "制表人：王主任" in text and "发放日期：2026-01-15" in text and "盖章处" in text
    # the approved run names its approver by display name
    approved = extras_for(golden_ws, q3)
    assert approved.approver == "王主任" and approved.year_quarters == (Quarter(2025, 3),)
    text = _text(tmp_path, statement_pdf(q3, "E001", golden_ws.branch, extras=approved))
    assert "审批人：王主任" in text and "盖章处" not in text


@needs_poppler
def test_without_extras_lines_are_left_to_fill_in(approved_run, tmp_path):
    text = _text(tmp_path, statement_pdf(approved_run, "E002", ("0001", "本网点")))
    assert "制表人：＿＿" in text and "审批人：＿＿" in text and "发放日期：" in text
    assert "上季实发（2025年第2季度）" in text and "无已审批核算" in text
    text = _text(tmp_path, statement_pdf(approved_run, "E002", ("0001", "本网点"),
                                         extras=StatementExtras(seal=True)))
    assert "盖章处" in text


@needs_poppler
def test_npl_loans_at_both_dates_and_who_gave_the_quality_score(golden_ws, tmp_path):
    from ruralperf.reports.indicator_sources import npl_totals

    golden_ws.compute_pay_run(Quarter(2025, 3))
    run = golden_ws.stored_pay_run(Quarter(2025, 3))
    extras = extras_for(golden_ws, run)
    checked = 0
    for s in run.result.staff:
        npl = s.indicators.get("npl")
        if npl is None:
            continue
        base, end = npl_totals(extras.sources.npl.get(s.staff_no, ()))
        assert base - end == npl.actual, s.staff_no  # the same figure the pay run used
        checked += bool(extras.sources.npl.get(s.staff_no))
    assert checked
    text = _text(tmp_path, statement_pdf(run, "E001", golden_ws.branch, extras=extras))
    flat = re.sub(r"\s+", "", text)
    loans = extras.sources.npl["E001"]
    base, end = npl_totals(loans)
    assert "附：任务完成情况明细" in flat and all(x.contract_no in flat for x in loans)
    assert f"合计：{money_display(base)}−{money_display(end)}=不良压降{money_display(base - end)}" \
        in flat
    assert "工作质量得分：" in flat and "导入branch_2025q3.xlsx" in flat
