"""The home page reads a stored run's summary (io.stored_run.summary: each row's 应发, 实发 and
findings) instead of the whole run: it must say what the whole run says, to the fen, and show a
credit officer only their own row, as the whole run does."""
from __future__ import annotations

from sqlalchemy import text

from ruralperf.db.engine import write_session
from ruralperf.domain.periods import Quarter
from ruralperf.domain.results import Finding
from ruralperf.io import stored_run

Q = Quarter(2025, 3)


def _as_summary(result):
    return [(s.staff_no, s.name, s.net, s.paid, s.errors, s.warnings) for s in result.staff]


def test_the_summary_says_what_the_whole_run_says(golden_ws):
    golden_ws.compute_pay_run(Q)
    whole = golden_ws.stored_pay_run(Q).result
    summary = golden_ws.stored_run_summary(Q)
    assert _as_summary(summary) == _as_summary(whole) and len(summary.staff) == 5
    assert (summary.warnings, summary.errors) == (whole.warnings, whole.errors)
    assert golden_ws.stored_run_summary(Quarter(2024, 3)) is None


def test_paid_is_net_less_deferred_plus_released_and_a_first_edition_run_pays_its_net(
        golden_ws):
    golden_ws.compute_pay_run(Q)
    text = stored_run.dumps(golden_ws.stored_pay_run(Q).result)
    deferring = text.replace('"deferred": "0.00"', '"deferred": "100.00"', 1)
    first = stored_run.summary(deferring).staff
    assert [s.paid for s in first] == [s.paid for s in stored_run.loads(deferring).staff]
    assert sum(s.net - s.paid for s in first) == 100
    old = text.replace('"deferred": ', '"_deferred": ').replace('"released": ', '"_released": ')
    assert all(s.paid == s.net for s in stored_run.summary(old).staff)


def test_findings_are_read_with_their_subjects_and_params(golden_ws):
    golden_ws.compute_pay_run(Q)
    found = [f for s in golden_ws.stored_run_summary(Q).staff for f in s.warnings + s.errors]
    assert found and all(isinstance(f, Finding) for f in found)
    whole = [f for s in golden_ws.stored_pay_run(Q).result.staff for f in s.warnings + s.errors]
    assert found == whole and any(f.params for f in found)


def test_a_credit_officer_sees_only_their_own_row(golden_ws):
    golden_ws.compute_pay_run(Q)
    golden_ws.add_user("boss", "secret-1", "admin")
    golden_ws.add_user("li", "secret-2", "officer", "李娜", staff_no="E002")
    golden_ws.login("li", "secret-2")
    summary = golden_ws.stored_run_summary(Q)
    assert [s.staff_no for s in summary.staff] == ["E002"]
    assert _as_summary(summary) == _as_summary(golden_ws.stored_pay_run(Q).result)


def test_a_run_read_again_is_not_decoded_again_and_a_new_run_is(golden_ws):
    """The summary is kept per stored text: the chart and the facts read the quarter's run
    once between them; a run computed again after a change is read anew."""
    golden_ws.compute_pay_run(Q)
    first = golden_ws.stored_run_summary(Q)
    assert golden_ws.stored_run_summary(Q) is first
    with write_session(golden_ws.engine) as s:  # every loan to one officer
        s.execute(text("UPDATE loans SET manager_no = 'E005'"))
        s.execute(text("DELETE FROM reassignments"))
    golden_ws.compute_pay_run(Q)
    again = golden_ws.stored_run_summary(Q)
    assert again is not first
    assert _as_summary(again) != _as_summary(first)
    assert _as_summary(again) == _as_summary(golden_ws.stored_pay_run(Q).result)
