"""Fast loads for the limitation list on SQLite (issue 17, `benchmarks/run.py`): the due loans,
their events, reassignments and the balances a replay can ask for, read as plain DB-API tuples
(no per-row type processing) in a few set queries. Other databases use the portable loads of
`repository` and `ledger_loads`; both give the same values."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import overload

from ruralperf.db import ledger_loads
from ruralperf.domain import entities as e
from ruralperf.domain.money import from_fen
from ruralperf.domain.periods import Month, add_years
from ruralperf.domain.histories import BalanceHistory, ManagerHistory

_LOAN_COLUMNS = ("contract_no, household_no, amount, disbursed_on, maturity_on, nature, "
                 "increment, customer_type, manager_no")


def is_sqlite(session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _cursor(session):
    return session.connection().connection.dbapi_connection.cursor()


def _rows(session, sql: str, params=()):
    cursor = _cursor(session)
    try:
        cursor.execute(sql, params)
        while batch := cursor.fetchmany(20_000):
            yield from batch
    finally:
        cursor.close()


class _Values:
    """Text dates and integer fen to `date` and `Decimal`, each distinct value converted once."""

    def __init__(self) -> None:
        self.days: dict[str | date | None, date | None] = {None: None}
        self.money: dict[int | None, Decimal | None] = {None: None}

    # A value comes back None only for a None (NULL) column: the overloads say so, so that the
    # NOT NULL columns give a `date` / `Decimal` to the entities without a check per row.
    @overload
    def day(self, text: None) -> None: ...
    @overload
    def day(self, text: str | date) -> date: ...
    def day(self, text: str | date | None) -> date | None:
        d = self.days.get(text)
        if d is None and text is not None:
            d = self.days[text] = text if isinstance(text, date) else date.fromisoformat(text)
        return d

    @overload
    def fen(self, value: None) -> None: ...
    @overload
    def fen(self, value: int) -> Decimal: ...
    def fen(self, value: int | None) -> Decimal | None:
        d = self.money.get(value)
        if d is None and value is not None:
            d = self.money[value] = from_fen(value)
        return d


def due_loans(session, branch_id: int, as_of: date, values: _Values) -> dict[str, e.Loan]:
    """The loans whose recorded maturity is before `as_of`."""
    day, fen, L = values.day, values.fen, e.Loan
    return {c: L(c, h, fen(a), day(d), day(mt), n, fen(i), ct, mg)
            for c, h, a, d, mt, n, i, ct, mg in _rows(
                session, f"SELECT {_LOAN_COLUMNS} FROM loans WHERE branch_id = ? AND "
                "maturity_on < ?", (branch_id, as_of.isoformat()))}


def events_until(session, branch_id: int, until: date,
                 values: _Values) -> dict[str, list[e.LimitationEvent]]:
    day, fen, E = values.day, values.fen, e.LimitationEvent
    out: dict[str, list[e.LimitationEvent]] = defaultdict(list)
    for c, d, kind, staff, amount, new, until_, who in _rows(
            session, "SELECT contract_no, date, kind, staff_no, amount, new_maturity, until, "
            "guarantor FROM limitation_events WHERE branch_id = ? AND date <= ?",
            (branch_id, until.isoformat())):
        out[c].append(E(c, day(d), kind, staff, fen(amount), day(new), day(until_), who or None))
    return out


def due_guarantees(session, branch_id: int, as_of: date) -> dict[str, list[e.Guarantee]]:
    """What `repository.guarantees(due_before=as_of)` gives: the guarantors of the loans whose
    recorded maturity is before `as_of`, as plain tuples."""
    out: dict[str, list[e.Guarantee]] = defaultdict(list)
    G = e.Guarantee
    for c, who, kind, months, idn in _rows(
            session, "SELECT g.contract_no, g.guarantor, g.kind, g.period_months, g.id_number "
            "FROM guarantees g JOIN loans l ON l.branch_id = g.branch_id AND l.contract_no = "
            "g.contract_no WHERE g.branch_id = ? AND l.maturity_on < ?",
            (branch_id, as_of.isoformat())):
        out[c].append(G(c, who, kind, months, idn))
    return out


def manager_histories(session, branch_id: int, loans: dict[str, e.Loan],
                      values: _Values) -> dict[str, ManagerHistory]:
    moves: dict[str, list[tuple[date, str]]] = defaultdict(list)
    for c, on, staff in _rows(session, "SELECT contract_no, effective_from, staff_no FROM "
                              "reassignments WHERE branch_id = ?", (branch_id,)):
        if c in loans:
            moves[c].append((values.day(on), staff))
    return {c: ManagerHistory(loan, moves.get(c, ())) for c, loan in loans.items()}


def replay_balances(session, branch_id: int, loans: dict[str, e.Loan],
                    events: dict[str, list[e.LimitationEvent]], as_of: date, scheme,
                    values: _Values) -> dict[str, BalanceHistory]:
    """What `ledger_loads.replay_balances` returns, in two joins over `loans` (a temporary table
    of their contracts) instead of one query per thousand contracts: the latest snapshot of a
    loan whose first expiry is after `as_of`, the months where the balance changed of the others
    (DOMAIN.md 7.3)."""
    years = min(scheme["limitation.old_years"], scheme["limitation.new_years"])
    recent: set[str] = set()
    old: set[str] = set()
    for c, loan in loans.items():
        registered = any(ev.kind == "lapse_registered" for ev in events.get(c, ()))
        (old if add_years(loan.maturity_on, years) <= as_of or registered else recent).add(c)
    last = Month.of(as_of) if as_of == Month.of(as_of).end else Month.of(as_of).shift(-1)
    ends: dict[str, date] = {}

    def end(month: str) -> date:
        d = ends.get(month)
        if d is None:
            d = ends[month] = Month.parse(month).end
        return d

    fen = values.fen
    points: dict[str, list[tuple[date, Decimal]]] = {}
    _fill(session, "rp_contracts", "contract_no VARCHAR(40) PRIMARY KEY", 1,
          ((c,) for c in loans))
    # The loans due before as_of: the latest snapshot (up to the month before as_of unless it
    # is a month end) of the recent ones, every month of the old ones (up to as_of's month).
    for c, month, balance in _rows(
            session, "SELECT l.contract_no, s.month, s.balance FROM temp.rp_contracts t "
            "CROSS JOIN loans l ON l.branch_id = ? AND l.contract_no = t.contract_no CROSS JOIN "
            "snapshots s ON s.branch_id = l.branch_id AND s.contract_no = l.contract_no "
            "AND s.month = (SELECT max(x.month) FROM snapshots x WHERE x.branch_id = "
            "l.branch_id AND x.contract_no = l.contract_no AND x.month <= ?) "
            "WHERE l.maturity_on < ?", (branch_id, str(last), as_of.isoformat())):
        if c in recent:
            points[c] = [(end(month), fen(balance))]
    bound = add_years(as_of, -years) + timedelta(days=3)  # a superset of the old maturities
    for c, month, balance in _rows(  # the months where the balance changed
            session, "SELECT c, month, balance FROM (SELECT l.contract_no AS c, s.month AS "
            "month, s.balance AS balance, lag(s.balance) OVER (PARTITION BY l.contract_no "
            "ORDER BY s.month) AS before FROM temp.rp_contracts t CROSS JOIN loans l ON "
            "l.branch_id = ? AND l.contract_no = t.contract_no CROSS JOIN snapshots s ON "
            "s.branch_id = l.branch_id AND s.contract_no = l.contract_no WHERE l.maturity_on <= ? "
            "AND s.month <= ?) WHERE before IS NULL OR before != balance",
            (branch_id, bound.isoformat(), str(Month.of(as_of)))):
        if c in old:
            points.setdefault(c, []).append((end(month), fen(balance)))
    # Not covered by the two joins (listed through an extension, or a lapse registered on a
    # recent maturity): the portable queries.
    rest = {c: loans[c] for c in recent if loans[c].maturity_on >= as_of}
    rest.update((c, loans[c]) for c in old
                if loans[c].maturity_on >= as_of or loans[c].maturity_on > bound)
    if rest:
        for c, history in ledger_loads.replay_balances(session, branch_id, rest, events, as_of,
                                                       scheme).items():
            points[c] = list(zip(history._dates, history._balances))
    return {c: BalanceHistory(p) for c, p in points.items()}



def _fill(session, table: str, columns: str, width: int, rows) -> None:
    """A temporary table of this connection (it outlives the transaction), emptied and filled
    with `rows` of `width` values. Temporary tables are the connection's own: no write to the
    database file, so they work while writes are refused."""
    cursor = _cursor(session)
    try:
        cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({columns})")
        cursor.execute(f"DELETE FROM temp.{table}")
        cursor.executemany(f"INSERT INTO temp.{table} VALUES ({', '.join('?' * width)})", rows)
    finally:
        cursor.close()


def month_through(day: date) -> str:
    """The latest month whose month end is on or before `day`."""
    month = Month.of(day)
    return str(month if day == month.end else month.shift(-1))


def quiet_balances(session, branch_id: int, as_of: date, expiries: dict[date, date],
                   values: _Values) -> dict[str, tuple[Decimal | None, bool, Decimal | None]]:
    """For every loan due before `as_of` without events up to it: the three balances
    `QuietLoans.status_of` reads, in one query (issue 17): the month-end balance on its expiry and
    whether one after it up to `as_of` is positive (for the maturities of `expiries`, maturity ->
    expiry, whose expiry is before `as_of`; else None, False), and the balance on `as_of`.
    Three index seeks a loan instead of its ledger history."""
    _fill(session, "rp_expiry_months", "maturity_on DATE PRIMARY KEY, month VARCHAR(7)", 2,
          ((m.isoformat(), month_through(x)) for m, x in expiries.items() if x < as_of))
    fen = values.fen
    out: dict[str, tuple[Decimal | None, bool, Decimal | None]] = {}
    seek = ("SELECT s.balance FROM snapshots s WHERE s.branch_id = l.branch_id AND "
            "s.contract_no = l.contract_no AND s.month <= {} ORDER BY s.month DESC LIMIT 1")
    for c, now, month, then, since in _rows(
            session, f"SELECT l.contract_no, ({seek.format(':now')}), q.month, "
            f"CASE WHEN q.month IS NULL THEN NULL ELSE ({seek.format('q.month')}) END, "
            "CASE WHEN q.month IS NULL THEN 0 ELSE EXISTS (SELECT 1 FROM snapshots s WHERE "
            "s.branch_id = l.branch_id AND s.contract_no = l.contract_no AND s.month > q.month "
            "AND s.month <= :now AND s.balance > 0) END FROM loans l LEFT JOIN "
            "temp.rp_expiry_months q ON q.maturity_on = l.maturity_on "
            "WHERE l.branch_id = :branch AND l.maturity_on < :as_of AND NOT EXISTS (SELECT 1 "
            "FROM limitation_events e WHERE e.branch_id = l.branch_id AND e.contract_no = "
            "l.contract_no AND e.date <= :as_of)",
            {"now": month_through(as_of), "branch": branch_id, "as_of": as_of.isoformat()}):
        out[c] = (fen(then), bool(since), fen(now))
    return out
