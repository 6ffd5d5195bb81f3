"""Which loans' expiries a calendar change would move (shown before the change is saved):
the limitation list as of today and as of the end of each quarter with a draft or submitted
pay run, computed under the stored calendar and under the changed one, and compared."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.engine import Engine

from ruralperf.db import models as m
from ruralperf.db import repository as repo
from ruralperf.db.engine import read_session
from ruralperf.domain.periods import Quarter
from ruralperf.holidays.store import HolidayDay, with_year
from ruralperf.services.limitation_report import limitation_report


@dataclass(frozen=True)
class ExpiryMove:
    """One loan whose expiry (or status) differs under the changed calendar. `where` is
    None (the limitation list of today, as of `as_of`) or a quarter with a draft pay run."""

    where: Quarter | None
    as_of: date
    contract_no: str
    household_no: str
    manager: str | None
    old_expiry: date | None
    new_expiry: date | None
    old_status: str
    new_status: str


def draft_quarters(engine: Engine, branch_id: int) -> list[Quarter]:
    with read_session(engine) as s:
        return sorted(set(s.scalars(select(m.PayRunRow.quarter).where(
            m.PayRunRow.branch_id == branch_id,
            m.PayRunRow.status.in_(("draft", "submitted"))))))


def expiry_moves(engine: Engine, branch_id: int, year: int, days: list[HolidayDay],
                 today: date) -> list[ExpiryMove]:
    with read_session(engine) as s:
        old = repo.work_calendar(s)
    new = with_year(old, year, days)
    moves: list[ExpiryMove] = []
    points: list[tuple[Quarter | None, date]] = [(None, today)] + [
        (q, q.end_date) for q in draft_quarters(engine, branch_id)]
    for where, as_of in points:
        before = {r.contract_no: r for r in limitation_report(engine, branch_id, as_of,
                                                              calendar=old).loans}
        after = limitation_report(engine, branch_id, as_of, calendar=new).loans
        for r in after:
            o = before.get(r.contract_no)
            if o is not None and (o.expiry, o.status) == (r.expiry, r.status):
                continue
            moves.append(ExpiryMove(where, as_of, r.contract_no, r.household_no, r.manager,
                                    o.expiry if o else None, r.expiry,
                                    o.status if o else "", r.status))
    return moves
