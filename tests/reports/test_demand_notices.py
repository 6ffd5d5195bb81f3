"""Acting before the clocks run out (issue 17): what must be signed, the 催收通知书 with its
receipt, and a returned receipt recorded as the right event, changing the list at once."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ruralperf.db import models as m
from ruralperf.io.jsonout import limitation_json
from tests.reports.conftest import needs_poppler, pdftotext
from tests.rules.test_guarantees_workspace import _branch

AS_OF = date(2025, 9, 1)  # G1's guarantee ends 2025-09-30 (warning); G1 itself is running


def _status(ws, contract, as_of=AS_OF):
    return next(x for x in limitation_json(ws.limitation(as_of))["loans"]
                if x["contract_no"] == contract)


def test_to_sign_lists_loans_and_guarantees_in_warning_soonest_first(workspace):
    _branch(workspace)
    items = workspace.to_sign(AS_OF)
    # G1's own period runs to 2028, its general guarantor was released on 2025-07-01, its joint
    # guarantor secured; G2 was extended but its guarantor's period still ends 2025-09-30
    assert [(x.contract_no, x.guarantor, x.deadline, x.days_left, x.manager) for x in items] == [
        ("G2", "钱七", date(2025, 9, 30), 29, "E2")]


def test_receipt_of_a_guarantor_secures_the_guarantee_at_once(workspace):
    _branch(workspace)
    assert _status(workspace, "G2")["guarantees"][0]["status"] == "warning"
    result = workspace.record_receipt("G2", date(2025, 8, 28), "钱七", guarantor="钱七")
    assert result.ok
    g = _status(workspace, "G2")["guarantees"][0]
    assert (g["status"], g["expiry"]) == ("secured", "2028-08-28")
    assert workspace.to_sign(AS_OF) == []
    with workspace.engine.connect() as c:
        new = c.execute(select(m.AuditRow.new_values).where(
            m.AuditRow.table_name == "limitation_events")).scalars().all()
    assert any('"signed_by":"钱七"' in x and "guarantor_demand" in x for x in new)


def test_receipt_of_the_borrower_interrupts_the_period(workspace, tmp_path):
    _branch(workspace)
    as_of = date(2028, 4, 1)  # G1's own period ends 2028-03-31 (a Friday)
    before = _status(workspace, "G1", date(2028, 2, 1))
    assert before["status"] == "warning" and before["expiry"] == "2028-03-31"
    scan = tmp_path / "回执.JPG"
    scan.write_bytes(b"\xff\xd8 fake jpeg")
    result = workspace.record_receipt("G1", date(2028, 1, 20), "张某", scan=scan)
    assert result.ok
    after = _status(workspace, "G1", as_of)
    assert (after["status"], after["expiry"]) == ("running", "2031-01-20")
    kept = list((workspace.path.parent / "receipts").iterdir())
    assert [p.name for p in kept] == ["G1_2028-01-20_张某.jpg"]


def test_a_bad_receipt_changes_nothing(workspace):
    _branch(workspace)
    result = workspace.record_receipt("G2", date(2025, 8, 28), "李四", guarantor="李四")
    assert not result.ok
    assert _status(workspace, "G2")["guarantees"][0]["status"] == "warning"


@needs_poppler
def test_notice_pdf_names_debtor_contract_amounts_and_has_a_receipt(workspace, tmp_path):
    _branch(workspace)
    pdf = tmp_path / "notices.pdf"
    pdf.write_bytes(workspace.demand_notices_pdf(AS_OF, [("G2", "钱七"), ("G1", None)]))
    text = pdftotext(pdf, layout=False)
    assert text.count("\n回执\n") == 2  # one receipt per notice
    assert "履行保证责任通知书" in text and "钱七" in text and "连带责任保证" in text
    # the guarantee runs from the maturity in the loan record, not the extended one
    assert "2025-03-31 到期" in text
    assert "催收通知书" in text and "G1" in text
    assert "50,000.00" in text and "伍万元整" in text
    assert "签收人（签字）" in text
    english = tmp_path / "notices_en.pdf"
    english.write_bytes(workspace.demand_notices_pdf(AS_OF, [("G2", "钱七")], lang="en"))
    assert "Notice to a guarantor" in pdftotext(english, layout=False)
