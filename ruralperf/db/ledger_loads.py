"""Loads over month-end ledgers for the limitation list: only the rows a replay can need
(`replay_balances`), never one object per ledger row of the branch. (The pay run reads the
per-staff month facts instead: db.month_facts.)"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ruralperf.db import models as m
from ruralperf.db.repository import chunks
from ruralperf.domain import entities as e
from ruralperf.domain.periods import Month, add_years
from ruralperf.domain.histories import BalanceHistory


def replay_balances(session: Session, branch_id: int, loans_by_contract: dict[str, e.Loan],
                    events: dict[str, list[e.LimitationEvent]], as_of: date,
                    scheme) -> dict[str, BalanceHistory]:
    """The month-end balances the limitation replay (rules.limitation.replay) can ask for.

    It asks for the balance on `as_of` and on dates no earlier than the first possible expiry
    (maturity + the shorter limitation period) or a registered lapse. So a loan whose first
    expiry is after `as_of` needs only its latest snapshot up to `as_of`; the others need their
    history, of which only the months where the balance changes are kept (a balance repeated
    from the month before answers every question the same way)."""
    years = min(scheme["limitation.old_years"], scheme["limitation.new_years"])
    recent: set[str] = set()
    old: set[str] = set()
    for c, loan in loans_by_contract.items():
        since = add_years(loan.maturity_on, years)
        registered = [ev.date for ev in events.get(c, ()) if ev.kind == "lapse_registered"]
        (old if since <= as_of or registered else recent).add(c)
    t = m.SnapshotRow.__table__
    last = Month.of(as_of) if as_of == Month.of(as_of).end else Month.of(as_of).shift(-1)
    points: dict[str, list[tuple[date, Decimal]]] = defaultdict(list)
    ends: dict[str, date] = {}
    for part in chunks(recent):
        latest = (select(t.c.contract_no, func.max(t.c.month).label("month"))
                  .where(t.c.branch_id == branch_id, t.c.contract_no.in_(part),
                         t.c.month <= str(last))
                  .group_by(t.c.contract_no).subquery())
        _collect(points, ends, session.execute(
            select(t.c.contract_no, t.c.month, t.c.balance).join(
                latest, (t.c.contract_no == latest.c.contract_no)
                & (t.c.month == latest.c.month)).where(t.c.branch_id == branch_id)))
    for part in chunks(old):
        history = (select(t.c.contract_no, t.c.month, t.c.balance,
                          func.lag(t.c.balance).over(partition_by=t.c.contract_no,
                                                     order_by=t.c.month).label("before"))
                   .where(t.c.branch_id == branch_id, t.c.contract_no.in_(part),
                          t.c.month <= str(Month.of(as_of)))
                   .subquery())
        _collect(points, ends, session.execute(
            select(history.c.contract_no, history.c.month, history.c.balance).where(
                history.c.before.is_(None) | (history.c.before != history.c.balance))))
    return {c: BalanceHistory(p) for c, p in points.items()}


def _collect(points, ends, rows) -> None:
    for contract, month, balance in rows:
        end = ends.get(month)
        if end is None:
            end = ends[month] = Month.parse(month).end
        points[contract].append((end, balance))
