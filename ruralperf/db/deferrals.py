"""Deferred parts and clawbacks in the database (DOMAIN.md 9).

An approved run writes, in its approval's transaction, the parts its quarter defers and what it
released or clawed back of earlier parts (`record_approval`). A pay run of quarter R reads the
parts of earlier quarters with the moves of earlier quarters' runs (`open_parts`), so a quarter
computed again after a reopening sees the state at its start, whatever its old version did.
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ruralperf.db import models as m
from ruralperf.domain.deferral import (CLAWBACK, RELEASE, Clawback, DeferredPart,
                                       join_contracts, split_contracts)
from ruralperf.db.repository import fen
from ruralperf.domain.money import from_fen
from ruralperf.domain.parameters import ParameterBook
from ruralperf.domain.periods import Quarter
from ruralperf.domain.results import Finding, PayRunResult
from ruralperf.errors import UserError


def _moves_by_part(session: Session, branch_id: int, before: Quarter | None
                   ) -> dict[int, dict[str, int]]:
    """part id -> kind -> fen moved, by the runs of quarters before `before` (or all)."""
    t = m.DeferralMoveRow
    query = select(t.part_id, t.kind, func.sum(fen(t.amount))).where(t.branch_id == branch_id)
    if before is not None:
        query = query.where(t.quarter < before)
    out: dict[int, dict[str, int]] = defaultdict(dict)
    for part_id, kind, total in session.execute(query.group_by(t.part_id, t.kind)):
        out[part_id][kind] = int(total)
    return out


def _rows(session: Session, branch_id: int, before: Quarter | None, staff_no: str | None):
    """(staff, origin, due, amount, released, clawed back) of every stored part, in fen, in
    (staff, origin, due) order: plain columns, no ORM objects (a county has tens of thousands)."""
    t = m.DeferredPartRow
    query = select(t.id, t.staff_no, t.origin, t.due, fen(t.amount)).where(
        t.branch_id == branch_id)
    if before is not None:
        query = query.where(t.origin < before)
    if staff_no is not None:
        query = query.where(t.staff_no == staff_no)
    moves = _moves_by_part(session, branch_id, before)
    for pid, sid, origin, due, amount in session.execute(query.order_by(t.staff_no, t.origin,
                                                                        t.due)):
        moved = moves.get(pid, {})
        yield sid, origin, due, int(amount), moved.get(RELEASE, 0), moved.get(CLAWBACK, 0)


def _part(sid, origin, due, amount, released, clawed) -> DeferredPart:
    return DeferredPart(sid, origin, due, from_fen(amount), from_fen(released), from_fen(clawed))


def parts(session: Session, branch_id: int, before: Quarter | None = None,
          staff_no: str | None = None) -> list[DeferredPart]:
    """Every stored part (deferred before `before`, with the moves of runs before it), in
    (staff, origin, due) order."""
    return [_part(*row) for row in _rows(session, branch_id, before, staff_no)]


def open_parts(session: Session, branch_id: int, quarter: Quarter
               ) -> dict[str, list[DeferredPart]]:
    """Per staff member, the parts not yet released or clawed back at the start of `quarter`."""
    out: dict[str, list[DeferredPart]] = defaultdict(list)
    for row in _rows(session, branch_id, quarter, None):
        if row[3] - row[4] - row[5] > 0:
            out[row[0]].append(_part(*row))
    return dict(out)


def clawbacks_in(session: Session, branch_id: int, quarter: Quarter,
                 staff_no: str | None = None) -> list[Clawback]:
    t = m.ClawbackRow
    query = select(t).where(t.branch_id == branch_id, t.date >= quarter.start,
                            t.date <= quarter.end_date)
    if staff_no is not None:
        query = query.where(t.staff_no == staff_no)
    return [Clawback(r.staff_no, r.date, r.amount, r.reason, split_contracts(r.contracts), r.id)
            for r in session.scalars(query.order_by(t.date, t.id))]


def clawback_row_values(cb: Clawback) -> dict:
    return {"staff_no": cb.staff_no, "date": cb.date, "amount": cb.amount, "reason": cb.reason,
            "contracts": join_contracts(cb.contracts) or None}


def window_warnings(session: Session, branch_id: int, quarter: Quarter, book: ParameterBook,
                    offsets: tuple[int, ...], approved: set[Quarter]) -> list[Finding]:
    """DOMAIN.md 9.1: the quarters R−m … R−1 that had a deferral rate in force on their last
    day and have no approved run (their deferrals are not known yet)."""
    out = []
    for back in range(max(offsets), 0, -1):
        q = quarter.shift(-back)
        if q not in approved and book.at(q.end_date).defers():
            out.append(Finding("deferral_quarter_unapproved", str(q)))
    return out


def record_approval(session: Session, branch_id: int, run: m.PayRunRow,
                    result: PayRunResult) -> None:
    """Store what the approved run defers, releases and claws back, replacing what an earlier
    (reopened) version of the quarter stored. Refused when a later quarter's run already used
    the parts being replaced, or when a move would take more of a part than is left."""
    quarter = run.quarter
    old_parts = select(m.DeferredPartRow.id).where(m.DeferredPartRow.branch_id == branch_id,
                                                   m.DeferredPartRow.origin == quarter)
    used = session.scalar(select(func.count()).select_from(m.DeferralMoveRow).where(
        m.DeferralMoveRow.part_id.in_(old_parts), m.DeferralMoveRow.quarter != quarter))
    if used:
        raise UserError("deferral_parts_used", quarter=quarter)
    session.execute(delete(m.DeferralMoveRow).where(m.DeferralMoveRow.branch_id == branch_id,
                                                    m.DeferralMoveRow.quarter == quarter))
    session.execute(delete(m.DeferredPartRow).where(m.DeferredPartRow.branch_id == branch_id,
                                                    m.DeferredPartRow.origin == quarter))
    ids = {(r.staff_no, r.origin, r.due): r.id for r in session.execute(
        select(m.DeferredPartRow.id, m.DeferredPartRow.staff_no, m.DeferredPartRow.origin,
               m.DeferredPartRow.due).where(m.DeferredPartRow.branch_id == branch_id,
                                            m.DeferredPartRow.origin < quarter))}
    for staff in result.staff:
        for part in staff.new_parts:
            session.add(m.DeferredPartRow(branch_id=branch_id, pay_run_id=run.id,
                                          staff_no=staff.staff_no, origin=quarter,
                                          due=part.due, amount=part.amount))
        for move in staff.part_moves:
            part_id = ids.get((staff.staff_no, move.origin, move.due))
            if part_id is None:
                raise UserError("deferral_changed", quarter=quarter)
            session.add(m.DeferralMoveRow(branch_id=branch_id, pay_run_id=run.id,
                                          quarter=quarter, part_id=part_id, kind=move.kind,
                                          amount=move.amount))
    session.flush()
    if _overdrawn(session, branch_id):
        raise UserError("deferral_changed", quarter=quarter)


def _overdrawn(session: Session, branch_id: int) -> bool:
    """Whether some part has more released and clawed back than it holds (never, unless the
    run was computed before another quarter's approval moved the same part)."""
    taken = (select(m.DeferralMoveRow.part_id, func.sum(m.DeferralMoveRow.amount).label("s"))
             .where(m.DeferralMoveRow.branch_id == branch_id)
             .group_by(m.DeferralMoveRow.part_id).subquery())
    return bool(session.scalar(
        select(func.count()).select_from(m.DeferredPartRow)
        .join(taken, taken.c.part_id == m.DeferredPartRow.id)
        .where(taken.c.s > m.DeferredPartRow.amount)))
