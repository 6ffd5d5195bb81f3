"""Rows <-> domain values. Loads what a computation needs in a few set queries, filtered by the
database (never a query per loan; a list of contracts is sent in chunks of `CHUNK`)."""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from itertools import chain
from typing import Iterable, Iterator, Sequence

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from ruralperf.db import models as m
from ruralperf.domain import entities as e
from ruralperf.domain.money import ZERO, from_fen
from ruralperf.domain.periods import Month, Quarter
from ruralperf.domain.calendar import WorkCalendar
from ruralperf.domain.histories import BalanceHistory, ManagerHistory

CHUNK = 1000  # contracts per IN (...) list: far below SQLite's and PostgreSQL's parameter limits


def chunks(values: Iterable[str], size: int = CHUNK) -> Iterator[list[str]]:
    ordered = sorted(values)
    for i in range(0, len(ordered), size):
        yield ordered[i:i + size]


def fen(column):
    """A money column as its stored integer fen (no Decimal per row; for sums in one pass)."""
    return type_coerce(column, BigInteger)


def parameter_values(session: Session, branch_id: int) -> list[e.ParameterValue]:
    rows = session.execute(select(m.ParameterRow.key, m.ParameterRow.value,
                                  m.ParameterRow.effective_from)
                           .where(m.ParameterRow.branch_id == branch_id)).all()
    return [e.ParameterValue(r.key, r.value, r.effective_from) for r in rows]


def work_calendar(session: Session) -> WorkCalendar:
    days = session.execute(select(m.HolidayRow.day, m.HolidayRow.is_workday)).all()
    years = session.scalars(select(m.CalendarYearRow.year)).all()
    return WorkCalendar.build([(d.day, d.is_workday) for d in days], years)


def staff(session: Session, branch_id: int) -> list[e.Staff]:
    rows = session.scalars(select(m.StaffRow).where(m.StaffRow.branch_id == branch_id)
                           .order_by(m.StaffRow.staff_no)).all()
    return [e.Staff(r.staff_no, r.name, r.position, r.coefficient) for r in rows]


def _loan(r) -> e.Loan:
    return e.Loan(r.contract_no, r.household_no, r.amount, r.disbursed_on, r.maturity_on,
                  r.nature, r.increment, r.customer_type, r.manager_no)


def _loan_query(branch_id: int):
    t = m.LoanRow.__table__
    return select(t.c.contract_no, t.c.household_no, t.c.amount, t.c.disbursed_on,
                  t.c.maturity_on, t.c.nature, t.c.increment, t.c.customer_type,
                  t.c.manager_no).where(t.c.branch_id == branch_id)


def loans(session: Session, branch_id: int, contracts: set[str] | None = None) -> dict[str, e.Loan]:
    if contracts is None:
        return {r.contract_no: _loan(r) for r in session.execute(_loan_query(branch_id))}
    t = m.LoanRow.__table__
    return {r.contract_no: _loan(r) for part in chunks(contracts) for r in session.execute(
        _loan_query(branch_id).where(t.c.contract_no.in_(part)))}


def loans_where(session: Session, branch_id: int, *conditions) -> dict[str, e.Loan]:
    """The loans meeting some conditions on `LoanRow` columns (e.g. disbursed in a quarter)."""
    return {r.contract_no: _loan(r) for r in session.execute(
        _loan_query(branch_id).where(*conditions))}


def reassignments(session: Session, branch_id: int, contracts: Iterable[str] | None = None
                  ) -> dict[str, list[tuple[date, str]]]:
    """contract -> [(effective from, staff)] of every reassigned loan (a small table), or of
    those of `contracts`."""
    t = m.ReassignmentRow.__table__
    moves: dict[str, list[tuple[date, str]]] = defaultdict(list)
    query = select(t.c.contract_no, t.c.effective_from, t.c.staff_no).where(
        t.c.branch_id == branch_id)
    for part in [None] if contracts is None else chunks(contracts):
        for contract, on, staff_no in session.execute(
                query if part is None else query.where(t.c.contract_no.in_(part))):
            moves[contract].append((on, staff_no))
    return moves


def manager_histories(session: Session, branch_id: int,
                      loans_by_contract: dict[str, e.Loan]) -> dict[str, ManagerHistory]:
    # A few loans (a pay run's replayed ones): their moves only; many: the whole small table.
    moves = reassignments(session, branch_id,
                          loans_by_contract if len(loans_by_contract) <= 5 * CHUNK else None)
    return {c: ManagerHistory(loan, moves.get(c, ())) for c, loan in loans_by_contract.items()}


def raw_rows(session: Session, stmt, size: int = 20_000) -> Iterator[tuple]:
    """A statement's rows as plain DB-API tuples fetched in batches, with no per-row processing:
    for one pass over many rows. Its parameters must need no conversion (numbers, text) and its
    columns must be plain values (`fen()` for money)."""
    return chain.from_iterable(_batches(session, stmt, size))


def _batches(session: Session, stmt, size: int) -> Iterator[Sequence[tuple]]:
    conn = session.connection()
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    args = [params[k] for k in compiled.positiontup] if compiled.positional else params
    dbapi = conn.connection.dbapi_connection
    if dbapi is None:  # only a pool's connection that was invalidated has none
        raise RuntimeError("raw_rows: the session's connection is closed")
    cursor = dbapi.cursor()
    try:
        cursor.execute(str(compiled), args)
        while batch := cursor.fetchmany(size):
            yield batch
    finally:
        cursor.close()


def balance_histories(session: Session, branch_id: int, contracts: set[str],
                      until: Month | None = None) -> dict[str, BalanceHistory]:
    """Every month-end balance of the given loans (up to `until`)."""
    t = m.SnapshotRow.__table__
    points: dict[str, list[tuple[date, Decimal]]] = defaultdict(list)
    ends: dict[str, date] = {}
    amounts: dict[int, Decimal] = {}  # fen -> Decimal: a loan's balance repeats month to month
    for part in chunks(contracts):
        query = select(t.c.contract_no, t.c.month, fen(t.c.balance)).where(
            t.c.branch_id == branch_id, t.c.contract_no.in_(part))
        if until is not None:
            query = query.where(t.c.month <= str(until))
        for contract, month, cents in raw_rows(session, query):
            end = ends.get(month)
            if end is None:
                end = ends[month] = Month.parse(month).end
            balance = amounts.get(cents)
            if balance is None:
                balance = amounts[cents] = from_fen(cents)
            points[contract].append((end, balance))
    return {c: BalanceHistory(p) for c, p in points.items()}


def _event(r) -> e.LimitationEvent:
    return e.LimitationEvent(r.contract_no, r.date, r.kind, r.staff_no, r.amount, r.new_maturity,
                             r.until, r.guarantor or None)


def guarantees(session: Session, branch_id: int, contracts: set[str] | None = None,
               due_before: date | None = None) -> dict[str, list[e.Guarantee]]:
    """contract -> its guarantors (DOMAIN.md 7.7): of every guaranteed loan, of `contracts`, or
    of the loans whose recorded maturity is before `due_before` (one join)."""
    t, lt = m.GuaranteeRow.__table__, m.LoanRow.__table__
    query = select(t.c.contract_no, t.c.guarantor, t.c.kind, t.c.period_months,
                   t.c.id_number).where(t.c.branch_id == branch_id)
    if due_before is not None:
        query = query.join(lt, (lt.c.branch_id == t.c.branch_id)
                           & (lt.c.contract_no == t.c.contract_no)).where(
            lt.c.maturity_on < due_before)
    out: dict[str, list[e.Guarantee]] = defaultdict(list)
    G = e.Guarantee
    if contracts is None:
        for c, who, kind, months, idn in session.execute(query):
            out[c].append(G(c, who, kind, months, idn))
        return out
    for part in chunks(contracts):
        for r in session.execute(query.where(t.c.contract_no.in_(part))):
            out[r.contract_no].append(G(r.contract_no, r.guarantor, r.kind, r.period_months,
                                        r.id_number))
    return out


def limitation_events(session: Session, branch_id: int, until: date | None = None,
                      contracts: set[str] | None = None) -> dict[str, list[e.LimitationEvent]]:
    t = m.LimitationEventRow.__table__
    query = select(t.c.contract_no, t.c.date, t.c.kind, t.c.staff_no, t.c.amount,
                   t.c.new_maturity, t.c.until, t.c.guarantor).where(t.c.branch_id == branch_id)
    if until is not None:
        query = query.where(t.c.date <= until)
    out: dict[str, list[e.LimitationEvent]] = defaultdict(list)
    parts = [None] if contracts is None else chunks(contracts)
    for part in parts:
        for r in session.execute(query if part is None else query.where(t.c.contract_no.in_(part))):
            out[r.contract_no].append(_event(r))
    return out


def contracts_with_events(session: Session, branch_id: int, start: date, end: date) -> set[str]:
    t = m.LimitationEventRow.__table__
    return set(session.scalars(select(t.c.contract_no).distinct().where(
        t.c.branch_id == branch_id, t.c.date >= start, t.c.date <= end)))


def credits_for(session: Session, branch_id: int, contracts: set[str]) -> dict[str, list[e.Credit]]:
    out: dict[str, list[e.Credit]] = defaultdict(list)
    t = m.CreditRow.__table__
    for part in chunks(contracts):
        for r in session.execute(select(t.c.contract_no, t.c.staff_no, t.c.share)
                                 .where(t.c.branch_id == branch_id, t.c.contract_no.in_(part))
                                 .order_by(t.c.contract_no, t.c.staff_no)):
            out[r.contract_no].append(e.Credit(r.contract_no, r.staff_no, r.share))
    return out


def deposits_for(session: Session, branch_id: int, months: list[Month]
                 ) -> dict[str, dict[Month, Decimal]]:
    t = m.DepositRow.__table__
    by_text = {str(mo): mo for mo in months}
    out: dict[str, dict[Month, Decimal]] = defaultdict(dict)
    for r in session.execute(select(t.c.staff_no, t.c.month, t.c.daily_avg)
                             .where(t.c.branch_id == branch_id,
                                    t.c.month.in_(sorted(by_text)))):
        out[r.staff_no][by_text[r.month]] = r.daily_avg
    return out


def items_between(session: Session, branch_id: int, start: date, end: date) -> list[e.Item]:
    t = m.ItemRow.__table__
    return [e.Item(r.staff_no, r.date, r.item, r.qty, r.card_balance) for r in session.execute(
        select(t).where(t.c.branch_id == branch_id, t.c.date >= start, t.c.date <= end))]


def recoveries_between(session: Session, branch_id: int, start: date, end: date) -> list[e.Recovery]:
    t = m.RecoveryRow.__table__
    return [e.Recovery(r.contract_no, r.staff_no, r.date, r.amount) for r in session.execute(
        select(t).where(t.c.branch_id == branch_id, t.c.date >= start, t.c.date <= end))]


def targets_for(session: Session, branch_id: int, quarter: Quarter) -> dict[str, e.Target]:
    t = m.TargetRow.__table__
    return {r.staff_no: e.Target(r.staff_no, quarter, r.interest, r.deposit, r.npl,
                                 r.intermediate, r.quality)
            for r in session.execute(select(t).where(t.c.branch_id == branch_id,
                                                     t.c.quarter == str(quarter)))}


def adjustments_for(session: Session, branch_id: int, quarter: Quarter) -> list[e.Adjustment]:
    t = m.AdjustmentRow.__table__
    return [e.Adjustment(r.staff_no, quarter, r.amount, r.reason) for r in session.execute(
        select(t).where(t.c.branch_id == branch_id, t.c.quarter == str(quarter)))]


def carried_in(session: Session, branch_id: int, quarter: Quarter) -> dict[str, Decimal]:
    """carry_to_next of the previous quarter's approved run (newest version), else nothing."""
    run_id = session.scalar(
        select(m.PayRunRow.id).where(m.PayRunRow.branch_id == branch_id,
                                     m.PayRunRow.quarter == quarter.previous,
                                     m.PayRunRow.status == "approved")
        .order_by(m.PayRunRow.version.desc()).limit(1))
    if run_id is None:
        return {}
    return {r.staff_no: r.carry_to_next for r in session.execute(
        select(m.PayRunStaffRow.staff_no, m.PayRunStaffRow.carry_to_next)
        .where(m.PayRunStaffRow.pay_run_id == run_id)) if r.carry_to_next != ZERO}


def count_rows(session: Session, model, branch_id: int) -> int:
    return session.scalar(select(func.count()).select_from(model)
                          .where(model.branch_id == branch_id)) or 0


def contains_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with its own % and _ taken literally
    (use with `escape="\\"`)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
