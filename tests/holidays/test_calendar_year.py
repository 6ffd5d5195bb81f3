"""Entering a year of the holiday calendar: expiries follow it, the warning goes, the year's
source is shown, approved quarters freeze their days, only administrators save."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from ruralperf.db import models as m
from ruralperf.db.engine import write_session
from ruralperf.domain.periods import Quarter
from ruralperf.errors import UserError
from ruralperf.holidays.store import MAKE_UP_WORKDAY, REST_DAY, HolidayDay

from .conftest import AS_OF, spring_2027


def expiries(ws):
    report = ws.limitation(AS_OF)
    return {r.contract_no: r.expiry for r in report.loans}, [w.key for w in report.warnings]


def approve_quarter(ws, quarter: str) -> None:
    """An approved run of `quarter` (written directly: what matters here is the lock)."""
    with write_session(ws.engine) as s:
        s.add(m.PayRunRow(branch_id=ws.branch_id, quarter=Quarter.parse(quarter), version=1, status="approved",
                          computed_at=datetime(2026, 4, 5), computed_by="x", result_json="{}"))


def test_expiries_follow_a_newly_entered_2027(branch_ws):
    before, warnings = expiries(branch_ws)
    assert before == {"L1": date(2027, 2, 8), "L2": date(2027, 2, 22), "L3": date(2027, 6, 1)}
    assert warnings == ["calendar_missing:2027"]
    branch_ws.holidays.save(2027, spring_2027())
    after, warnings = expiries(branch_ws)
    # 2-08 is now a holiday: the period rolls past the rest days to Sunday 2-14, a make-up
    # working day; Saturday 2-20 is a working day, so L2's period ends on it.
    assert after == {"L1": date(2027, 2, 14), "L2": date(2027, 2, 20), "L3": date(2027, 6, 1)}
    assert warnings == []  # the year is entered: no more warning


def test_a_year_is_replaced_as_a_whole_and_its_source_shown(branch_ws):
    ws = branch_ws
    assert ws.holidays.year(2026).source.kind == "builtin"
    assert ws.holidays.year(2027).source.kind == "missing"
    ws.holidays.save(2027, spring_2027())
    year = ws.holidays.year(2027)
    assert year.covered and year.days == tuple(spring_2027())
    assert (year.source.kind, year.source.user) == ("form", "admin")
    ws.holidays.save(2027, spring_2027()[:3])  # a correction replaces the whole year
    assert len(ws.holidays.year(2027).days) == 3
    with ws.engine.connect() as c:
        rows = c.execute(select(m.AuditRow.action, m.AuditRow.table_name, m.AuditRow.record_key)
                         .order_by(m.AuditRow.seq)).all()
    assert ("insert", "calendar_years", "2027") in rows
    assert ("update", "calendar_years", "2027") in rows
    assert ("delete", "holidays", "2027-02-20") in rows
    assert ws.verify_audit().ok


def test_saving_the_same_year_again_changes_nothing(branch_ws):
    branch_ws.holidays.save(2027, spring_2027())
    again = branch_ws.holidays.save(2027, spring_2027())
    assert not again.changed and again.unchanged == 10


def test_days_of_an_approved_quarter_are_frozen(branch_ws):
    ws = branch_ws
    approve_quarter(ws, "2026Q1")
    year = ws.holidays.year(2026)
    assert year.frozen.until == date(2026, 3, 31) and year.frozen.quarter == Quarter(2026, 1)
    days = list(year.days)
    with pytest.raises(UserError) as exc:
        ws.holidays.save(2026, [d for d in days if d.day != date(2026, 1, 1)])
    assert exc.value.code == "holiday_locked" and "2026-01-01" in exc.value.message()
    assert len(ws.holidays.year(2026).days) == len(days)  # nothing written
    # A day after the quarter can change.
    ws.holidays.save(2026, days + [HolidayDay(date(2026, 12, 31), REST_DAY, "测试")])
    assert ws.holidays.year(2026).days[-1].day == date(2026, 12, 31)


def test_only_administrators_save(branch_ws):
    ws = branch_ws
    ws.add_user("boss", "secret-1", "admin")
    ws.add_user("li", "secret-2", "officer")
    ws.add_user("au", "secret-3", "auditor")
    for name, pw in (("li", "secret-2"), ("au", "secret-3")):
        ws.login(name, pw)
        assert ws.holidays.year(2026).covered  # reading is allowed
        assert not ws.holidays.can_edit()
        with pytest.raises(UserError) as exc:
            ws.holidays.save(2027, spring_2027())
        assert exc.value.code == "access_denied"
    assert not ws.holidays.year(2027).covered


def test_bad_days_are_refused_with_a_message(branch_ws):
    with pytest.raises(UserError) as exc:
        branch_ws.holidays.save(2027, [HolidayDay(date(2027, 2, 15), MAKE_UP_WORKDAY)])
    assert exc.value.code == "holiday_makeup_weekday" and "2027-02-15" in exc.value.message()
    with pytest.raises(UserError) as exc:
        branch_ws.holidays.save(2027, [HolidayDay(date(2028, 1, 1), REST_DAY)])
    assert exc.value.code == "holiday_wrong_year"


def test_the_moves_preview_lists_loans_today_and_in_draft_runs(branch_ws):
    ws = branch_ws
    ws.compute_pay_run(Quarter(2026, 3))  # a draft: its quarter end is a second point of view
    moves = ws.holidays.moves(2027, spring_2027(), today=AS_OF)
    got = {(mv.where, mv.contract_no, mv.old_expiry, mv.new_expiry) for mv in moves}
    assert got == {
        (None, "L1", date(2027, 2, 8), date(2027, 2, 14)),
        (None, "L2", date(2027, 2, 22), date(2027, 2, 20)),
        (Quarter(2026, 3), "L1", date(2027, 2, 8), date(2027, 2, 14)),
        (Quarter(2026, 3), "L2", date(2027, 2, 22), date(2027, 2, 20)),
    }
    assert not ws.holidays.year(2027).covered  # a preview writes nothing
